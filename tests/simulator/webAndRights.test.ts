import { PermissionKind } from '@pnp/sp/security';
import { client, MEMBER, OWNER, spErrorOf, useSimulator, VISITOR } from './support';

const sim = useSimulator();

beforeEach(() => sim.sim.reset());

describe('the web and who is signed in', () => {
  it('describes the web as SharePoint does', async () => {
    const web = await client(sim.webUrl).web();
    expect(web).toMatchObject({ Title: 'NIMM Assessment Suite', ServerRelativeUrl: '/sites/nimm', Url: sim.webUrl, 'odata.type': 'SP.Web' });
    expect(web.Id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers odata=verbose requests in the {d:…} shape', async () => {
    const r = await fetch(`${sim.webUrl}/_api/web?$select=Title`, { headers: { Accept: 'application/json;odata=verbose' } });
    const body = await r.json();
    expect(body.d.Title).toBe('NIMM Assessment Suite');
    expect(body.d.__metadata.type).toBe('SP.Web');
  });

  it('signs in the owner by default and others by header or cookie', async () => {
    expect((await client(sim.webUrl).web.currentUser()).LoginName).toBe(OWNER.login);
    const member = await client(sim.webUrl, MEMBER.login).web.currentUser();
    expect(member).toMatchObject({ Id: MEMBER.id, Title: MEMBER.title, Email: MEMBER.email, IsSiteAdmin: false });
    const r = await fetch(`${sim.webUrl}/_api/web/currentuser`, {
      headers: { Accept: 'application/json', Cookie: `nimm-sim-user=${encodeURIComponent(VISITOR.login)}` },
    });
    expect((await r.json()).Email).toBe(VISITOR.email);
  });

  it('refuses a user the simulator does not know', async () => {
    const r = await fetch(`${sim.webUrl}/_api/web`, { headers: { Accept: 'application/json', 'X-Sim-User': 'nobody@example.nhs.uk' } });
    expect(r.status).toBe(401);
    expect((await r.json())['odata.error'].message.value).toMatch(/Unknown simulator user 'nobody@example.nhs.uk'/);
  });

  it('reports real SharePoint permission masks per role', async () => {
    const owner = await client(sim.webUrl).web.getCurrentUserEffectivePermissions();
    expect(owner).toMatchObject({ High: '2147483647', Low: '4294967295' });
    const visitor = await client(sim.webUrl, VISITOR.login).web.getCurrentUserEffectivePermissions();
    expect(visitor).toMatchObject({ High: '176', Low: '138612833' });
    const manage = async (login: string) => client(sim.webUrl, login).web.currentUserHasPermissions(PermissionKind.ManageLists);
    expect(await manage(OWNER.login)).toBe(true);
    expect(await manage(MEMBER.login)).toBe(false);
    expect(await manage(VISITOR.login)).toBe(false);
    expect(await client(sim.webUrl, MEMBER.login).web.currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    expect(await client(sim.webUrl, VISITOR.login).web.currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
    expect(await client(sim.webUrl).web.userHasPermissions(MEMBER.login, PermissionKind.AddListItems)).toBe(true);
  });

  it('names the site owners through the associated owner group', async () => {
    const owners = await client(sim.webUrl, VISITOR.login).web.associatedOwnerGroup.users();
    expect(owners.map((u) => u.Email)).toEqual([OWNER.email]);
  });
});

describe('form digest', () => {
  it('hands out a digest from contextinfo at the top level of the JSON', async () => {
    const r = await fetch(`${sim.webUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
    const body = await r.json();
    expect(body.FormDigestValue).toMatch(/^0x[0-9A-F]{128},/);
    expect(body.FormDigestTimeoutSeconds).toBe(1800);
  });

  it('refuses a write without a valid digest, as SharePoint does', async () => {
    const post = (digest?: string) =>
      fetch(`${sim.webUrl}/_api/web/lists`, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...(digest ? { 'X-RequestDigest': digest } : {}) },
        body: JSON.stringify({ Title: 'Raw', BaseTemplate: 100 }),
      });
    for (const bad of [undefined, '0xABC,01 Jan 2020 00:00:00 -0000']) {
      const r = await post(bad);
      expect(r.status).toBe(403);
      expect((await r.json())['odata.error'].message.value).toMatch(/security validation for this page is invalid/);
    }
    const ctx = await (await fetch(`${sim.webUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } })).json();
    expect((await post(ctx.FormDigestValue)).status).toBe(201);
  });
});

describe('rights', () => {
  beforeEach(async () => {
    await client(sim.webUrl).web.lists.add('Notes', '', 100);
  });

  it('refuses any write by a visitor with SharePoint access denied', async () => {
    const visitor = client(sim.webUrl, VISITOR.login);
    const err = await spErrorOf(visitor.web.lists.getByTitle('Notes').items.add({ Title: 'x' }));
    expect(err).toEqual({
      status: 403,
      code: '-2147024891, System.UnauthorizedAccessException',
      message: 'Access denied. You do not have permission to perform this action or access this resource.',
    });
    expect(await visitor.web.lists.getByTitle('Notes').items()).toEqual([]);
  });

  it('lets a member write items but not create or change lists and fields', async () => {
    const member = client(sim.webUrl, MEMBER.login);
    const item = await member.web.lists.getByTitle('Notes').items.add({ Title: 'by member' });
    expect(item.AuthorId).toBe(MEMBER.id);
    expect((await spErrorOf(member.web.lists.add('Mine'))).status).toBe(403);
    expect((await spErrorOf(member.web.lists.getByTitle('Notes').fields.addText('Extra'))).status).toBe(403);
    expect((await spErrorOf(member.web.lists.getByTitle('Notes').update({ EnableVersioning: true }))).status).toBe(403);
  });
});

describe('unknown requests', () => {
  it('answers an unknown endpoint with a SharePoint-shaped error, not a crash', async () => {
    const r1 = await fetch(`${sim.webUrl}/_api/web/nonsense`, { headers: { Accept: 'application/json' } });
    expect(r1.status).toBe(400);
    expect((await r1.json())['odata.error'].code).toMatch(/InvalidClientQueryException/);
    const r2 = await fetch(`${sim.webUrl}/_api/whatever`, { headers: { Accept: 'application/json' } });
    expect(r2.status).toBe(404);
    expect((await r2.json())['odata.error'].message.value).toMatch(/Cannot find resource/);
    expect((await fetch(`${sim.origin}/not-sharepoint`)).status).toBe(404);
  });

  it('answers a malformed JSON body with 400 and a clear message', async () => {
    const ctx = await (await fetch(`${sim.webUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } })).json();
    const r = await fetch(`${sim.webUrl}/_api/web/lists`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': ctx.FormDigestValue },
      body: '{"Title": ',
    });
    expect(r.status).toBe(400);
    expect((await r.json())['odata.error'].message.value).toMatch(/^Invalid JSON/);
  });
});
