/** The page's shared store passes the assessment web part's methods through and announces what its writes change. */
import { PageStore, type StoreTopic } from '../../src/data/cache/PageStore';
import { draft } from './support/drafts';
import { useSetUpSite } from './support/site';

describe('the page store and the assessment web part\'s methods', () => {
  const site = useSetUpSite();

  it('announces assessments (and responses, for a re-assessment) when one starts, evidence when a document is linked, and nothing for reads', async () => {
    const store = new PageStore(await site.storeFor('member'));
    const heard: StoreTopic[][] = [];
    store.subscribe((topics) => heard.push(topics));

    const first = await store.startAssessment({ title: 'First', scope: 'Trust' });
    const { model } = await store.loadAssessmentView(first.assessment.id);
    const capability = model.capabilities[0].key;
    const saved = await store.saveResponse(first.assessment.id, { capability, base: null, draft: draft({ rationale: 'Started.' }) });
    if (saved.status !== 'saved') throw new Error(saved.status);
    const again = await store.startAssessment({ title: 'Second', scope: 'Trust', previousAssessmentId: first.assessment.id });
    expect(again.copied).toBe(1);

    const sp = await site.spFor('owner');
    await sp.web.lists.add('Policies', '', 101);
    await sp.web.lists.getByTitle('Policies').rootFolder.files.addUsingPath('Policy.docx', new TextEncoder().encode('p'));
    await store.linkExistingDocument({ assessmentId: first.assessment.id, capability, serverRelativeUrl: '/sites/nimm/Policies/Policy.docx' });
    expect(heard).toEqual([['assessments'], ['responses'], ['assessments', 'responses'], ['evidence']]);

    heard.length = 0;
    expect((await store.listResponseHistory(saved.response.itemId)).items).toHaveLength(1);
    expect((await store.searchPeople('marcus')).map((p) => p.title)).toEqual(['Marcus Reid']);
    expect((await store.listLibraryDocuments('policy')).items.map((d) => d.name)).toEqual(['Policy.docx']);
    expect(heard).toEqual([]);
  });

  it('forgets the cached list of assessments once one starts', async () => {
    const store = new PageStore(await site.storeFor('member'));
    const before = (await store.listAssessments()).items.length;
    await store.startAssessment({ title: 'Counted', scope: 'Trust' });
    expect((await store.listAssessments()).items).toHaveLength(before + 1);
  });
});
