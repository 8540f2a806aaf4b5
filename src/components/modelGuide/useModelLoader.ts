import * as React from 'react';
import type { Model } from '../../nimm/model/schema';
import { isStoreError } from '../../data/errors';
import type { IGuideModelSource } from './IModelGuideAppProps';

/**
 * Where loading the model has got to. A failure keeps only a message written for users (a
 * StoreError's, which says what failed and where); anything else gets the generic message.
 */
export type ModelLoadState =
  | { status: 'loading' }
  | { status: 'loaded'; model: Model; notice?: string }
  | { status: 'failed'; message?: string };

function isSource(value: Model | IGuideModelSource): value is IGuideModelSource {
  return 'model' in value && !('capabilities' in value);
}

export interface IModelLoader {
  state: ModelLoadState;
  /** Loads the model again after a failure. */
  retry: () => void;
}

/**
 * Loads the model once on mount and again on retry. The loader is read through a ref because the
 * web part passes a new function on every render (a theme change re-renders it), and that must
 * not start another round trip to SharePoint.
 */
export function useModelLoader(loadModel: () => Promise<Model | IGuideModelSource>): IModelLoader {
  const loaderRef = React.useRef(loadModel);
  loaderRef.current = loadModel;
  const [attempt, setAttempt] = React.useState(0);
  const [state, setState] = React.useState<ModelLoadState>({ status: 'loading' });

  React.useEffect(() => {
    // Ignore a result that arrives after unmount or after a newer attempt has started.
    let current = true;
    setState({ status: 'loading' });
    // Promise.resolve().then(...) also turns a loader that throws synchronously into a failure.
    Promise.resolve()
      .then(() => loaderRef.current())
      .then(
        (loaded) => {
          if (!current) return;
          setState(isSource(loaded) ? { status: 'loaded', model: loaded.model, notice: loaded.notice } : { status: 'loaded', model: loaded });
        },
        (error: unknown) => {
          if (current) setState({ status: 'failed', message: isStoreError(error) ? error.message : undefined });
        }
      );
    return () => {
      current = false;
    };
  }, [attempt]);

  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
