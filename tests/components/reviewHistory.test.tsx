/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { historyContext, ResponseHistory, versionChanges } from '../../src/components/assessment/review';
import { StoreContext } from '../../src/components/shell';
import { StoreError } from '../../src/data/errors';
import type { DataIssue, Listed, ResponseVersion } from '../../src/data/types';
import { guideModel } from './fixtures/guideModel';
import { FakeStore } from './support/fakeStore';

setIconOptions({ disableWarnings: true });

const model = guideModel();
// Change management lists level 3 before level 2: the words still go criterion by criterion from level 2.
const change = model.capabilities.find((c) => c.key === 'change')!;
const context = historyContext(change, model);

function version(label: string, fields: Partial<ResponseVersion> = {}): ResponseVersion {
  return { label, isCurrent: false, when: '2026-03-04T10:15:00Z', by: 'Marcus Reid', status: 'in-progress', agreedLevel: null, rationale: '', answers: {}, notes: {}, problems: [], ...fields };
}

describe('what changed from one version to the next, in words', () => {
  it('describes a first version by what it held', () => {
    const first = version('1.0', { answers: { 'change.2.1': 'met' }, rationale: 'Log seen.' });
    expect(versionChanges(first, undefined, context)).toEqual(['First saved.', 'Rationale written: \u201cLog seen.\u201d', 'Answered \u201cEvery change is logged before work starts.\u201d: Met.']);
    // SharePoint dropped older versions past the list's limit: the oldest kept is not the first.
    expect(versionChanges(version('7.0'), undefined, context)).toEqual(['The oldest version SharePoint still keeps: earlier ones have been removed.']);
  });

  it('names status, agreed level, rationale, answers and notes changes, criteria in level order', () => {
    const before = version('2.0', {
      status: 'ready-for-review',
      agreedLevel: 2,
      rationale: 'Log seen.',
      answers: { 'change.3.1': 'partial', 'change.2.1': 'partial', 'change.2.2': 'met' },
      notes: { 'change.2.2': 'Rollback tested in March.' }
    });
    const after = version('3.0', {
      status: 'agreed',
      agreedLevel: 3,
      rationale: 'Log and approvals seen.',
      answers: { 'change.3.1': 'met', 'change.2.1': 'met', 'change.2.3': 'n/a' },
      notes: { 'change.2.2': 'Rollback tested in April.' }
    });
    expect(versionChanges(after, before, context)).toEqual([
      'Status changed from Ready for review to Agreed.',
      'Agreed level changed from level 2 (Controlled) to level 3 (Standardised).',
      'Rationale changed to: \u201cLog and approvals seen.\u201d',
      'Answer to \u201cEvery change is logged before work starts.\u201d changed from Partly met to Met.',
      'Answer to \u201cEach change has a tested rollback plan.\u201d cleared (it was Met).',
      'Answered \u201cA named person approves each change.\u201d: Does not apply.',
      'Answer to \u201cStandard changes are pre-approved.\u201d changed from Partly met to Met.',
      'Note changed on \u201cEach change has a tested rollback plan.\u201d.'
    ]);
  });

  it('says when the agreed level was set or cleared and the rationale removed', () => {
    expect(versionChanges(version('2.0', { agreedLevel: 4 }), version('1.0'), context)).toEqual(['Agreed level set to level 4 (Optimised).']);
    expect(versionChanges(version('3.0'), version('2.0', { agreedLevel: 4, rationale: 'Why.' }), context)).toEqual([
      'Agreed level cleared, so the level from the answers counts.',
      'Rationale removed.'
    ]);
  });

  it('names a criterion the model no longer has by its key', () => {
    expect(versionChanges(version('2.0', { answers: { 'change.9.9': 'met' } }), version('1.0'), context)).toEqual(['Answered \u201cchange.9.9\u201d: Met.']);
  });

  it('says so when nothing it can compare changed', () => {
    expect(versionChanges(version('2.0', { answers: { 'change.2.1': 'met' } }), version('1.0', { answers: { 'change.2.1': 'met' } }), context)).toEqual([
      'No change to the answers, notes, status, agreed level or rationale: something else changed, such as the owner, the reviewer or the improvement ideas.'
    ]);
  });
});

/** A fake store whose response history a test sets up. */
class HistoryStore extends FakeStore {
  public history: Listed<ResponseVersion> = { items: [], issues: [] };
  public historyFailure: unknown = null;
  public readonly historyReads: number[] = [];
  // Optional, as the shared fake declares the method without arguments.
  public listResponseHistory(itemId = 0): Promise<Listed<ResponseVersion>> {
    this.historyReads.push(itemId);
    return this.historyFailure ? Promise.reject(this.historyFailure) : Promise.resolve(this.history);
  }
}

