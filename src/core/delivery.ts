/**
 * Delivering a callback request: a JSON POST that must arrive once, neither lost nor doubled.
 *
 * - Each request carries one `Idempotency-Key`, the same on every attempt, so an endpoint
 *   that got a request whose answer never reached us can recognise the retry.
 * - Each attempt has a timeout (AbortController); network errors, timeouts, 408, 429 and
 *   5xx are retried with exponential backoff and jitter (429 and 503 after `Retry-After`);
 *   other 4xx and redirects are final: trying again would not help.
 * - When the browser says it is offline, we stop and report it, so the element can wait for
 *   the `online` event rather than spend its attempts.
 * - One delivery at a time: a second `send()` while one is in flight joins the first.
 *
 * No DOM: `fetch`, timers, randomness and the clock come in as dependencies, so the rules
 * are tested as plain functions.
 */
import { type Checked, invalid, valid } from './config.js';

export interface DeliveryRequest {
  /** The endpoint, already checked by `checkEndpoint`. */
  url: string;
  /** Sent as the `Idempotency-Key` header; the same for every attempt of one request. */
  key: string;
  body: object;
}

export interface DeliveryOptions {
  /** Most attempts in all (default 4). */
  attempts?: number;
  /** Milliseconds before one attempt is abandoned (default 10 000). */
  timeout?: number;
  /** Base of the exponential backoff in ms: about 1×, 2×, 4× … this between attempts (default 1000). */
  backoff?: number;
  /** Longest wait between attempts in ms; a `Retry-After` beyond it ends the delivery (default 30 000). */
  maxDelay?: number;
}

export interface DeliveryDeps {
  fetch?: typeof fetch;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: never) => void;
  /** Uniform in [0, 1), for jitter. */
  random?: () => number;
  /** Milliseconds since the epoch, for `Retry-After` dates. */
  now?: () => number;
  /** False when the browser knows it has no network (`navigator.onLine`). */
  isOnline?: () => boolean;
}

/**
 * How a delivery ended. `sent`: the endpoint accepted it (2xx). `rejected`: it answered a
 * final "no" (4xx other than 408/429, or a redirect). `failed`: every attempt met a network
 * error, timeout or 408/429/5xx. `offline`: the browser went offline; retry on `online`.
 */
export type DeliveryOutcome = 'sent' | 'rejected' | 'failed' | 'offline';

export interface DeliveryResult {
  outcome: DeliveryOutcome;
  /** Attempts made by this delivery (0 when offline from the start). */
  attempts: number;
  /** The last HTTP status, if any answer came; 0 for a redirect. */
  status?: number;
}

export const DEFAULT_DELIVERY: Required<DeliveryOptions> = { attempts: 4, timeout: 10_000, backoff: 1000, maxDelay: 30_000 };

/** What to do with an HTTP status: done, try again, or give up. */
export function classifyStatus(status: number): 'sent' | 'retry' | 'reject' {
  if (status >= 200 && status < 300) return 'sent';
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  return 'reject';
}

/**
 * Milliseconds to wait before attempt `attempt + 1` (attempt counts from 1): exponential,
 * `backoff × 2^(attempt−1)`, with "equal jitter" (half fixed, half random) so many visitors
 * retrying after one outage do not arrive in step; capped at `maxDelay`.
 */
export function retryDelay(attempt: number, backoff: number, random: () => number, maxDelay = DEFAULT_DELIVERY.maxDelay): number {
  const base = Math.min(maxDelay, backoff * 2 ** (attempt - 1));
  return Math.round(base / 2 + (random() * base) / 2);
}

/** `Retry-After` in ms: delta-seconds or an HTTP date; undefined when absent, unreadable or past. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim() ?? '';
  const ms = /^\d+$/.test(text) ? +text * 1000 : Date.parse(text) - now;
  return ms >= 0 ? ms : undefined;
}

/**
 * Where requests may go: HTTPS, or plain HTTP to `localhost` / `127.0.0.1` while developing.
 * A visitor's name and phone number must never cross the network in clear text.
 */
