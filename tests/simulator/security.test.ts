import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PermissionKind } from '@pnp/sp/security';
import { startSimulator } from '../../tools/sp-simulator';
import { client, MEMBER, OWNER, spErrorOf, useSimulator, VISITOR } from './support';

const sim = useSimulator();

const FULL_CONTROL = { High: '2147483647', Low: '4294967295' };
const CONTRIBUTE = { High: '432', Low: '1011028719' };
const READ = { High: '176', Low: '138612833' };
const ACCESS_DENIED = {
  status: 403,
  code: '-2147024891, System.UnauthorizedAccessException',
  message: 'Access denied. You do not have permission to perform this action or access this resource.',
};

interface Assignment {
  PrincipalId: number;
  Member: { Title: string; PrincipalType: number };
  RoleDefinitionBindings: { Name: string }[];
}

/** Who holds which permission levels on a list, as `[principal id, level names]`, sorted. */
async function assignmentsOf(title: string): Promise<[number, string[]][]> {
  const rows: Assignment[] = await client(sim.webUrl).web.lists.getByTitle(title).roleAssignments.expand('Member', 'RoleDefinitionBindings')();
  return rows.map((a): [number, string[]] => [a.PrincipalId, a.RoleDefinitionBindings.map((b) => b.Name).sort()]).sort((x, y) => x[0] - y[0]);
}

/** A list's HasUniqueRoleAssignments, which SharePoint sends only when selected. */
async function isUnique(webUrl: string, title: string): Promise<boolean> {
  const l: { HasUniqueRoleAssignments?: boolean } = await client(webUrl).web.lists.getByTitle(title).select('HasUniqueRoleAssignments')();
  return l.HasUniqueRoleAssignments!;
}

/** What an owner does to keep a list to owners: own permissions, members read-only. */
async function makeMembersReadOnly(title: string): Promise<void> {
  const list = client(sim.webUrl).web.lists.getByTitle(title);
  const read = await client(sim.webUrl).web.roleDefinitions.getByType(2)();
  const contribute = await client(sim.webUrl).web.roleDefinitions.getByType(3)();
  await list.breakRoleInheritance(true, false);
  await list.roleAssignments.add(5, read.Id);
  await list.roleAssignments.remove(5, contribute.Id);
}

beforeEach(async () => {
  sim.sim.reset();
  const sp = client(sim.webUrl);
  await sp.web.lists.add('Notes', '', 100);
  await sp.web.lists.add('Model', '', 100);
  await sp.web.lists.getByTitle('Model').items.add({ Title: 'Published capability' });
});

describe('role definitions', () => {
  it('lists SharePoint\'s built-in permission levels with their real ids, kinds and masks', async () => {
    const defs = await client(sim.webUrl).web.roleDefinitions();
    expect(defs.map((d) => [d.Id, d.Name, d.RoleTypeKind, d.BasePermissions])).toEqual([
      [1073741829, 'Full Control', 5, FULL_CONTROL],
      [1073741828, 'Design', 4, { High: '432', Low: '1012866047' }],
      [1073741830, 'Edit', 6, { High: '432', Low: '1011030767' }],
      [1073741827, 'Contribute', 3, CONTRIBUTE],
      [1073741826, 'Read', 2, READ],
      [1073741825, 'Limited Access', 1, { High: '48', Low: '134287360' }],
    ]);
  });

  it('finds one by id, by name and by type, as PnPjs asks', async () => {
    const defs = client(sim.webUrl, VISITOR.login).web.roleDefinitions;
    expect((await defs.getById(1073741829)()).Name).toBe('Full Control');
    expect((await defs.getByName('Contribute')()).Id).toBe(1073741827);
    expect((await defs.getByType(2)()).Name).toBe('Read');
    expect((await spErrorOf(defs.getByName('Nonsense')())).status).toBe(400);
  });
});

