/** `nimm impact <model.json> <assessment.json> --capability <key> --level <n> [--json]`: what-if. */
import { analyseImpact } from '../../../src/nimm';
import type { Assessment, ImpactReport, Model } from '../../../src/nimm';
import { expectArgs, optionValue, ParsedArgs } from '../args';
import { InputError } from '../errors';
import { CliIo, EXIT } from '../io';
import { loadAssessment, loadModel } from '../load';
import { assessmentHeading, capabilityName, levelLabel, profileName } from '../format/model';
import { renderTable } from '../format/table';
import { percent, yesNo } from '../format/text';

export function impactCommand(args: ParsedArgs, io: CliIo): number {
  expectArgs(args, ['model.json', 'assessment.json'], ['capability', 'level', 'json'], ['capability', 'level']);
  const [modelPath, assessmentPath] = args.positionals;
  const capabilityKey = optionValue(args, 'capability');
  const levelText = optionValue(args, 'level');
  const model = loadModel(modelPath, io.err);
  if (!model.capabilities.some((c) => c.key === capabilityKey)) {
    throw new InputError(`${modelPath} has no capability "${capabilityKey}"`);
  }
  const levels = model.levels.map((l) => l.level);
  const lowest = Math.min(...levels);
  const highest = Math.max(...levels);
  const level = Number(levelText);
  if (!/^\d+$/.test(levelText) || level < lowest || level > highest) {
    throw new InputError(`--level must be a whole number from ${lowest} to ${highest} (the levels of ${modelPath}), not "${levelText}"`);
  }
  const assessment = loadAssessment(assessmentPath, model, modelPath, io.err);
  const report = analyseImpact(model, assessment, capabilityKey, level);
  io.out(args.options.has('json') ? JSON.stringify(report, null, 2) : renderImpact(model, assessment, report));
  return EXIT.ok;
}

/** The impact report as text: the change, its primary and secondary effects, profiles that move. */
export function renderImpact(model: Model, assessment: Assessment, report: ImpactReport): string {
  const from = report.from;
  const verb = from === null ? 'setting' : report.to > from ? 'raising' : report.to < from ? 'lowering' : 'keeping';
  const lines = [
    `Impact of ${verb} ${capabilityName(model, report.capability)} (${report.capability}) ` +
      `from ${from === null ? 'not applicable' : levelLabel(model, from)} to ${levelLabel(model, report.to)}`,
    assessmentHeading(model, assessment),
    '',
    `Primary effects: capabilities that depend directly on ${report.capability}`,
    renderChanges(model, report.primary),
    '',
    'Secondary effects: other capabilities whose effective level changes',
    renderChanges(model, report.secondary),
    '',
    'Profiles whose result changes',
    renderProfiles(model, report.profiles)
  ];
  return lines.join('\n');
}

function renderChanges(model: Model, changes: ImpactReport['primary']): string {
  if (changes.length === 0) {
    return '(none)';
  }
  const rows = changes.map((c) => [capabilityName(model, c.capability), levelLabel(model, c.before), levelLabel(model, c.after)]);
  return renderTable([{ header: 'Capability' }, { header: 'Before' }, { header: 'After' }], rows);
}

function renderProfiles(model: Model, profiles: ImpactReport['profiles']): string {
  if (profiles.length === 0) {
    return '(none)';
  }
  const rows = profiles.map((p) => [
    profileName(model, p.profile),
    yesNo(p.before.met),
    yesNo(p.after.met),
    percent(p.before.readiness),
    percent(p.after.readiness)
  ]);
  return renderTable(
    [
      { header: 'Profile' },
      { header: 'Met before' },
      { header: 'Met after' },
      { header: 'Readiness before', align: 'right' },
      { header: 'Readiness after', align: 'right' }
    ],
    rows
  );
}
