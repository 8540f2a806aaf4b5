/** Documents already in the site's libraries, found by name and recorded as evidence (a link to them). */
import { StoreError } from '../../src/data/errors';
import { F, LISTS } from '../../src/data/schema/names';
import type { SharePointStore } from '../../src/data/SharePointStore';
import { useSetUpSite } from './support/site';

describe('existing documents as evidence', () => {
  const site = useSetUpSite();
  let member: SharePointStore;
  let assessmentId: number;
  let capability: string;
  let criterion: string;
  const policy = '/sites/nimm/Policies/Information governance policy.docx';

  beforeAll(async () => {
    member = await site.storeFor('member');
    const sp = await site.spFor('owner');
    // A library of the trust's own, as a site owner would have made it, with a few documents.
    await sp.web.lists.add('Policies', 'Trust policies', 101);
    const folder = sp.web.lists.getByTitle('Policies').rootFolder;
    await folder.files.addUsingPath('Information governance policy.docx', new TextEncoder().encode('IG policy v4'));
    await folder.files.addUsingPath('Change policy.pdf', new TextEncoder().encode('Change policy'));
    await folder.files.addUsingPath('Policy portal.url', new TextEncoder().encode('[InternetShortcut]\r\nURL=https://example.org/\r\n'));
    await folder.files.addUsingPath('Rota.xlsx', new TextEncoder().encode('rota'));
    await sp.web.lists.add('Hidden library', '', 101, false, { Hidden: true });
    await sp.web.lists.getByTitle('Hidden library').rootFolder.files.addUsingPath('Secret policy.docx', new TextEncoder().encode('x'));

    assessmentId = (await site.owner.createAssessment({ title: 'Evidence', scope: 'Trust' })).id;
    const { model } = await member.loadAssessmentView(assessmentId);
    capability = model.capabilities[0].key;
    criterion = model.capabilities[0].levels[0].criteria[0].key;
    // Evidence already uploaded: in the evidence library, which the search leaves out.
    await member.uploadEvidence({ assessmentId, capability, fileName: 'Change board policy.txt', content: new TextEncoder().encode('cab') });
  });

  it('finds documents in the site\'s visible libraries by name, leaving out the evidence library and link files', async () => {
    const found = await member.listLibraryDocuments('policy');
    expect(found.issues).toEqual([]);
    expect(found.items).toEqual([
      { name: 'Change policy.pdf', serverRelativeUrl: '/sites/nimm/Policies/Change policy.pdf', library: 'Policies', size: 13, modified: expect.any(String) },
      { name: 'Information governance policy.docx', serverRelativeUrl: policy, library: 'Policies', size: 12, modified: expect.any(String) }
    ]);
  });

  it('lists documents when the query is empty, at most as many as asked for', async () => {
    expect((await member.listLibraryDocuments('', 2)).items.map((d) => d.name)).toEqual(['Change policy.pdf', 'Information governance policy.docx']);
    expect((await member.listLibraryDocuments('')).items.map((d) => d.name)).toEqual(['Change policy.pdf', 'Information governance policy.docx', 'Rota.xlsx']);
  });

  it('records one as evidence: a link in the evidence library to the document where it is', async () => {
    const item = await member.linkExistingDocument({ assessmentId, capability, criterion, serverRelativeUrl: policy, description: 'Approved by the board', expires: '2027-04-01' });
    const address = `${site.webUrl}/Policies/Information%20governance%20policy.docx`;
    expect(item).toEqual(expect.objectContaining({ kind: 'link', name: 'Information governance policy.docx.url', url: address, capability, criterion, description: 'Approved by the board', expires: '2027-04-01' }));
    expect((await member.listEvidence(assessmentId, capability)).items.map((e) => e.url)).toContain(address);
    expect(await (await fetch(address)).text()).toBe('IG policy v4');
    // The document itself stays where it was, untouched.
    const sp = await site.spFor('owner');
    expect((await sp.web.lists.getByTitle('Policies').rootFolder.files()).map((f: { Name: string }) => f.Name)).toContain('Information governance policy.docx');
  });

  it('links the same document again under a name of its own', async () => {
    const other = (await member.loadAssessmentView(assessmentId)).model.capabilities[1].key;
    const again = await member.linkExistingDocument({ assessmentId, capability: other, serverRelativeUrl: policy });
    expect(again.name).toBe('Information governance policy.docx (2).url');
    const sp = await site.spFor('owner');
    const [stored] = await sp.web.lists.getByTitle(LISTS.evidence).items.select(F.capabilityKey, F.linkUrl).filter(`${F.assessmentId} eq ${assessmentId} and ${F.capabilityKey} eq '${other}'`)();
    expect(stored[F.linkUrl]).toBe(`${site.webUrl}/Policies/Information%20governance%20policy.docx`);
  });

  it('accepts the document\'s full address on this site', async () => {
    const item = await member.linkExistingDocument({ assessmentId, capability, serverRelativeUrl: `${site.webUrl}/Policies/Change%20policy.pdf` });
    expect(item.url).toBe(`${site.webUrl}/Policies/Change%20policy.pdf`);
  });

  it.each([
    ['on another site', '/sites/other/Shared Documents/Policy.docx'],
    ['on another server', 'https://elsewhere.example.org/sites/nimm/Policies/Change policy.pdf'],
    ['outside the site by way of ..', '/sites/nimm/../other/Policy.docx']
  ])('refuses a document %s, writing nothing', async (_case, address) => {
    site.sim.clearLog();
    const error = (await member.linkExistingDocument({ assessmentId, capability, serverRelativeUrl: address }).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('invalid-data');
    expect(error.message).toBe(`"${address}" is not a document on this site, so it cannot be linked as one. Choose a document from this site's libraries, or record the address as a web link instead.`);
    expect(site.writes()).toEqual([]);
  });

  it('says when the document is no longer there', async () => {
    const error = (await member.linkExistingDocument({ assessmentId, capability, serverRelativeUrl: '/sites/nimm/Policies/Gone.docx' }).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('not-found');
    expect(error.message).toBe('There is no document at "/sites/nimm/Policies/Gone.docx" on this site; it may have been moved, renamed or deleted. Search for it again.');
  });

  it('refuses a link file, which is not a document', async () => {
    const error = (await member.linkExistingDocument({ assessmentId, capability, serverRelativeUrl: '/sites/nimm/Policies/Policy portal.url' }).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('invalid-data');
    expect(error.message).toContain('"Policy portal.url" is itself a link, not a document.');
  });

  it('lets a visitor search but not link', async () => {
    const visitor = await site.storeFor('visitor');
    expect((await visitor.listLibraryDocuments('rota')).items.map((d) => d.name)).toEqual(['Rota.xlsx']);
    const error = (await visitor.linkExistingDocument({ assessmentId, capability, serverRelativeUrl: '/sites/nimm/Policies/Rota.xlsx' }).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('forbidden');
  });
});