describe('role assignments and inheritance', () => {
  it('gives the web a team site\'s assignments: owners Full Control, members Contribute, visitors Read', async () => {
    const rows: Assignment[] = await client(sim.webUrl).web.roleAssignments.expand('Member', 'RoleDefinitionBindings')();
    expect(rows.map((a) => [a.PrincipalId, a.Member.Title, a.Member.PrincipalType, a.RoleDefinitionBindings.map((b) => b.Name)])).toEqual([
      [3, 'NIMM Assessment Suite Owners', 8, ['Full Control']],
      [4, 'NIMM Assessment Suite Visitors', 8, ['Read']],
      [5, 'NIMM Assessment Suite Members', 8, ['Contribute']],
    ]);
  });

  it('reports HasUniqueRoleAssignments only when selected, and lets a list break and reset inheritance', async () => {
    const list = client(sim.webUrl).web.lists.getByTitle('Notes');
    expect(await list()).not.toHaveProperty('HasUniqueRoleAssignments');
    expect(await isUnique(sim.webUrl, 'Notes')).toBe(false);

    await list.breakRoleInheritance(true, false);
    expect(await isUnique(sim.webUrl, 'Notes')).toBe(true);
    // Copied from the web, so nobody's rights changed yet.
    expect(await assignmentsOf('Notes')).toEqual([[3, ['Full Control']], [4, ['Read']], [5, ['Contribute']]]);
    const unique = await client(sim.webUrl).web.lists.filter('HasUniqueRoleAssignments eq true').select('Title')();
    expect(unique.map((l) => l.Title)).toEqual(['Notes']);

    await list.resetRoleInheritance();
    expect(await isUnique(sim.webUrl, 'Notes')).toBe(false);
  });

  it('keeps only the caller, with Full Control, when inheritance is broken without copying', async () => {
    await client(sim.webUrl).web.lists.getByTitle('Notes').breakRoleInheritance(false, false);
    expect(await assignmentsOf('Notes')).toEqual([[OWNER.id, ['Full Control']]]);
    // The member group lost its rights on this list with it.
    expect((await spErrorOf(client(sim.webUrl, MEMBER.login).web.lists.getByTitle('Notes').items.add({ Title: 'x' }))).status).toBe(403);
  });

  it('answers one assignment by principal id, its member and its bindings', async () => {
    const ra = client(sim.webUrl).web.roleAssignments;
    expect((await ra.getById(5)()).PrincipalId).toBe(5);
    const r = await fetch(`${sim.webUrl}/_api/web/roleassignments/getbyprincipalid(3)/roledefinitionbindings`, { headers: { Accept: 'application/json' } });
    expect((await r.json()).value.map((d: { Name: string }) => d.Name)).toEqual(['Full Control']);
    const member = await fetch(`${sim.webUrl}/_api/web/roleassignments/getbyprincipalid(4)/member`, { headers: { Accept: 'application/json' } });
    expect((await member.json()).Title).toBe('NIMM Assessment Suite Visitors');
  });

  it('refuses to change the assignments of a list that still inherits', async () => {
    const err = await spErrorOf(client(sim.webUrl).web.lists.getByTitle('Notes').roleAssignments.add(5, 1073741826));
    expect(err).toMatchObject({ status: 400, message: 'This operation is not allowed on an object that inherits permissions.' });
  });

  it('refuses a visitor and a member breaking inheritance or changing permissions', async () => {
    for (const login of [VISITOR.login, MEMBER.login]) {
      const list = client(sim.webUrl, login).web.lists.getByTitle('Notes');
      expect(await spErrorOf(list.breakRoleInheritance(true, false))).toEqual(ACCESS_DENIED);
      expect(await spErrorOf(client(sim.webUrl, login).web.roleAssignments.add(login === VISITOR.login ? 4 : 5, 1073741829))).toEqual(ACCESS_DENIED);
      // Reading who has access needs Enumerate Permissions, which only Full Control grants.
      expect(await spErrorOf(list.roleAssignments())).toEqual(ACCESS_DENIED);
    }
    expect(await isUnique(sim.webUrl, 'Notes')).toBe(false);
    expect(await client(sim.webUrl, MEMBER.login).web.getCurrentUserEffectivePermissions()).toEqual(expect.objectContaining(CONTRIBUTE));
  });
});

