/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import RoadmapScreens from '../../src/components/roadmap/RoadmapScreens';
import { computePlan, planBase, todayIso } from '../../src/components/roadmap/roadmapData';
import { NimmAppShell } from '../../src/components/shell';
import type { RoadmapAction, RoadmapSave, RoadmapSaveResult, RoadmapView, StoredResponse } from '../../src/data/types';
import { emptyDraft } from '../../src/data/merge/mergeResponse';
import type { Model } from '../../src/nimm';
import { guideModel, XSS } from './fixtures/guideModel';
import { assessment } from './fixtures/roadmapAssessment';
import { FakeStore, userWithRole, versionOf } from './support/fakeStore';

setIconOptions({ disableWarnings: true });

/** The guide's model with two goals: everything to level 2 or 3, and change management to level 4, which it has no criteria for. */
function roadmapModel(): Model {
  const model = guideModel();
  model.profiles = [
    { key: 'all-up', name: 'All up', kind: 'target', targets: { configuration: 2, change: 3, board: 2 } },
    { key: 'far', name: 'Far away', kind: 'service', targets: { change: 4 } }
  ];
  return model;
}


function response(capability: string, changes: Partial<StoredResponse> = {}): StoredResponse {
  return { ...emptyDraft(), itemId: 1, etag: '"1"', assessmentId: 5, capability, modified: null, agreedBy: '', agreedAt: null, ...changes };
}

class RoadmapStore extends FakeStore {
  public view: RoadmapView;
  public readonly saves: RoadmapSave[] = [];
  public answer: ((save: RoadmapSave) => RoadmapSaveResult) | null = null;

  public constructor(role: 'member' | 'visitor' = 'member') {
    super();
    this.user = userWithRole(role);
    const model = roadmapModel();
    this.view = {
      user: this.user,
      assessments: [assessment],
      assessment,
      model,
      modelVersion: versionOf(model, 1),
      responses: [response('change', { answers: { 'change.2.1': 'met', 'change.2.2': 'partial' }, improvementIdeas: `Write the rollback plans. ${XSS}` })],
      plan: null,
      actions: [],
      earlier: null,
      carriedTo: null,
      localProfiles: { profiles: [], editors: 'members', canChange: true, available: true },
      issues: []
    };
  }

  public loadRoadmap(): Promise<RoadmapView> {
    return Promise.resolve({ ...this.view });
  }

  public saveRoadmapPlan(save: RoadmapSave): Promise<RoadmapSaveResult> {
    this.saves.push(save);
    if (this.answer) return Promise.resolve(this.answer(save));
    const actions: RoadmapAction[] = save.actions.map((a, i) => ({
      ...a, itemId: 100 + i, etag: '"2"', stepKey: a.stepKey ?? null, ownerLogin: a.ownerLogin ?? '', startDate: a.startDate ?? null, improvementIdeas: a.improvementIdeas ?? '', modified: null
    }));
    const plan = save.plan ? { ...save.plan, itemId: 9, etag: '"2"', modified: null } : null;
    return Promise.resolve({ plan, actions, saved: actions.length + (plan ? 1 : 0), conflicts: [], failed: null, issues: [] });
  }
}

function renderRoadmap(store: RoadmapStore): void {
  render(
    <NimmAppShell store={store} defaultTitle="NIMM roadmap">
      <RoadmapScreens headingLevel={2} />
    </NimmAppShell>
  );
}

async function board(): Promise<HTMLElement> {
  return screen.findByRole('list', { name: 'Phases' });
}

