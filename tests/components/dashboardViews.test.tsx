/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { CompareView, comparisonText } from '../../src/components/dashboard/CompareView';
import { ProfileView, chosenProfile } from '../../src/components/dashboard/ProfileView';
import { TrendsView, roundLabels } from '../../src/components/dashboard/TrendsView';
import { dashboardData, type DashboardData } from '../../src/components/dashboard/dashboardData';
import { evidenceHref } from '../../src/components/dashboard/evidenceLinks';
import { DASHBOARD_VIEWS } from '../../src/components/dashboard/views';
import { StoreContext } from '../../src/components/shell';
import { emptyDraft } from '../../src/data/merge/mergeResponse';
import type { AssessmentSummary, AssessmentView, DashboardEntry, EvidenceItem, StoredResponse } from '../../src/data/types';
import type { Assessment, Model } from '../../src/nimm';
import { assess, atLevel } from '../nimm/fixtures';
import { smallAssessment, smallModel } from '../nimm/dashboard/smallModel';
import { FakeStore, NO_LOCAL_PROFILES, userWithRole, versionOf } from './support/fakeStore';

setIconOptions({ disableWarnings: true });

const SITE = 'https://trust.example/sites/nimm';

/** The small dashboard model (see tests/nimm/dashboard/smallModel.ts) with a target and an entitlement profile. */
function model(): Model {
  const m = smallModel();
  m.profiles = [
    { key: 'baseline', name: 'Baseline', kind: 'target', targets: { config: 3, change: 3, incident: 3, budgeting: 2, skills: 2 } },
    { key: 'licence', name: 'Licence', kind: 'entitlement', localSettingsNote: 'Set by the regional team.', targets: { change: 2, config: 2, incident: 3 } },
    { key: 'epr', name: 'EPR', kind: 'service', targets: { incident: 4 } }
  ];
  return m;
}

function summary(id: number, fields: Partial<AssessmentSummary> = {}): AssessmentSummary {
  return {
    id,
    etag: '"1"',
    title: `Round ${id}`,
    scope: 'Kestrel Vale',
    status: 'open',
    modelVersionId: 1,
    modelKey: 'test-model',
    modelVersion: '1',
    targetProfile: null,
    lead: 'Alex Example',
    facilitator: '',
    startDate: '2026-11-20',
    closedDate: null,
    runBudgetPercent: null,
    dueDate: null,
    inScope: { kind: 'all' },
    previousAssessmentId: null,
    budgetYear: null,
    runBudget: null,
    improveBudget: null,
    created: null,
    modified: null,
    ...fields
  };
}

function stored(assessmentId: number, a: Assessment): StoredResponse[] {
  return a.responses.map((r, i) => ({
    ...emptyDraft(),
    itemId: assessmentId * 100 + i,
    etag: '"1"',
    assessmentId,
    capability: r.capability,
    modified: null,
    agreedBy: '',
    agreedAt: null,
    notApplicable: r.notApplicable,
    agreedLevel: r.agreedLevel,
    answers: r.answers
  }));
}

function entry(m: Model, s: AssessmentSummary, a: Assessment): DashboardEntry {
  return { assessment: s, model: m, modelVersion: versionOf(m, s.modelVersionId), responses: stored(s.id, a) };
}

function evidence(fields: Partial<EvidenceItem> & { itemId: number; name: string }): EvidenceItem {
  return {
    etag: '"1"',
    assessmentId: 1,
    capability: 'change',
    criterion: null,
    kind: 'file',
    url: `/sites/nimm/NIMM Evidence/${fields.name}`,
    description: '',
    expires: null,
    reviewStatus: 'not-reviewed',
    modified: null,
    ...fields
  };
}

function data(entries: DashboardEntry[], assessments: AssessmentSummary[] = entries.map((e) => e.assessment), items: EvidenceItem[] = []): DashboardData {
  return dashboardData({ user: userWithRole('visitor'), assessments, entries, evidence: items, localProfiles: NO_LOCAL_PROFILES, issues: [] })!;
}

const props = { headingLevel: 3, host: { kind: 'sharepoint' as const }, siteUrl: SITE, otherSites: [] };

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('the dashboard views', () => {
  it('has the three new tabs in order after the overview and perspectives', () => {
    const keys = DASHBOARD_VIEWS.map((v) => v.key);
    const at = keys.indexOf('perspectives');
    expect(keys.slice(at + 1, at + 4)).toEqual(['profile', 'trends', 'compare']);
    expect(DASHBOARD_VIEWS.slice(at + 1, at + 4).map((v) => v.label)).toEqual(['Against a target', 'Trends', 'Provider and customer']);
  });
});

