import { createShiftCounter, SHIFT_PRESSES } from '../../core/shift-shortcut.js';

/**
 * What each quick exit offers the page's one shortcut listener. Kept small and stable: the
 * listener may come from another copy of the library than the exits it serves (a plugin and a
 * theme both load it; a scoped registry defines the class again).
 */
export interface ExitMember extends Element {
  /** Where this exit points by itself: `[2, url]` its own `href`, `[1, url]` its provider's `quick-exit-href`, `[0]` neither. */
  exitTarget(): [rank: number, url?: string];
  /** Leaves the page: one `recovery-quick-exit` event, one navigation. */
  leave(): void;
  /** Tells screen-reader users the shortcut has been pressed `count` times; 0 says nothing. */
  shortcutPressed(count: number): void;
}

/** The page's quick-exit state, one per window whatever the number of exits and library copies. */
export interface QuickExits {
  /** The exits in the page, the first connected first. */
  readonly exits: Set<ExitMember>;
  /** The page's title, while the page is covered. */
  covered?: string;
}

// A global symbol, like the Trusted Types policy: a second copy of the library finds the first
// one's state instead of adding a second keyboard listener (two events, two navigations).
const KEY = Symbol.for('recovery-widgets.quick-exit');

/** The page's quick-exit state; the first call anywhere starts the one keyboard listener. */
export function quickExits(): QuickExits {
  const scope = globalThis as typeof globalThis & { [KEY]?: QuickExits };
  return (scope[KEY] ??= listen({ exits: new Set() }));
}

/**
 * The exit whose destination the shortcut (and any exit pointing nowhere by itself) uses: the
 * first connected exit with its own `href`, else the first whose provider sets
 * `quick-exit-href`, else the first connected.
 */
export function leadingExit(exits: Iterable<ExitMember>): ExitMember | undefined {
  let lead: ExitMember | undefined;
  let best = -1;
  for (const exit of exits) {
    const [rank] = exit.exitTarget();
    if (rank > best) [lead, best] = [exit, rank];
  }
  return lead;
}

/** Hides the page at once: `display: none` on `<html>` (a CSSOM write, allowed under a strict CSP) and no title. */
export function cover(state: QuickExits): void {
  state.covered ??= document.title;
  document.documentElement.style.setProperty('display', 'none', 'important');
  document.title = '';
}

function listen(state: QuickExits): QuickExits {
  const count = createShiftCounter();
  /** Presses last told to screen-reader users, and the exit that told them. */
  let told = 0;
  let teller: ExitMember | undefined;
  const onKey = (event: KeyboardEvent): void => {
    const presses = count(event);
    // Most keys change nothing: typing costs one comparison, not a look at every exit. A count
    // that lapsed is cleared at the next key, so the next press is announced afresh.
    if (presses === told) return;
    const lead = leadingExit(state.exits);
    teller?.shortcutPressed(0);
    told = presses % SHIFT_PRESSES;
    teller = told ? lead : undefined;
    teller?.shortcutPressed(told);
    if (presses === SHIFT_PRESSES) lead?.leave();
  };
  // Capture phase: a page or widget that stops key events must not block the way out.
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('keyup', onKey, true);
  // Back through the back/forward cache: show the page again (its widgets forget their answers
  // themselves, see RecoveryElement.forget).
  addEventListener('pageshow', (event) => {
    if (!event.persisted || state.covered === undefined) return;
    document.documentElement.style.removeProperty('display');
    document.title = state.covered;
    state.covered = undefined;
  });
  return state;
}
