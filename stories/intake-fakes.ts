/**
 * Story-level fake callback endpoints. Storybook is static files with no server to POST to,
 * so requests to `https://intake.example.invalid/<behaviour>` are answered here, in the
 * page, and every other request goes to the network as usual. The element itself runs
 * unchanged: the same `fetch`, timeouts and retries as on a clinic's site.
 */
import type { RecoveryIntake } from '../src/elements/intake/intake.js';

export type FakeBehaviour = 'accept' | 'hang' | 'unavailable' | 'refuse';

const FAKE_ORIGIN = 'https://intake.example.invalid';

/** The `action` of a fake endpoint: it accepts (after a short pause), hangs, answers 503, or answers 400. */
export const fakeEndpoint = (behaviour: FakeBehaviour): string => `${FAKE_ORIGIN}/${behaviour}`;

const realFetch = globalThis.fetch.bind(globalThis);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = String(input instanceof Request ? input.url : input);
  if (!url.startsWith(FAKE_ORIGIN)) return realFetch(input, init);
  const behaviour = url.slice(FAKE_ORIGIN.length + 1) as FakeBehaviour;
  if (behaviour === 'hang') {
    return new Promise((_, reject) =>
      init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError'))),
    );
  }
  await pause(300);
  const status = { accept: 200, unavailable: 503, refuse: 400 }[behaviour] ?? 404;
  return new Response(JSON.stringify({ received: status === 200 }), { status, headers: { 'Content-Type': 'application/json' } });
};

/** What a visitor would type, for stories that show the states after sending. */
export const SAMPLE = { firstName: 'Ana', phone: '303-555-0199', contactSafety: 'call-only', bestTime: 'evening', forWhom: 'loved-one' };

/** The questions answered by choosing one of several radio buttons. */
const CHOICES = new Set(['contactSafety', 'forWhom']);

/**
 * A story's `play` step: fills in and sends the form of the story's `<recovery-intake>` as a
 * visitor would (typing fires `input`, the consent box is clicked, the button pressed). With
 * `empty`, presses the button on the empty form (the error summary).
 */
export async function sendAsVisitor(canvas: HTMLElement, { empty = false, offline = false } = {}): Promise<void> {
  await customElements.whenDefined('recovery-intake');
  const host = canvas.querySelector<RecoveryIntake>('recovery-intake')!;
  // On a Spanish page the form appears once its strings (a file of their own) are in.
  for (let tries = 0; !host.shadowRoot?.querySelector('[part="submit"]') && tries < 100; tries++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  const root = host.shadowRoot!;
  if (!empty) {
    for (const [name, value] of Object.entries(SAMPLE)) {
      const choice = CHOICES.has(name);
      const field = root.querySelector<HTMLInputElement>(`[name="${name}"]${choice ? `[value="${value}"]` : ''}`)!;
      if (choice) field.checked = true;
      else field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    root.querySelector<HTMLInputElement>('#consent')!.click();
  }
  // Previews only: the browser says it is offline just while the request is tried.
  if (offline) Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  if (offline) setTimeout(() => delete (navigator as { onLine?: boolean }).onLine);
}
