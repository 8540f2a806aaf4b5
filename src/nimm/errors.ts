/**
 * The one error type the domain throws on purpose. Everything else the domain meets (bad files,
 * unknown keys in data) is reported as validation problems, not thrown; a NimmError is for a
 * caller asking for something that does not exist, and its message is fit to show a user as is.
 */

/** Why a NimmError was thrown, for callers that branch on it rather than show the message. */
export type NimmErrorCode = 'unknown-profile' | 'unknown-capability' | 'level-out-of-range';

/** A request the domain cannot answer, with a plain UK English message for the user. */
export class NimmError extends Error {
  /** Why it was thrown. */
  public readonly code: NimmErrorCode;

  public constructor(code: NimmErrorCode, message: string) {
    super(message);
    this.name = 'NimmError';
    this.code = code;
    // SPFx compiles to ES5, where extending Error loses the prototype and breaks `instanceof`.
    Object.setPrototypeOf(this, NimmError.prototype);
  }
}
