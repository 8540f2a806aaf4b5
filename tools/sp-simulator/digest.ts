/**
 * Form digests (`X-RequestDigest`). SharePoint requires one on every non-GET request made with
 * cookie authentication and hands them out from `POST _api/contextinfo`. The value looks like
 * SharePoint's: `0x<128 hex>,<issue time>`. It is an HMAC of the issue time, so it survives a
 * simulator restart (the secret is persisted) and expires after FormDigestTimeoutSeconds.
 *
 * Unlike SharePoint, a digest is not bound to the signed-in user: PnPjs caches digests per web
 * URL for the whole process, and tests switch users on one web URL.
 */
import { createHmac, timingSafeEqual } from 'crypto';

export const DIGEST_TIMEOUT_SECONDS = 1800;

function issueStamp(d: Date): string {
  // SharePoint's format, e.g. "06 Mar 2024 10:11:12 -0000".
  const p = (n: number): string => String(n).padStart(2, '0');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} -0000`;
}

function mac(secret: string, stamp: string): string {
  return createHmac('sha512', secret).update(stamp).digest('hex').toUpperCase();
}

export function issueDigest(secret: string, now = new Date()): string {
  const stamp = issueStamp(now);
  return `0x${mac(secret, stamp)},${stamp}`;
}

export function digestIsValid(secret: string, value: string | undefined, now = Date.now()): boolean {
  if (!value) return false;
  const m = /^0x([0-9A-F]{128}),(.+)$/i.exec(value.trim());
  if (!m) return false;
  const expected = Buffer.from(mac(secret, m[2]), 'utf8');
  const given = Buffer.from(m[1].toUpperCase(), 'utf8');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  const issued = Date.parse(m[2].replace(' -0000', ' GMT'));
  return !Number.isNaN(issued) && now - issued <= DIGEST_TIMEOUT_SECONDS * 1000;
}