describe('rights per list', () => {
  it('refuses a member\'s item add, update, delete and recycle on a list where members only read', async () => {
    await makeMembersReadOnly('Model');
    expect(await assignmentsOf('Model')).toEqual([[3, ['Full Control']], [4, ['Read']], [5, ['Read']]]);
    const model = client(sim.webUrl, MEMBER.login).web.lists.getByTitle('Model');
    expect(await spErrorOf(model.items.add({ Title: 'Sneaked in' }))).toEqual(ACCESS_DENIED);
    expect(await spErrorOf(model.items.getById(1).update({ Title: 'Changed' }))).toEqual(ACCESS_DENIED);
    expect(await spErrorOf(model.items.getById(1).delete())).toEqual(ACCESS_DENIED);
    expect(await spErrorOf(model.items.getById(1).recycle())).toEqual(ACCESS_DENIED);
    // Still readable, and unchanged.
    expect((await model.items.select('Title')()).map((i) => i.Title)).toEqual(['Published capability']);
    // The same member still writes to a list that inherits the web's permissions.
    const note = await client(sim.webUrl, MEMBER.login).web.lists.getByTitle('Notes').items.add({ Title: 'by member' });
    expect(note.AuthorId).toBe(MEMBER.id);
    // And the owner still writes to the locked list.
    await client(sim.webUrl).web.lists.getByTitle('Model').items.getById(1).update({ Title: 'Revised' });
  });

  it('applies a list\'s own permissions inside a batch too', async () => {
    await makeMembersReadOnly('Model');
    const [batched, execute] = client(sim.webUrl, MEMBER.login).batched();
    // Allowed first: after a failed part, SharePoint fails the rest of a changeset (pnp/pnpjs#1275).
    const allowed = batched.web.lists.getByTitle('Notes').items.add({ Title: 'y' });
    const refused = batched.web.lists.getByTitle('Model').items.add({ Title: 'x' });
    const outcome = Promise.allSettled([refused, allowed]);
    await execute();
    const [r, a] = await outcome;
    expect(r.status).toBe('rejected');
    expect((r as PromiseRejectedResult).reason.status).toBe(403);
    expect(a.status).toBe('fulfilled');
  });

  it('refuses item reads to someone with no rights on the list', async () => {
    const list = client(sim.webUrl).web.lists.getByTitle('Model');
    await list.breakRoleInheritance(true, false);
    await list.roleAssignments.remove(4, 1073741826);
    expect(await spErrorOf(client(sim.webUrl, VISITOR.login).web.lists.getByTitle('Model').items())).toEqual(ACCESS_DENIED);
    expect(await spErrorOf(client(sim.webUrl, VISITOR.login).web.lists.getByTitle('Model').items.getById(1)())).toEqual(ACCESS_DENIED);
    expect(await client(sim.webUrl, VISITOR.login).web.lists.getByTitle('Notes').items()).toEqual([]);
  });

  it('answers a list\'s effective permissions from its own assignments, and leaves the web\'s as they were', async () => {
    await makeMembersReadOnly('Model');
    const member = client(sim.webUrl, MEMBER.login);
    expect(await member.web.lists.getByTitle('Model').getCurrentUserEffectivePermissions()).toEqual(expect.objectContaining(READ));
    expect(await member.web.lists.getByTitle('Notes').getCurrentUserEffectivePermissions()).toEqual(expect.objectContaining(CONTRIBUTE));
    expect(await member.web.getCurrentUserEffectivePermissions()).toEqual(expect.objectContaining(CONTRIBUTE));
    expect((await member.web.lists.getByTitle('Model').select('EffectiveBasePermissions')()).EffectiveBasePermissions).toEqual(READ);
    expect(await member.web.lists.getByTitle('Model').items.getById(1).getCurrentUserEffectivePermissions()).toEqual(expect.objectContaining(READ));

    const owner = client(sim.webUrl);
    expect(await owner.web.lists.getByTitle('Model').userHasPermissions(MEMBER.login, PermissionKind.AddListItems)).toBe(false);
    expect(await owner.web.lists.getByTitle('Model').userHasPermissions(MEMBER.login, PermissionKind.ViewListItems)).toBe(true);
    expect(await owner.web.lists.getByTitle('Notes').userHasPermissions(MEMBER.login, PermissionKind.AddListItems)).toBe(true);
    expect(await owner.web.lists.getByTitle('Model').getUserEffectivePermissions(OWNER.login)).toEqual(expect.objectContaining(FULL_CONTROL));
    expect(await owner.web.getUserEffectivePermissions(MEMBER.login)).toEqual(expect.objectContaining(CONTRIBUTE));
  });

  it('checks a file upload against the library\'s own permissions', async () => {
    const owner = client(sim.webUrl);
    await owner.web.lists.add('Evidence', '', 101);
    await owner.web.lists.add('Templates', '', 101);
    await makeMembersReadOnly('Templates');
    const member = client(sim.webUrl, MEMBER.login);
    expect(await spErrorOf(member.web.lists.getByTitle('Templates').rootFolder.files.addUsingPath('a.txt', 'x'))).toEqual(ACCESS_DENIED);
    await member.web.lists.getByTitle('Evidence').rootFolder.files.addUsingPath('a.txt', 'x');
  });
});

