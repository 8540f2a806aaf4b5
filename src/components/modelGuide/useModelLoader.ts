import * as React from 'react';
import type { Model } from '../../nimm/model/schema';

/** Where loading the model has got to. A failure keeps no error detail: users see a plain message. */
export type ModelLoadState =
  | { status: 'loading' }
  | { status: 'loaded'; model: Model }
  | { status: 'failed' };

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
export function useModelLoader(loadModel: () => Promise<Model>): IModelLoader {
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
        (model) => {
          if (current) setState({ status: 'loaded', model });
        },
        () => {
          if (current) setState({ status: 'failed' });
        }
      );
    return () => {
      current = false;
    };
  }, [attempt]);

  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
