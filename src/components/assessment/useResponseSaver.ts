import * as React from 'react';
import { isStoreError } from '../../data/errors';
import { draftOf } from '../../data/mappers/response';
import { sameDraft } from '../../data/merge/mergeResponse';
import type { FieldConflict, ResponseDraft, StoredResponse } from '../../data/types';
import { errorText, useStore } from '../shell';
import { forgetDraft, keepDraft, readDraft } from './draftStorage';

/** Where saving one capability's response stands; always visible and announced. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; merged: boolean }
  /** SharePoint is busy or out of reach: the draft is kept and sent again at `retryAt`. */
  | { kind: 'waiting'; message: string; retryAt: number }
  /** Refused for a reason a retry will not fix (rights, a locked response, bad data). */
  | { kind: 'failed'; message: string }
  /** Someone else changed the same answers: the person chooses, nothing is saved until then. */
  | { kind: 'conflict'; conflicts: FieldConflict[]; latest: StoredResponse; merged: ResponseDraft };

export interface IResponseSaver {
  draft: ResponseDraft;
  state: SaveState;
  /** The response as last saved or loaded (the base of the next save). */
  base: StoredResponse | null;
  /** True when the draft came back from the browser's storage (an earlier visit's unsent edits). */
  restored: boolean;
  /** Records an edit; it is saved a moment later (autosave), and kept in the browser until then. */
  edit: (change: (draft: ResponseDraft) => ResponseDraft) => void;
  /** Saves now (the "Save now" button, or leaving the capability). */
  saveNow: () => void;
  /** Saves the choices made in a conflict against the newer version. */
  resolve: (choice: ResponseDraft) => void;
}

/** How long after the last keystroke an edit is saved. */
const AUTOSAVE_MS = 800;
/** How soon a save is tried again after the network dropped or SharePoint was unavailable. */
const RETRY_MS = 15000;

/**
 * Saves one capability's response as the person edits it: a moment after the last change, one
 * save at a time (edits made during a save go in the next one), merging with other people's
 * saves through the store. Unsent edits are kept in the browser until SharePoint has them, and
 * come back after a reload. `onSaved` hands the saved response to the screen.
 */
export function useResponseSaver(
  site: string,
  assessmentId: number,
  capability: string,
  loaded: StoredResponse | null,
  initial: ResponseDraft,
  onSaved: (response: StoredResponse) => void
): IResponseSaver {
  const store = useStore();
  const kept = React.useMemo(() => readDraft(site, assessmentId, capability), [site, assessmentId, capability]);
  const [draft, setDraft] = React.useState<ResponseDraft>(kept ? kept.draft : initial);
  const [state, setState] = React.useState<SaveState>(kept ? { kind: 'pending' } : { kind: 'idle' });
  const base = React.useRef<StoredResponse | null>(kept ? kept.base : loaded);
  const latestDraft = React.useRef(draft);
  const sending = React.useRef(false);
  const dirty = React.useRef(kept !== null);
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = React.useRef(true);
  const onSavedRef = React.useRef(onSaved);
  onSavedRef.current = onSaved;

  const schedule = React.useCallback((ms: number, run: () => void) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(run, ms);
  }, []);

  const send = React.useCallback((): void => {
    if (sending.current || !dirty.current || !alive.current) return;
    sending.current = true;
    dirty.current = false;
    const sent = latestDraft.current;
    setState({ kind: 'saving' });
    store.saveResponse(assessmentId, { capability, base: base.current, draft: sent }).then(
      (result) => {
        sending.current = false;
        if (!alive.current) return;
        if (result.status === 'conflict') {
          dirty.current = true;
          setState({ kind: 'conflict', conflicts: result.conflicts, latest: result.latest, merged: result.merged });
          return;
        }
        base.current = result.response;
        onSavedRef.current(result.response);
        if (dirty.current) {
          // Edited while this save was out: send the newer draft against the new version.
          keepDraft(site, assessmentId, capability, { base: base.current, draft: latestDraft.current, keptAt: Date.now() });
          send();
          return;
        }
        forgetDraft(site, assessmentId, capability);
        // A "merge" that brought nothing new (the same edit already arrived, say from this browser
        // before a reload) is, for the person, simply saved.
        const broughtNews = result.status === 'merged' && !sameDraft(draftOf(result.response), sent);
        if (broughtNews) {
          // Someone else's changes are now part of the response: show them.
          latestDraft.current = draftOf(result.response);
          setDraft(latestDraft.current);
        }
        setState({ kind: 'saved', at: new Date(), merged: broughtNews });
      },
      (error: unknown) => {
        sending.current = false;
        dirty.current = true;
        if (!alive.current) return;
        const message = errorText(error);
        if (isStoreError(error) && (error.kind === 'throttled' || error.kind === 'unavailable' || error.kind === 'network')) {
          const wait = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : RETRY_MS;
          setState({ kind: 'waiting', message, retryAt: Date.now() + wait });
          schedule(wait, send);
          return;
        }
        setState({ kind: 'failed', message });
      }
    );
  }, [store, site, assessmentId, capability, schedule]);

  const edit = React.useCallback(
    (change: (d: ResponseDraft) => ResponseDraft) => {
      const next = change(latestDraft.current);
      latestDraft.current = next;
      dirty.current = true;
      setDraft(next);
      keepDraft(site, assessmentId, capability, { base: base.current, draft: next, keptAt: Date.now() });
      setState((s) => (s.kind === 'conflict' || s.kind === 'waiting' ? s : { kind: 'pending' }));
      schedule(AUTOSAVE_MS, send);
    },
    [site, assessmentId, capability, schedule, send]
  );

  const saveNow = React.useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    send();
  }, [send]);

  const resolve = React.useCallback(
    (choice: ResponseDraft) => {
      setState((s) => {
        if (s.kind === 'conflict') base.current = s.latest;
        return { kind: 'pending' };
      });
      latestDraft.current = choice;
      dirty.current = true;
      setDraft(choice);
      keepDraft(site, assessmentId, capability, { base: base.current, draft: choice, keptAt: Date.now() });
      schedule(0, send);
    },
    [site, assessmentId, capability, schedule, send]
  );

  React.useEffect(() => {
    alive.current = true;
    // Edits left unsent by an earlier visit go out at once.
    if (kept) schedule(0, send);
    const online = (): void => {
      if (dirty.current) send();
    };
    window.addEventListener('online', online);
    return () => {
      alive.current = false;
      window.removeEventListener('online', online);
      if (timer.current) clearTimeout(timer.current);
      // Leaving the capability with an edit not yet sent: send it now. It stays kept in the
      // browser until SharePoint has it, so a failure here loses nothing.
      if (dirty.current && !sending.current) {
        store.saveResponse(assessmentId, { capability, base: base.current, draft: latestDraft.current }).then(
          (result) => {
            if (result.status === 'conflict') return;
            forgetDraft(site, assessmentId, capability);
            onSavedRef.current(result.response);
          },
          () => undefined
        );
      }
    };
  }, [kept, schedule, send, store, site, assessmentId, capability]);

  return { draft, state, base: base.current, restored: kept !== null, edit, saveNow, resolve };
}
