/**
 * Dispatches a `CustomEvent` that bubbles out of shadow roots, so a host page can listen on
 * `document` for every widget. Details must never carry a visitor's answers or personal data.
 */
export function emit<T>(host: HTMLElement, name: string, detail: T): boolean {
  return host.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: false }));
}

/** Fired by `<recovery-quick-exit>` just before the page is hidden and replaced. No detail. */
export const QUICK_EXIT_EVENT = 'recovery-quick-exit';
