/**
 * Links to one capability in the guide, as plain functions (no React, no window), so the format
 * is unit-testable and the same everywhere it is written or read.
 *
 * A link lives in the address's fragment:
 *
 *   …/SitePages/Guide.aspx#nimm-capability=change-management
 *   …/SitePages/Guide.aspx#nimm-capability-<web part instance id>=change-management
 *
 * Why the fragment rather than a query parameter: SharePoint's modern page router watches the
 * path and query of the address (it wraps history.pushState and treats a changed query as a page
 * navigation; web parts that push query parameters have broken its navigation, see
 * SharePoint/sp-dev-docs#7958), while it leaves a fragment to the page, as it does for its own
 * heading anchors. So the guide can push an entry per jump, and Back can return, without
 * SharePoint reloading or re-routing the page. A fragment also never reaches the server, so
 * nothing about what someone read ends up in SharePoint's logs. The cost: a sign-in redirect
 * through Entra ID can drop a fragment, so a person who is not yet signed in may land at the top
 * of the page; in Teams and in a signed-in browser the link opens at the capability.
 *
 * A web part may appear twice on a page. When the guide knows its web part's instance id, the
 * parameter's name carries it, so each guide reads and writes only its own entry and the others'
 * are kept. A link without an instance id belongs to the first guide on the page.
 */

/** The parameter every link starts from; a guide with an instance id adds "-<id>". */
export const CAPABILITY_LINK_PARAM = 'nimm-capability';

/** The fragment parameter a guide reads and writes. */
export function capabilityLinkParam(instanceId?: string): string {
  const id = (instanceId || '').trim();
  return id ? `${CAPABILITY_LINK_PARAM}-${id}` : CAPABILITY_LINK_PARAM;
}

/** Which guide is reading a link. */
export interface ILinkReader {
  /** The guide's web part instance id, when the host gives one. */
  instanceId?: string;
  /** Whether this guide comes first on the page: it also answers links that name no guide. */
  isFirstGuide: boolean;
}

interface IFragmentPart {
  name: string;
  /** The text as it stood in the address, kept as is when the part is not ours. */
  raw: string;
  value: string | undefined;
}

/** decodeURIComponent that gives up quietly: a mangled address must not break the page. */
function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** "#a=1&b" as parts; a part without "=" (a SharePoint heading anchor) has no value. */
function fragmentParts(hash: string): IFragmentPart[] {
  const text = hash.charAt(0) === '#' ? hash.slice(1) : hash;
  if (text === '') return [];
  return text
    .split('&')
    .filter((raw) => raw !== '')
    .map((raw) => {
      const equals = raw.indexOf('=');
      if (equals < 0) return { name: decode(raw) ?? raw, raw, value: undefined };
      return { name: decode(raw.slice(0, equals)) ?? '', raw, value: decode(raw.slice(equals + 1)) };
    });
}

/** The value of one parameter in a fragment, trimmed; undefined when absent or empty. */
function valueOf(parts: IFragmentPart[], name: string): string | undefined {
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].name === name) {
      const value = (parts[i].value || '').trim();
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}

/**
 * The capability key an address's fragment asks this guide to open: its own parameter first,
 * then (for the first guide on the page only) a link that names no guide. The key is not
 * checked against the model here; the guide ignores keys it does not have.
 */
export function parseCapabilityLink(hash: string, reader: ILinkReader): string | undefined {
  const parts = fragmentParts(hash);
  if (reader.instanceId && reader.instanceId.trim()) {
    const own = valueOf(parts, capabilityLinkParam(reader.instanceId));
    if (own !== undefined) return own;
  }
  return reader.isFirstGuide ? valueOf(parts, CAPABILITY_LINK_PARAM) : undefined;
}

/** "nimm-capability=change-management", encoded for an address. */
function linkPart(key: string, instanceId?: string): string {
  return `${encodeURIComponent(capabilityLinkParam(instanceId))}=${encodeURIComponent(key)}`;
}

/**
 * The fragment with this guide's capability set to `key` (or removed when undefined), as "#…" or
 * "" when nothing is left. Other guides' entries and other "name=value" parts stay as they were;
 * a bare anchor ("#heading") goes, because it and a parameter cannot share one fragment. The first
 * guide also replaces a link that names no guide, since that link was its own: an old link must
 * not keep pointing somewhere after the reader has moved on.
 */
export function withCapabilityLink(hash: string, key: string | undefined, writer: ILinkReader): string {
  const ours = capabilityLinkParam(writer.instanceId);
  const kept = fragmentParts(hash)
    .filter((part) => part.value !== undefined && part.name !== ours && !(writer.isFirstGuide && part.name === CAPABILITY_LINK_PARAM))
    .map((part) => part.raw);
  if (key !== undefined && key !== '') kept.push(linkPart(key, writer.instanceId));
  return kept.length === 0 ? '' : `#${kept.join('&')}`;
}

/** The fragment a link to one capability has, with nothing else in it: "#nimm-capability=…". */
export function capabilityLinkHash(key: string, instanceId?: string): string {
  return `#${linkPart(key, instanceId)}`;
}

/**
 * The address to share for one capability: the page's address (path and query kept, as
 * SharePoint needs them) with a fragment that names only that capability.
 */
export function capabilityLinkUrl(pageHref: string, key: string, instanceId?: string): string {
  const hashAt = pageHref.indexOf('#');
  const base = hashAt < 0 ? pageHref : pageHref.slice(0, hashAt);
  return `${base}${capabilityLinkHash(key, instanceId)}`;
}
