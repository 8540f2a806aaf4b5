/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { WorkshopPanel, WorkshopTable } from '../../src/components/assessment/workshop';
import { spreadOf } from '../../src/components/assessment/workshop/workshopLogic';
import { NimmAppShell } from '../../src/components/shell';
import { StoreError } from '../../src/data/errors';
import type { AssessmentView, WorkshopScoreChanges, WorkshopScores, WorkshopView } from '../../src/data/types';
import type { Capability } from '../../src/nimm';
import { guideModel } from './fixtures/guideModel';
import { FakeStore, userWithRole, versionOf } from './support/fakeStore';

setIconOptions({ disableWarnings: true });

const model = guideModel();
/** "Change management": levels 1 to 3, criteria from the process, technology and people perspectives. */
const change = model.capabilities.find((c) => c.key === 'change') as Capability;
const perspectives = model.perspectives;
const ME = userWithRole('member', 'Alex Example');

function person(itemId: number, name: string, scores: Record<string, number>, login = `i:0#.f|membership|${name.split(' ')[0].toLowerCase()}@nhs.example`): WorkshopScores {
  return { itemId, etag: `"${itemId},1"`, login, name, scores, modified: null };
}

const alex = person(1, 'Alex Example', { process: 1, technology: 3 }, ME.loginName);
const sam = person(2, 'Sam Patel', { process: 3, technology: 3 });
const kim = person(3, 'Kim Lee', { process: 2 });

describe('the revealed scores table', () => {
  function renderTable(): void {
    const everyone = [alex, sam, kim];
    render(<WorkshopTable idPrefix="t" capabilityName={change.name} perspectives={perspectives} everyone={everyone} spread={spreadOf(everyone, perspectives, 3)} myLogin={ME.loginName} />);
  }

  it('is a real table: a caption, a column per perspective and a row per person, each with header cells', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Everyone\u2019s scores for Change management' });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Person', 'Process', 'Technology', 'People and organisation']);
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Alex Example (you)', 'Sam Patel', 'Kim Lee', 'Lowest', 'Highest', 'Median', 'Suggested level', 'Discuss?']);
    const row = (header: string): string[] => within(within(table).getByRole('rowheader', { name: header }).closest('tr') as HTMLElement).getAllByRole('cell').map((c) => c.textContent ?? '');
    expect(row('Kim Lee')).toEqual(['2', 'not scored', 'not scored']);
    expect(row('Lowest')).toEqual(['1', '3', 'none']);
    expect(row('Highest')).toEqual(['3', '3', 'none']);
    expect(row('Median')).toEqual(['2', '3', 'none']);
    expect(row('Suggested level')).toEqual(['2', '3', 'none']);
    // The table scrolls inside its own region, which a keyboard can reach.
    expect(screen.getByRole('region', { name: 'Everyone\u2019s scores for Change management' })).toHaveAttribute('tabindex', '0');
  });

  it('flags in words only the perspectives whose scores are 2 levels or more apart', () => {
    renderTable();
    const discuss = within(screen.getByRole('rowheader', { name: 'Discuss?' }).closest('tr') as HTMLElement).getAllByRole('cell');
    expect(discuss.map((c) => c.textContent)).toEqual(['Scores differ by 2 levels or more: discuss', 'No', 'none']);
    expect(screen.getAllByText('Scores differ by 2 levels or more: discuss')).toHaveLength(1);
  });
});

/** A fake site holding one capability's workshop. */
class WorkshopStore extends FakeStore {
  public workshop: WorkshopView;
  public readonly saves: WorkshopScoreChanges[] = [];
  public readonly hidden: WorkshopScores[];

  public constructor(canReveal: boolean) {
    super();
    this.user = ME;
    this.hidden = [alex, sam, kim];
    this.workshop = {
      assessmentId: 5, capability: change.key, mine: null, revealed: false, revealedBy: '', revealedAt: null, facilitator: 'Alex Example',
      canReveal, scoredBy: ['Sam Patel', 'Kim Lee'], everyone: canReveal ? this.hidden : null, issues: []
    };
  }

  public loadWorkshop(): Promise<WorkshopView> {
    return Promise.resolve({ ...this.workshop });
  }

  public saveWorkshopScores(_assessmentId: number, _capability: string, changes: WorkshopScoreChanges): Promise<WorkshopScores> {
    this.saves.push(changes);
    const scores: Record<string, number> = { ...(this.workshop.mine?.scores ?? {}) };
    for (const [key, level] of Object.entries(changes)) {
      if (level === null) delete scores[key];
      else scores[key] = level;
    }
    const mine = person(1, 'Alex Example', scores, ME.loginName);
    this.workshop = { ...this.workshop, mine };
    return Promise.resolve(mine);
  }

