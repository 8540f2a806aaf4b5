/**
 * Schema version 3's response fields against the simulator: a note per criterion (merged
 * criterion by criterion, read in part, kept within SharePoint's limit), the reviewer's comment,
 * and agreed responses locked, with who agreed them and when.
 */
import { StoreError } from '../../src/data/errors';
import { F, LISTS } from '../../src/data/schema/names';
import type { SharePointStore } from '../../src/data/SharePointStore';
import type { StoredResponse } from '../../src/data/types';
import { capabilityWithTwoCriteria, draft, edited } from './support/drafts';
import { useSetUpSite } from './support/site';

type Site = ReturnType<typeof useSetUpSite>;

/** The raw response item of a capability, straight from the list. */
async function rawItem(site: Site, assessmentId: number, capability: string): Promise<Record<string, unknown>> {
  const sp = await site.spFor('owner');
  const [item] = await sp.web.lists.getByTitle(LISTS.responses).items
    .select('Id', F.criterionNotes, F.answers, F.rationale, F.status, F.agreedBy, F.agreedAt, F.reviewComment)
    .filter(`${F.responseKey} eq '${assessmentId}/${capability}'`)();
  return item;
}

async function saved(store: SharePointStore, assessmentId: number, capability: string, base: StoredResponse | null, changes: Parameters<typeof draft>[0]): Promise<StoredResponse> {
  const result = await store.saveResponse(assessmentId, { capability, base, draft: base ? edited(base, changes ?? {}) : draft(changes) });
  if (result.status === 'conflict') throw new Error(`unexpected conflict: ${JSON.stringify(result.conflicts)}`);
  return result.response;
}

