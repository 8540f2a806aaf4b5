/** `nimm validate <model.json>`: every problem in a model, or a one-line summary when it has none. */
import { validateModel } from '../../../src/nimm';
import type { Model } from '../../../src/nimm';
import { expectArgs, ParsedArgs } from '../args';
import { CliIo, EXIT } from '../io';
import { checkFormat, readJsonFile } from '../load';
import { plural } from '../format/text';

/**
 * Problems go to stdout one per line as "path: message" so they can be piped and counted;
 * warnings and the closing count go to stderr so stdout stays exactly that list.
 */
export function validateCommand(args: ParsedArgs, io: CliIo): number {
  expectArgs(args, ['model.json'], []);
  const path = args.positionals[0];
  const input = readJsonFile(path);
  checkFormat(input, path, 'model');
  const result = validateModel(input);
  for (const warning of result.warnings) {
    io.err(`warning: ${path}: ${warning.path}: ${warning.message}`);
  }
  if (!result.ok) {
    for (const problem of result.problems) {
      io.out(`${problem.path || '(top level)'}: ${problem.message}`);
    }
    io.err(`${path} is not a valid model: ${plural(result.problems.length, 'problem')}.`);
    return EXIT.invalid;
  }
  io.out(summarise(result.value));
  return EXIT.ok;
}

/** "Valid model nhs-nimm 2026.1: 81 capabilities, 13 categories, 5 levels, ..." */
export function summarise(model: Model): string {
  const criteria = model.capabilities.reduce(
    (sum, capability) => sum + capability.levels.reduce((n, level) => n + level.criteria.length, 0),
    0
  );
  const dependencies = model.capabilities.reduce((sum, capability) => sum + capability.dependencies.length, 0);
  const counts = [
    plural(model.capabilities.length, 'capability'),
    plural(model.categories.length, 'category'),
    plural(model.levels.length, 'level'),
    plural(model.perspectives.length, 'perspective'),
    plural(criteria, 'criterion', 'criteria'),
    plural(dependencies, 'dependency'),
    plural(model.profiles.length, 'profile')
  ];
  return `Valid model ${model.key} ${model.version}: ${counts.join(', ')}.`;
}
