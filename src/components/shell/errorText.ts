import { isStoreError } from '../../data/errors';
import { ShellStrings } from '../../loc/strings';

/**
 * The message to show for a failure. The store promises that a StoreError's message is fit to
 * show as is (it says what failed, where, and what to do); anything else is a bug whose text (or
 * stack) means nothing to a reader.
 */
export function errorText(error: unknown): string {
  return isStoreError(error) && error.message.trim() ? error.message : ShellStrings.UnexpectedError;
}
