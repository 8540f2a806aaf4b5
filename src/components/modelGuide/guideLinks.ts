import * as React from 'react';
import { capabilityLinkHash, capabilityLinkUrl } from './capabilityLink';

/** How the parts of one guide link to a capability; given by the guide (see useCapabilityAddress). */
export interface IGuideLinks {
  /** The href of a link inside the guide ("#nimm-capability=…"), so "Open in new tab" and "Copy link address" work. */
  hrefFor: (key: string) => string;
  /** The whole address to share for a capability. */
  urlFor: (key: string) => string;
  /** Records a jump in the address (from the capability whose link was followed), so Back returns. */
  recordJump: (to: string, from?: string) => void;
}

/** Links for a guide with no instance id; a guide rendered by ModelGuide always provides its own. */
export const GuideLinksContext = React.createContext<IGuideLinks>({
  hrefFor: (key) => capabilityLinkHash(key),
  urlFor: (key) => capabilityLinkUrl(typeof window === 'undefined' ? '' : window.location.href, key),
  recordJump: () => undefined
});
