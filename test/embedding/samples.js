/**
 * One sample of every element, as a site would write it, for the embedding tests and the
 * benchmark (plain JavaScript, so `npm run bench` can load it without a compiler): the markup,
 * what shows it has rendered, and how a visitor uses it. Add each new element here.
 *
 * @typedef {object} Sample
 * @property {string} tag
 * @property {string} markup
 * @property {string} rendered A selector in the element's shadow root that exists once it has rendered.
 * @property {string} [fallbackText] Text a visitor can read before any script runs (the no-JavaScript fallback).
 * @property {(element: HTMLElement) => Promise<void> | void} [use] What a visitor does with it (clicks, typing).
 */

/** @param {HTMLElement} element @param {string} selector */
const click = (element, selector) => /** @type {HTMLElement} */ (element.shadowRoot.querySelector(selector)).click();

/** @type {Sample[]} */
export const SAMPLES = [
  {
    tag: 'recovery-faq',
    markup: `<recovery-faq searchable structured-data>
      <details id="what-is-it"><summary>What is parallel recovery?</summary><p>Each of you does your own recovery work.</p></details>
      <details><summary>Is it free?</summary><p>Yes.</p></details>
    </recovery-faq>`,
    rendered: '.question',
    fallbackText: 'What is parallel recovery?',
    use: (faq) => {
      click(faq, '.question');
      const input = /** @type {HTMLInputElement} */ (faq.shadowRoot?.querySelector('input'));
      input.value = 'free';
      input.dispatchEvent(new Event('input'));
    },
  },
  {
    tag: 'recovery-group-finder',
    markup: `<recovery-group-finder quick-exit></recovery-group-finder>`,
    rendered: 'form',
    use: (finder) => {
      // Say who you are (no answer is chosen for the visitor), then ask for the groups.
      click(finder, 'input[value="parent"]');
      click(finder, '[part="submit"]');
    },
  },
  {
    tag: 'recovery-self-check',
    markup: `<recovery-self-check quick-exit></recovery-self-check>`,
    rendered: 'button',
    use: async (check) => {
      // Start, then answer the first statement: the visitor's path through the check.
      click(check, 'button.primary');
      await new Promise((resolve) => setTimeout(resolve, 50));
      /** @type {HTMLInputElement | null | undefined} */ (check.shadowRoot?.querySelector('input[type="radio"]'))?.click();
    },
  },
  {
    tag: 'recovery-scholarship-check',
    markup: `<recovery-scholarship-check quick-exit></recovery-scholarship-check>`,
    rendered: '.primary',
    use: (check) => click(check, '.primary'),
  },
  {
    tag: 'recovery-intake',
    markup: `<recovery-intake phone="+1-303-555-0142" action="/test-api/intake/embedding?script=200" consent-text="You may call me back."></recovery-intake>`,
    rendered: 'form',
    use: async (intake) => {
      // Request a callback, as a visitor would: the one request goes to the site's own endpoint.
      const root = /** @type {ShadowRoot} */ (intake.shadowRoot);
      const fill = (/** @type {string} */ id, /** @type {string} */ value) => {
        const input = /** @type {HTMLInputElement} */ (root.getElementById(id));
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      fill('firstName', 'Sam');
      fill('phone', '303-555-0199');
      click(intake, 'input[name="contactSafety"][value="call-only"]');
      /** @type {HTMLInputElement} */ (root.getElementById('consent')).click();
      click(intake, '[part="submit"]');
      const started = Date.now();
      while (!root.getElementById('sent') && Date.now() - started < 3000) await new Promise((resolve) => setTimeout(resolve, 20));
    },
  },
  {
    tag: 'recovery-quick-exit',
    markup: `<recovery-quick-exit inline href="/test-api/neutral"></recovery-quick-exit>`,
    rendered: 'button',
  },
  {
    tag: 'recovery-provider',
    markup: `<recovery-provider org-name="Front Range Recovery Collective" phone="+1-303-555-0142"><p id="inside">Inside the provider</p></recovery-provider>`,
    rendered: 'slot',
    fallbackText: 'Inside the provider',
  },
];

/** Every element's tag, for tests that go through them all: a new element added above is covered. */
export const TAGS = SAMPLES.map((sample) => sample.tag);
/** The widgets: every element but `<recovery-provider>`, which only passes settings on. */
export const WIDGET_TAGS = TAGS.filter((tag) => tag !== 'recovery-provider');
