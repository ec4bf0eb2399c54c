/**
 * Counts Shift presses for the quick exit's "press Shift three times" shortcut: three
 * presses, each within `windowMs` of the previous, with no other key in between. A plain
 * state machine over key names and timestamps, so it is tested without a keyboard.
 */
export function createShiftCounter(presses = 3, windowMs = 1000) {
  let count = 0;
  let last = -Infinity;
  /** Feed every keydown; returns true on the press that completes the shortcut. */
  return function onKey(key: string, time: number, repeat = false): boolean {
    if (key !== 'Shift') {
      count = 0;
      return false;
    }
    // Holding Shift down auto-repeats keydown; only fresh presses count.
    if (repeat) return false;
    count = time - last <= windowMs ? count + 1 : 1;
    last = time;
    if (count < presses) return false;
    count = 0;
    return true;
  };
}
