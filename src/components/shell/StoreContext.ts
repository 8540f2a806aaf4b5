import * as React from 'react';
import type { NimmStore } from '../../data/NimmStore';

/** The site's store, given once by the app shell to every component below it. */
export const StoreContext = React.createContext<NimmStore | null>(null);

/** The address of the site the store reads (keys what the browser keeps per site). */
export const SiteUrlContext = React.createContext<string>('');

/** The site's address, or the page's when the host gave none. */
export function useSiteUrl(): string {
  const given = React.useContext(SiteUrlContext);
  return given || (typeof window !== 'undefined' ? `${window.location.origin}${window.location.pathname}` : '');
}

/** The store of the app shell above; a component outside a shell is a programming error. */
export function useStore(): NimmStore {
  const store = React.useContext(StoreContext);
  if (store === null) throw new Error('useStore() needs a NimmAppShell (or StoreContext.Provider) above it.');
  return store;
}
