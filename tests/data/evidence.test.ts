import { StoreError } from '../../src/data/errors';
import type { SharePointStore } from '../../src/data/SharePointStore';
import { useSetUpSite } from './support/site';

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
});
