/** `nimm roadmap <model.json> <assessment.json> --profile <key> [--json]`: phased steps to a profile. */
import { planRoadmap, scoreAssessment } from '../../../src/nimm';
import type { Assessment, Model, RoadmapReport } from '../../../src/nimm';
import { expectArgs, optionValue, ParsedArgs } from '../args';
import { InputError } from '../errors';
import { CliIo, EXIT } from '../io';
import { loadAssessment, loadModel } from '../load';
import { assessmentHeading, capabilityName, levelLabel } from '../format/model';
import { renderTable } from '../format/table';
import { plural } from '../format/text';

export function roadmapCommand(args: ParsedArgs, io: CliIo): number {
  expectArgs(args, ['model.json', 'assessment.json'], ['profile', 'json'], ['profile']);
  const [modelPath, assessmentPath] = args.positionals;
  const profileKey = optionValue(args, 'profile');
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
  const report = planRoadmap(model, assessment, profileKey);
  io.out(args.options.has('json') ? JSON.stringify(report, null, 2) : renderRoadmap(model, assessment, report));
  return EXIT.ok;
}

/** The roadmap as text: the steps phase by phase, the projected levels, what cannot be reached. */
export function renderRoadmap(model: Model, assessment: Assessment, report: RoadmapReport): string {
  const profile = model.profiles.find((p) => p.key === report.profile);
  const phases = report.phases.filter((phase) => phase.steps.length > 0);
  const steps = phases.reduce((n, phase) => n + phase.steps.length, 0);
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
    let number = 0;
    for (const phase of phases) {
      lines.push('', `Phase ${phase.phase}`);
      const rows = phase.steps.map((step) => [String(++number), capabilityName(model, step.capability), step.capability, levelLabel(model, step.level)]);
      lines.push(renderTable([{ header: '#', align: 'right' }, { header: 'Capability' }, { header: 'Key' }, { header: 'Raise to' }], rows, '  '));
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
