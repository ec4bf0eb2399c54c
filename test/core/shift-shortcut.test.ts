import { expect } from '@open-wc/testing';
import { createShiftCounter } from '../../src/core/shift-shortcut.js';

describe('core/shift-shortcut', () => {
  type Key = [key: string, time: number, repeat?: boolean];
  const cases: Array<{ name: string; keys: Key[]; fires: boolean[] }> = [
    { name: 'three quick Shifts', keys: [['Shift', 0], ['Shift', 300], ['Shift', 600]], fires: [false, false, true] },
    { name: 'too slow between presses', keys: [['Shift', 0], ['Shift', 1500], ['Shift', 1800]], fires: [false, false, false] },
    { name: 'slow start, then three quick', keys: [['Shift', 0], ['Shift', 2000], ['Shift', 2200], ['Shift', 2400]], fires: [false, false, false, true] },
    { name: 'another key in between', keys: [['Shift', 0], ['a', 100], ['Shift', 200], ['Shift', 300]], fires: [false, false, false, false] },
    { name: 'held Shift auto-repeats', keys: [['Shift', 0], ['Shift', 30, true], ['Shift', 60, true], ['Shift', 90, true]], fires: [false, false, false, false] },
    { name: 'six presses fire twice', keys: [['Shift', 0], ['Shift', 100], ['Shift', 200], ['Shift', 300], ['Shift', 400], ['Shift', 500]], fires: [false, false, true, false, false, true] },
  ];
  for (const { name, keys, fires } of cases) {
    it(name, () => {
      const onKey = createShiftCounter();
      expect(keys.map(([key, time, repeat]) => onKey(key, time, repeat))).to.deep.equal(fires);
    });
  }
});
