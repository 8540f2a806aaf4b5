/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { BudgetSplitSection } from '../../src/components/assessment/BudgetSplitSection';
import { checkFields, parseAmount, parsePercent, previewText } from '../../src/components/assessment/budgetForm';
import { BudgetView } from '../../src/components/dashboard/BudgetView';
import { budgetViewData } from '../../src/components/dashboard/budgetData';
import { dashboardData } from '../../src/components/dashboard/dashboardData';
import { NimmAppShell } from '../../src/components/shell';
import { StoreError } from '../../src/data/errors';
import type { AssessmentSummary, BudgetSplitSave, DashboardView, Listed } from '../../src/data/types';
import { guideModel } from './fixtures/guideModel';
import { FakeStore, NO_LOCAL_PROFILES, userWithRole, versionOf } from './support/fakeStore';

setIconOptions({ disableWarnings: true });

const model = guideModel();

function summary(id: number, fields: Partial<AssessmentSummary> = {}): AssessmentSummary {
  return {
    id, etag: '"1"', title: `Round ${id}`, scope: 'Kestrel Vale', status: 'open', modelVersionId: 1, modelKey: model.key, modelVersion: model.version,
    targetProfile: null, lead: '', facilitator: '', startDate: '2026-11-20', closedDate: null, runBudgetPercent: null, dueDate: null,
    inScope: { kind: 'all' }, previousAssessmentId: null, budgetYear: null, runBudget: null, improveBudget: null, created: null, modified: null,
    ...fields
  };
}

describe('reading the figures people type', () => {
  it('reads amounts with a pound sign, commas and spaces, and refuses anything else', () => {
    expect(parseAmount('£7,200,000')).toBe(7200000);
    expect(parseAmount(' 2 800 000.50 ')).toBe(2800000.5);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('-5')).toBeNaN();
    expect(parseAmount('7.2m')).toBeNaN();
    expect(parsePercent('72%')).toBe(72);
    expect(parsePercent('101')).toBeNaN();
  });

  it('works out the share on improving against 30%, and says what is wrong field by field', () => {
    const fields = { year: '2026-27', mode: 'amounts' as const, run: '£7,200,000', improve: '2,800,000', runPercent: '' };
    expect(previewText(fields)).toBe('This gives 28% on improving: 2 points below the 30% improvement share of the 70/30 benchmark.');
    expect(previewText({ ...fields, mode: 'percent', runPercent: '69' })).toBe('This gives 31% on improving: 1 point above the 30% improvement share of the 70/30 benchmark.');
    expect(previewText({ ...fields, mode: 'percent', runPercent: '70' })).toBe('This gives 30% on improving: in line with the 70/30 benchmark.');
    expect(checkFields(fields)).toEqual({ ok: true, split: { year: '2026/27', runBudget: 7200000, improveBudget: 2800000, runBudgetPercent: null } });
    const bad = checkFields({ ...fields, year: '2026', improve: 'lots' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors).toEqual({ year: expect.stringMatching(/like 2026\/27/), improve: '\u2018lots\u2019 is not an amount in pounds. Write it with figures only, for example 7,200,000 or \u00a37,200,000.' });
  });
});

/** A fake site holding one assessment, whose budget split can be saved or refused. */
class BudgetStore extends FakeStore {
  public assessment: AssessmentSummary;
  public readonly saves: BudgetSplitSave[] = [];
  /** The next saves' refusals, in order. */
  public refusals: unknown[] = [];

  public constructor(role: 'owner' | 'member' | 'visitor', assessment: AssessmentSummary) {
    super();
    this.user = userWithRole(role);
    this.assessment = assessment;
  }

