import { progressToKeep, readProgress, setKey, type ItemSet, type Progress } from '../../core/self-check.js';

/**
 * The copy of the visitor's progress this tab keeps when the site opts in with `remember`:
 * the only code that touches storage. A file of its own, loaded only with `remember`, so
 * that a check that stores nothing does not carry it. Storage may be switched off or full
 * (private windows); the check then works from memory alone.
 */
const key = (set: ItemSet) => `recovery-self-check:${setKey(set)}`;

/** The progress kept for this set, if any fits it. */
export function savedProgress(set: ItemSet): Progress | undefined {
  try {
    return readProgress(set, sessionStorage.getItem(key(set)));
  } catch {
    return undefined;
  }
}

/** Keeps screen `at` and `answers` for this set while they are worth keeping (`progressToKeep`); otherwise, or without them, forgets what was kept. */
export function keepProgress(set: ItemSet, at?: number, answers?: Progress['answers']): void {
  const progress = answers && progressToKeep(at!, answers);
  try {
    if (progress) sessionStorage.setItem(key(set), JSON.stringify(progress));
    else sessionStorage.removeItem(key(set));
  } catch {
    // Nothing to do: the answers stay in memory.
  }
}