function renderHistory(store: HistoryStore, itemId: number | null = 5, canFix = false): void {
  render(
    <StoreContext.Provider value={store}>
      <ResponseHistory itemId={itemId} capability={change} model={model} canFix={canFix} />
    </StoreContext.Provider>
  );
}

describe('the history panel', () => {
  const damage: DataIssue = { list: 'NIMM Responses', itemId: 5, problem: 'version 2.0: column "Agreed level" ("high") must be a whole number from 1; it is shown as empty' };
  const history: Listed<ResponseVersion> = {
    items: [
      version('3.0', { isCurrent: true, by: 'Olivia Owen', when: '2026-03-05T09:30:00Z', status: 'agreed', agreedLevel: 2, rationale: 'Log seen.', answers: { 'change.2.1': 'met' } }),
      version('2.0', { status: 'ready-for-review', answers: { 'change.2.1': 'met' }, problems: ['column "Agreed level" ("high") must be a whole number from 1; it is shown as empty'] }),
      version('1.0', { by: '', when: null, answers: { 'change.2.1': 'partial' } })
    ],
    issues: [damage]
  };

  it('opens from one button, lists each version with who, when, status and what changed, and closes on Esc', async () => {
    const store = new HistoryStore();
    store.history = history;
    renderHistory(store, 5, true);
    const button = screen.getByRole('button', { name: 'Show history' });
    button.focus();
    fireEvent.click(button);

    const dialog = await screen.findByRole('dialog', { name: 'History of Change management' });
    expect(store.historyReads).toEqual([5]);
    const current = (await within(dialog).findByRole('heading', { name: 'Version 3.0 (the current one)' })).closest('li')!;
    expect(current).toHaveTextContent(/Saved on 5 March 2026 at \d\d:\d\d by Olivia Owen\./);
    expect(current).toHaveTextContent('Status: Agreed. Agreed level: level 2 (Controlled).');
    expect(within(current).getByText('Status changed from Ready for review to Agreed.')).toBeInTheDocument();
    expect(within(current).getByText('Agreed level set to level 2 (Controlled).')).toBeInTheDocument();
    expect(within(current).getByText('Rationale written: \u201cLog seen.\u201d')).toBeInTheDocument();

    const second = within(dialog).getByRole('heading', { name: 'Version 2.0' }).closest('li')!;
    expect(within(second).getByText('Answer to \u201cEvery change is logged before work starts.\u201d changed from Partly met to Met.')).toBeInTheDocument();
    await waitFor(() => expect(second).toHaveTextContent('Part of this version could not be read, so what changed may be incomplete: column "Agreed level" ("high") must be a whole number from 1; it is shown as empty'));

    const first = within(dialog).getByRole('heading', { name: 'Version 1.0' }).closest('li')!;
    expect(first).toHaveTextContent('Saved by someone this site no longer lists; SharePoint did not record when.');
    expect(first).toHaveTextContent('Status: In progress. Agreed level: none, so the level from the answers counts.');
    expect(within(first).getByText('First saved.')).toBeInTheDocument();

    // A site owner is told which version of which item could not be read.
    await waitFor(() => expect(dialog).toHaveTextContent('NIMM Responses, item 5: version 2.0: column "Agreed level"'));

    fireEvent.keyDown(dialog, { key: 'Escape', which: 27, keyCode: 27 });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Show history' })).toHaveFocus();
  });

  it('reads the history afresh each time it is opened', async () => {
    const store = new HistoryStore();
    store.history = history;
    renderHistory(store);
    fireEvent.click(screen.getByRole('button', { name: 'Show history' }));
    await screen.findByRole('heading', { name: 'Version 3.0 (the current one)' });
    fireEvent.click(screen.getByRole('button', { name: 'Close the history' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    fireEvent.click(screen.getByRole('button', { name: 'Show history' }));
    await screen.findByRole('heading', { name: 'Version 3.0 (the current one)' });
    expect(store.historyReads).toEqual([5, 5]);
  });

  it('says why the history could not be read and offers to try again', async () => {
    const store = new HistoryStore();
    store.historyFailure = new StoreError('forbidden', 'You do not have permission to read the history of this response. Ask a site owner.');
    renderHistory(store);
    fireEvent.click(screen.getByRole('button', { name: 'Show history' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog).toHaveTextContent('The history could not be loaded.You do not have permission to read the history of this response. Ask a site owner.'));
    store.historyFailure = null;
    store.history = history;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await within(dialog).findByRole('heading', { name: 'Version 3.0 (the current one)' })).toBeInTheDocument();
  });

  it('offers no history for a capability never saved', () => {
    renderHistory(new HistoryStore(), null);
    expect(screen.queryByRole('button', { name: 'Show history' })).not.toBeInTheDocument();
  });
});
