/** Plain rules of the evidence screens (no React), so each is easy to test on its own. */
import type { EvidenceItem } from '../../../data/types';
import { EvidenceStrings as strings, formatString } from '../../../loc/strings';
import type { Capability } from '../../../nimm';

/** True when the text holds a control character (line breaks and tabs included). */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Decodes a path segment if it is percent-encoded, else leaves it as it is ("50%.pdf" is a name). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The address to put in a link's href, or null when the evidence must be shown as text only.
 *
 * Only two kinds of address are ever opened: an absolute http or https address (a web link), and
 * a server-relative path on this host (an uploaded file, "/sites/nimm/NIMM Evidence/x.pdf").
 * Anything else (javascript:, data:, file:, a protocol-relative "//host" or "/\host", which
 * browsers read as another host) could run script or leave the site without the person knowing,
 * and a hand-edited library item could hold any of them. A path's segments are encoded here
 * because SharePoint gives file paths decoded, and a "#" or "?" in a file name would otherwise
 * cut the address short.
 */
export function safeHref(url: string): string | null {
  const value = url.trim();
  if (value === '' || hasControlCharacter(value)) return null;
  if (/^https?:\/\//i.test(value)) {
    try {
      const parsed = new URL(value);
      return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname ? parsed.href : null;
    } catch {
      return null;
    }
  }
  if (value.charAt(0) === '/' && value.charAt(1) !== '/' && value.charAt(1) !== '\\') {
    return value
      .split('/')
      .map((segment) => encodeURIComponent(decodeSegment(segment)))
      .join('/');
  }
  return null;
}

/** The name people know the evidence by: a link's ".url" file name is an implementation detail. */
export function evidenceName(item: EvidenceItem): string {
  return item.kind === 'link' ? item.name.replace(/\.url$/i, '') : item.name;
}

/** What kind of evidence it is, in words: a file, a web link, or a document elsewhere on this site. */
export function kindText(item: EvidenceItem, siteUrl: string): string {
  if (item.kind === 'file') return strings.KindFile;
  const site = siteUrl.replace(/\/+$/, '').toLowerCase();
  const address = item.url.toLowerCase();
  return site !== '' && address.indexOf(`${site}/`) === 0 ? strings.KindSiteDocument : strings.KindLink;
}

/** The criteria of a capability, lowest level first, as "Level 2: <criterion text>". */
export function criterionOptions(capability: Capability): { key: string; text: string }[] {
  const levels = capability.levels.slice().sort((a, b) => a.level - b.level);
  const options: { key: string; text: string }[] = [];
  levels.forEach((l) => l.criteria.forEach((c) => options.push({ key: c.key, text: formatString(strings.CriterionOption, l.level, c.text) })));
  return options;
}

/** What a piece of evidence backs: the whole capability, or one criterion by its text. */
export function criterionText(capability: Capability, criterion: string | null): string {
  if (!criterion) return strings.WholeCapability;
  const found = criterionOptions(capability).filter((o) => o.key === criterion)[0];
  return found ? found.text : formatString(strings.UnknownCriterion, criterion);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Today's date where the person is, as YYYY-MM-DD (expiry dates are calendar dates, not instants). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * True when the evidence's expiry date has passed: it is still good on the day itself. A value
 * that is not a date is never called expired (it is shown as it is instead).
 */
export function isExpired(expires: string | null, today: string): boolean {
  if (!expires || !/^\d{4}-\d{2}-\d{2}/.test(expires)) return false;
  return expires.slice(0, 10) < today;
}

/** "1 piece of evidence has expired …", or '' when none has. */
export function expiredSummary(count: number): string {
  if (count <= 0) return '';
  return count === 1 ? strings.ExpiredOne : formatString(strings.ExpiredMany, count);
}

const KB = 1024;
const MB = 1024 * 1024;

function amount(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/**
 * How far an upload has got, "3.5 MB of 12 MB" (in kilobytes below 1 MB, where megabytes would
 * read "0 MB of 0.1 MB"). Megabytes are 1,048,576 bytes, as Windows and the store's chunks count them.
 */
export function progressText(sent: number, total: number): string {
  if (total >= MB) return formatString(strings.SizeMegabytes, amount(sent / MB), amount(total / MB));
  return formatString(strings.SizeKilobytes, amount(Math.ceil(sent / KB)), amount(Math.ceil(total / KB)));
}

/** A file's size in words: "12 MB", "3 KB". */
export function sizeText(bytes: number): string {
  return bytes >= MB ? formatString(strings.FileSizeMegabytes, amount(bytes / MB)) : formatString(strings.FileSizeKilobytes, amount(Math.ceil(bytes / KB)));
}
