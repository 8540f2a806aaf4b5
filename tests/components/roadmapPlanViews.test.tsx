/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import RoadmapScreens from '../../src/components/roadmap/RoadmapScreens';
import { budgetSentence, planBudget } from '../../src/components/roadmap/budgetData';
import { computePlan, planBase } from '../../src/components/roadmap/roadmapData';
import { neighbourhood } from '../../src/components/roadmap/WhatIfView';
import { NimmAppShell } from '../../src/components/shell';
import type { AssessmentSummary, RoadmapView, StoredResponse } from '../../src/data/types';
import { emptyDraft } from '../../src/data/merge/mergeResponse';
import type { Model } from '../../src/nimm';
import { guideModel } from './fixtures/guideModel';
import { assessment } from './fixtures/roadmapAssessment';
import { FakeStore, userWithRole, versionOf } from './support/fakeStore';

setIconOptions({ disableWarnings: true });

/**
 * The guide's model with a chain: change management's level 3 needs configuration management at
 * level 2, and (here) the architecture board's level 2 needs change management at level 3.
 */
function chainModel(): Model {
  const model = guideModel();
  model.capabilities = model.capabilities.map((c) => (c.key === 'board' ? { ...c, dependencies: [{ level: 2, requires: 'change', minLevel: 3, why: 'Designs go live through change.' }] } : c));
  model.profiles = [{ key: 'all-up', name: 'All up', kind: 'target', targets: { configuration: 2, change: 3, board: 2 } }];
  return model;
}


function response(capability: string, changes: Partial<StoredResponse> = {}): StoredResponse {
  return { ...emptyDraft(), itemId: 1, etag: '"1"', assessmentId: 5, capability, modified: null, agreedBy: '', agreedAt: null, ...changes };
}

class WhatIfStore extends FakeStore {
  public view: RoadmapView;
  public constructor(responses: StoredResponse[]) {
    super();
    this.user = userWithRole('member');
    const model = chainModel();
    this.view = { user: this.user, assessments: [assessment], assessment, model, modelVersion: versionOf(model, 1), responses, plan: null, actions: [], earlier: null, carriedTo: null, localProfiles: { profiles: [], editors: 'members', canChange: true, available: true }, issues: [] };
  }
  public loadRoadmap(): Promise<RoadmapView> {
    return Promise.resolve({ ...this.view });
  }
}

function renderWhatIf(store: WhatIfStore): void {
  window.history.replaceState(null, '', '/?nimmRoadmapView=whatif');
  render(
    <NimmAppShell store={store} defaultTitle="NIMM roadmap">
      <RoadmapScreens headingLevel={2} />
    </NimmAppShell>
  );
}

describe('the roadmap\'s what-if view', () => {
  test('neighbourhood: what a capability needs and what needs it', () => {
    const model = chainModel();
    expect(neighbourhood(model, 'change')).toEqual({
      needs: [{ capability: 'configuration', name: 'Configuration management', minLevel: 2, fromLevel: 3 }],
      neededBy: [{ capability: 'board', name: 'Architecture board', minLevel: 3, fromLevel: 2 }]
    });
    expect(neighbourhood(model, 'configuration').needs).toEqual([]);
  });

  test('shows a primary and a secondary effect, the profile\'s readiness before and after, and the neighbourhood as a picture and a list', async () => {
    // Change agreed at 3 but held at 2 by configuration; the board agreed at 2 but held at 1 by change.
    renderWhatIf(new WhatIfStore([response('change', { agreedLevel: 3 }), response('board', { agreedLevel: 2 })]));
    const input = await screen.findByRole('combobox', { name: 'Capability' });
    fireEvent.click((input.closest('.ms-ComboBox') as HTMLElement).querySelector('button') as HTMLElement);
    fireEvent.click(await screen.findByRole('option', { name: 'Configuration management' }));
    expect(await screen.findByText(/^Configuration management assessed at level 2 instead of 1\./)).toBeInTheDocument();
    // Level 2 is chosen to begin with.
    expect(screen.getByText(/^Level 2:/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Capabilities whose effective level would move' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole(/cell|rowheader/).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Change management', '2', '3', 'Primary (depends on it directly)'],
      ['Architecture board', '1', '2', 'Secondary (through other capabilities)']
    ]);
    const profiles = screen.getByRole('table', { name: 'Profiles whose readiness would move' });
    expect(within(profiles).getByRole('rowheader')).toHaveTextContent('All up');
    expect(within(profiles).getByText('100% (met)')).toBeInTheDocument();
    const picture = screen.getByRole('img', { name: 'Configuration management needs no other capability. Needed by Change management.' });
    expect(picture.tagName.toLowerCase()).toBe('svg');
    expect(screen.getByText('Change management, from its level 3, needs level 2')).toBeInTheDocument();
  });

  test('a step slipping a phase moves the steps that wait on it and says when the plan then ends', async () => {
    renderWhatIf(new WhatIfStore([]));
    // Plan: configuration 2 and change 2 in phase 1, change 3 in phase 2, board 2 in phase 3.
    const step = await screen.findByRole('combobox', { name: 'Step' });
    fireEvent.click(step);
    fireEvent.click(await screen.findByRole('option', { name: /^Raise Configuration management to level 2/ }));
    const moved = document.querySelector('[data-nimm-slip="moved"]') as HTMLElement;
    expect(within(moved).getAllByRole('listitem').map((li) => (li.textContent ?? '').replace(/ \(ends [^)]*\)/g, ''))).toEqual([
      'Raise Configuration management to level 2: from phase 1 to phase 2',
      'Raise Change management to level 3: from phase 2 to phase 3',
      'Raise Architecture board to level 2: from phase 3 to phase 4'
    ]);
    expect(screen.getByText(/^The plan would then finish in phase 4, on .+, instead of phase 3, on .+\.$/)).toBeInTheDocument();
  });
});

