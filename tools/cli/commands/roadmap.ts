/**
 * `nimm roadmap <model.json> <assessment.json> --profile <key> [--capacity <C>] [--efforts <file>] [--json]`:
 * phased steps to a profile (rule 8), or with a capacity per phase (rule 10).
 */
import { DEFAULT_EFFORT, planRoadmap, scoreAssessment, stepKey } from '../../../src/nimm';
import type { Assessment, Model, RoadmapOptions, RoadmapReport } from '../../../src/nimm';
import { expectArgs, optionValue, ParsedArgs } from '../args';
import { loadEfforts, parseCapacity } from '../efforts';
import { InputError } from '../errors';
import { CliIo, EXIT } from '../io';
import { loadAssessment, loadModel } from '../load';
import { assessmentHeading, capabilityName, levelLabel } from '../format/model';
import { renderTable } from '../format/table';
import { amount, plural } from '../format/text';

export function roadmapCommand(args: ParsedArgs, io: CliIo): number {
  expectArgs(args, ['model.json', 'assessment.json'], ['profile', 'capacity', 'efforts', 'json'], ['profile']);
  const [modelPath, assessmentPath] = args.positionals;
  const profileKey = optionValue(args, 'profile');
  // The capacity needs no file, so a mistake in it is reported before any file is read.
  const capacity = args.options.has('capacity') ? parseCapacity(optionValue(args, 'capacity')) : undefined;
  const model = loadModel(modelPath, io.err);
  // Checked here as well as in the domain so the message can name the file and list the choices.
  if (!model.profiles.some((p) => p.key === profileKey)) {
    const known = model.profiles.map((p) => p.key);
    throw new InputError(
      `${modelPath} has no profile "${profileKey}"` +
        (known.length > 0 ? `; its profiles are: ${known.join(', ')}` : '; it defines no profiles')
    );
  }
  const assessment = loadAssessment(assessmentPath, model, modelPath, io.err);
  const options: RoadmapOptions = { capacity };
  if (args.options.has('efforts')) {
    options.efforts = loadEfforts(optionValue(args, 'efforts'), model, modelPath);
  }
  const report = planRoadmap(model, assessment, profileKey, options);
  io.out(args.options.has('json') ? JSON.stringify(report, null, 2) : renderRoadmap(model, assessment, report, options));
  return EXIT.ok;
}

/**
 * The roadmap as text: the steps phase by phase with each phase's effort, the projected levels,
 * what cannot be reached. `options` are those the roadmap was planned with, to show the capacity
 * and (when efforts were given) each step's effort.
 */
export function renderRoadmap(model: Model, assessment: Assessment, report: RoadmapReport, options: RoadmapOptions = {}): string {
  const profile = model.profiles.find((p) => p.key === report.profile);
  const phases = report.phases.filter((phase) => phase.steps.length > 0);
  const steps = phases.reduce((n, phase) => n + phase.steps.length, 0);
  const total = phases.reduce((n, phase) => n + phase.effort, 0);
  const { capacity, efforts } = options;
  const lines = [
    `Roadmap to "${profile?.name ?? report.profile}" (${report.profile})`,
    assessmentHeading(model, assessment),
    ''
  ];

  if (steps === 0) {
    lines.push(
      report.unreachable.length === 0
        ? 'The profile is already met: no steps are needed.'
        : 'No steps can be planned: every remaining target is out of reach.'
    );
  } else {
    lines.push(`${plural(steps, 'step')} in ${plural(phases.length, 'phase')}. Steps in one phase can run side by side.`);
    if (capacity !== undefined || efforts !== undefined) {
      lines.push(`Total effort ${amount(total)}.`);
    }
    if (capacity !== undefined) {
      lines.push(`Capacity ${amount(capacity)} per phase: a phase's efforts add up to ${amount(capacity)} or less, unless one step needs more on its own.`);
      if (efforts === undefined) {
        lines.push('Each step counts as effort 1 (--efforts gives steps other efforts).');
      }
    }
    let number = 0;
    for (const phase of phases) {
      lines.push('', `Phase ${phase.phase} (effort ${amount(phase.effort)}${capacity === undefined ? '' : ` of ${amount(capacity)}`})`);
      const rows = phase.steps.map((step) => {
        const row = [String(++number), capabilityName(model, step.capability), step.capability, levelLabel(model, step.level)];
        return efforts === undefined ? row : [...row, amount(stepEffort(efforts, step.capability, step.level))];
      });
      const columns = [{ header: '#', align: 'right' as const }, { header: 'Capability' }, { header: 'Key' }, { header: 'Raise to' }];
      lines.push(renderTable(efforts === undefined ? columns : [...columns, { header: 'Effort', align: 'right' as const }], rows, '  '));
    }
    lines.push('', 'Projected effective levels after each phase', renderProjection(model, assessment, report, phases));
  }

  if (report.unreachable.length > 0) {
    lines.push('', 'Targets that cannot be reached');
    const rows = report.unreachable.map((u) => [capabilityName(model, u.capability), String(u.target), u.reason]);
    lines.push(renderTable([{ header: 'Capability' }, { header: 'Target', align: 'right' }, { header: 'Reason' }], rows));
  }
  return lines.join('\n');
}

/** A step's effort as the planner saw it (1 unless the efforts say otherwise). */
function stepEffort(efforts: NonNullable<RoadmapOptions['efforts']>, capability: string, level: number): number {
  if (typeof efforts === 'function') {
    return efforts(capability, level);
  }
  const key = stepKey(capability, level);
  return Object.prototype.hasOwnProperty.call(efforts, key) ? efforts[key] : DEFAULT_EFFORT;
}

function renderProjection(
  model: Model,
  assessment: Assessment,
  report: RoadmapReport,
  phases: RoadmapReport['phases']
): string {
  const now = scoreAssessment(model, assessment).capabilities;
  const targets = model.profiles.find((p) => p.key === report.profile)?.targets ?? {};
  const involved = new Set<string>();
  for (const phase of phases) {
    Object.keys(phase.projectedLevels).forEach((key) => involved.add(key));
  }
  // Model order keeps a category's capabilities together, which reads better than key order.
  const keys = model.capabilities.map((c) => c.key).filter((key) => involved.has(key));
  const rows = keys.map((key) => [
    capabilityName(model, key),
    String(now[key]?.effectiveLevel ?? '-'),
    ...phases.map((phase) => String(phase.projectedLevels[key] ?? '-')),
    targets[key] === undefined ? '-' : String(targets[key])
  ]);
  return renderTable(
    [
      { header: 'Capability' },
      { header: 'Now', align: 'right' },
      ...phases.map((phase) => ({ header: `Phase ${phase.phase}`, align: 'right' as const })),
      { header: 'Target', align: 'right' }
    ],
    rows
  );
}
