/** A profile against an assessment: readiness and gaps (rule 7), what each gap needs next, and an entitlement's checklist with evidence. */
import { EvidenceRecord, Profile, profileGaps, scoreAssessment } from '../../../src/nimm';
import { assess, atLevel, buildModel } from '../fixtures';

/**
 * change's level 3 needs config at level 2. Assessed: change 3 (held at 2 by config), config 1
 * (2.1 partly met, 2.2 not met), directory 1 (2.1 met, 2.2 partly met), incident 2; power is not
 * applicable; ghost is not in the model.
 */
const model = buildModel({ config: {}, change: { deps: [[3, 'config', 2]] }, directory: {}, incident: {}, power: {} });
const assessment = assess(model, {
  change: atLevel(model, 'change', 3),
  config: { answers: { 'config.2.1': 'partial', 'config.2.2': 'not-met' } },
  directory: { answers: { 'directory.2.1': 'met', 'directory.2.2': 'partial' } },
  incident: atLevel(model, 'incident', 2),
  power: { notApplicable: true }
});
const entitlement: Profile = {
  key: 'licence',
  name: 'Licence tier',
  kind: 'entitlement',
  localSettingsNote: 'Set locally.',
  targets: { change: 3, config: 2, directory: 2, incident: 2, power: 2, ghost: 2 }
};

describe('gaps to a profile', () => {
  const report = profileGaps(model, assessment, entitlement);

  test('readiness and met are as rule 7 works them out', () => {
    const scored = scoreAssessment(model, assessment, { profiles: [entitlement] }).profiles.licence;
    expect(report).toMatchObject({ met: false, readiness: 0.2, counted: 5, targetsMet: 1 });
    expect(report.readiness).toBe(scored.readiness);
    expect(report.sentence).toBe('1 of 5 targets met: 20% ready.');
  });

  test('every counted target is listed in the profile\'s order, with its gap', () => {
    expect(report.gaps.map((g) => [g.capability, g.target, g.effectiveLevel, g.gap, g.met])).toEqual([
      ['change', 3, 2, 1, false],
      ['config', 2, 1, 1, false],
      ['directory', 2, 1, 1, false],
      ['incident', 2, 2, 0, true],
      ['ghost', 2, 1, 1, false]
    ]);
  });

  test('a target on a not-applicable capability is left out, with the reason', () => {
    expect(report.leftOut).toEqual([{ capability: 'power', name: 'Capability power', target: 2, reason: 'Capability power is marked not applicable, so its target is left out.' }]);
  });

  test('a gap caused by a dependency names it, and no criteria are asked for when the assessed level reaches the target', () => {
    const change = report.gaps[0].next;
    expect(change?.nextLevel).toBeNull();
    expect(change?.holdBacks.map((h) => [h.capability, h.needsLevel, h.currentLevel])).toEqual([['config', 2, 1]]);
    expect(change?.sentences).toEqual([
      'Capability change needs level 3 (Standardised) and counts at level 2.',
      'Held at level 2 because it needs Capability config at level 2, which is at level 1.',
      'Its assessed level, 3, already reaches the target: only the dependencies above stand in the way.'
    ]);
  });

  test('a gap in the answers lists the unmet criteria of the next level, by perspective', () => {
    const config = report.gaps[1].next;
    expect(config?.nextLevel).toMatchObject({ level: 2, met: 0, partial: 1, applicable: 2, summary: '0 of 2 criteria met' });
    expect(config?.nextLevel?.perspectives.map((p) => [p.perspective, p.toDo.map((c) => [c.key, c.answer])])).toEqual([
      ['technology', [['config.2.2', 'not-met']]],
      ['process', [['config.2.1', 'partial']]]
    ]);
    expect(config?.sentences).toEqual([
      'Capability config needs level 2 (Controlled) and counts at level 1.',
      'Towards level 2: 0 of 2 criteria met, 1 partly; still to do: 1 in technology, 1 in process.'
    ]);
  });

  test('a met target needs nothing next', () => {
    expect(report.gaps[3].next).toBeNull();
  });

  test('a target on a capability the model lacks counts against level 1, can never be met, and is reported', () => {
    expect(report.gaps[4]).toMatchObject({ inModel: false, name: 'ghost', status: 'not-assessed', effectiveLevel: 1 });
    expect(report.gaps[4].next?.sentences).toEqual(["'ghost' is not in this version of the model, so this target can never be met."]);
    expect(report.issues.map((i) => i.message)).toContain("Profile 'licence' has a target for 'ghost', which is not in model 'test-model' version 1: it counts as level 1 and can never be met.");
  });

  test('a capability not assessed is said to count as level 1', () => {
    const gaps = profileGaps(model, assess(model), { ...entitlement, kind: 'target', targets: { incident: 2 } });
    expect(gaps.gaps[0].next?.sentences[0]).toBe('Capability incident needs level 2 (Controlled); it has not been assessed, so counts as level 1.');
  });
});

