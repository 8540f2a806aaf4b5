import * as React from 'react';
import { isObservable, type StoreTopic } from '../../data/cache/PageStore';
import type { NimmStore } from '../../data/NimmStore';
import { errorText } from './errorText';
import { useStore } from './StoreContext';

/** Where a read has got to. A failure keeps only a message written for people. */
export type DataState<T> =
  | { status: 'loading' }
  | { status: 'loaded'; value: T }
  | { status: 'failed'; message: string; error: unknown };

export interface IStoreData<T> {
  state: DataState<T>;
  /** Reads again from scratch (after a failure), showing the loading state meanwhile. */
  retry: () => void;
  /**
   * Reads again without leaving what is on screen, after a change. If that read fails, the last
   * value stays on screen: the change's own outcome is what the person is looking at.
   */
  refresh: () => Promise<void>;
}

export interface IStoreDataOptions {
  /** Changes on the page (from this web part or another) that make the data stale. */
  refreshOn?: StoreTopic[];
  /** Values whose change means a different read (an assessment id): the read starts again. */
  key?: string | number;
}

/**
 * Reads from the site's store once on mount, again when `key` changes, on retry, and (quietly)
 * when another part of the page changes one of the `refreshOn` topics. Only the newest read may
 * set state, and none after unmount, so a slow answer never overwrites a newer one. The read
 * function is held in a ref: a re-render (a theme change) passes a new one and must not read again.
 */
export function useStoreData<T>(read: (store: NimmStore) => Promise<T>, options: IStoreDataOptions = {}): IStoreData<T> {
  const store = useStore();
  const readRef = React.useRef(read);
  readRef.current = read;
  const [attempt, setAttempt] = React.useState(0);
  const [state, setState] = React.useState<DataState<T>>({ status: 'loading' });
  const latest = React.useRef(0);
  React.useEffect(
    () => () => {
      latest.current = -1;
    },
    []
  );

  React.useEffect(() => {
    const mine = ++latest.current;
    setState({ status: 'loading' });
    // Promise.resolve().then(...) also turns a read that throws synchronously into a failure.
    Promise.resolve()
      .then(() => readRef.current(store))
      .then(
        (value) => {
          if (latest.current === mine) setState({ status: 'loaded', value });
        },
        (error: unknown) => {
          if (latest.current === mine) setState({ status: 'failed', message: errorText(error), error });
        }
      );
  }, [attempt, store, options.key]);

  const refresh = React.useCallback((): Promise<void> => {
    if (latest.current < 0) return Promise.resolve();
    const mine = ++latest.current;
    return Promise.resolve()
      .then(() => readRef.current(store))
      .then(
        (value) => {
          if (latest.current === mine) setState({ status: 'loaded', value });
        },
        () => undefined
      );
  }, [store]);

  const topics = (options.refreshOn ?? []).join(',');
  React.useEffect(() => {
    if (topics === '' || !isObservable(store)) return undefined;
    const wanted = topics.split(',');
    return store.subscribe((changed) => {
      if (changed.some((t) => wanted.indexOf(t) >= 0)) refresh().catch(() => undefined);
    });
  }, [store, topics, refresh]);

  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry, refresh };
}
