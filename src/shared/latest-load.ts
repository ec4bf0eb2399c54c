/**
 * "Latest load wins": a widget whose `src` changes while its JSON is still on the way must
 * use the newest answer, whichever request finishes first. Each load asks `start()` for a
 * check to run after its `await`s; only the most recent load's check says yes.
 */
export class LatestLoad {
  #count = 0;

  /** Whether any load has started yet (the first update starts one even without `src`). */
  get started(): boolean {
    return this.#count > 0;
  }

  /** Starts a load. The function returned says whether it is still the latest one. */
  start(): () => boolean {
    const id = ++this.#count;
    return () => id === this.#count;
  }
}