  public revealWorkshop(_assessmentId: number, _capability: string, revealed: boolean): Promise<WorkshopView> {
    if (!this.workshop.canReveal) return Promise.reject(new StoreError('forbidden', 'Only the facilitator can reveal.'));
    this.workshop = { ...this.workshop, revealed, revealedBy: revealed ? 'Alex Example' : '', everyone: this.hidden };
    return this.loadWorkshop();
  }
}

function assessmentView(): AssessmentView {
  return {
    model,
    modelVersion: versionOf(model, 1),
    assessment: {
      id: 5, etag: '"1"', title: 'Workshop test', scope: 'Trust', status: 'open', modelVersionId: 1, modelKey: model.key, modelVersion: model.version,
      targetProfile: null, lead: '', facilitator: 'Alex Example', startDate: null, closedDate: null, runBudgetPercent: null, dueDate: null,
      inScope: { kind: 'all' }, previousAssessmentId: null, budgetYear: null, runBudget: null, improveBudget: null, created: null, modified: null
    },
    responses: [],
    user: ME,
    rights: ME.can,
    issues: []
  };
}

function renderPanel(store: WorkshopStore, agreedLevel: number | null = null, onUseLevel: (level: number) => void = () => undefined) {
  const panel = (level: number | null): JSX.Element => (
    <NimmAppShell store={store} defaultTitle="NIMM assessment" siteUrl="https://example.sharepoint.com/sites/nimm">
      <WorkshopPanel view={assessmentView()} capability={change} headingLevel={3} readOnly={false} agreedLevel={level} canSetAgreedLevel={true} onUseLevel={onUseLevel} />
    </NimmAppShell>
  );
  const rendered = render(panel(agreedLevel));
  return { ...rendered, setAgreedLevel: (level: number | null) => rendered.rerender(panel(level)) };
}

describe('the workshop panel', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('is off until switched on, then shows the three phases and a score for each perspective, saved as chosen', async () => {
    const store = new WorkshopStore(false);
    renderPanel(store);
    expect(screen.queryByRole('combobox', { name: /^Process/ })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('switch', { name: 'Workshop mode' }));
    expect(screen.getByText('Open.')).toBeInTheDocument();
    expect(screen.getByText('Control.')).toBeInTheDocument();
    expect(screen.getByText('Confirmation.')).toBeInTheDocument();
    await screen.findByRole('combobox', { name: /^Process/ });
    expect(screen.getByRole('combobox', { name: /^Technology/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^People and organisation/ })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('combobox', { name: /^Process/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Level 2: Controlled' }));
    await waitFor(() => expect(screen.getByText('Your scores are saved')).toBeInTheDocument());
    expect(store.saves).toEqual([{ process: 2 }]);
    // Who has scored is shown; before the reveal their scores are not, and a member cannot reveal.
    expect(screen.getByText('Scores are hidden until the facilitator reveals them.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reveal scores' })).not.toBeInTheDocument();
  });

  it('lets the facilitator reveal the scores, then offers the suggested consensus as the agreed level', async () => {
    const store = new WorkshopStore(true);
    const used: number[] = [];
    const { setAgreedLevel } = renderPanel(store, null, (level) => used.push(level));
    fireEvent.click(screen.getByRole('switch', { name: 'Workshop mode' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Reveal scores' }));
    const table = await screen.findByRole('table', { name: 'Everyone\u2019s scores for Change management' });
    expect(within(table).getByText('Scores differ by 2 levels or more: discuss')).toBeInTheDocument();
    expect(screen.getByText('Alex Example has revealed the scores.')).toBeInTheDocument();
    expect(screen.getByText('Process: from level 1 (Alex Example) to level 3 (Sam Patel). Ask them first.')).toBeInTheDocument();
    // Process suggests 2 (median 2, rounded down), technology 3: the capability, the lower.
    expect(screen.getByText('Suggested level for the capability: level 2 (Controlled).')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Use the suggested consensus level' }));
    expect(used).toEqual([2]);
    act(() => setAgreedLevel(2));
    expect(screen.getByRole('button', { name: 'Use the suggested consensus level' })).toBeInTheDocument();
    expect(screen.getByText(/^The agreed level below is now level 2 \(Controlled\)\./)).toBeInTheDocument();
    // The same button hides them again, so focus stays where it was.
    expect(screen.getByRole('button', { name: 'Hide scores again' })).toBeInTheDocument();
  });

  it('keeps the switch on for the next capability of the same assessment in this tab', async () => {
    const store = new WorkshopStore(false);
    const first = renderPanel(store);
    fireEvent.click(screen.getByRole('switch', { name: 'Workshop mode' }));
    await screen.findByRole('combobox', { name: /^Process/ });
    first.unmount();
    renderPanel(store);
    expect(screen.getByRole('switch', { name: 'Workshop mode' })).toBeChecked();
    await screen.findByRole('combobox', { name: /^Process/ });
  });
});