describe('against a target', () => {
  const m = model();
  const a = smallAssessment(m);

  it('starts at the assessment\'s target profile, else the first target profile, and takes the address over both', () => {
    expect(chosenProfile(m, null, 'epr')).toBe('epr');
    expect(chosenProfile(m, null, null)).toBe('baseline');
    expect(chosenProfile(m, null, 'gone')).toBe('baseline');
    expect(chosenProfile(m, 'licence', 'epr')).toBe('licence');
    expect(chosenProfile(m, 'gone', 'epr')).toBe('epr');
    expect(chosenProfile({ ...m, profiles: [] }, null, null)).toBeNull();
  });

  it('shows readiness and the gaps as a table, biggest gap first, with what each needs next', () => {
    render(<ProfileView data={data([entry(m, summary(1, { targetProfile: 'baseline' }), a)])} {...props} />);
    expect(screen.getByText('50% ready')).toBeInTheDocument();
    expect(screen.getByText('2 of 4 targets met: 50% ready.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Baseline: gaps by capability' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Config', 'Change', 'Incident', 'Budgeting']);
    const config = within(rows[0]).getAllByRole('cell').map((c) => c.textContent);
    expect(config.slice(0, 3)).toEqual(['L1', 'L3', '2 levels']);
    expect(config[3]).toContain('Still to meet for level 2:');
    expect(config[3]).toContain('Criterion 1. (not met)');
    // Change is held back by Config: the dependency is what it needs, no criteria.
    expect(within(rows[1]).getAllByRole('cell')[3].textContent).toMatch(/Config/);
    expect(within(rows[2]).getAllByRole('cell')[3].textContent).toBe('Nothing: the target is met.');
    expect(screen.getByText('Skills is marked not applicable, so its target is left out.')).toBeInTheDocument();
  });

  it('changes profile from the chooser and keeps it in the address', async () => {
    render(<ProfileView data={data([entry(m, summary(1, { targetProfile: 'baseline' }), a)])} {...props} />);
    fireEvent.click(screen.getByRole('combobox', { name: /^Profile to compare with/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'EPR (service)' }));
    await screen.findByRole('table', { name: 'EPR: gaps by capability' });
    expect(window.location.search).toBe('?nimmProfile=epr');
    expect(screen.getByText('1 of 1 target met: 100% ready, so the profile is met.')).toBeInTheDocument();
  });

  it('offers the site\'s own profiles apart from the model\'s, with their readiness; a target the model lacks is left out and said', async () => {
    const local = { itemId: 3, etag: '"1"', key: 'local-pathology', name: 'Pathology', kind: 'service' as const, description: 'For the scanners.', basedOn: null, modified: null, targets: { change: 2, incident: 2, retired: 3 } };
    const withLocal = dashboardData({
      user: userWithRole('visitor'),
      assessments: [summary(1, { targetProfile: 'baseline' })],
      entries: [entry(m, summary(1, { targetProfile: 'baseline' }), a)],
      evidence: [],
      localProfiles: { ...NO_LOCAL_PROFILES, profiles: [local] },
      issues: []
    })!;
    render(<ProfileView data={withLocal} {...props} />);
    fireEvent.click(screen.getByRole('combobox', { name: /^Profile to compare with/ }));
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByText('This site\u2019s own profiles')).toBeInTheDocument();
    fireEvent.click(within(listbox).getByRole('option', { name: 'Pathology (service, this site)' }));
    await screen.findByRole('table', { name: 'Pathology: gaps by capability' });
    expect(window.location.search).toBe('?nimmProfile=local-pathology');
    expect(screen.getByText('For the scanners.')).toBeInTheDocument();
    expect(screen.getByText('Left out, because this version of the model has no such capability: retired.')).toBeInTheDocument();
    expect(screen.getByText(/^\d of 2 targets met: \d+% ready/)).toBeInTheDocument();
  });

  it('shows an entitlement as a checklist with met in words and its evidence as safe links, expiry in words', () => {
    window.history.replaceState(null, '', '/?nimmProfile=licence');
    const items = [
      evidence({ itemId: 1, name: 'Change log.pdf', expires: '2020-03-03' }),
      evidence({ itemId: 2, name: 'CAB minutes #4.docx', expires: '2999-01-01' }),
      evidence({ itemId: 3, name: 'Bad.url', kind: 'link', url: 'javascript:alert(1)' }),
      evidence({ itemId: 4, name: 'Vendor report.url', kind: 'link', capability: 'incident', url: 'https://vendor.example/report' })
    ];
    render(<ProfileView data={data([entry(m, summary(1), a)], undefined, items)} {...props} />);
    expect(screen.getByText('Where these thresholds come from: Set by the regional team.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Licence: checklist' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[2].textContent)).toEqual(['Met', 'Not met', 'Met']);
    const change = within(rows[0]);
    const log = change.getByRole('link', { name: /Change log\.pdf/ });
    expect(log).toHaveAttribute('href', 'https://trust.example/sites/nimm/NIMM%20Evidence/Change%20log.pdf');
    expect(log).toHaveAttribute('target', '_blank');
    expect(log).toHaveAttribute('rel', 'noopener noreferrer');
    expect(change.getByRole('link', { name: /CAB minutes/ })).toHaveAttribute('href', 'https://trust.example/sites/nimm/NIMM%20Evidence/CAB%20minutes%20%234.docx');
    expect(change.getByText(/expired on 3 March 2020/)).toBeInTheDocument();
    expect(change.getByText(/valid until 1 January 2999/)).toBeInTheDocument();
    expect(change.queryByRole('link', { name: /Bad/ })).toBeNull();
    expect(change.getByText(/Bad \(its address cannot be opened from here\)/)).toBeInTheDocument();
    expect(within(rows[1]).getByText('No evidence filed.')).toBeInTheDocument();
    expect(within(rows[2]).getByRole('link', { name: /Vendor report/ })).toHaveAttribute('href', 'https://vendor.example/report');
  });

  it('turns evidence addresses into absolute links on the site, and refuses anything else', () => {
    expect(evidenceHref('/sites/nimm/NIMM Evidence/a b.pdf', SITE)).toBe('https://trust.example/sites/nimm/NIMM%20Evidence/a%20b.pdf');
    expect(evidenceHref('https://other.example/x', SITE)).toBe('https://other.example/x');
    expect(evidenceHref('http://other.example/x', SITE)).toBe('http://other.example/x');
    expect(evidenceHref('/sites/nimm/x.pdf', 'http://localhost:4321/sites/nimm')).toBe('http://localhost:4321/sites/nimm/x.pdf');
    expect(evidenceHref('/sites/nimm/x.pdf', 'http://trust.example/sites/nimm')).toBeNull();
    expect(evidenceHref('/sites/nimm/x.pdf', '')).toBeNull();
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '//evil.example/x', '/\\evil.example/x', 'file:///c:/x', 'NIMM Evidence/x.pdf']) {
      expect(evidenceHref(bad, SITE)).toBeNull();
    }
  });
});

