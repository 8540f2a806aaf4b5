/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { AcrossSitesView } from '../../src/components/dashboard/AcrossSitesView';
import { dashboardData } from '../../src/components/dashboard/dashboardData';
import { StoreContext } from '../../src/components/shell';
import { StoreError } from '../../src/data/errors';
import { emptyDraft } from '../../src/data/merge/mergeResponse';
import { siteResults } from '../../src/data/store/siteResults';
import type { AssessmentSummary, SiteSummary, StoredResponse } from '../../src/data/types';
import type { Assessment, Model } from '../../src/nimm';
import { smallAssessment, smallModel } from '../nimm/dashboard/smallModel';
import { FakeStore, NO_LOCAL_PROFILES, userWithRole, versionOf } from './support/fakeStore';

setIconOptions({ disableWarnings: true });

const THIS = 'https://trust.example/sites/nimm';
const NORTH = 'https://trust.example/sites/north';
const SOUTH = 'https://trust.example/sites/south';

function summaryOf(id: number): AssessmentSummary {
  return {
    id, etag: '"1"', title: `Round ${id}`, scope: 'Trust-wide', status: 'open', modelVersionId: 1, modelKey: 'test-model', modelVersion: '1',
    targetProfile: null, lead: '', facilitator: '', startDate: '2026-11-20', closedDate: null, runBudgetPercent: null, dueDate: null,
    inScope: { kind: 'all' }, previousAssessmentId: null, budgetYear: null, runBudget: null, improveBudget: null, created: null, modified: null
  };
}

function stored(a: Assessment): StoredResponse[] {
  return a.responses.map((r, i) => ({
    ...emptyDraft(), itemId: i + 1, etag: '"1"', assessmentId: 1, capability: r.capability, modified: null, agreedBy: '', agreedAt: null,
    notApplicable: r.notApplicable, agreedLevel: r.agreedLevel, answers: r.answers, status: 'agreed'
  }));
}

/** A site's summary worked out as the store works it out. */
function siteSummary(m: Model, url: string, title: string): SiteSummary {
  return { siteUrl: url, title, ...siteResults(m, summaryOf(1), stored(smallAssessment(m))), issues: [] };
}

/** A site's store whose loadSiteSummary the test settles. */
class SiteStore extends FakeStore {
  public reads = 0;
  public constructor(private readonly answer: () => Promise<SiteSummary>) {
    super();
  }
  public loadSiteSummary(): Promise<SiteSummary> {
    this.reads += 1;
    return this.answer();
  }
}

describe('the across-sites view', () => {
  const m = smallModel();
  const data = dashboardData({
    user: userWithRole('visitor'),
    assessments: [summaryOf(1)],
    entries: [{ assessment: summaryOf(1), model: m, modelVersion: versionOf(m, 1), responses: stored(smallAssessment(m)) }],
    evidence: [],
    localProfiles: NO_LOCAL_PROFILES,
    issues: []
  })!;
  const props = { data, headingLevel: 3, host: { kind: 'sharepoint' as const }, siteUrl: THIS };

  it('explains the web part setting when no other site is listed', async () => {
    const store = new SiteStore(() => Promise.resolve(siteSummary(m, THIS, 'This trust')));
    render(
      <StoreContext.Provider value={store}>
        <AcrossSitesView {...props} otherSites={[]} storeForSite={() => store} />
      </StoreContext.Provider>
    );
    // Fluent's MessageBar puts its text in after the first render (for screen readers).
    expect(await screen.findByText(/Other NIMM sites to compare \(across sites\)/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(store.reads).toBe(0);
  });

  it('reads every site in parallel through its own store; a forbidden one says why in its row and the others show, and only it is read again on retry', async () => {
    const here = new SiteStore(() => Promise.resolve(siteSummary(m, THIS, 'Kestrel Vale')));
    const north = new SiteStore(() => Promise.resolve(siteSummary(m, NORTH, 'Northfield')));
    let southAnswer: () => Promise<SiteSummary> = () => Promise.reject(new StoreError('forbidden', `You do not have access to the NIMM site ${SOUTH}.`));
    const south = new SiteStore(() => southAnswer());
    const stores: Record<string, SiteStore> = { [NORTH]: north, [SOUTH]: south };
    const storeForSite = jest.fn((url: string) => stores[url]);
    render(
      <StoreContext.Provider value={here}>
        {/* This site's address again (with a slash) is shown once. */}
        <AcrossSitesView {...props} otherSites={[NORTH, `${THIS}/`, SOUTH]} storeForSite={storeForSite} />
      </StoreContext.Provider>
    );
    const table = screen.getByRole('table', { name: 'NIMM results by site' });
    await within(table).findByRole('link', { name: 'Northfield' });
    await within(table).findByText('No access');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[1]).getByRole('rowheader').textContent).toContain('(this site)');
    expect(rows[3].textContent).toContain(`You do not have access to the NIMM site ${SOUTH}.`);
    // Levels in words in every level cell of a loaded row.
    const cells = within(rows[2]).getAllByRole('cell').map((c) => c.textContent ?? '');
    expect(cells[1]).toMatch(/^(Level \d, .+|Not assessed)$/);
    expect(cells.slice(4).every((c) => /^(Level \d, .+|Not assessed)$/.test(c))).toBe(true);
    expect(storeForSite.mock.calls.map((c) => c[0])).toEqual([NORTH, SOUTH]);

    southAnswer = () => Promise.resolve(siteSummary(m, SOUTH, 'Southmoor'));
    fireEvent.click(within(rows[3]).getByRole('button', { name: `Try again to read ${SOUTH}` }));
    await within(table).findByRole('link', { name: 'Southmoor' });
    expect([here.reads, north.reads, south.reads]).toEqual([1, 1, 2]);
    await waitFor(() => expect(within(table).queryByText('No access')).toBeNull());
  });
});