describe('profiles that cannot be read as given', () => {
  test("a profile key the model lacks is reported, not thrown", () => {
    const report = profileGaps(model, assessment, 'nowhere');
    expect(report).toMatchObject({ profile: null, readiness: null, gaps: [], checklist: null });
    expect(report.issues.map((i) => i.message)).toEqual(["There is no profile 'nowhere' in model 'test-model' version 1."]);
  });

  test("a profile of the model's own is found by key, and other kinds have no checklist", () => {
    const withProfile = buildModel({ config: {} }, { baseline: { config: 2 } });
    const report = profileGaps(withProfile, assess(withProfile, { config: atLevel(withProfile, 'config', 2) }), 'baseline');
    expect(report).toMatchObject({ profile: { key: 'baseline', kind: 'target' }, met: true, readiness: 1, checklist: null });
    expect(report.sentence).toBe('1 of 1 target met: 100% ready, so the profile is met.');
  });

  test('a target above the model\'s top level can never be met, and is reported', () => {
    const report = profileGaps(model, assessment, { ...entitlement, targets: { incident: 6 } });
    expect(report.issues.map((i) => i.message)).toEqual(["Profile 'licence' asks for level 6 of 'incident', above the model's highest level, 5: it can never be met."]);
    expect(report.gaps[0].next?.sentences).toContain("Level 6 is above the model's highest level, 5, so this target can never be met.");
  });

  test('a profile whose targets are all not applicable is met, with nothing to meet', () => {
    const report = profileGaps(model, assessment, { ...entitlement, targets: { power: 3 } });
    expect(report).toMatchObject({ met: true, readiness: 1, counted: 0 });
    expect(report.sentence).toBe('No target applies here, so the profile is met: there is nothing to meet.');
  });
});

