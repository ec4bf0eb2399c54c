import { fixture, html, waitUntil } from '@open-wc/testing';
import { providerContext, type ProviderSettings } from '../src/shared/provider-context.js';

/**
 * Records `console.error` calls and anything thrown or rejected into the page while `run`
 * executes, so a test can say "one clear error, nothing thrown".
 */
export async function watchErrors<T>(run: () => Promise<T>): Promise<{ result: T; errors: string[]; thrown: unknown[] }> {
  const errors: string[] = [];
  const thrown: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  const onError = (event: ErrorEvent) => thrown.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => thrown.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const result = await run();
    // Let pending microtasks and a macrotask settle so late errors are caught too.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { result, errors, thrown };
  } finally {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

/** Elements in the element's shadow root. */
export function inShadow<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...(host.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** The element focused inside the host's shadow root. */
export function shadowFocus(host: Element): Element | null {
  return host.shadowRoot?.activeElement ?? null;
}

/** Waits until the host's shadow root has at least `count` matches for `selector`. */
export async function untilRendered(host: Element, selector: string, count = 1): Promise<void> {
  await waitUntil(() => inShadow(host, selector).length >= count, `expected ${count}× ${selector} in <${host.localName}>`);
}

/** Collects the `detail` of every `name` event reaching `document` (so it must bubble and be composed). */
export function collectEvents<T>(name: string): { details: T[]; stop: () => void } {
  const details: T[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<T>).detail);
  document.addEventListener(name, listener);
  return { details, stop: () => document.removeEventListener(name, listener) };
}

/**
 * Loads a page of several widgets (from the sources of `elements`, through the test server's
 * `/test-api/widgets`) in an iframe; `ready` says when it has drawn what the test needs.
 */
export async function widgetsPage(
  elements: string,
  body: string,
  ready: (doc: Document) => unknown,
  height = 600,
): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 800px; height: ${height}px"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-api/widgets?elements=${elements}&body=${encodeURIComponent(body)}`;
  await loaded;
  await waitUntil(() => ready(frame.contentDocument!), 'the page’s widgets rendered', { timeout: 4000 });
  return frame;
}

/** Resolves with the frame's next location once it has navigated. */
export const nextLocation = (frame: HTMLIFrameElement) =>
  new Promise<string>((resolve) => frame.addEventListener('load', () => resolve(frame.contentWindow!.location.pathname), { once: true }));

/** What a widget inside `provider` receives through context, asked for as a widget asks. */
export function settingsInside(provider: Element): ProviderSettings | undefined {
  let received: ProviderSettings | undefined;
  const probe = document.createElement('div');
  provider.append(probe);
  probe.dispatchEvent(
    Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context: providerContext,
      contextTarget: probe,
      callback: (settings: ProviderSettings) => (received = settings),
    }),
  );
  probe.remove();
  return received;
}
