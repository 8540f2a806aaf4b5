import * as React from 'react';
import type { NimmStore } from '../../data/NimmStore';
import { errorText } from './siteSetupText';
import { type ISiteStatus, readSiteStatus } from './siteStatus';

/** Where reading the site's status has got to. */
export type SiteStatusState =
  | { status: 'loading' }
  | { status: 'loaded'; site: ISiteStatus }
  | { status: 'failed'; message: string };

export interface ISiteStatusLoader {
  state: SiteStatusState;
  /** Reads the status again from scratch (after a failure), showing the spinner meanwhile. */
  retry: () => void;
  /**
   * Reads the status again without a spinner, after set-up or publishing changed it. If the read
   * fails the last status stays on screen: the operation's own outcome is what matters then.
   */
  refresh: () => Promise<void>;
}

/**
 * Reads the status once on mount and again on retry. The store is read through a ref so that a
 * re-render with a new store object (a theme change) does not start another round of reads.
 */
export function useSiteStatus(store: NimmStore): ISiteStatusLoader {
  const storeRef = React.useRef(store);
  storeRef.current = store;
  const [attempt, setAttempt] = React.useState(0);
  const [state, setState] = React.useState<SiteStatusState>({ status: 'loading' });
  // Only the newest read may set state, and none after unmount.
  const latestRead = React.useRef(0);
  React.useEffect(() => () => {
    latestRead.current = -1;
  }, []);

  React.useEffect(() => {
    const read = ++latestRead.current;
    setState({ status: 'loading' });
    // Promise.resolve().then(...) also turns a store that throws synchronously into a failure.
    Promise.resolve()
      .then(() => readSiteStatus(storeRef.current))
      .then(
        (site) => {
          if (latestRead.current === read) setState({ status: 'loaded', site });
        },
        (error: unknown) => {
          if (latestRead.current === read) setState({ status: 'failed', message: errorText(error) });
        }
      );
  }, [attempt]);

  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);

  const refresh = React.useCallback((): Promise<void> => {
    if (latestRead.current < 0) return Promise.resolve();
    const read = ++latestRead.current;
    return Promise.resolve()
      .then(() => readSiteStatus(storeRef.current))
      .then(
        (site) => {
          if (latestRead.current === read) setState({ status: 'loaded', site });
        },
        () => undefined
      );
  }, []);

  return { state, retry, refresh };
}
