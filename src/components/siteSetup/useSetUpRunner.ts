import * as React from 'react';
import type { NimmStore } from '../../data/NimmStore';
import type { ModelVersionSummary, Progress, SchemaReport } from '../../data/types';
import { errorText } from '../shell/errorText';

/** The two long operations an owner can start; set-up may run both in turn. */
export type SetUpOperation = 'schema' | 'publish';

/** Where the owner's last action has got to. */
export type SetUpRunState =
  | { phase: 'idle' }
  | { phase: 'running'; operation: SetUpOperation; progress: Progress | null }
  /** Set-up finished; `published` is the default model when it had to be published too. */
  | { phase: 'done'; action: 'set-up'; report: SchemaReport; published: ModelVersionSummary | null }
  | { phase: 'done'; action: 'publish'; published: ModelVersionSummary }
  /**
   * An operation failed. `failedAt` says which; `report` is what set-up had already done when
   * publishing (or the check before it) failed; `previous` is the model in force before.
   */
  | {
      phase: 'failed';
      action: 'set-up' | 'publish';
      failedAt: SetUpOperation;
      message: string;
      report: SchemaReport | null;
      previous: ModelVersionSummary | null;
    };

export interface ISetUpRunner {
  state: SetUpRunState;
  /** The schema version the last set-up in this session left the site at, or null. */
  schemaVersion: number | null;
  /** Creates or upgrades the lists, then publishes the default model if none is in force. */
  runSetUp: () => void;
  /** Publishes the default NHS model as a new version. */
  publishDefault: () => void;
}

/**
 * Runs set-up and publishing, one at a time, reporting progress. `previous` is the model in force
 * as last read, named when publishing fails; `onChanged` is called after every attempt, whatever
 * its outcome, so the status on screen shows what the site now holds.
 */
export function useSetUpRunner(store: NimmStore, previous: ModelVersionSummary | null, onChanged: () => Promise<void>): ISetUpRunner {
  const [state, setState] = React.useState<SetUpRunState>({ phase: 'idle' });
  const [schemaVersion, setSchemaVersion] = React.useState<number | null>(null);
  // The latest props, read when an operation starts or ends rather than captured when it began.
  const latest = React.useRef({ store, previous, onChanged });
  latest.current = { store, previous, onChanged };
  const running = React.useRef(false);
  const mounted = React.useRef(true);
  React.useEffect(() => () => {
    mounted.current = false;
  }, []);

  const update = React.useCallback((next: SetUpRunState): void => {
    if (mounted.current) setState(next);
  }, []);

  const run = React.useCallback(
    (action: 'set-up' | 'publish') => {
      // A second click while one operation runs must not start another next to it.
      if (running.current) return;
      running.current = true;
      const { store: current, previous: before } = latest.current;
      let stage: SetUpOperation = action === 'set-up' ? 'schema' : 'publish';
      let report: SchemaReport | null = null;
      const progressOf = (operation: SetUpOperation) => (progress: Progress) => update({ phase: 'running', operation, progress });

      const work = async (): Promise<SetUpRunState> => {
        if (action === 'publish') {
          update({ phase: 'running', operation: 'publish', progress: null });
          const published = await current.publishDefaultModel(progressOf('publish'));
          return { phase: 'done', action, published };
        }
        update({ phase: 'running', operation: 'schema', progress: null });
        report = await current.ensureSchema(progressOf('schema'));
        const reached = report.toVersion;
        if (mounted.current) setSchemaVersion(reached);
        // Asked again rather than taken from the screen: the lists may have been missing until
        // now, or someone may have published meanwhile, and a second default model is noise.
        const inForce = await current.getPublishedModel();
        if (inForce) return { phase: 'done', action, report, published: null };
        stage = 'publish';
        update({ phase: 'running', operation: 'publish', progress: null });
        const published = await current.publishDefaultModel(progressOf('publish'));
        return { phase: 'done', action, report, published };
      };

      work()
        .then(
          (outcome) => update(outcome),
          (error: unknown) =>
            update({ phase: 'failed', action, failedAt: stage, message: errorText(error), report, previous: before })
        )
        .then(() => {
          running.current = false;
          return mounted.current ? latest.current.onChanged() : undefined;
        })
        .catch(() => undefined);
    },
    [update]
  );

  const runSetUp = React.useCallback(() => run('set-up'), [run]);
  const publishDefault = React.useCallback(() => run('publish'), [run]);
  return { state, schemaVersion, runSetUp, publishDefault };
}
