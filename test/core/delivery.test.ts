import { expect } from '@open-wc/testing';
import {
  checkEndpoint,
  classifyStatus,
  createCourier,
  deliver,
  newIdempotencyKey,
  parseRetryAfter,
  retryDelay,
  type DeliveryDeps,
} from '../../src/core/delivery.js';

/** One scripted answer of the fake endpoint: an HTTP status (with headers), a network error, a hang, or a redirect. */
type Step = number | { status: number; headers?: Record<string, string> } | 'network' | 'hang' | 'redirect';

/**
 * Plain-function dependencies: a scripted `fetch` that records what it was sent, and timers
 * that fire at once but record every delay asked for, so backoff is checked without waiting.
 */
function fakes(
  steps: Step[],
  { online = (): boolean => true, random = (): number => 1 }: { online?: () => boolean; random?: () => number } = {},
) {
  const sent: Array<{ url: string; init: RequestInit; headers: Record<string, string>; body: unknown }> = [];
  const delays: number[] = [];
  const timeouts: number[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, init, headers: init.headers as Record<string, string>, body: JSON.parse(init.body as string) });
    const step = steps[Math.min(sent.length - 1, steps.length - 1)];
    if (step === 'network') throw new TypeError('Failed to fetch');
    if (step === 'hang') {
      return new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    if (step === 'redirect') return { type: 'opaqueredirect', status: 0, headers: new Headers() } as Response;
    const { status, headers = {} } = typeof step === 'number' ? { status: step } : step;
    return new Response(null, { status, headers });
  }) as typeof globalThis.fetch;
  const deps: DeliveryDeps = {
    fetch,
    random,
    now: () => Date.parse('2026-03-04T16:00:00Z'),
    isOnline: online,
    // Timeouts are recorded and fire on the next macrotask (after any fetch already answered);
    // sleeps are recorded and resolve at once.
    setTimeout: (callback, ms) => {
      if (ms === OPTIONS.timeout) timeouts.push(ms);
      else delays.push(ms);
      return setTimeout(callback, 0);
    },
    clearTimeout: (handle) => clearTimeout(handle),
  };
  return { deps, sent, delays, timeouts };
}

const REQUEST = { url: 'https://intake.example.org/callback', key: 'key-1', body: { firstName: 'Ana', phone: '303-555-0199' } };
const OPTIONS = { attempts: 4, timeout: 777, backoff: 100, maxDelay: 5000 };

