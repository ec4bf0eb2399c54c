/**
 * The quick exit's keyboard shortcut, as GOV.UK's "Exit this page" does it: Shift pressed
 * three times, each press within five seconds of the one before; Shift used as a modifier
 * (Shift+A while typing, Shift+Tab) does not count and starts the count again.
 *
 * A press counts when Shift is released with no other key pressed while it was down: the
 * keyup is the first moment we can tell a lone Shift from the start of Shift+A, which is why
 * GOV.UK counts on keyup too. A plain state machine over key events' type, key and
 * timestamp, so it is tested without a keyboard.
 */

/** Presses that leave the page. */
export const SHIFT_PRESSES = 3;

/** The count starts again after this long without a press (GOV.UK's value). */
export const SHIFT_TIMEOUT_MS = 5000;

/** The parts of a `KeyboardEvent` the counter reads. */
export interface ShortcutKey {
  type: string;
  key: string;
  timeStamp: number;
  repeat?: boolean;
}

/**
 * Makes a counter. Feed it every `keydown` and `keyup`; it returns the presses counted so
 * far (0, 1, 2), or `SHIFT_PRESSES` on the press that completes the shortcut (the count
 * then starts again).
 */
export function createShiftCounter(presses = SHIFT_PRESSES, timeoutMs = SHIFT_TIMEOUT_MS) {
  let count = 0;
  let last = -Infinity;
  /** Shift is down, and no other key has gone down since. */
  let alone = false;
  return function onKey({ type, key, timeStamp, repeat }: ShortcutKey): number {
    if (timeStamp - last > timeoutMs) count = 0;
    if (key !== 'Shift') {
      // Any other key pressed (with or without Shift held) is typing, not the shortcut. Its
      // keyup is not: fast typing releases a letter after the next key went down.
      if (type === 'keydown') {
        count = 0;
        alone = false;
      }
    } else if (type === 'keydown') {
      // Holding Shift down repeats keydown; only a fresh press starts a new one.
      if (!repeat) alone = true;
    } else if (type === 'keyup') {
      // Released after another key: Shift was a modifier.
      count = alone ? count + 1 : 0;
      alone = false;
      last = timeStamp;
      if (count >= presses) {
        count = 0;
        return presses;
      }
    }
    return count;
  };
}
