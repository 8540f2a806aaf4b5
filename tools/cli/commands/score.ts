/** `nimm score <model.json> <assessment.json> [--json]`: levels, roll-ups and profile readiness. */
import { scoreAssessment } from '../../../src/nimm';
import type { Assessment, Model, ScoreReport } from '../../../src/nimm';
import { expectArgs, ParsedArgs } from '../args';
import { CliIo, EXIT } from '../io';
import { loadAssessment, loadModel } from '../load';
import { assessmentHeading, levelLabel } from '../format/model';
import { renderFields, renderTable } from '../format/table';
import { decimal, percent, plural, yesNo } from '../format/text';

export function scoreCommand(args: ParsedArgs, io: CliIo): number {
  expectArgs(args, ['model.json', 'assessment.json'], ['json']);
  const [modelPath, assessmentPath] = args.positionals;
  const model = loadModel(modelPath, io.err);
  const assessment = loadAssessment(assessmentPath, model, modelPath, io.err);
  const report = scoreAssessment(model, assessment);
  io.out(args.options.has('json') ? JSON.stringify(report, null, 2) : renderScore(model, assessment, report));
  return EXIT.ok;
}

type CapabilityScore = ScoreReport['capabilities'][string];

/** The score report as text: overall, categories, capabilities, perspectives, profiles. */
export function renderScore(model: Model, assessment: Assessment, report: ScoreReport): string {
  const byStatus = (status: CapabilityScore['status']): string[] =>
    model.capabilities.filter((c) => report.capabilities[c.key]?.status === status).map((c) => c.key);
  const assessed = byStatus('assessed');
  const notApplicable = byStatus('not-applicable');
  const notAssessed = byStatus('not-assessed');

  const overall =
    assessed.length === 0
      ? 'no capabilities assessed yet'
      : `level ${levelLabel(model, report.overall.level)}, score ${decimal(report.overall.score)}`;
  const counted =
    `${plural(assessed.length, 'capability', 'capabilities')} counted; ` +
    `${notApplicable.length} not applicable and ${notAssessed.length} not assessed are not counted`;

  return [
    assessmentHeading(model, assessment),
    '',
    renderFields([
      ['Overall', overall],
      ['Counted', counted]
    ]),
    '',
    'Categories (level = lowest effective level, score = mean)',
    renderCategories(model, report),
    '',
    'Capabilities (level = effective level, after dependencies)',
    renderCapabilities(model, assessment, report, [...assessed, ...notApplicable]),
    '',
    'Perspective levels (the lowest sets the computed level)',
    renderPerspectives(model, report, assessed),
    '',
    'Profiles',
    renderProfiles(model, report)
  ].join('\n');
}

function renderCategories(model: Model, report: ScoreReport): string {
  const rows = model.categories.map((category) => {
    const members = model.capabilities.filter((c) => c.category === category.key);
    const counted = members.filter((c) => report.capabilities[c.key]?.status === 'assessed').length;
    const rollUp = report.categories[category.key];
    return [
      category.name,
      counted > 0 ? levelLabel(model, rollUp?.level) : '-',
      counted > 0 ? decimal(rollUp?.score) : '-',
      `${counted} of ${members.length}`
    ];
  });
  return renderTable(
    [{ header: 'Category' }, { header: 'Level' }, { header: 'Score', align: 'right' }, { header: 'Counted', align: 'right' }],
    rows
  );
}

function renderCapabilities(model: Model, assessment: Assessment, report: ScoreReport, keys: readonly string[]): string {
  if (keys.length === 0) {
    return '(no capabilities assessed yet)';
  }
  const agreed = new Set(assessment.responses.filter((r) => r.agreedLevel !== null && r.agreedLevel !== undefined).map((r) => r.capability));
  const rows = keys.map((key) => {
    const capability = model.capabilities.find((c) => c.key === key);
    const name = capability?.name ?? key;
    const score = report.capabilities[key];
    if (score.status === 'not-applicable') {
      return [name, 'not applicable'];
    }
    return [
      name,
      levelLabel(model, score.effectiveLevel),
      `${score.assessedLevel}${agreed.has(key) ? ' (agreed)' : ''}`,
      String(score.computedLevel),
      percent(score.progressToNext),
      score.heldBackBy.join(', ')
    ];
  });
  return renderTable(
    [
      { header: 'Capability' },
      { header: 'Level' },
      { header: 'Assessed' },
      { header: 'Computed', align: 'right' },
      { header: 'Next level', align: 'right' },
      { header: 'Held back by' }
    ],
    rows
  );
}

function renderPerspectives(model: Model, report: ScoreReport, keys: readonly string[]): string {
  if (keys.length === 0) {
    return '(no capabilities assessed yet)';
  }
  const rows = keys.map((key) => {
    const levels = report.capabilities[key].perspectiveLevels;
    return [
      model.capabilities.find((c) => c.key === key)?.name ?? key,
      ...model.perspectives.map((p) => (levels[p.key] === undefined ? '-' : String(levels[p.key])))
    ];
  });
  return renderTable(
    [{ header: 'Capability' }, ...model.perspectives.map((p) => ({ header: p.key, align: 'right' as const }))],
    rows
  );
}

function renderProfiles(model: Model, report: ScoreReport): string {
  const keys = model.profiles.map((p) => p.key).filter((key) => report.profiles[key]);
  if (keys.length === 0) {
    return '(the model has no profiles)';
  }
  const rows = keys.map((key) => {
    const profile = model.profiles.find((p) => p.key === key)!;
    const result = report.profiles[key];
    const open = result.gaps.filter((g) => g.gap > 0).length;
    return [key, profile.name, profile.kind, yesNo(result.met), percent(result.readiness), `${open} of ${result.gaps.length}`];
  });
  return renderTable(
    [
      { header: 'Key' },
      { header: 'Profile' },
      { header: 'Kind' },
      { header: 'Met' },
      { header: 'Readiness', align: 'right' },
      { header: 'Targets with a gap', align: 'right' }
    ],
    rows
  );
}