  public saveBudgetSplit(split: BudgetSplitSave): Promise<AssessmentSummary> {
    this.saves.push(split);
    const refusal = this.refusals.shift();
    if (refusal) return Promise.reject(refusal);
    const run = split.runBudget ?? null;
    const improve = split.improveBudget ?? null;
    this.assessment = {
      ...this.assessment,
      etag: `"${Number(this.assessment.etag.replace(/\D/g, '')) + 1}"`,
      budgetYear: split.year,
      runBudget: run,
      improveBudget: improve,
      runBudgetPercent: run !== null && improve !== null ? Math.round((run / (run + improve)) * 1000) / 10 : split.runBudgetPercent ?? null
    };
    return Promise.resolve(this.assessment);
  }

  public listAssessments(): Promise<Listed<AssessmentSummary>> {
    return Promise.resolve({ items: [this.assessment], issues: [] });
  }
}

function renderSection(store: BudgetStore, assessment = store.assessment): void {
  render(
    <NimmAppShell store={store} defaultTitle="NIMM assessment" siteUrl="https://example.sharepoint.com/sites/nimm">
      <BudgetSplitSection assessment={assessment} canEdit={store.user.can.edit} headingLevel={3} />
    </NimmAppShell>
  );
}

function openForm(): void {
  const button = screen.getByRole('button', { name: 'IT budget split' });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  fireEvent.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
}

function type(label: RegExp | string, value: string): void {
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
}

