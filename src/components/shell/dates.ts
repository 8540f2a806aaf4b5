/**
 * Dates and times for people, in the locale the suite's strings are written for. The formatters
 * are made once: a screen lists dozens of dates, and building an Intl formatter per call
 * (toLocaleDateString does) showed up in the browser profile of opening a capability.
 */
import { ShellStrings } from '../../loc/strings';

let dateFormat: Intl.DateTimeFormat | undefined;
let timeFormat: Intl.DateTimeFormat | undefined;

/**
 * "4 March 2026"; the raw value if it is not a date. A date-only value ("2026-03-04", as
 * SharePoint's date-only columns and the model's dates are written) is read as that calendar day
 * wherever the reader is, not as midnight UTC, which is the day before west of Greenwich.
 */
export function dateText(iso: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  if (isNaN(date.getTime())) return iso;
  dateFormat = dateFormat || new Intl.DateTimeFormat(ShellStrings.DateLocale, { day: 'numeric', month: 'long', year: 'numeric' });
  return dateFormat.format(date);
}

/** A time of day ("14:05"). */
export function timeText(date: Date): string {
  timeFormat = timeFormat || new Intl.DateTimeFormat(ShellStrings.DateLocale, { hour: '2-digit', minute: '2-digit' });
  return timeFormat.format(date);
}