describe('trends', () => {
  const m = model();
  const now = smallAssessment(m);
  const before = assess(m, { config: atLevel(m, 'config', 2), change: atLevel(m, 'change', 2), budgeting: { agreedLevel: 2 } });

  it('labels rounds by year, or by date when two share a year', () => {
    expect(roundLabels(['2024-11-15', '2025-11-15', '2025-03-01'])).toEqual(['2024', '15 November 2025', '1 March 2025']);
  });

  it('says a trend needs a second round of the same scope', async () => {
    render(<TrendsView data={data([entry(m, summary(2), now)])} {...props} />);
    expect(await screen.findByText(/Trends need a second assessment of the same scope \(Kestrel Vale\)/)).toBeInTheDocument();
  });

  it('shows each round, each capability\'s level per round and its move since the previous round', () => {
    const d = data([entry(m, summary(2, { startDate: '2026-11-20' }), now), entry(m, summary(1, { startDate: '2025-11-15', status: 'closed' }), before)]);
    render(<TrendsView data={d} {...props} />);
    expect(screen.getByText('Since the 2025 round: 1 capability down, 1 newly assessed, 1 newly marked not applicable, 2 unchanged.')).toBeInTheDocument();
    const rounds = screen.getByRole('table', { name: 'Organisation level and score by round' });
    expect(within(rounds).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['2025', '2026']);
    expect(screen.getByRole('img', { name: /^Line chart of the organisation score by round: 2025: 2\.0, 2026: 2\.3\./ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Effective level of each capability by round' });
    const cells = (name: string): string[] => within(within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement).getAllByRole('cell').map((c) => c.textContent ?? '');
    expect(cells('Config')).toEqual(['L2', 'L1', 'Down from L2 to L1'].map((t, i) => (i === 2 ? `\u25BC ${t}` : t)));
    expect(cells('Incident')).toEqual(['not assessed', 'L4', 'Newly assessed']);
    expect(cells('Skills')).toEqual(['not assessed', 'n/a', 'Newly not applicable']);
    expect(screen.getByText('Every round used the same version of the model, so the levels compare like for like.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show only capabilities that moved since the previous round' }));
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Config', 'Incident', 'Skills']);
  });

  it('notes where the model version changed between rounds', () => {
    const older = model();
    older.version = '0.9';
    older.capabilities.find((c) => c.key === 'config')!.name = 'Configuration';
    const d = data([entry(m, summary(2), now), entry(older, summary(1, { startDate: '2025-11-15', modelVersionId: 2 }), assess(older, { config: atLevel(older, 'config', 2) }))]);
    render(<TrendsView data={d} {...props} />);
    expect(screen.getByText('Between the 2025 and 2026 rounds the model went from version 0.9 to version 1.')).toBeInTheDocument();
    expect(screen.getByText('Configuration was renamed Config between version 0.9 and version 1.')).toBeInTheDocument();
  });
});

describe('provider and customer', () => {
  const m = model();
  const provider = smallAssessment(m);
  // The customer: config higher, change and incident lower, budgeting not assessed.
  const customer = assess(m, { config: atLevel(m, 'config', 3), change: { answers: { 'change.2.1': 'not-met' } }, incident: atLevel(m, 'incident', 2) });
  const customerSummary = summary(9, { title: 'Customer trust 2026', scope: 'Harbour Community Trust' });

  class CompareStore extends FakeStore {
    public loaded: number[] = [];
    public loadAssessmentView(id?: number): Promise<AssessmentView> {
      this.loaded.push(id!);
      return Promise.resolve({ model: m, modelVersion: versionOf(m, 1), assessment: customerSummary, responses: stored(9, customer), user: userWithRole('visitor'), rights: userWithRole('visitor').can, issues: [] } as unknown as AssessmentView);
    }
  }

  it('says when no other scope has been assessed', async () => {
    render(
      <StoreContext.Provider value={new CompareStore()}>
        <CompareView data={data([entry(m, summary(1), provider)], [summary(1), summary(2, { startDate: '2025-11-15' })])} {...props} />
      </StoreContext.Provider>
    );
    expect(await screen.findByText(/No assessment of another scope is on this site yet/)).toBeInTheDocument();
  });

  it('lists the rows where the customer is below first, marked in words, the reverse apart, and swaps roles', async () => {
    const store = new CompareStore();
    render(
      <StoreContext.Provider value={store}>
        <CompareView data={data([entry(m, summary(1), provider)], [summary(1), customerSummary])} {...props} />
      </StoreContext.Provider>
    );
    const table = await screen.findByRole('table', { name: 'Provider and customer by capability, gaps first' });
    expect(store.loaded).toEqual([9]);
    expect(screen.getByText('Provider: Round 1 (Kestrel Vale). Customer: Customer trust 2026 (Harbour Community Trust).')).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1).map((r) => Array.from(r.children).map((c) => c.textContent));
    expect(rows.slice(0, 2)).toEqual([
      ['Incident', 'L4', 'L2', 'Mind the gap: the customer is 2 levels below'],
      ['Change', 'L2', 'L1', 'Mind the gap: the customer is 1 level below']
    ]);
    const below = screen.getByRole('table', { name: 'Capabilities where the provider is below the customer' });
    expect(within(below).getAllByRole('row').slice(1).map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([['Config', 'L1', 'L3', 'The provider is 2 levels below']]);

    fireEvent.click(screen.getByRole('switch', { name: 'Show the assessment shown above as the customer' }));
    await waitFor(() => expect(screen.getByText('Provider: Customer trust 2026 (Harbour Community Trust). Customer: Round 1 (Kestrel Vale).')).toBeInTheDocument());
    const swapped = screen.getByRole('table', { name: 'Provider and customer by capability, gaps first' });
    expect(Array.from(within(swapped).getAllByRole('row')[1].children).map((c) => c.textContent)).toEqual(['Config', 'L3', 'L1', 'Mind the gap: the customer is 2 levels below']);
  });

  it('words every kind of row', () => {
    const row = { capability: 'x', name: 'X', category: '', provider: { status: 'assessed' as const, effectiveLevel: 2 }, customer: { status: 'not-assessed' as const, effectiveLevel: 1 }, sentence: '' };
    expect(comparisonText({ ...row, difference: null, flag: 'not-compared' })).toBe('Not compared: not assessed on both sides');
    expect(comparisonText({ ...row, difference: 0, flag: 'level' })).toBe('Same level');
    expect(comparisonText({ ...row, difference: -1, flag: 'provider-below' })).toBe('The provider is 1 level below');
  });
});
