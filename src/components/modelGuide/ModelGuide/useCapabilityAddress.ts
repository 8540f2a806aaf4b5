import * as React from 'react';
import {
  capabilityLinkHash,
  capabilityLinkUrl,
  type ILinkReader,
  parseCapabilityLink,
  withCapabilityLink
} from '../capabilityLink';
import type { IGuideLinks } from '../guideLinks';
import type { IGuideData } from '../modelGuideLogic';

/** Marks each guide's root on the page, so a guide can tell whether it comes first. */
export const GUIDE_ROOT_ATTRIBUTE = 'data-nimm-guide';

export interface ICapabilityAddressArgs {
  guide: IGuideData;
  /** The web part instance id, when the host gives one; links then name this guide. */
  instanceId?: string;
  /** The guide's root element, carrying GUIDE_ROOT_ATTRIBUTE. */
  rootRef: React.RefObject<HTMLElement>;
  /** Shows, opens, scrolls to and focuses a capability. */
  open: (key: string) => void;
}

/**
 * Ties the guide to the page's address (see capabilityLink.ts for the format and why): opening
 * the page with a link to a capability opens it; a jump inside the guide adds an entry to the
 * browser's history, and Back or Forward opens the capability that entry names.
 */
export function useCapabilityAddress({ guide, instanceId, rootRef, open }: ICapabilityAddressArgs): IGuideLinks {
  const openRef = React.useRef(open);
  openRef.current = open;
  // The fragment last acted on or written: a history step fires both popstate and hashchange,
  // and a model refreshed on the page must not send focus back to the link's capability.
  const lastHash = React.useRef<string | undefined>(undefined);

  const reader = React.useCallback((): ILinkReader => {
    const first = typeof document === 'undefined' ? null : document.querySelector(`[${GUIDE_ROOT_ATTRIBUTE}]`);
    return { instanceId, isFirstGuide: !!rootRef.current && first === rootRef.current };
  }, [instanceId, rootRef]);

  React.useEffect(() => {
    const follow = (): void => {
      const hash = window.location.hash;
      if (hash === lastHash.current) return;
      lastHash.current = hash;
      const key = parseCapabilityLink(hash, reader());
      if (key !== undefined && guide.capabilitiesByKey.has(key)) openRef.current(key);
    };
    follow();
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, [guide, reader]);

  return React.useMemo(
    (): IGuideLinks => ({
      hrefFor: (key) => capabilityLinkHash(key, instanceId),
      urlFor: (key) => capabilityLinkUrl(window.location.href, key, instanceId),
      recordJump: (to, from) => {
        const me = reader();
        // A second guide with no instance id has no entry of its own: the first guide answers
        // links that name no guide, so this one leaves the address alone.
        if (!me.instanceId && !me.isFirstGuide) return;
        const { history, location } = window;
        // pushState rather than setting location.hash: no hashchange for SharePoint's anchor
        // scrolling to react to, and the router's own history.state is passed on untouched.
        const urlWith = (hash: string): string => `${location.pathname}${location.search}${hash}`;
        try {
          if (from !== undefined && parseCapabilityLink(location.hash, me) !== from) {
            // The entry being left names where the reader was, so Back returns there.
            history.replaceState(history.state, '', urlWith(withCapabilityLink(location.hash, from, me)));
          }
          history.pushState(history.state, '', urlWith(withCapabilityLink(location.hash, to, me)));
          lastHash.current = location.hash;
        } catch {
          // A sandboxed frame may refuse to change history; the jump itself has still happened.
        }
      }
    }),
    [instanceId, reader]
  );
}