describe('core/delivery', () => {
  describe('classifyStatus', () => {
    const cases: Array<[number, string]> = [
      [200, 'sent'],
      [201, 'sent'],
      [202, 'sent'],
      [204, 'sent'],
      [408, 'retry'],
      [429, 'retry'],
      [500, 'retry'],
      [502, 'retry'],
      [503, 'retry'],
      [504, 'retry'],
      [400, 'reject'],
      [401, 'reject'],
      [403, 'reject'],
      [404, 'reject'],
      [409, 'reject'],
      [413, 'reject'],
      [422, 'reject'],
      [301, 'reject'],
      [0, 'reject'],
    ];
    for (const [status, verdict] of cases) it(`${status} → ${verdict}`, () => expect(classifyStatus(status)).to.equal(verdict));
  });

  describe('retryDelay: exponential with equal jitter, capped', () => {
    const cases: Array<[number, number, number, number, number]> = [
      // attempt, base, random, cap, expected
      [1, 1000, 0, 30000, 500],
      [1, 1000, 0.999999, 30000, 1000],
      [2, 1000, 0.5, 30000, 1500],
      [3, 1000, 0, 30000, 2000],
      [4, 1000, 1, 30000, 8000],
      [10, 1000, 0, 30000, 15000],
      [10, 1000, 1, 30000, 30000],
      [2, 20, 0.5, 30000, 30],
    ];
    for (const [attempt, base, random, cap, expected] of cases) {
      it(`attempt ${attempt}, base ${base}, random ${random} → ${expected} ms`, () =>
        expect(retryDelay(attempt, base, () => random, cap)).to.equal(expected));
    }
  });

  describe('parseRetryAfter', () => {
    const now = Date.parse('2026-03-04T16:00:00Z');
    const cases: Array<[string | null, number | undefined]> = [
      ['1', 1000],
      ['120', 120000],
      [' 3 ', 3000],
      ['Wed, 04 Mar 2026 16:00:30 GMT', 30000],
      ['Wed, 04 Mar 2026 15:00:00 GMT', undefined],
      ['soon', undefined],
      ['-5', undefined],
      ['0', 0],
      ['', undefined],
      [null, undefined],
    ];
    for (const [value, expected] of cases)
      it(`${JSON.stringify(value)} → ${expected}`, () => expect(parseRetryAfter(value, now)).to.equal(expected));
  });

  describe('checkEndpoint: HTTPS only, HTTP for localhost', () => {
    const page = 'https://clinic.example.org/families/';
    const cases: Array<[string, string, string | undefined]> = [
      ['https://intake.example.org/callback', page, 'https://intake.example.org/callback'],
      ['/api/callback', page, 'https://clinic.example.org/api/callback'],
      ['http://localhost:8000/demo/intake', page, 'http://localhost:8000/demo/intake'],
      ['http://127.0.0.1:8104/demo/intake', page, 'http://127.0.0.1:8104/demo/intake'],
      ['/demo/intake', 'http://localhost:8000/', 'http://localhost:8000/demo/intake'],
      ['http://intake.example.org/callback', page, undefined],
      ['/demo/intake', 'http://clinic.example.org/', undefined],
      ['http://localhost.example.org/', page, undefined],
      ['ftp://intake.example.org/', page, undefined],
      ['javascript:alert(1)', page, undefined],
      ['mailto:intake@example.org', page, undefined],
      ['https://', page, undefined],
    ];
    for (const [url, base, expected] of cases) {
      it(`${url} on ${base} → ${expected ?? 'config error'}`, () => {
        const checked = checkEndpoint(url, base);
        if (expected) expect(checked).to.deep.equal({ ok: true, value: expected });
        else expect(checked.ok).to.be.false;
      });
    }
    it('names the bad value', () => {
      expect(checkEndpoint('http://intake.example.org/', page)).to.deep.equal({
        ok: false,
        error: '"http://intake.example.org/" is not an https: URL (http: only for localhost or 127.0.0.1)',
      });
    });
  });

  describe('newIdempotencyKey', () => {
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    it('is a random UUID, different each time', () => {
      const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
      expect(keys.size).to.equal(50);
      for (const key of keys) expect(key).to.match(UUID);
    });
    it('falls back to 32 random hex digits outside secure contexts', () => {
      const keys = new Set(
        Array.from({ length: 20 }, () => newIdempotencyKey({ getRandomValues: crypto.getRandomValues.bind(crypto) } as Crypto)),
      );
      expect(keys.size).to.equal(20);
      for (const key of keys) expect(key).to.match(/^[0-9a-f]{32}$/);
    });
  });

  describe('deliver', () => {
    // [what, endpoint script, outcome, attempts, backoff delays asked for]
    const cases: Array<[string, Step[], string, number, number[]]> = [
      ['200 at once', [200], 'sent', 1, []],
      ['503 then 200', [503, 200], 'sent', 2, [100]],
      ['network error, 502, then 201', ['network', 502, 201], 'sent', 3, [100, 200]],
      ['a hang past the timeout, then 200', ['hang', 200], 'sent', 2, [100]],
      ['408 then 204', [408, 204], 'sent', 2, [100]],
      ['always 503: four attempts, then failed', [503], 'failed', 4, [100, 200, 400]],
      ['always a network error: failed', ['network'], 'failed', 4, [100, 200, 400]],
      ['400: rejected at once, no retry', [400], 'rejected', 1, []],
      ['422 after a 503: rejected', [503, 422], 'rejected', 2, [100]],
      ['a redirect: rejected (a POST must not turn into a GET)', ['redirect'], 'rejected', 1, []],
      ['429 with Retry-After: 2 waits 2 s', [{ status: 429, headers: { 'Retry-After': '2' } }, 200], 'sent', 2, [2000]],
      [
        '503 with an HTTP-date Retry-After',
        [{ status: 503, headers: { 'Retry-After': 'Wed, 04 Mar 2026 16:00:03 GMT' } }, 200],
        'sent',
        2,
        [3000],
      ],
      ['429 without Retry-After: backoff', [429, 200], 'sent', 2, [100]],
      ['429 asking for longer than maxDelay: failed now', [{ status: 429, headers: { 'Retry-After': '60' } }, 200], 'failed', 1, []],
      ['500 with Retry-After is not delayed by it', [{ status: 500, headers: { 'Retry-After': '3' } }, 200], 'sent', 2, [100]],
    ];
    for (const [name, steps, outcome, attempts, delays] of cases) {
      it(name, async () => {
        const fake = fakes(steps);
        const result = await deliver(REQUEST, OPTIONS, fake.deps);
        expect(result.outcome).to.equal(outcome);
        expect(result.attempts).to.equal(attempts);
        expect(fake.sent).to.have.length(attempts);
        expect(fake.delays).to.deep.equal(delays);
      });
    }

    it('sends the same Idempotency-Key, body and headers on every attempt, without cookies or referrer', async () => {
      const fake = fakes(['network', 503, 'hang', 200]);
      await deliver(REQUEST, OPTIONS, fake.deps);
      expect(fake.sent).to.have.length(4);
      for (const { url, init, headers, body } of fake.sent) {
        expect(url).to.equal(REQUEST.url);
        expect(init.method).to.equal('POST');
        expect(headers).to.deep.equal({ 'Content-Type': 'application/json', 'Idempotency-Key': 'key-1' });
        expect(body).to.deep.equal(REQUEST.body);
        expect(init.credentials).to.equal('omit');
        expect(init.referrerPolicy).to.equal('no-referrer');
        expect(init.redirect).to.equal('manual');
      }
    });

    it('arms a timeout for each attempt', async () => {
      const fake = fakes(['hang', 'hang', 200]);
      await deliver(REQUEST, OPTIONS, fake.deps);
      expect(fake.timeouts).to.deep.equal([777, 777, 777]);
    });

    it('jitter spreads the waits', async () => {
      const low = fakes([503], { random: () => 0 });
      await deliver(REQUEST, OPTIONS, low.deps);
      const high = fakes([503], { random: () => 0.999 });
      await deliver(REQUEST, OPTIONS, high.deps);
      expect(low.delays).to.deep.equal([50, 100, 200]);
      expect(high.delays).to.deep.equal([100, 200, 400]);
    });

    it('offline from the start: no attempt, outcome offline', async () => {
      const fake = fakes([200], { online: () => false });
      expect(await deliver(REQUEST, OPTIONS, fake.deps)).to.deep.equal({ outcome: 'offline', attempts: 0, status: undefined });
      expect(fake.sent).to.have.length(0);
    });

    it('a network error while the browser is offline stops retrying: outcome offline', async () => {
      let online = true;
      const fake = fakes([503, 'network'], { online: () => online });
      const original = fake.deps.fetch!;
      fake.deps.fetch = (async (...args: Parameters<typeof fetch>) => {
        const answer = original(...args);
        if (fake.sent.length === 2) online = false;
        return answer;
      }) as typeof fetch;
      const result = await deliver(REQUEST, OPTIONS, fake.deps);
      expect(result).to.deep.equal({ outcome: 'offline', attempts: 2 });
    });

    it('never throws, even when fetch itself throws synchronously', async () => {
      const result = await deliver(
        REQUEST,
        { ...OPTIONS, attempts: 2 },
        {
          ...fakes([200]).deps,
          fetch: (() => {
            throw new TypeError('bad');
          }) as typeof fetch,
        },
      );
      expect(result.outcome).to.equal('failed');
    });
  });

  describe('createCourier: one delivery in flight', () => {
    it('a second send while one is in flight joins it: one request', async () => {
      const fake = fakes([200]);
      const courier = createCourier(fake.deps);
      const first = courier.send(REQUEST, OPTIONS);
      expect(courier.busy).to.be.true;
      const second = courier.send({ ...REQUEST, key: 'key-2' }, OPTIONS);
      expect(second).to.equal(first);
      expect(await second).to.deep.equal({ outcome: 'sent', attempts: 1, status: 200 });
      expect(fake.sent.map((entry) => entry.headers['Idempotency-Key'])).to.deep.equal(['key-1']);
      expect(courier.busy).to.be.false;
      await courier.send(REQUEST, OPTIONS);
      expect(fake.sent).to.have.length(2);
    });
  });
});
