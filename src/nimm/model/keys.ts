/**
 * Keys are the stable ids of a model's parts (capabilities, criteria, categories, profiles...):
 * lower-case words of letters and digits joined by single "-" or "." separators. Keys are
 * typed by hand by model maintainers, so a wrong one is explained in full, with a suggestion.
 */

/** Lower-case words of letters and digits joined by single "-" or "." (no double or trailing separators). */
export const KEY_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** The whole rule in words, as a problem message ends it. */
export const KEY_RULE = 'must be lower-case letters and digits in words joined by single "-" or "." (no spaces, no separator at the start or end, and never two together)';

/**
 * The nearest valid key to a string: lower case, runs of anything else turned into one
 * separator, no separator at either end. Empty when nothing usable is left.
 */
export function suggestKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/[-.]{2,}/g, (run) => (run.includes('.') && !run.includes('-') ? '.' : '-'))
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * Why a string is not a key, with the corrected key when one can be suggested; null when it is
 * one. Worded to follow the field's name: "'key' must be ...".
 */
export function keyProblem(value: string): string | null {
  if (KEY_PATTERN.test(value)) return null;
  if (value.length === 0) return 'must not be empty';
  const suggestion = suggestKey(value);
  const hint = suggestion.length > 0 && KEY_PATTERN.test(suggestion) ? `, for example "${suggestion}"` : '';
  return `${KEY_RULE}${hint}`;
}
