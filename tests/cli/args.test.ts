import { parseArgs } from '../../tools/cli/args';
import { UsageError } from '../../tools/cli/errors';

describe('command-line parsing', () => {
  it('takes the first word as the command and the rest as positionals', () => {
    const args = parseArgs(['score', 'model.json', 'assessment.json']);
    expect(args.command).toBe('score');
    expect(args.positionals).toEqual(['model.json', 'assessment.json']);
  });

  it('reads an option value given after a space or after "="', () => {
    expect(parseArgs(['roadmap', '--profile', 'baseline']).options.get('profile')).toBe('baseline');
    expect(parseArgs(['roadmap', '--profile=baseline']).options.get('profile')).toBe('baseline');
  });

  it('accepts options before, between and after positionals', () => {
    const args = parseArgs(['impact', '--level', '3', 'm.json', '--json', 'a.json', '--capability', 'x']);
    expect(args.positionals).toEqual(['m.json', 'a.json']);
    expect(args.options.get('json')).toBe(true);
    expect(args.options.get('level')).toBe('3');
    expect(args.options.get('capability')).toBe('x');
  });

  it('treats everything after "--" as positionals', () => {
    expect(parseArgs(['validate', '--', '--odd-name.json']).positionals).toEqual(['--odd-name.json']);
  });

  it('notices a request for help anywhere on the line', () => {
    expect(parseArgs(['score', '-h']).help).toBe(true);
    expect(parseArgs(['--help']).help).toBe(true);
  });

  it('rejects an unknown option', () => {
    expect(() => parseArgs(['score', '--verbose'])).toThrow(UsageError);
  });

  it('rejects an option that needs a value but has none', () => {
    expect(() => parseArgs(['roadmap', 'm.json', 'a.json', '--profile'])).toThrow(/--profile" needs a value/);
    expect(() => parseArgs(['roadmap', '--profile', '--json'])).toThrow(/needs a value/);
  });

  it('rejects a value on a flag and a repeated option', () => {
    expect(() => parseArgs(['score', '--json=yes'])).toThrow(/takes no value/);
    expect(() => parseArgs(['impact', '--level', '2', '--level', '3'])).toThrow(/more than once/);
  });
});
