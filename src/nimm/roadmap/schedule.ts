/**
 * Phases as dates: a plan gives its first phase a start date and every phase the same length in
 * months, so phase n runs from the start plus (n - 1) lengths to the day before the start plus n
 * lengths. Months are calendar months: a phase starting on 31 January and lasting a month ends on
 * 27 or 28 February (the day before "31 February", which is taken as the last day of February).
 * Dates are calendar dates written YYYY-MM-DD, with no time of day or time zone.
 */

/** The first and last day of a phase. */
export interface PhaseDates {
  start: string;
  end: string;
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function read(date: string): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`A date must be written YYYY-MM-DD, not '${date}'.`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function write(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The date `months` calendar months after `date`, on the same day or the month's last day. */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = read(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return write(new Date(Date.UTC(y, m - 1, Math.min(day, daysIn(y, m)))));
}

/** The day before a date. */
function dayBefore(date: string): string {
  const { year, month, day } = read(date);
  return write(new Date(Date.UTC(year, month - 1, day - 1)));
}

/**
 * The dates of phase `phase` (1 for the first) of a plan starting on `startDate` whose phases last
 * `phaseMonths` months each.
 * @throws RangeError for a date not written YYYY-MM-DD, a phase below 1 or a length below 1 month.
 */
export function phaseDates(startDate: string, phaseMonths: number, phase: number): PhaseDates {
  if (!(Number.isInteger(phaseMonths) && phaseMonths >= 1)) throw new RangeError(`A phase must last a whole number of months, at least 1, not ${phaseMonths}.`);
  if (!(Number.isInteger(phase) && phase >= 1)) throw new RangeError(`Phases are numbered from 1, not ${phase}.`);
  // From the plan's own start each time, so a 31st stays the 31st where a month has one.
  const start = addMonths(startDate, (phase - 1) * phaseMonths);
  const end = dayBefore(addMonths(startDate, phase * phaseMonths));
  return { start, end };
}

/** The calendar quarter (1 to 4) and year a date falls in. */
export function quarterOf(date: string): { quarter: number; year: number } {
  const { year, month } = read(date);
  return { quarter: Math.floor((month - 1) / 3) + 1, year };
}