export function checkEndpoint(url: string, base: string): Checked<string> {
  try {
    // (URL.parse would be shorter, but Safari before 18 lacks it.)
    const { protocol, hostname, href } = new URL(url, base);
    if (protocol === 'https:' || (protocol === 'http:' && (hostname === 'localhost' || hostname === '127.0.0.1'))) return valid(href);
  } catch {
    // Not a URL at all: the same message.
  }
  return invalid(`"${url}" is not an https: URL (http: only for localhost or 127.0.0.1)`);
}

/**
 * A random UUID for `Idempotency-Key`. `crypto.randomUUID` exists only in secure contexts;
 * on a plain-HTTP page the key is 32 random hex digits from `getRandomValues` instead.
 */
export function newIdempotencyKey(source: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto): string {
  return (
    source.randomUUID?.() ?? [...source.getRandomValues(new Uint8Array(16))].map((byte) => (byte + 256).toString(16).slice(1)).join('')
  );
}

/** Delivers one request, retrying as described above. Never throws. */
export async function deliver(request: DeliveryRequest, options: DeliveryOptions = {}, deps: DeliveryDeps = {}): Promise<DeliveryResult> {
  const { attempts, timeout, backoff, maxDelay } = { ...DEFAULT_DELIVERY, ...options };
  const {
    fetch: send = globalThis.fetch.bind(globalThis),
    setTimeout: later = globalThis.setTimeout,
    clearTimeout: cancel = globalThis.clearTimeout,
    random = Math.random,
    now = Date.now,
    isOnline = () => globalThis.navigator?.onLine !== false,
  } = deps;
  const sleep = (ms: number) => new Promise<void>((resolve) => later(resolve, ms));
  const body = JSON.stringify(request.body);
  let status: number | undefined;

  for (let attempt = 1; ; attempt++) {
    if (!isOnline()) return { outcome: 'offline', attempts: attempt - 1, status };
    const controller = new AbortController();
    const timer = later(() => controller.abort(), timeout);
    let wait: number | undefined;
    try {
      const response = await send(request.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': request.key },
        body,
        signal: controller.signal,
        // No cookies, no Referer (it would carry the query string we leave out of the body),
        // and no silent redirect: a 301/302 would turn the POST into a GET and
        // its 200 would look like success while the request was lost.
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        redirect: 'manual',
      });
      status = response.status;
      if (response.type === 'opaqueredirect') return { outcome: 'rejected', attempts: attempt, status: 0 };
      const verdict = classifyStatus(status);
      if (verdict !== 'retry') return { outcome: verdict === 'sent' ? 'sent' : 'rejected', attempts: attempt, status };
      if (status === 429 || status === 503) wait = parseRetryAfter(response.headers.get('Retry-After'), now());
    } catch {
      // A network error or our timeout: the request may or may not have arrived; the key covers both.
      status = undefined;
      if (!isOnline()) return { outcome: 'offline', attempts: attempt };
    } finally {
      cancel(timer as never);
    }
    if (attempt >= attempts || (wait ?? 0) > maxDelay) return { outcome: 'failed', attempts: attempt, status };
    await sleep(Math.max(wait ?? 0, retryDelay(attempt, backoff, random, maxDelay)));
  }
}

/**
 * A sender that runs one delivery at a time: `send()` while a delivery is in flight returns
 * that delivery's promise instead of starting another (a double click sends once).
 */
export function createCourier(deps: DeliveryDeps = {}) {
  let inFlight: Promise<DeliveryResult> | undefined;
  return {
    get busy(): boolean {
      return inFlight !== undefined;
    },
    send(request: DeliveryRequest, options?: DeliveryOptions): Promise<DeliveryResult> {
      inFlight ??= deliver(request, options, deps).finally(() => (inFlight = undefined));
      return inFlight;
    },
  };
}
