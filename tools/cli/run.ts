/**
 * The `nimm` command line as a function: parse, dispatch, and turn every failure into an exit
 * code and one line on stderr. Tests call it in-process; tools/cli/main.ts binds it to the process.
 */
import { NimmError } from '../../src/nimm/errors';
import { parseArgs, ParsedArgs } from './args';
import { InputError, UsageError } from './errors';
import { CliIo, EXIT } from './io';
import { USAGE } from './usage';
import { defaultModelCommand } from './commands/defaultModel';
import { impactCommand } from './commands/impact';
import { roadmapCommand } from './commands/roadmap';
import { scoreCommand } from './commands/score';
import { validateCommand } from './commands/validate';

type Command = (args: ParsedArgs, io: CliIo) => number;

const COMMANDS: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  score: scoreCommand,
  roadmap: roadmapCommand,
  impact: impactCommand,
  'default-model': defaultModelCommand
};

/** Runs one `nimm` invocation; argv excludes `node` and the script. Returns the exit code. */
export function run(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseArgs(argv);
    if (args.help || args.command === 'help') {
      io.out(USAGE);
      return EXIT.ok;
    }
    if (args.command === undefined) {
      throw new UsageError('missing command');
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, args.command) ? COMMANDS[args.command] : undefined;
    if (!command) {
      throw new UsageError(`unknown command "${args.command}"`);
    }
    return command(args, io);
  } catch (error) {
    return report(error, io);
  }
}

/** Stack traces are for developers; a person at the command line gets one sentence. */
function report(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.err(`nimm: ${error.message}\n\n${USAGE}`);
    return EXIT.badInput;
  }
  if (error instanceof InputError || error instanceof NimmError) {
    io.err(`nimm: ${error.message}`);
    return EXIT.badInput;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`nimm: internal error: ${message} (this is a bug in nimm; please report it with the command you ran)`);
  return EXIT.internal;
}
