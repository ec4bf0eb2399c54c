/**
 * What each story shows once it has settled: a selector inside the widget's shadow root that
 * is there only when the story has reached its state (after its `play` step, and after any
 * request the state sends to a story-level fake endpoint has been answered).
 *
 * Plain JavaScript so that both sides can read it: the browser tests (test/story-harness.ts,
 * through esbuild) and the contact-sheet script (scripts/screenshots.mjs, in Node, which sends
 * the selector into a built-Storybook page).
 *
 * Keyed by the stories file (`stories/<widget>.stories.ts`); the widget's element is
 * `recovery-<widget>` by the same convention.
 */

/** Stories that show the widget's polite configuration-error message instead of its content. */
export const isConfigError = (story) => /^(ConfigurationError|RuleSetError)$/.test(story);

/** @type {Record<string, { title: string; tag: string; shows: (story: string) => string }>} */
export const WIDGETS = {
  faq: { title: 'FAQ', tag: 'recovery-faq', shows: () => '.question' },
  'group-finder': {
    title: 'Group finder',
    tag: 'recovery-group-finder',
    shows: (story) => (['Default', 'WithQuickExit'].includes(story) ? 'form' : '.card'),
  },
  'self-check': {
    title: 'Self-check',
    tag: 'recovery-self-check',
    shows: (story) => (story.startsWith('Result') ? '[part~="result"]' : '[data-focus]'),
  },
  'scholarship-check': { title: 'Scholarship check', tag: 'recovery-scholarship-check', shows: () => '.heading' },
  intake: {
    title: 'Intake',
    tag: 'recovery-intake',
    // State stories send the form themselves (to a story-level fake endpoint) and settle here.
    shows: (story) =>
      ({
        Sending: '[role="status"]:not(:empty)',
        Sent: '#sent',
        SentWhileClosed: '#sent',
        Failed: '[part="notice"]',
        Refused: '[part="notice"]',
        Offline: '[role="status"].callout',
        ValidationErrors: '[part="error-summary"]',
        SpanishValidationErrors: '[part="error-summary"]',
        SpanishSent: '#sent',
        Floating: '[part="launcher"]',
      })[story] ?? 'h2',
  },
  // The provider draws only a slot: its stories have settled once it has rendered it.
  provider: { title: 'Provider', tag: 'recovery-provider', shows: () => 'slot' },
  'quick-exit': {
    title: 'Quick exit',
    tag: 'recovery-quick-exit',
    shows: (story) => (story === 'AfterOneShiftPress' ? '[role="status"]:not(:empty)' : 'button'),
  },
};

/**
 * The selector the story `story` (its export name) of `widget` (a key of WIDGETS) shows once
 * settled, inside the widget's shadow root.
 * @param {string} widget
 * @param {string} story
 * @returns {string}
 */
export function settledSelector(widget, story) {
  return isConfigError(story) ? '[part="error"]' : WIDGETS[widget].shows(story);
}
