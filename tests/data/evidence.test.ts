import { StoreError } from '../../src/data/errors';
import type { SharePointStore } from '../../src/data/SharePointStore';
import { F, LISTS } from '../../src/data/schema/names';
import { UPLOAD_CHUNK_BYTES } from '../../src/data/store/evidence';
import { startedForAll } from '../support/startedForAll';
import { startSetUpSite, useSetUpSite } from './support/site';

describe('evidence', () => {
  const site = useSetUpSite();
  let member: SharePointStore;
  let assessmentId: number;
  let capability: string;
  let criterion: string;

  beforeAll(async () => {
    member = await site.storeFor('member');
    assessmentId = (await site.owner.createAssessment({ title: 'Evidence', scope: 'Trust' })).id;
    const { model } = await member.loadAssessmentView(assessmentId);
    capability = model.capabilities[0].key;
    criterion = model.capabilities[0].levels[0].criteria[0].key;
  });

  it('uploads a file with its assessment, capability and criterion, and lists it', async () => {
    const content = new TextEncoder().encode('Change board terms of reference');
    const item = await member.uploadEvidence({ assessmentId, capability, criterion, fileName: 'Terms of reference.txt', content, description: 'Signed off in March', expires: '2027-03-31' });
    expect(item).toEqual(expect.objectContaining({ kind: 'file', name: 'Terms of reference.txt', capability, criterion, description: 'Signed off in March', expires: '2027-03-31', reviewStatus: 'not-reviewed' }));
    expect(item.url).toMatch(/^\/sites\/nimm\/.+\/Terms of reference\.txt$/);

    const listed = (await member.listEvidence(assessmentId)).items;
    expect(listed.map((e) => e.name)).toContain('Terms of reference.txt');
    const file = await fetch(`${site.origin}${encodeURI(item.url)}`);
    expect(await file.text()).toBe('Change board terms of reference');
  });

  it('records an https link as evidence', async () => {
    const item = await member.linkEvidence({ assessmentId, capability, title: 'Policy: change management', url: 'https://intranet.example.nhs.uk/policies/change' });
    expect(item).toEqual(expect.objectContaining({ kind: 'link', name: 'Policy- change management.url', url: 'https://intranet.example.nhs.uk/policies/change' }));
  });

  it.each(['javascript:alert(1)', 'file:///C:/secret.docx', 'ftp://example.org/x', 'intranet/policy', ''])('refuses to link %p, saying only http and https work', async (url) => {
    const error = (await member.linkEvidence({ assessmentId, capability, title: 'Bad', url }).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('invalid-data');
    expect(error.message).toContain('Evidence links must start with http:// or https://');
  });

  it('lists the evidence of one capability only', async () => {
    const { model } = await member.loadAssessmentView(assessmentId);
    const other = model.capabilities[1].key;
    await member.linkEvidence({ assessmentId, capability: other, title: 'Other', url: 'http://example.org/other' });
    const forOther = (await member.listEvidence(assessmentId, other)).items;
    expect(forOther.map((e) => e.capability)).toEqual([other]);
  });

  it('never overwrites someone else\'s file of the same name', async () => {
    const content = new TextEncoder().encode('second');
    const error = (await member.uploadEvidence({ assessmentId, capability, fileName: 'Terms of reference.txt', content }).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('Choose another name and try again.');
  });

  it('refuses file names SharePoint cannot store', async () => {
    const error = (await member.uploadEvidence({ assessmentId, capability, fileName: 'a:b?.txt', content: new Uint8Array([1]) }).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('invalid-data');
    expect(error.message).toContain('cannot be used as a file name');
  });

  it('refuses a visitor\'s upload', async () => {
    const visitor = await site.storeFor('visitor');
    const error = (await visitor.uploadEvidence({ assessmentId, capability, fileName: 'v.txt', content: new Uint8Array([1]) }).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('forbidden');
  });

  it('refuses an address with a line break or tab instead of writing extra lines into the shortcut', async () => {
    site.sim.clearLog();
    for (const url of ['https://x.example/a\r\nIconFile=\\\\host\\share\\i.ico', 'https://x.example/a\tb', 'https://x.example/\u0000']) {
      const error = (await member.linkEvidence({ assessmentId, capability, title: 'Sneaky', url }).catch((e: unknown) => e)) as StoreError;
      expect(error).toBeInstanceOf(StoreError);
      expect(error.kind).toBe('invalid-data');
      expect(error.message).toContain('line break, tab or other control character');
    }
    expect(site.writes()).toEqual([]);
  });

  it('writes only the normalised address into the shortcut and the list', async () => {
    const item = await member.linkEvidence({ assessmentId, capability, title: 'Normalised', url: '  HTTPS://Intranet.Example.NHS.uk/a b  ' });
    expect(item.url).toBe('https://intranet.example.nhs.uk/a%20b');
    const sp = await site.spFor('member');
    const bytes = await sp.web.getFileByServerRelativePath(`/sites/nimm/NIMM Evidence/Normalised.url`).getText();
    expect(bytes).toBe('[InternetShortcut]\r\nURL=https://intranet.example.nhs.uk/a%20b\r\n');
  });

  it('reports evidence someone damaged by hand instead of dropping it silently', async () => {
    const sp = await site.spFor('owner');
    const good = await member.linkEvidence({ assessmentId, capability, title: 'Soon damaged', url: 'https://example.org/ok' });
    await sp.web.lists.getByTitle(LISTS.evidence).items.getById(good.itemId).update({ [F.linkUrl]: 'javascript:alert(1)' });
    const listed = await member.listEvidence(assessmentId);
    expect(listed.items.some((e) => e.itemId === good.itemId)).toBe(false);
    expect(listed.issues).toEqual([{ list: LISTS.evidence, itemId: good.itemId, problem: 'column "Link address" holds an address that does not start with http:// or https://' }]);
  });

  it('uploads a large file in chunks, reporting progress, where one request would be refused', async () => {
    const size = UPLOAD_CHUNK_BYTES * 2 + 1234;
    const content = new Uint8Array(size).map((_, i) => i % 251);
    const progress: number[] = [];
    site.sim.clearLog();
    const item = await member.uploadEvidence({ assessmentId, capability, fileName: 'Big.bin', content, onProgress: (p) => progress.push(p.sentBytes) });
    expect(item.name).toBe('Big.bin');
    const calls = site.sim.log.map((e) => /\/(startUpload|continueUpload|finishUpload)\(/i.exec(e.path)?.[1]).filter((c) => c !== undefined);
    expect(calls).toEqual(['startUpload', 'continueUpload', 'finishUpload']);
    expect(progress[progress.length - 1]).toBe(size);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const file = await fetch(`${site.origin}${encodeURI(item.url)}`);
    const back = new Uint8Array(await file.arrayBuffer());
    expect(back.length).toBe(size);
    expect(back[size - 1]).toBe(content[size - 1]);
  });
});

describe('evidence on a site that refuses single uploads over 10 MB', () => {
  const site = startedForAll(() => startSetUpSite({ maxSingleUploadBytes: UPLOAD_CHUNK_BYTES }));

  it('still takes a 15 MB file, because it goes in chunks', async () => {
    const member = await site.storeFor('member');
    const assessmentId = (await site.owner.createAssessment({ title: 'Chunks', scope: 'Trust' })).id;
    const { model } = await member.loadAssessmentView(assessmentId);
    const item = await member.uploadEvidence({ assessmentId, capability: model.capabilities[0].key, fileName: 'Scan.pdf', content: new Uint8Array(15 * 1024 * 1024) });
    expect(item.kind).toBe('file');
  });
});
