import * as React from 'react';
import type { NimmStore } from '../../data/NimmStore';

/** The site's store, given once by the app shell to every component below it. */
export const StoreContext = React.createContext<NimmStore | null>(null);

/** The store of the app shell above; a component outside a shell is a programming error. */
export function useStore(): NimmStore {
  const store = React.useContext(StoreContext);
  if (store === null) throw new Error('useStore() needs a NimmAppShell (or StoreContext.Provider) above it.');
  return store;
}