describe("an entitlement profile's checklist", () => {
  const evidence: EvidenceRecord[] = [
    { capability: 'change', title: 'Change policy', url: 'https://x/policy', expires: '2026-12-31' },
    { capability: 'change', criterion: 'change.3.1', title: 'CAB minutes', url: 'https://x/cab', expires: '2026-01-01' },
    { capability: 'change', criterion: 'change.4.1', title: 'Change metrics', url: 'https://x/metrics' },
    { capability: 'config', criterion: 'config.9.9', title: 'Old CMDB audit', url: 'https://x/cmdb' },
    { capability: 'incident', title: 'Incident log', url: 'https://x/log', expires: 'soon' },
    { capability: 'budgeting', title: 'Budget', url: 'https://x/budget' },
    { id: 'EV-7', capability: 'incident', criterion: 'incident.2.1', title: 'Major incident review', url: 'https://x/review', expires: '2026-11-26' }
  ];
  const checklist = profileGaps(model, assessment, entitlement, { evidence, today: '2026-11-26' }).checklist;

  test('has one line per target, in the profile\'s order, each met or not, not-applicable ones left out', () => {
    expect(checklist?.lines.map((l) => [l.capability, l.met, l.statement])).toEqual([
      ['change', false, 'Capability change at level 3 or above: not met (level 2).'],
      ['config', false, 'Capability config at level 2 or above: not met (level 1).'],
      ['directory', false, 'Capability directory at level 2 or above: not met (level 1).'],
      ['incident', true, 'Capability incident at level 2 or above: met (level 2).'],
      ['power', null, 'Capability power at level 2 or above: not applicable here, so left out.'],
      ['ghost', false, "ghost at level 2 or above: not met ('ghost' is not in this version of the model)."]
    ]);
    expect(checklist).toMatchObject({ profile: 'licence', localSettingsNote: 'Set locally.', today: '2026-11-26', allMet: false });
  });

  test('evidence about the capability, or its criteria up to the target level, backs the line; ids fall back to the url', () => {
    const change = checklist?.lines[0];
    expect(change?.evidence.map((e) => [e.title, e.level, e.criterionInModel, e.expired])).toEqual([
      ['Change policy', null, null, false],
      ['CAB minutes', 3, true, true]
    ]);
    expect(change?.evidenceIds).toEqual(['https://x/policy', 'https://x/cab']);
    expect(change).toMatchObject({ expiredEvidence: 1, hasCurrentEvidence: true });
    expect(checklist?.lines[3].evidenceIds).toEqual(['https://x/log', 'EV-7']);
  });

  test('evidence is still good on its expiry day, and an expiry that is not a date cannot be checked', () => {
    expect(checklist?.lines[3].evidence.map((e) => [e.title, e.expired])).toEqual([
      ['Incident log', null],
      ['Major incident review', false]
    ]);
  });

  test('evidence on a criterion the model no longer has is kept for the capability and flagged', () => {
    expect(checklist?.lines[1].evidence).toEqual([expect.objectContaining({ title: 'Old CMDB audit', level: null, criterionInModel: false })]);
  });

  test('evidence for other capabilities or for criteria above the target backs no line', () => {
    expect(checklist?.unusedEvidence.map((e) => e.title)).toEqual(['Change metrics', 'Budget']);
  });

  test('counts lines without current evidence and expired pieces, in a sentence', () => {
    expect(checklist).toMatchObject({ linesWithoutEvidence: 2, expiredEvidence: 1 });
    expect(checklist?.sentence).toBe('1 of 5 targets met; 2 lines have no current evidence; 1 piece of evidence has expired.');
  });

  test('evidence it cannot read fully is reported', () => {
    const issues = profileGaps(model, assessment, entitlement, { evidence, today: '2026-11-26' }).issues.map((i) => i.message);
    expect(issues).toContain("The evidence 'Incident log' has an expiry date 'soon' that is not written YYYY-MM-DD, so it cannot be checked.");
    expect(issues).toContain(
      "The evidence 'Old CMDB audit' is filed against criterion 'config.9.9', which 'config' does not have in this version of the model; it is kept as evidence for the capability as a whole."
    );
  });

  test('without today, expiry is not checked', () => {
    const unchecked = profileGaps(model, assessment, entitlement, { evidence }).checklist;
    expect(unchecked?.today).toBeNull();
    expect(unchecked?.lines[0].evidence.map((e) => e.expired)).toEqual([null, null]);
    expect(unchecked?.expiredEvidence).toBe(0);
  });

  test('a today that is not a date is reported and expiry is not checked', () => {
    const report = profileGaps(model, assessment, entitlement, { evidence, today: '26/11/2026' });
    expect(report.checklist?.today).toBeNull();
    expect(report.issues.map((i) => i.message)).toContain("Today's date '26/11/2026' is not written YYYY-MM-DD, so evidence expiry is not checked.");
  });

  test('evidence as the data layer holds it (a number id, no criterion or expiry as null) fits', () => {
    const stored = [{ id: 42, capability: 'directory', criterion: null, title: 'Directory design', url: 'https://x/ad', expires: null }];
    const line = profileGaps(model, assessment, entitlement, { evidence: stored, today: '2026-11-26' }).checklist?.lines[2];
    expect(line).toMatchObject({ evidenceIds: ['42'], hasCurrentEvidence: true });
    expect(line?.evidence[0]).toMatchObject({ level: null, criterionInModel: null, expired: false });
  });

  test('with no evidence every counted line lacks evidence', () => {
    expect(profileGaps(model, assessment, entitlement).checklist).toMatchObject({ linesWithoutEvidence: 5, expiredEvidence: 0, unusedEvidence: [] });
  });
});