describe('site users', () => {
  it('ensures a user with POST web/ensureuser, as PnPjs sends it', async () => {
    const user = await client(sim.webUrl, MEMBER.login).web.ensureUser(VISITOR.login);
    expect(user).toMatchObject({ Id: VISITOR.id, LoginName: VISITOR.login, Email: VISITOR.email });
    expect((await spErrorOf(client(sim.webUrl).web.ensureUser('i:0#.f|membership|nobody@example.nhs.uk'))).message)
      .toBe('The specified user i:0#.f|membership|nobody@example.nhs.uk could not be found.');
  });

  it('asks for a form digest on ensureuser like any POST', async () => {
    const r = await fetch(`${sim.webUrl}/_api/web/ensureuser`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ logonName: VISITOR.login }),
    });
    expect(r.status).toBe(403);
    expect((await r.json())['odata.error'].message.value).toMatch(/security validation/);
  });

  it('filters and limits web/siteusers', async () => {
    // A PnPjs queryable keeps the options set on it, so each query starts from a fresh one.
    const users = () => client(sim.webUrl).web.siteUsers;
    expect(await users()()).toHaveLength(3);
    expect((await users().filter(`Email eq '${VISITOR.email}'`)()).map((u) => u.Id)).toEqual([VISITOR.id]);
    expect((await users().filter("substringof('marcus',LoginName)")()).map((u) => u.Title)).toEqual([MEMBER.title]);
    expect(await users().top(2)()).toHaveLength(2);
    expect((await users().orderBy('Title', false).top(1)()).map((u) => u.Title)).toEqual([VISITOR.title]);
  });
});

describe('stored permissions', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-sim-sec-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps a list\'s own permissions across a restart, and reads an older file\'s lists as inheriting', async () => {
    const dataFile = path.join(dir, 'site.json');
    const first = await startSimulator({ port: 0, dataFile });
    const sp = client(first.webUrl);
    await sp.web.lists.add('Locked', '', 100);
    await sp.web.lists.getByTitle('Locked').breakRoleInheritance(false, false);
    await first.close();

    const second = await startSimulator({ port: 0, dataFile });
    try {
      expect(await isUnique(second.webUrl, 'Locked')).toBe(true);
      expect((await spErrorOf(client(second.webUrl, MEMBER.login).web.lists.getByTitle('Locked').items.add({ Title: 'x' }))).status).toBe(403);
    } finally {
      await second.close();
    }

    // A file written before permissions were modelled has no roleAssignments on its lists.
    const stored = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
    for (const l of stored.site.lists) delete l.roleAssignments;
    delete stored.site.webRoleAssignments;
    fs.writeFileSync(dataFile, JSON.stringify(stored));
    const third = await startSimulator({ port: 0, dataFile });
    try {
      expect(await isUnique(third.webUrl, 'Locked')).toBe(false);
      expect((await client(third.webUrl, MEMBER.login).web.lists.getByTitle('Locked').items.add({ Title: 'x' })).Id).toBe(1);
    } finally {
      await third.close();
    }
  });
});
