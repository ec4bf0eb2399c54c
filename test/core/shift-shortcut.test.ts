import { expect } from '@open-wc/testing';
import { createShiftCounter, SHIFT_PRESSES, SHIFT_TIMEOUT_MS } from '../../src/core/shift-shortcut.js';

/** A key event as the counter sees it: `↓Shift@0` is a keydown of Shift at 0 ms, `↑a@40` a keyup of "a", `↓Shift@30r` an auto-repeat. */
function key(spec: string) {
  const [, arrow, name, time, repeat] = /^([↓↑])(.+)@(\d+)(r?)$/.exec(spec)!;
  return { type: arrow === '↓' ? 'keydown' : 'keyup', key: name, timeStamp: Number(time), repeat: repeat === 'r' };
}

/** A lone press of Shift at `time`: down, then up 60 ms later. */
const shift = (time: number) => [`↓Shift@${time}`, `↑Shift@${time + 60}`];

describe('core/shift-shortcut', () => {
  it('uses GOV.UK’s numbers: three presses, five seconds', () => {
    expect(SHIFT_PRESSES).to.equal(3);
    expect(SHIFT_TIMEOUT_MS).to.equal(5000);
  });

  // `counts` is what the counter returns after each key event: presses so far, 3 on the one that leaves.
  const cases: Array<{ name: string; keys: string[]; counts: number[] }> = [
    {
      name: 'three lone presses leave, on the third release',
      keys: [...shift(0), ...shift(300), ...shift(600)],
      counts: [0, 1, 1, 2, 2, 3],
    },
    {
      name: 'each press within 5 s of the last is enough (not all three within 5 s)',
      keys: [...shift(0), ...shift(4900), ...shift(9800)],
      counts: [0, 1, 1, 2, 2, 3],
    },
    { name: 'more than 5 s without a press starts again', keys: [...shift(0), ...shift(300), ...shift(5500)], counts: [0, 1, 1, 2, 0, 1] },
    {
      name: 'Shift+A (typing a capital) does not count, and resets',
      keys: [...shift(0), '↓Shift@200', '↓a@250', '↑a@300', '↑Shift@350', ...shift(400)],
      counts: [0, 1, 1, 0, 0, 0, 0, 1],
    },
    {
      name: 'Shift released after another key (A down, Shift down, A up) still counts',
      keys: ['↓a@0', '↓Shift@20', '↑a@40', '↑Shift@80'],
      counts: [0, 0, 0, 1],
    },
    {
      name: 'another key between presses resets',
      keys: [...shift(0), ...shift(200), '↓Tab@300', '↑Tab@350', ...shift(400)],
      counts: [0, 1, 1, 2, 0, 0, 0, 1],
    },
    {
      name: 'typing "Hi There" with capitals never leaves',
      keys: ['↓Shift@0', '↓h@20', '↑h@40', '↑Shift@60', '↓i@80', '↑i@100', '↓Shift@200', '↓t@220', '↑Shift@240', '↑t@250'],
      counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    },
    {
      name: 'Shift held down (auto-repeat) is one press',
      keys: ['↓Shift@0', '↓Shift@500r', '↓Shift@530r', '↓Shift@560r', '↑Shift@600'],
      counts: [0, 0, 0, 0, 1],
    },
    {
      name: 'a keyup of Shift without its keydown (pressed before the page had focus) resets',
      keys: [...shift(0), '↑Shift@300'],
      counts: [0, 1, 0],
    },
    { name: 'six presses leave twice', keys: [0, 100, 200, 300, 400, 500].flatMap(shift), counts: [0, 1, 1, 2, 2, 3, 0, 1, 1, 2, 2, 3] },
    { name: 'a keyup of another key does not reset', keys: [...shift(0), '↑a@100', ...shift(200)], counts: [0, 1, 1, 1, 2] },
    {
      name: 'events without a key (some browsers’ autofill) reset like any other key',
      keys: [...shift(0), '↓undefined@100', ...shift(200)],
      counts: [0, 1, 0, 0, 1],
    },
  ];
  for (const { name, keys, counts } of cases) {
    it(name, () => {
      const onKey = createShiftCounter();
      expect(keys.map((spec) => onKey(key(spec)))).to.deep.equal(counts);
    });
  }

  it('a key event with key undefined does not throw', () => {
    const onKey = createShiftCounter();
    expect(onKey({ type: 'keydown', key: undefined as unknown as string, timeStamp: 0 })).to.equal(0);
  });
});
