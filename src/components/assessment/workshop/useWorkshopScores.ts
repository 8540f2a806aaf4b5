import * as React from 'react';
import type { WorkshopScoreChanges, WorkshopScores } from '../../../data/types';
import { errorText, useStore } from '../../shell';

/** Where saving the user's own workshop scores stands; always on screen and announced. */
export type WorkshopSaveState = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export interface IWorkshopScores {
  /** The user's scores as chosen on this page: perspective key to a level, null where blank. */
  scores: Record<string, number | null>;
  state: WorkshopSaveState;
  /** Chooses a level (or blank) for a perspective; it is saved a moment later. */
  choose: (perspective: string, level: number | null) => void;
  /** Sends what is not saved yet, now (after a failure). */
  saveNow: () => void;
}

/** How long after the last choice the scores are saved: choices made in a row go together. */
const AUTOSAVE_MS = 500;

/**
 * Saves the signed-in user's workshop scores as they choose them. Only the perspectives changed
 * since the last save are sent (the store applies them to the stored item, so a change made in
 * another tab to another perspective is kept). One save at a time; choices made during a save go
 * in the next. A failed save keeps the choices and offers to send them again. `onSaved` lets the
 * panel read the workshop again (who has scored).
 */
export function useWorkshopScores(assessmentId: number, capability: string, loaded: WorkshopScores | null, onSaved: () => void): IWorkshopScores {
  const store = useStore();
  const [scores, setScores] = React.useState<Record<string, number | null>>(() => ({ ...(loaded?.scores ?? {}) }));
  const [state, setState] = React.useState<WorkshopSaveState>({ kind: 'idle' });
  const unsent = React.useRef<WorkshopScoreChanges>({});
  const sending = React.useRef(false);
  const alive = React.useRef(true);
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  const onSavedRef = React.useRef(onSaved);
  onSavedRef.current = onSaved;

  const send = React.useCallback((): void => {
    if (sending.current || !alive.current || Object.keys(unsent.current).length === 0) return;
    const changes = unsent.current;
    unsent.current = {};
    sending.current = true;
    setState({ kind: 'saving' });
    store.saveWorkshopScores(assessmentId, capability, changes).then(
      () => {
        sending.current = false;
        if (!alive.current) return;
        if (Object.keys(unsent.current).length > 0) {
          send();
          return;
        }
        setState({ kind: 'saved' });
        onSavedRef.current();
      },
      (error: unknown) => {
        sending.current = false;
        // Put the changes back under any made since, which are newer.
        unsent.current = { ...changes, ...unsent.current };
        if (alive.current) setState({ kind: 'failed', message: errorText(error) });
      }
    );
  }, [store, assessmentId, capability]);

  const choose = React.useCallback(
    (perspective: string, level: number | null) => {
      setScores((s) => ({ ...s, [perspective]: level }));
      unsent.current = { ...unsent.current, [perspective]: level };
      setState((s) => (s.kind === 'saving' ? s : { kind: 'pending' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(send, AUTOSAVE_MS);
    },
    [send]
  );

  const saveNow = React.useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    send();
  }, [send]);

  React.useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (timer.current) clearTimeout(timer.current);
      // Leaving with a choice not yet sent (the capability closed, workshop mode turned off):
      // send it now, best effort, so the last choice is not lost.
      if (!sending.current && Object.keys(unsent.current).length > 0) {
        store.saveWorkshopScores(assessmentId, capability, unsent.current).catch(() => undefined);
      }
    };
  }, [store, assessmentId, capability]);

  return { scores, state, choose, saveNow };
}
