/**
 * The two ways a `nimm` command fails on purpose. Both end with exit code 2 and one line on
 * stderr; neither ever shows a stack trace, because the reader is a model maintainer or an
 * analyst, not the developer.
 */

/** The command line itself is wrong (unknown command, missing argument): usage follows. */
export class UsageError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An input file cannot be used (missing, not JSON, wrong format, invalid, mismatched). */
export class InputError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
