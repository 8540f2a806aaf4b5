/**
 * The site's time zone, and what it does to date-only columns.
 *
 * SharePoint keeps every DateTime value in UTC, but a column whose Format is DateOnly holds a
 * calendar date *in the site's time zone*: the value written is turned into the site's local date
 * and stored as that date's local midnight, which REST returns as UTC. So on a site in US Central
 * time a date-only column reads back as `YYYY-MM-DDT05:00:00Z` in summer and `T06:00:00Z` in
 * winter (pnp/pnpjs#1890), and a value written as midnight UTC shows as the day before on a site
 * west of UTC (SharePoint/sp-dev-docs#6083, "It reduces to 1 day"). Date-and-time columns keep
 * the instant as written.
 *
 * Offsets come from Node's Intl (IANA names, summer time included), so the simulator needs no
 * time zone table of its own.
 */
import { FieldDef, ListRec } from '../types';
import { spDate } from './itemValues';

/** Europe/London: the NHS's sites are set to UK time. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a plain Error (a start-up mistake, not a SharePoint answer) for a name Intl does not know. */
export function assertTimeZone(timeZone: string): void {
  try {
    formatter(timeZone);
  } catch {
    throw new Error(`sp-simulator: unknown time zone '${timeZone}'; use an IANA name such as 'Europe/London'.`);
  }
}

interface LocalParts { year: number; month: number; day: number; hour: number; minute: number; second: number }

function localParts(timeZone: string, t: number): LocalParts {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(t))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year, month: out.month, day: out.day, hour: out.hour % 24, minute: out.minute, second: out.second };
}

/** Minutes the site's clock is ahead of UTC at instant `t` (London in summer: 60; New York in winter: -300). */
export function offsetMinutes(timeZone: string, t: number): number {
  const whole = Math.floor(t / 1000) * 1000;
  const p = localParts(timeZone, whole);
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole) / 60000);
}

/** The UTC instant of local midnight starting the given calendar date in the site's time zone. */
function localMidnight(timeZone: string, year: number, month: number, day: number): number {
  const wall = Date.UTC(year, month - 1, day);
  let guess = wall;
  // Two rounds settle it: the offset at the first guess may differ from the one at midnight
  // itself only when summer time starts or ends within those hours.
  for (let i = 0; i < 3; i++) {
    const next = wall - offsetMinutes(timeZone, guess) * 60000;
    if (next === guess) break;
    guess = next;
  }
  return guess;
}

/**
 * A written instant as a date-only column stores it: the site's local calendar date of that
 * instant, at local midnight, in SharePoint's UTC wire format (no milliseconds).
 * On 'America/New_York', `2026-06-01T00:00:00Z` → `2026-05-31T04:00:00Z`;
 * on 'Europe/London' in summer, `2026-06-01T12:00:00Z` → `2026-05-31T23:00:00Z`.
 */
export function toSiteDateOnly(timeZone: string, iso: string): string {
  const p = localParts(timeZone, Date.parse(iso));
  return spDate(new Date(localMidnight(timeZone, p.year, p.month, p.day)).toISOString());
}

/** A DateTime column whose Format is DateOnly (Field XML `Format="DateOnly"`, or `DisplayFormat: 0`). */
export function isDateOnly(f: FieldDef): boolean {
  const fmt = f.extra.DisplayFormat;
  return f.typeKind === 4 && fmt !== undefined && fmt !== null && Number(fmt) === 0;
}

/** Rewrites, in place, the date-only values of an add or update body as SharePoint stores them. */
export function storeDatesInSiteTime(l: ListRec, values: Record<string, unknown>, timeZone: string): void {
  for (const f of l.fields) {
    const v = values[f.internalName];
    if (typeof v === 'string' && isDateOnly(f)) values[f.internalName] = toSiteDateOnly(timeZone, v);
  }
}

/**
 * SharePoint's own id and name for a few zones. Ids and the Pacific description are from a real
 * `web/regionalsettings/timezone` answer and SharePoint's TIMEZONE.XML (ID 13 = Pacific); the
 * London and New York descriptions follow the same pattern but are not confirmed (educated guess).
 */
const SP_ZONES: Record<string, { id: number; description: string }> = {
  'Europe/London': { id: 2, description: '(UTC) Dublin, Edinburgh, Lisbon, London' },
  'America/New_York': { id: 10, description: '(UTC-05:00) Eastern Time (US and Canada)' },
  'America/Los_Angeles': { id: 13, description: '(UTC-08:00) Pacific Time (US and Canada)' },
};

/**
 * SP.TimeZone as `web/regionalsettings/timezone` returns it: `Description`, `Id` and
 * `Information: {Bias, DaylightBias, StandardBias}` (PnPjs's ITimeZoneInfo,
 * @pnp/sp/regional-settings/types.d.ts; a real answer reads `"Id":13,"Information":{"Bias":480,
 * "DaylightBias":-60,"StandardBias":0}` for Pacific). Biases are Windows-style minutes *behind*
 * UTC: UTC = local + Bias (+ DaylightBias in summer). For a zone SharePoint's table here does not
 * name, Id is 0 and the description is made up from the IANA name (simulator only).
 */
export function timeZoneInfo(timeZone: string, now = Date.now()): { Description: string; Id: number; Information: { Bias: number; DaylightBias: number; StandardBias: number } } {
  const year = new Date(now).getUTCFullYear();
  const jan = offsetMinutes(timeZone, Date.UTC(year, 0, 1));
  const jul = offsetMinutes(timeZone, Date.UTC(year, 6, 1));
  const standard = Math.min(jan, jul); // summer time is always ahead of standard time
  const known = SP_ZONES[timeZone];
  const sign = standard < 0 ? '-' : '+';
  const hhmm = `${String(Math.floor(Math.abs(standard) / 60)).padStart(2, '0')}:${String(Math.abs(standard) % 60).padStart(2, '0')}`;
  return {
    Description: known?.description ?? `(UTC${standard === 0 ? '' : `${sign}${hhmm}`}) ${timeZone}`,
    Id: known?.id ?? 0,
    Information: { Bias: -standard || 0, DaylightBias: -(Math.max(jan, jul) - standard) || 0, StandardBias: 0 },
  };
}
