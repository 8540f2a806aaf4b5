/**
 * Command-line argument parsing for `nimm`.
 *
 * Hand-written on purpose: the surface is five commands, six options and no sub-options, so a
 * parser library would add a dependency (and its own error wording) for about sixty lines.
 */
import { UsageError } from './errors';

/** What an option looks like on the command line: `--json` is a flag, `--level 3` takes a value. */
export interface OptionSpec {
  readonly takesValue: boolean;
}

/** The parsed command line: a command word, its positional arguments and its options. */
export interface ParsedArgs {
  readonly command: string | undefined;
  readonly positionals: string[];
  readonly options: Map<string, string | true>;
  readonly help: boolean;
}

/** Every option any command accepts; each command checks which of these it allows. */
export const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  json: { takesValue: false },
  profile: { takesValue: true },
  capability: { takesValue: true },
  level: { takesValue: true },
  capacity: { takesValue: true },
  efforts: { takesValue: true }
};

/**
 * Splits argv (without `node` and the script) into command, positionals and options.
 * Accepts `--name value` and `--name=value`; `--` ends option parsing; `-h`/`--help` anywhere
 * asks for help. Throws UsageError for unknown or repeated options and missing values.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  let help = false;
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      throw new UsageError(`unknown option "${arg}"`);
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const spec = OPTIONS[name];
    if (!spec) {
      throw new UsageError(`unknown option "--${name}"`);
    }
    if (options.has(name)) {
      throw new UsageError(`option "--${name}" is given more than once`);
    }
    if (!spec.takesValue) {
      if (eq !== -1) {
        throw new UsageError(`option "--${name}" takes no value`);
      }
      options.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) {
      value = argv[++i];
    }
    if (value === undefined || value === '') {
      throw new UsageError(`option "--${name}" needs a value`);
    }
    options.set(name, value);
  }

  const [command, ...rest] = positionals;
  return { command, positionals: rest, options, help };
}

/**
 * Checks a command got exactly the positionals and options it accepts.
 * @param names - the positional argument names, for the error message ("model.json").
 */
export function expectArgs(
  args: ParsedArgs,
  names: readonly string[],
  allowed: readonly string[],
  required: readonly string[] = []
): void {
  if (args.positionals.length < names.length) {
    throw new UsageError(`missing ${names.slice(args.positionals.length).map((n) => `<${n}>`).join(' ')}`);
  }
  if (args.positionals.length > names.length) {
    throw new UsageError(`unexpected argument "${args.positionals[names.length]}"`);
  }
  for (const name of args.options.keys()) {
    if (!allowed.includes(name)) {
      throw new UsageError(`option "--${name}" does not apply to "${args.command}"`);
    }
  }
  for (const name of required) {
    if (!args.options.has(name)) {
      throw new UsageError(`missing option "--${name}"`);
    }
  }
}

/** The string value of an option that takes one (callers check it is present first). */
export function optionValue(args: ParsedArgs, name: string): string {
  const value = args.options.get(name);
  return typeof value === 'string' ? value : '';
}