describe('a note with each criterion', () => {
  const site = useSetUpSite();
  let ann: SharePointStore;
  let bob: SharePointStore;
  let target: { capability: string; first: string; second: string };

  beforeAll(async () => {
    ann = await site.storeFor('member');
    bob = await site.storeFor('owner');
    const id = (await site.owner.createAssessment({ title: 'Set-up', scope: 'Trust' })).id;
    target = capabilityWithTwoCriteria((await ann.loadAssessmentView(id)).model);
  });

  const start = async (title: string): Promise<number> => (await site.owner.createAssessment({ title, scope: 'Trust' })).id;

  it('is saved as JSON in its own column and read back with the answers', async () => {
    const id = await start('Notes');
    await saved(ann, id, target.capability, null, { status: 'in-progress', answers: { [target.first]: 'partial' }, notes: { [target.first]: 'Board minutes, March 2026: only two of four services.' } });
    const item = await rawItem(site, id, target.capability);
    expect(JSON.parse(String(item[F.criterionNotes]))).toEqual({ [target.first]: 'Board minutes, March 2026: only two of four services.' });
    const view = await bob.loadAssessmentView(id);
    expect(view.issues).toEqual([]);
    expect(view.responses[0]).toEqual(expect.objectContaining({ answers: { [target.first]: 'partial' }, notes: { [target.first]: 'Board minutes, March 2026: only two of four services.' } }));
  });

  it('merges two people\'s notes on different criteria, and a note with an answer to the same criterion', async () => {
    const id = await start('Two notes');
    const base = await saved(ann, id, target.capability, null, { answers: { [target.first]: 'met' } });
    // Both start from the same response: Ann annotates the first criterion; Bob annotates and answers the second.
    await saved(ann, id, target.capability, base, { notes: { [target.first]: 'Seen the policy.' } });
    const result = await bob.saveResponse(id, { capability: target.capability, base, draft: edited(base, { notes: { [target.second]: 'Asked IG for the audit.' }, answers: { [target.first]: 'met', [target.second]: 'not-met' } }) });
    expect(result.status).toBe('merged');
    const view = await ann.loadAssessmentView(id);
    expect(view.responses[0].notes).toEqual({ [target.first]: 'Seen the policy.', [target.second]: 'Asked IG for the audit.' });
    expect(view.responses[0].answers).toEqual({ [target.first]: 'met', [target.second]: 'not-met' });
  });

  it('reports two different notes on the same criterion as a conflict on that note, keeping both', async () => {
    const id = await start('Same note');
    const base = await saved(ann, id, target.capability, null, { answers: { [target.first]: 'met' } });
    await saved(ann, id, target.capability, base, { notes: { [target.first]: 'Ann\'s note.' } });
    const result = await bob.saveResponse(id, { capability: target.capability, base, draft: edited(base, { notes: { [target.first]: 'Bob\'s note.' } }) });
    expect(result.status).toBe('conflict');
    if (result.status !== 'conflict') return;
    expect(result.conflicts).toEqual([{ field: 'notes', criterion: target.first, base: null, mine: 'Bob\'s note.', theirs: 'Ann\'s note.' }]);
    expect(result.merged.notes).toEqual({ [target.first]: 'Bob\'s note.' });
    expect(JSON.parse(String((await rawItem(site, id, target.capability))[F.criterionNotes]))).toEqual({ [target.first]: 'Ann\'s note.' });
  });

  it('reads a response saved before the column existed as having no notes', async () => {
    const id = await start('Older response');
    site.sim.bulkAddItems(LISTS.responses, [
      { Title: target.capability, [F.assessmentId]: id, [F.capabilityKey]: target.capability, [F.responseKey]: `${id}/${target.capability}`, [F.status]: 'in-progress', [F.answers]: JSON.stringify({ [target.first]: 'met' }) }
    ]);
    const view = await ann.loadAssessmentView(id);
    expect(view.issues).toEqual([]);
    expect(view.responses[0]).toEqual(expect.objectContaining({ notes: {}, reviewComment: '', agreedBy: '', agreedAt: null, answers: { [target.first]: 'met' } }));
  });

  it('shows the other notes when one was damaged by hand, reports it, and keeps it when saving', async () => {
    const id = await start('Damaged note');
    site.sim.bulkAddItems(LISTS.responses, [
      {
        Title: target.capability, [F.assessmentId]: id, [F.capabilityKey]: target.capability, [F.responseKey]: `${id}/${target.capability}`,
        [F.answers]: JSON.stringify({ [target.first]: 'met' }), [F.criterionNotes]: JSON.stringify({ [target.first]: 'Readable.', [target.second]: 42 })
      }
    ]);
    const view = await ann.loadAssessmentView(id);
    const response = view.responses[0];
    expect(response.notes).toEqual({ [target.first]: 'Readable.' });
    expect(view.issues).toEqual([
      { list: LISTS.responses, itemId: response.itemId, problem: `column "Criterion notes (JSON)": the note on criterion "${target.second}" (42) is not text; the other notes are shown` }
    ]);
    await saved(ann, id, target.capability, response, { notes: { [target.first]: 'Changed.' } });
    expect(JSON.parse(String((await rawItem(site, id, target.capability))[F.criterionNotes]))).toEqual({ [target.first]: 'Changed.', [target.second]: 42 });
  });

  it('refuses notes longer than SharePoint keeps in one column, naming the capability, and writes nothing', async () => {
    const id = await start('Long notes');
    site.sim.clearLog();
    const error = (await ann.saveResponse(id, { capability: target.capability, base: null, draft: draft({ notes: { [target.first]: 'x'.repeat(64000) } }) }).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('invalid-data');
    // {"<criterion>":"<64,000 characters>"}
    const length = (64000 + target.first.length + 7).toLocaleString('en-GB');
    expect(error.message).toBe(`The notes for "${target.capability}" would be ${length} characters long; SharePoint keeps at most 63,999.`);
    expect(site.writes()).toEqual([]);
  });

  it('treats an empty note as no note', async () => {
    const id = await start('Empty note');
    await saved(ann, id, target.capability, null, { answers: { [target.first]: 'met' }, notes: { [target.first]: '' } });
    expect(JSON.parse(String((await rawItem(site, id, target.capability))[F.criterionNotes]))).toEqual({});
  });
});

describe('review and agreement', () => {
  const site = useSetUpSite();
  let member: SharePointStore;
  let owner: SharePointStore;
  let target: { capability: string; first: string; second: string };

  beforeAll(async () => {
    member = await site.storeFor('member');
    owner = await site.storeFor('owner');
    const id = (await site.owner.createAssessment({ title: 'Set-up', scope: 'Trust' })).id;
    target = capabilityWithTwoCriteria((await member.loadAssessmentView(id)).model);
  });

  /** A fresh assessment with the target capability answered and agreed by the member. */
  const agreedResponse = async (title: string): Promise<{ id: number; agreed: StoredResponse }> => {
    const id = (await site.owner.createAssessment({ title, scope: 'Trust' })).id;
    const first = await saved(member, id, target.capability, null, { status: 'ready-for-review', answers: { [target.first]: 'met' }, rationale: 'Policy in place.' });
    const agreed = await saved(member, id, target.capability, first, { status: 'agreed', agreedLevel: 2 });
    return { id, agreed };
  };

  it('keeps a reviewer\'s comment when a response is sent back', async () => {
    const id = (await site.owner.createAssessment({ title: 'Sent back', scope: 'Trust' })).id;
    const ready = await saved(member, id, target.capability, null, { status: 'ready-for-review', answers: { [target.first]: 'met' } });
    await saved(owner, id, target.capability, ready, { status: 'in-progress', reviewComment: 'Please attach the signed policy.', reviewer: 'Olivia Owen', reviewerLogin: 'i:0#.f|membership|olivia.owen@example.nhs.uk' });
    const response = (await member.loadAssessmentView(id)).responses[0];
    expect(response).toEqual(expect.objectContaining({ status: 'in-progress', reviewComment: 'Please attach the signed policy.', reviewer: 'Olivia Owen', reviewerLogin: 'i:0#.f|membership|olivia.owen@example.nhs.uk' }));
  });

  it('records who agreed a response and when', async () => {
    const before = Date.now();
    const { id, agreed } = await agreedResponse('Agreed');
    expect(agreed.agreedBy).toBe('Marcus Reid');
    expect(Date.parse(agreed.agreedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    const reread = (await owner.loadAssessmentView(id)).responses[0];
    expect(reread).toEqual(expect.objectContaining({ status: 'agreed', agreedBy: 'Marcus Reid', agreedAt: agreed.agreedAt }));
  });

  it('refuses any change to an agreed response, saying who agreed it and when, and writes nothing', async () => {
    const { id, agreed } = await agreedResponse('Locked');
    site.sim.clearLog();
    const changed = edited(agreed, { rationale: 'Changed after agreement.' });
    const error = (await owner.saveResponse(id, { capability: target.capability, base: agreed, draft: changed }).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('conflict');
    expect(error.reason).toBe('locked');
    expect(error.message).toMatch(new RegExp(`the response for "${target.capability}" \\(list "NIMM Responses", item ${agreed.itemId}\\) was agreed by Marcus Reid on \\d{1,2} [A-Z][a-z]+ \\d{4}; reopen it to change it\\.`));
    expect(error.unsaved).toEqual(changed);
    expect(site.writes()).toEqual([]);
    expect((await rawItem(site, id, target.capability))[F.rationale]).toBe('Policy in place.');
  });

  it('refuses a reopen that changes something else at the same time', async () => {
    const { id, agreed } = await agreedResponse('Reopen and change');
    const error = (await owner.saveResponse(id, { capability: target.capability, base: agreed, draft: edited(agreed, { status: 'in-progress', agreedLevel: null }) }).catch((e: unknown) => e)) as StoreError;
    expect(error.reason).toBe('locked');
  });

  it('lets it be reopened, which clears who agreed it, and changed after that', async () => {
    const { id, agreed } = await agreedResponse('Reopened');
    const reopened = await saved(owner, id, target.capability, agreed, { status: 'in-progress' });
    expect(reopened).toEqual(expect.objectContaining({ status: 'in-progress', agreedLevel: 2, agreedBy: '', agreedAt: null }));
    const item = await rawItem(site, id, target.capability);
    expect(item[F.agreedBy]).toBeNull();
    expect(item[F.agreedAt]).toBeNull();
    const changed = await saved(owner, id, target.capability, reopened, { rationale: 'Rewritten.', agreedLevel: 3 });
    expect(changed.rationale).toBe('Rewritten.');
  });

  it('judges by the response as stored: a change saved after someone else agreed it is refused', async () => {
    const id = (await site.owner.createAssessment({ title: 'Agreed meanwhile', scope: 'Trust' })).id;
    const loaded = await saved(member, id, target.capability, null, { status: 'ready-for-review', answers: { [target.first]: 'met' } });
    // The owner agrees it while the member still has the form open.
    await saved(owner, id, target.capability, loaded, { status: 'agreed', agreedLevel: 2 });
    const error = (await member.saveResponse(id, { capability: target.capability, base: loaded, draft: edited(loaded, { answers: { [target.first]: 'met', [target.second]: 'partial' } }) }).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.reason).toBe('locked');
    expect(error.message).toContain('was agreed by Olivia Owen on ');
    expect(JSON.parse(String((await rawItem(site, id, target.capability))[F.answers]))).toEqual({ [target.first]: 'met' });
  });

  it('judges by the response as stored: a change to a response loaded agreed goes through once someone reopened it', async () => {
    const { id, agreed } = await agreedResponse('Reopened meanwhile');
    await saved(owner, id, target.capability, agreed, { status: 'in-progress' });
    const result = await member.saveResponse(id, { capability: target.capability, base: agreed, draft: edited(agreed, { rationale: 'More evidence found.' }) });
    expect(result.status).toBe('merged');
    if (result.status !== 'merged') return;
    expect(result.response).toEqual(expect.objectContaining({ status: 'in-progress', rationale: 'More evidence found.', agreedBy: '' }));
  });

  it('records the agreement when a merged save makes it agreed', async () => {
    const id = (await site.owner.createAssessment({ title: 'Agreed in a merge', scope: 'Trust' })).id;
    const loaded = await saved(member, id, target.capability, null, { status: 'ready-for-review', answers: { [target.first]: 'met' } });
    await saved(member, id, target.capability, loaded, { improvementIdeas: 'Automate the check.' });
    const result = await owner.saveResponse(id, { capability: target.capability, base: loaded, draft: edited(loaded, { status: 'agreed', agreedLevel: 2 }) });
    expect(result.status).toBe('merged');
    const item = await rawItem(site, id, target.capability);
    expect(item[F.agreedBy]).toBe('Olivia Owen');
    expect(typeof item[F.agreedAt]).toBe('string');
  });
});