describe('the roadmap\'s what-if view under a capacity', () => {
  test('a slip that puts a phase over the capacity says so, as a slip does not fill the phases again', async () => {
    renderWhatIf(new WhatIfStore([]));
    // One step a phase: configuration 2, change 2, change 3, board 2 in phases 1 to 4.
    fireEvent.change(await screen.findByRole('textbox', { name: 'Steps the team can take on in a phase' }), { target: { value: '1' } });
    // The first step is chosen to begin with.
    expect(await screen.findByRole('combobox', { name: /^Step Raise Configuration management to level 2 \(phase 1\)/ })).toBeInTheDocument();
    const over = await waitFor(() => document.querySelector('[data-nimm-slip="over"]') as HTMLElement);
    expect(over).toHaveTextContent(
      'A slip does not fill the phases again, so phase 2 (2 steps) would then hold more than the capacity of 1 step: that work would have to wait, or the team take on more then.'
    );
  });
});

describe('the phase board: moving a step without drag and drop', () => {
  test('holding a step back a phase moves it and what waits on it, keeps the focus on its card, and says where it went; letting go brings it back', async () => {
    window.history.replaceState(null, '', '/?nimmRoadmapView=board');
    render(
      <NimmAppShell store={new WhatIfStore([])} defaultTitle="NIMM roadmap">
        <RoadmapScreens headingLevel={2} />
      </NimmAppShell>
    );
    const phaseTitles = (n: number): string[] => within(screen.getByRole('list', { name: `Steps of phase ${n}` })).getAllByRole('heading').map((h) => h.textContent ?? '');
    await screen.findByRole('list', { name: 'Steps of phase 1' });
    expect(phaseTitles(1)).toContain('Raise Configuration management to level 2');
    fireEvent.click(screen.getByRole('button', { name: 'Hold back Raise Configuration management to level 2 to phase 2' }));
    await waitFor(() => expect(phaseTitles(2)).toContain('Raise Configuration management to level 2'));
    expect(phaseTitles(1)).not.toContain('Raise Configuration management to level 2');
    // What waits on it waits longer: change management's level 3 and then the board.
    expect(phaseTitles(3)).toContain('Raise Change management to level 3');
    expect(phaseTitles(4)).toContain('Raise Architecture board to level 2');
    const card = screen.getByRole('listitem', { name: 'Raise Configuration management to level 2' });
    await waitFor(() => expect(document.activeElement).toBe(card));
    expect(within(card).getByText('Held back to phase 2 by hand: what waits on it waits longer.')).toBeInTheDocument();
    expect(screen.getByText(/^Raise Configuration management to level 2 is now in phase 2 \(\d+ \w+ \d{4} to \d+ \w+ \d{4}\)\.$/)).toBeInTheDocument();
    expect(screen.getByText(/^Saving will save the goal and capacity/)).toBeInTheDocument();

    fireEvent.click(within(card).getByRole('button', { name: 'Stop holding back Raise Configuration management to level 2' }));
    await waitFor(() => expect(phaseTitles(1)).toContain('Raise Configuration management to level 2'));
    expect(screen.queryByText(/Held back to phase/)).toBeNull();

    // Another change afterwards keeps the focus where the person is, and the move is not read out again.
    const capacity = screen.getByRole('textbox', { name: 'Steps the team can take on in a phase' });
    capacity.focus();
    fireEvent.change(capacity, { target: { value: '1' } });
    await waitFor(() => expect(phaseTitles(4)).toContain('Raise Architecture board to level 2'));
    expect(document.activeElement).toBe(capacity);
    expect(screen.queryByText(/ is now in phase \d+ /)).toBeNull();
  });
});

describe('the roadmap\'s budget', () => {
  const settings = { profile: 'all-up', capacity: null, capacityUnit: 'steps' as const, phaseMonths: 3, startDate: '2026-01-01', defaultEffortDays: 5, carriedFrom: null, customTargets: null };

  function sentences(summary: Partial<AssessmentSummary>): string[] {
    const store = new WhatIfStore([]);
    const view = { ...store.view, assessment: { ...assessment, ...summary } };
    const base = planBase(view);
    if (!base) throw new Error('no base');
    const edits = { 'configuration:2': { estimateCost: 100000 }, 'change:3': { estimateCost: 20000 }, 'board:2': { estimateCost: 5000 } };
    const plan = computePlan(base, { plan: null, actions: [], earlier: null }, settings, edits, '2025-12-01');
    if (!plan) throw new Error('no plan');
    return planBudget(plan, view.assessment).map(budgetSentence);
  }

  test('a sentence a year against the improve budget recorded for it', () => {
    // Phase 1 (January to March 2026) falls in 2025/26; phases 2 and 3 (April to September) in 2026/27.
    expect(sentences({ budgetYear: '2026/27', improveBudget: 2800000, runBudgetPercent: 70 })).toEqual([
      '\u00a3100,000 planned in 2025/26. The improve budget recorded (\u00a32,800,000) is for 2026/27.',
      '\u00a325,000 planned in 2026/27 against an improve budget of \u00a32,800,000 (0%).'
    ]);
  });

  test('only the run share recorded: says the amounts are needed', () => {
    expect(sentences({ runBudgetPercent: 70 })[0]).toBe(
      '\u00a3100,000 planned in 2025/26. Only the share of the IT budget spent running services is recorded (70%): the improve budget in pounds is needed to set the plan against it.'
    );
  });
});
