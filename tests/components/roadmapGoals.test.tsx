/** @jest-environment jsdom */
/**
 * The roadmap's goals beyond the model's profiles: a custom goal picked by hand, and the site's own
 * (local) profiles, read against the model by capability key; and the goal editor that builds them.
 */
import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import RoadmapScreens from '../../src/components/roadmap/RoadmapScreens';
import { computePlan, goalOf, planBase } from '../../src/components/roadmap/roadmapData';
import { NimmAppShell } from '../../src/components/shell';
import { StoreError } from '../../src/data/errors';
import type { LocalProfile, LocalProfileSave, RoadmapPlanSettings, RoadmapView } from '../../src/data/types';
import type { Model } from '../../src/nimm';
import { guideModel } from './fixtures/guideModel';
import { assessment } from './fixtures/roadmapAssessment';
import { FakeStore, userWithRole, versionOf } from './support/fakeStore';

setIconOptions({ disableWarnings: true });

function model(): Model {
  const m = guideModel();
  m.profiles = [{ key: 'all-up', name: 'All up', kind: 'target', targets: { configuration: 2, change: 3, board: 2 } }];
  return m;
}


const LOCAL: LocalProfile = {
  itemId: 7, etag: '"1"', key: 'local-pathology', name: 'Pathology go-live', kind: 'service', description: '', basedOn: 'all-up', modified: '2026-11-01T10:00:00Z',
  // 'retired' is not in this model version; level 9 is above its top level.
  targets: { change: 2, board: 9, retired: 3 }
};

const SETTINGS: RoadmapPlanSettings = { profile: 'all-up', capacity: null, capacityUnit: 'steps', phaseMonths: 3, startDate: '2027-01-01', defaultEffortDays: 5, carriedFrom: null, customTargets: null };

class GoalStore extends FakeStore {
  public view: RoadmapView;
  public saved: LocalProfileSave[] = [];
  public refuseWith: StoreError | null = null;
  public constructor(canChange = true) {
    super();
    this.user = userWithRole('member');
    const m = model();
    this.view = {
      user: this.user, assessments: [assessment], assessment, model: m, modelVersion: versionOf(m, 1), responses: [], plan: null, actions: [], earlier: null, carriedTo: null,
      localProfiles: { profiles: [LOCAL], editors: canChange ? 'members' : 'owners', canChange, available: true }, issues: []
    };
  }
  public loadRoadmap(): Promise<RoadmapView> {
    return Promise.resolve({ ...this.view });
  }
  public saveLocalProfile(profile: LocalProfileSave): Promise<LocalProfile> {
    this.saved.push(profile);
    if (this.refuseWith) return Promise.reject(this.refuseWith);
    return Promise.resolve({ ...profile, itemId: 8, etag: '"1"', modified: '2026-12-02T09:00:00Z' });
  }
}

function renderRoadmap(store: GoalStore): void {
  window.history.replaceState(null, '', '/?nimmRoadmapView=readiness');
  render(
    <NimmAppShell store={store} defaultTitle="NIMM roadmap">
      <RoadmapScreens headingLevel={2} />
    </NimmAppShell>
  );
}

describe('goals as the engine plans them', () => {
  const store = new GoalStore();
  const base = planBase(store.view)!;
  const empty = { plan: null, actions: [], earlier: null };

  test('a local profile is read by capability key: targets the model lacks are kept aside, levels above its top are capped', () => {
    const goal = goalOf(base, { ...SETTINGS, profile: LOCAL.key }, [LOCAL])!;
    expect(goal.source).toBe('local');
    expect(goal.notInModel).toEqual(['retired']);
    expect(goal.capped).toEqual(['board']);
    const top = Math.max(...base.model.levels.map((l) => l.level));
    expect(goal.profile.targets).toEqual({ change: 2, board: top });
    const plan = computePlan(base, empty, { ...SETTINGS, profile: LOCAL.key }, {}, '2026-12-01', [LOCAL])!;
    expect(plan.readiness.points[0].counted).toBe(2);
    expect(plan.readiness.metAfter).not.toBe(0);
    expect(plan.report.phases.flatMap((p) => p.steps.map((s) => s.capability))).toEqual(expect.arrayContaining(['change', 'board']));
  });

  test('a custom goal plans exactly the levels picked, and its readiness counts only them', () => {
    const plan = computePlan(base, empty, { ...SETTINGS, profile: 'custom', customTargets: { change: 2 } }, {}, '2026-12-01')!;
    expect(plan.goal.source).toBe('custom');
    expect(plan.report.phases.flatMap((p) => p.steps.map((s) => `${s.capability}:${s.level}`))).toEqual(['change:2']);
    expect(plan.readiness.points.map((p) => [p.met, p.counted])).toEqual([
      [0, 1],
      [1, 1]
    ]);
    // The same goal is scored once and kept while it does not change.
    const again = computePlan(base, empty, { ...SETTINGS, profile: 'custom', customTargets: { change: 2 }, capacity: 1 }, {}, '2026-12-01')!;
    expect(again.readiness.points[1].met).toBe(1);
  });

  test('a goal that is neither the model\'s nor the site\'s plans nothing (the page asks for another)', () => {
    expect(computePlan(base, empty, { ...SETTINGS, profile: 'local-deleted' }, {}, '2026-12-01', [LOCAL])).toBeNull();
    expect(computePlan(base, empty, { ...SETTINGS, profile: 'custom', customTargets: null }, {}, '2026-12-01')).toBeNull();
  });
});