describe('the roadmap web part', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('shows the plan at once for the assessment\'s target profile: phases as a list, each a list of steps with headings', async () => {
    renderRoadmap(new RoadmapStore());
    const phases = within(await board()).getAllByRole('listitem').filter((li) => li.parentElement?.getAttribute('aria-label') === 'Phases');
    expect(phases).toHaveLength(2);
    expect(within(phases[0]).getByRole('heading', { level: 4 })).toHaveTextContent(/^Phase 1: 1 \w+ 20\d\d to \d+ \w+ 20\d\d$/);
    const first = within(phases[0]).getByRole('list', { name: 'Steps of phase 1' });
    expect(within(first).getAllByRole('heading', { level: 5 }).map((h) => h.textContent)).toEqual(['Raise Configuration management to level 2', 'Raise Change management to level 2']);
    const second = within(phases[1]).getByRole('list', { name: 'Steps of phase 2' });
    expect(within(second).getAllByRole('heading', { level: 5 }).map((h) => h.textContent)).toEqual(['Raise Architecture board to level 2', 'Raise Change management to level 3']);
    expect(within(phases[0]).getByText(/^2 steps, effort 10 person-days/)).toBeInTheDocument();
    expect(screen.getByText(/^Readiness now: 0% \(0 of 3 targets met\)\.$/)).toBeInTheDocument();
    expect(screen.getByText(/^Readiness reaches 100% at the end of phase 2, in the (first|second|third|fourth) quarter of 20\d\d/)).toBeInTheDocument();
  });

  it('lists the unmet criteria of a step\'s level as its work, and the assessment\'s ideas, as text', async () => {
    renderRoadmap(new RoadmapStore());
    const card = (await screen.findByRole('heading', { name: 'Raise Change management to level 2' })).closest('li') as HTMLElement;
    expect(within(card).getByText('Work to do: 2 criteria of level 2 not yet met')).toBeInTheDocument();
    expect(within(card).getByText('Each change has a tested rollback plan. (partly met)')).toBeInTheDocument();
    expect(within(card).getByText('A named person approves each change. (not answered yet)')).toBeInTheDocument();
    expect(within(card).getByText(`Write the rollback plans. ${XSS}`)).toBeInTheDocument();
    expect(card.querySelector('img')).toBeNull();
  });

  it('says what a step waits on and what waits on it, and moves focus to that step', async () => {
    renderRoadmap(new RoadmapStore());
    const card = (await screen.findByRole('heading', { name: 'Raise Change management to level 3' })).closest('li') as HTMLElement;
    const waits = within(card).getByRole('list', { name: 'Waits on' });
    expect(within(waits).getAllByRole('button').map((b) => b.textContent)).toEqual(['Raise Change management to level 2 (phase 1)', 'Raise Configuration management to level 2 (phase 1)']);
    fireEvent.click(within(waits).getByRole('button', { name: 'Raise Configuration management to level 2 (phase 1)' }));
    expect(document.activeElement).toHaveAttribute('aria-label', 'Raise Configuration management to level 2');
    const needed = within(document.activeElement as HTMLElement).getByRole('list', { name: 'Needed before' });
    expect(within(needed).getByRole('button')).toHaveTextContent('Raise Change management to level 3 (phase 2)');
  });

  it('spreads the plan out under a capacity, with no phase over it', async () => {
    renderRoadmap(new RoadmapStore());
    await board();
    fireEvent.change(screen.getByRole('textbox', { name: 'Steps the team can take on in a phase' }), { target: { value: '1' } });
    const phases = within(await board()).getAllByRole('list').filter((l) => /^Steps of phase/.test(l.getAttribute('aria-label') ?? ''));
    expect(phases).toHaveLength(4);
    for (const steps of phases) expect(within(steps).getAllByRole('heading', { level: 5 })).toHaveLength(1);
    expect(screen.getAllByText(/capacity used: 1 of 1 step\b/)).toHaveLength(4);
  });

  it('names the targets it cannot reach, with the reason in plain words', async () => {
    window.history.replaceState(null, '', '/?nimmRoadmapView=readiness');
    renderRoadmap(new RoadmapStore());
    await screen.findByRole('table', { name: 'Readiness for \u201cAll up\u201d now and after each phase' });
    fireEvent.click(screen.getByRole('combobox', { name: /^Goal\b/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Service: Far away' }));
    expect(await screen.findByText(/^Change management, level 4: Change management has criteria only up to level 3/)).toBeInTheDocument();
    expect(screen.getByText(/^Readiness reaches at most 0% \(0 of 1 targets met\): 1 target cannot be reached/)).toBeInTheDocument();
  });

  it('re-plans with a step\'s effort in person-days, and saves the plan with every step as an action', async () => {
    const store = new RoadmapStore();
    renderRoadmap(store);
    await board();
    fireEvent.click(screen.getByRole('radio', { name: 'Person-days of effort' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Person-days the team has in a phase' }), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Raise Configuration management to level 2' }));
    fireEvent.change(await screen.findByRole('textbox', { name: /^Effort \(person-days\)/ }), { target: { value: '12' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Cost/ }), { target: { value: '2500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Keep the changes' }));
    const card = (await screen.findByRole('heading', { name: 'Raise Configuration management to level 2' })).closest('li') as HTMLElement;
    expect(within(card).getByText('Effort: 12 person-days')).toBeInTheDocument();
    expect(within(card).getByText('Cost: \u00a32,500')).toBeInTheDocument();
    expect(within(card).getByText('Changed, not saved yet')).toBeInTheDocument();
    // 12 person-days fill phase 1: change management's step (5, not estimated) moves to phase 2.
    expect(within(screen.getByRole('list', { name: 'Steps of phase 1' })).getAllByRole('heading', { level: 5 })).toHaveLength(1);
    expect(screen.getByText('Saving will save the goal and capacity, add 4 actions.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Save the plan' }));
    expect(await screen.findByText('The plan is saved: 5 changes written.')).toBeInTheDocument();
    expect(store.saves).toHaveLength(1);
    const [save] = store.saves;
    expect(save.plan).toEqual(expect.objectContaining({ assessmentId: 5, profile: 'all-up', capacity: 12, capacityUnit: 'days', phaseMonths: 3 }));
    expect(save.actions.map((a) => [a.stepKey, a.phase, a.estimateDays, a.estimateCost, a.status])).toEqual([
      ['configuration:2', 1, 12, 2500, 'planned'],
      ['change:2', 2, null, null, 'planned'],
      ['board:2', 3, null, null, 'planned'],
      ['change:3', 3, null, null, 'planned']
    ]);
    expect(save.actions[1].improvementIdeas).toBe(`Write the rollback plans. ${XSS}`);
    expect(screen.getByText('The plan on the site is up to date.')).toBeInTheDocument();
  });

  it('shows a conflict with both versions, and keeps theirs on request', async () => {
    const store = new RoadmapStore();
    const today = todayIso();
    const base = planBase(store.view)!;
    const first = computePlan(base, { plan: null, actions: [], earlier: null }, { profile: 'all-up', capacity: null, capacityUnit: 'steps', phaseMonths: 3, startDate: '2027-01-01', defaultEffortDays: 5, carriedFrom: null, customTargets: null }, {}, today)!;
    const stored: RoadmapAction[] = first.writes.map((a, i) => ({ ...a, itemId: 10 + i, etag: '"1"', stepKey: a.stepKey ?? null, ownerLogin: '', startDate: a.startDate ?? null, improvementIdeas: a.improvementIdeas ?? '', modified: null }));
    store.view = { ...store.view, plan: { ...first.settings, itemId: 9, etag: '"1"', assessmentId: 5, modified: null }, actions: stored };
    store.answer = (save) => {
      const mine = save.actions[0];
      const theirs = { ...stored.find((a) => a.itemId === mine.itemId)!, owner: 'Olivia Owen', etag: '"7"' };
      return { plan: store.view.plan, actions: stored.map((a) => (a.itemId === theirs.itemId ? theirs : a)), saved: save.actions.length - 1, conflicts: [{ kind: 'action', mine, theirs }], failed: null, issues: [] };
    };
    renderRoadmap(store);
    await board();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Raise Configuration management to level 2' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Notes' }), { target: { value: 'Start with the data centre.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Keep the changes' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save the plan' }));

    const table = await screen.findByRole('table', { name: 'Raise Configuration management to level 2' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Owner', '(empty)', 'Olivia Owen'],
      ['Notes', 'Start with the data centre.', '(empty)']
    ]);
    expect(screen.getByText(/^Part of the plan is saved \(0 changes written\)/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Keep theirs' }));
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Raise Configuration management to level 2' })).not.toBeInTheDocument());
    const card = screen.getByRole('heading', { name: 'Raise Configuration management to level 2' }).closest('li') as HTMLElement;
    expect(within(card).getByText('Owner: Olivia Owen')).toBeInTheDocument();
    expect(within(card).queryByText('Changed, not saved yet')).not.toBeInTheDocument();
  });

  it('lets a visitor read the plan, and says why it cannot be changed', async () => {
    renderRoadmap(new RoadmapStore('visitor'));
    await board();
    expect(screen.getByText(/^You can look at this plan but not change it, because you have read-only access to this site/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save the plan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit / })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Steps the team can take on in a phase' })).not.toBeInTheDocument();
    expect(screen.getByText('Goal: Target: All up')).toBeInTheDocument();
    expect(screen.getByText('Capacity per phase: no limit')).toBeInTheDocument();
  });
});
