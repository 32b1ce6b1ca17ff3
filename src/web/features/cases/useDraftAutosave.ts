import { useCallback, useEffect, useRef, useState } from 'react';
import { deleteDraft, saveDraft, type EntryDraft } from './api.js';

export type DraftStatus =
  | { state: 'idle' }
  | { state: 'saved'; at: Date }
  | { state: 'failed' }
  | { state: 'restored'; at: Date };

const DELAY_MS = 1000;

/**
 * Saves the entry being written about a second after the user stops typing, so that a session
 * that times out (or a closed tab) loses nothing. Saves run one at a time, in order; posting the
 * entry waits for the last one (`settle`) before the draft is deleted, so an old save cannot
 * bring a deleted draft back.
 */
export function useDraftAutosave(caseId: string, enabled: boolean, read: () => EntryDraft) {
  const [status, setStatus] = useState<DraftStatus>({ state: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const readRef = useRef(read);
  readRef.current = read;

  const saveNow = useCallback(() => {
    timer.current = null;
    const draft = readRef.current();
    chain.current = chain.current
      .then(() => saveDraft(caseId, draft))
      .then(() => setStatus({ state: 'saved', at: new Date() }), () => setStatus({ state: 'failed' }));
  }, [caseId]);

  /** Called on every input: (re)starts the one-second wait. */
  const schedule = useCallback(() => {
    if (!enabled) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(saveNow, DELAY_MS);
  }, [enabled, saveNow]);

  /** After the entry is posted: no pending save, then delete the draft. */
  const discard = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!enabled) return;
    const done = chain.current.then(() => deleteDraft(caseId)).catch(() => undefined);
    chain.current = done;
    await done;
    setStatus({ state: 'idle' });
  }, [caseId, enabled]);

  // Leaving the page within the second still saves what was typed.
  useEffect(() => () => {
    if (timer.current) {
      clearTimeout(timer.current);
      const draft = readRef.current();
      void chain.current.then(() => saveDraft(caseId, draft)).catch(() => undefined);
    }
  }, [caseId]);

  return { status, setStatus, schedule, discard };
}