describe('the goal in the roadmap web part', () => {
  test('lists the site\'s profiles apart from the model\'s, and plans to one with what could not be planned said in words', async () => {
    renderRoadmap(new GoalStore());
    fireEvent.click(await screen.findByRole('combobox', { name: /^Goal\b/ }));
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByText('Profiles of the published model')).toBeInTheDocument();
    expect(within(listbox).getByText('This site\u2019s own profiles')).toBeInTheDocument();
    fireEvent.click(within(listbox).getByRole('option', { name: 'Service: Pathology go-live (this site)' }));
    expect(await screen.findByText(/^\u201cPathology go-live\u201d is this site\u2019s own profile, last changed/)).toBeInTheDocument();
    expect(screen.getByText(/^Not planned, because this version of the model has no such capability: retired\./)).toBeInTheDocument();
    expect(screen.getByText(/^Planned to the model\u2019s top level, as the goal asks for more: /)).toBeInTheDocument();
    expect(screen.getByText(/^Readiness now: \d+% \(\d of 2 targets met\)\.$/)).toBeInTheDocument();
  });

  test('builds a service profile from an existing one, saves it to the site and aims the plan at it', async () => {
    const store = new GoalStore();
    renderRoadmap(store);
    fireEvent.click(await screen.findByRole('button', { name: 'New site profile' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Name/ }), { target: { value: 'EPR programme' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Target level for Change management' }), { target: { value: '' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Target level for Configuration management' }), { target: { value: '3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the profile' }));
    await waitFor(() => expect(store.saved).toHaveLength(1));
    expect(store.saved[0]).toEqual({ key: 'local-epr-programme', name: 'EPR programme', kind: 'service', description: '', targets: { configuration: 3, board: 2 }, basedOn: 'all-up' });
    expect(await screen.findByText('Saved \u201cEPR programme\u201d to this site. It is now the goal of this plan.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Goal\b/ })).toHaveTextContent('Service: EPR programme (this site)');
  });

  test('a refused save keeps everything typed in the panel and says why', async () => {
    const store = new GoalStore();
    store.refuseWith = new StoreError('forbidden', 'You do not have permission to save the local profile "Kept".');
    renderRoadmap(store);
    fireEvent.click(await screen.findByRole('button', { name: 'New site profile' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Name/ }), { target: { value: 'Kept' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the profile' }));
    expect(await within(dialog).findByText('You do not have permission to save the local profile "Kept".')).toBeInTheDocument();
    expect(within(dialog).getByText('The profile was not saved. Nothing you entered is lost.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveValue('Kept');
  });

  test('a custom goal: pick levels by hand and the plan follows; without a level it says what is missing', async () => {
    renderRoadmap(new GoalStore());
    fireEvent.click(await screen.findByRole('combobox', { name: /^Goal\b/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Levels I pick (a custom goal)' }));
    // It starts from the goal chosen before.
    expect(await screen.findByText('The goal sets levels for 3 capabilities.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Pick the levels' }));
    const dialog = await screen.findByRole('dialog');
    ['Configuration management', 'Change management', 'Architecture board'].forEach((name) => {
      fireEvent.change(within(dialog).getByRole('combobox', { name: `Target level for ${name}` }), { target: { value: '' } });
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Plan to these levels' }));
    expect(await within(dialog).findByText('Pick a target level for at least one capability.')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Target level for Change management' }), { target: { value: '2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Plan to these levels' }));
    expect(await screen.findByText('The goal sets a level for 1 capability.')).toBeInTheDocument();
  });

  test('when only owners may change the site\'s profiles, a member is told so and offered no button', async () => {
    renderRoadmap(new GoalStore(false));
    expect(await screen.findByText(/^Only site owners may create and change this site\u2019s own profiles/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New site profile' })).toBeNull();
  });
});
