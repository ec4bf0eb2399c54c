/**
 * Everything a fuzz case must not do to the host page, watched from the outside: errors
 * thrown into the page, unhandled rejections, dialogs, requests to another origin, and a
 * polluted built-in prototype. `take()` hands over what went wrong since the last call.
 */

type Listener = (event: Event) => void;

const PROTOTYPES: Array<[string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${(error.stack ?? '').split('\n').slice(1, 8).join('\n')}`;
  try {
    return String(error);
  } catch {
    return Object.prototype.toString.call(error);
  }
}

export class PageWatch {
  #problems: string[] = [];
  #consoleErrors: string[] = [];
  #inflight = 0;
  #undo: Array<() => void> = [];
  #prototypeNames = new Map<string, Set<string | symbol>>();
  #observer?: PerformanceObserver;

  /** A failure seen by the test itself (a check, a setter that threw). */
  report(problem: string): void {
    this.#problems.push(problem);
  }

  /** Requests the page made that have not been answered yet. */
  get inflight(): number {
    return this.#inflight;
  }

  /** The widgets' console errors during the current case: shown with a failure, never a failure themselves. */
  get consoleErrors(): readonly string[] {
    return this.#consoleErrors;
  }

  install(): void {
    // The runner's own `window.onerror` (mocha) would fail the test without the case and its
    // seed; ours reports it as the case's problem instead. Chrome calls `onerror` before any
    // listener, so it is replaced rather than listened ahead of.
    const onerror = window.onerror;
    window.onerror = (message, _source, _line, _column, error) => {
      this.#problems.push(`uncaught error: ${error ? describeError(error) : String(message)}`);
      return true;
    };
    this.#undo.push(() => (window.onerror = onerror));
    this.#listen('unhandledrejection', (event) => {
      this.#problems.push(`unhandled rejection: ${describeError((event as PromiseRejectionEvent).reason)}`);
      event.preventDefault();
      event.stopImmediatePropagation();
    });

    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      this.#replace(window, name, (...args: unknown[]) => {
        this.#problems.push(`dialog: window.${name}(${args.map((arg) => JSON.stringify(String(arg))).join(', ')})`);
        return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
      });
    }
    this.#replace(window, 'open', (...args: unknown[]) => {
      this.#problems.push(`window.open(${args.map(String).join(', ')})`);
      return null;
    });
    // A print button may call it; a test must not wait on a print dialog.
    this.#replace(window, 'print', () => {});

    const realFetch = window.fetch.bind(window);
    this.#replace(window, 'fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      if (/^https?:$/.test(url.protocol) && url.origin !== location.origin) {
        this.#problems.push(`request to another origin: ${request.method} ${url.href}`);
        throw new TypeError('Failed to fetch (blocked by the fuzz test)');
      }
      // The intake's callback requests are answered here, at once: no network, no waiting.
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
      }
      this.#inflight++;
      try {
        return await realFetch(input, init);
      } finally {
        this.#inflight--;
      }
    });
    this.#replace(navigator, 'sendBeacon', (url: string | URL) => {
      this.#problems.push(`navigator.sendBeacon(${String(url)})`);
      return true;
    });

    this.#observer = new PerformanceObserver((list) => this.#checkResources(list.getEntries()));
    this.#observer.observe({ type: 'resource' });

    for (const name of ['error', 'warn', 'info', 'log', 'debug'] as const) {
      this.#replace(console, name, (...args: unknown[]) => {
        if (name === 'error' && !String(args[0]).startsWith('An error was thrown in a Promise outside a test'))
          this.#consoleErrors.push(
            args
              .map((arg) => (typeof arg === 'string' ? arg : describeError(arg)))
              .join(' ')
              .slice(0, 300),
          );
      });
    }
  }

  uninstall(): void {
    this.#observer?.disconnect();
    for (const undo of this.#undo.reverse()) undo();
    this.#undo = [];
  }

  /** Call before a case: remembers the built-in prototypes' own keys. */
  begin(): void {
    this.#problems = [];
    this.#consoleErrors = [];
    for (const [name, prototype] of PROTOTYPES) this.#prototypeNames.set(name, new Set(Reflect.ownKeys(prototype)));
  }

  /** What went wrong since `begin()`. A polluted prototype is reported and cleaned, so the next case starts clean. */
  take(): string[] {
    this.#checkResources(this.#observer?.takeRecords() ?? []);
    for (const [name, prototype] of PROTOTYPES) {
      const before = this.#prototypeNames.get(name)!;
      for (const key of Reflect.ownKeys(prototype)) {
        if (before.has(key)) continue;
        this.#problems.push(`${name} polluted with ${String(key)}`);
        delete (prototype as Record<string | symbol, unknown>)[key];
      }
    }
    const problems = this.#problems;
    this.#problems = [];
    return problems;
  }

  #checkResources(entries: PerformanceEntryList): void {
    for (const entry of entries) {
      if (!/^https?:/.test(entry.name)) continue;
      if (new URL(entry.name).origin !== location.origin)
        this.#problems.push(`request to another origin: ${entry.name} (${(entry as PerformanceResourceTiming).initiatorType})`);
    }
  }

  #listen(type: string, listener: Listener): void {
    window.addEventListener(type, listener, true);
    this.#undo.push(() => window.removeEventListener(type, listener, true));
  }

  #replace<T extends object>(target: T, name: string, value: unknown): void {
    const original = Object.getOwnPropertyDescriptor(target, name);
    Object.defineProperty(target, name, { value, configurable: true, writable: true });
    this.#undo.push(() => {
      if (original) Object.defineProperty(target, name, original);
      else delete (target as Record<string, unknown>)[name];
    });
  }
}