describe('the IT budget split form on the assessment', () => {
  it('is collapsed behind a button, and saves "£7,200,000" as an amount with the assessment\'s ETag', async () => {
    const store = new BudgetStore('member', summary(5));
    renderSection(store);
    expect(screen.getByText('No IT budget split has been recorded with this assessment yet.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    openForm();
    type(/^Financial year/, '2026/27');
    type(/^Run: amount/, '£7,200,000');
    type(/^Improve: amount/, '£2,800,000');
    expect(screen.getByText('This gives 28% on improving: 2 points below the 30% improvement share of the 70/30 benchmark.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save the budget split' }));
    await screen.findByText('The budget split for 2026/27 is saved. The dashboard shows it against the 70/30 benchmark.');
    expect(store.saves).toEqual([{ assessmentId: 5, etag: '"1"', year: '2026/27', runBudget: 7200000, improveBudget: 2800000, runBudgetPercent: null }]);
    expect(screen.getByText('2026/27: £7,200,000 on running the organisation (72%), £2,800,000 on improving it (28%).')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Run: amount/ })).toHaveValue('7,200,000');
  });

  it('saves the share on running instead, clearing the amounts', async () => {
    const store = new BudgetStore('owner', summary(5, { budgetYear: '2025/26', runBudget: 7000000, improveBudget: 3000000, runBudgetPercent: 70 }));
    renderSection(store);
    openForm();
    expect(screen.getByRole('textbox', { name: /^Financial year/ })).toHaveValue('2025/26');
    fireEvent.click(screen.getByRole('radio', { name: 'The share on running, in per cent' }));
    type(/^Share on running/, '65%');
    fireEvent.click(screen.getByRole('button', { name: 'Save the budget split' }));
    await screen.findByText(/is saved/);
    expect(store.saves[0]).toEqual({ assessmentId: 5, etag: '"1"', year: '2025/26', runBudget: null, improveBudget: null, runBudgetPercent: 65 });
  });

  it('marks the fields it cannot read, sends nothing, and keeps what was typed', async () => {
    const store = new BudgetStore('member', summary(5));
    renderSection(store);
    openForm();
    type(/^Financial year/, '2026');
    type(/^Run: amount/, 'about seven million');
    type(/^Improve: amount/, '2,800,000');
    fireEvent.click(screen.getByRole('button', { name: 'Save the budget split' }));
    expect(store.saves).toEqual([]);
    await screen.findByText('The budget split was not saved: correct the fields marked.');
    expect(screen.getByText(/Write the financial year like 2026\/27/)).toBeInTheDocument();
    expect(screen.getByText(/\u2018about seven million\u2019 is not an amount in pounds/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Financial year/ })).toHaveValue('2026');
    expect(screen.getByRole('textbox', { name: /^Financial year/ })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^Run: amount/ })).toHaveValue('about seven million');
  });

  it('shows a refusal in words next to the form and loses nothing typed', async () => {
    const store = new BudgetStore('member', summary(5));
    store.refusals = [
      new StoreError('forbidden', 'You do not have permission to record the budget split of assessment 5. Site visitors can read but not change anything; ask a site owner for access if you need it.'),
      new StoreError('invalid-data', 'The budget split was not saved: \u20182026/28\u2019 is not a financial year.')
    ];
    renderSection(store);
    openForm();
    type(/^Financial year/, '2026/27');
    type(/^Run: amount/, '£7,200,000');
    type(/^Improve: amount/, '2,800,000');
    fireEvent.click(screen.getByRole('button', { name: 'Save the budget split' }));
    await screen.findByText(/You do not have permission to record the budget split/);
    expect(screen.getByRole('textbox', { name: /^Financial year/ })).toHaveValue('2026/27');
    expect(screen.getByRole('textbox', { name: /^Run: amount/ })).toHaveValue('£7,200,000');
    expect(screen.getByRole('textbox', { name: /^Improve: amount/ })).toHaveValue('2,800,000');
    fireEvent.click(screen.getByRole('button', { name: 'Save the budget split' }));
    await screen.findByText(/is not a financial year/);
    expect(screen.getByRole('textbox', { name: /^Run: amount/ })).toHaveValue('£7,200,000');
    // Closing and opening again keeps the figures too.
    fireEvent.click(screen.getByRole('button', { name: 'IT budget split' }));
    fireEvent.click(screen.getByRole('button', { name: 'IT budget split' }));
    expect(screen.getByRole('textbox', { name: /^Run: amount/ })).toHaveValue('£7,200,000');
  });

  it('after a conflict shows what is recorded now, keeps the figures typed, and saves them against the newer version', async () => {
    const store = new BudgetStore('member', summary(5));
    // Someone else recorded a split meanwhile.
    store.assessment = { ...store.assessment, etag: '"2"', budgetYear: '2026/27', runBudget: 8000000, improveBudget: 2000000, runBudgetPercent: 80 };
    store.refusals = [new StoreError('conflict', 'Could not record the budget split of assessment 5: someone else changed it after you opened it. Reload to see their changes.')];
    renderSection(store, summary(5));
    openForm();
    type(/^Financial year/, '2026/27');
    type(/^Run: amount/, '£7,200,000');
    type(/^Improve: amount/, '2,800,000');
    fireEvent.click(screen.getByRole('button', { name: 'Save the budget split' }));
    await screen.findByText(/Someone else changed this assessment after you opened it/);
    await screen.findByText(/Recorded now: 2026\/27: £8,000,000 on running the organisation \(80%\)/);
    expect(screen.getByRole('textbox', { name: /^Run: amount/ })).toHaveValue('£7,200,000');
    fireEvent.click(screen.getByRole('button', { name: 'Save the budget split' }));
    await screen.findByText(/is saved/);
    expect(store.saves.map((s) => s.etag)).toEqual(['"1"', '"2"']);
  });

  it('shows visitors the figures read-only, with the reason', async () => {
    const store = new BudgetStore('visitor', summary(5, { budgetYear: '2026/27', runBudget: 7200000, improveBudget: 2800000, runBudgetPercent: 72 }));
    renderSection(store);
    expect(screen.getByText('2026/27: £7,200,000 on running the organisation (72%), £2,800,000 on improving it (28%).')).toBeInTheDocument();
    openForm();
    await screen.findByText(/You can read the budget split but not change it: your access to this site is read-only/);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save the budget split' })).toBeNull();
  });

  it('is read-only on a closed assessment, saying why', async () => {
    const store = new BudgetStore('owner', summary(5, { status: 'closed' }));
    renderSection(store);
    openForm();
    await screen.findByText('This assessment is closed, so its budget split can no longer be changed.');
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('the run versus improve view', () => {
  function view(assessments: AssessmentSummary[], shown = assessments[0]): DashboardView {
    const user = userWithRole('visitor');
    return {
      user,
      assessments,
      entries: [{ assessment: shown, model, modelVersion: versionOf(model, 1), responses: [] }],
      evidence: [],
      localProfiles: NO_LOCAL_PROFILES,
      issues: []
    };
  }

  function renderView(assessments: AssessmentSummary[], shown?: AssessmentSummary): void {
    const data = dashboardData(view(assessments, shown));
    if (!data) throw new Error('no assessment shown');
    render(<BudgetView data={data} headingLevel={3} host={{ kind: 'sharepoint' }} siteUrl="https://example.sharepoint.com/sites/nimm" otherSites={[]} />);
  }

  const rounds = [
    summary(6, { startDate: '2026-11-20', budgetYear: '2026/27', runBudget: 7200000, improveBudget: 2800000, runBudgetPercent: 72 }),
    summary(5, { startDate: '2025-11-15', budgetYear: '2025/26', runBudget: 7400000, improveBudget: 2600000, runBudgetPercent: 74 }),
    summary(4, { startDate: '2024-11-15', budgetYear: '2024/25', runBudgetPercent: 80 }),
    summary(3, { startDate: '2023-11-15', title: 'Round 3 (typed by hand)', budgetYear: '2023', runBudget: 8000000, improveBudget: 2000000 }),
    summary(9, { startDate: '2025-06-01', scope: 'A customer trust', budgetYear: '2025/26', runBudgetPercent: 50 })
  ];

  it('says where this year stands against 70/30, draws it as a labelled bar, and tables the years of the scope', () => {
    renderView(rounds);
    expect(screen.getByRole('heading', { name: '2026/27 against the benchmark' })).toBeInTheDocument();
    expect(
      screen.getByText('In 2026/27, 72% of the IT budget went on running the organisation and 28% on improving it: 2 points below the 30% improvement share of the 70/30 benchmark, up 2 points on 2025/26.')
    ).toBeInTheDocument();
    const bar = screen.getByRole('img', { name: '2026/27: 72% on running the organisation, 28% on improving it. Benchmark: 70% on running, 30% on improving.' });
    expect(bar).toHaveTextContent('Run 72%');
    expect(bar).toHaveTextContent('Improve 28%');
    expect(bar).toHaveTextContent('Improve 30%');
    const table = screen.getByRole('table', { name: 'The IT budget split by year' });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Year', 'Run', 'Improve', 'Improve share', 'Against 30%']);
    // Oldest first; the customer trust's year is another scope's and is left out.
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['2024/25', '2025/26', '2026/27']);
    const row = (year: string): string[] => within(within(table).getByRole('rowheader', { name: year }).closest('tr') as HTMLElement).getAllByRole('cell').map((c) => c.textContent ?? '');
    expect(row('2026/27')).toEqual(['£7,200,000 (72%)', '£2,800,000 (28%)', '28%', '2 points below']);
    expect(row('2024/25')).toEqual(['80%', '20%', '20%', '10 points below']);
  });

  it('lists the records it could not read, naming the assessment and what is wrong', () => {
    renderView(rounds);
    expect(screen.getByRole('heading', { name: 'Records that could not be read' })).toBeInTheDocument();
    expect(screen.getByText(/^Round 3 \(typed by hand\): '2023' is not a financial year: write it like 2025\/26/)).toBeInTheDocument();
  });

  it('shows an earlier round with its own year, leaving out the later rounds', () => {
    renderView(rounds, rounds[1]);
    expect(screen.getByRole('heading', { name: '2025/26 against the benchmark' })).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['2024/25', '2025/26']);
  });

  it('says how to record a split when none has been', async () => {
    renderView([summary(1)]);
    await screen.findByText(/No IT budget split has been recorded for Kestrel Vale yet\. To record one, open the assessment in the NIMM assessment web part/);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('falls back to the latest year when the shown assessment has none', () => {
    const newest = summary(7, { startDate: '2027-11-01' });
    const data = budgetViewData(view([newest, ...rounds], newest), newest);
    expect(data.current?.year).toBe('2026/27');
    expect(data.currentIsShown).toBe(false);
  });
});
