import type { TestHook, TestRunnerConfig } from '@storybook/test-runner';

/**
 * `npm run check-storybook` (after `npm run build-storybook`): besides each story's play step
 * and axe (`parameters.a11y.test: 'error'` in preview.ts), every widget in a story must be
 * defined and have drawn its shadow root, and nothing may throw on the page. A build that
 * tree-shook the define calls away renders empty boxes, which no unit test sees.
 */
const pageErrors = new WeakMap<Parameters<TestHook>[0], string[]>();

const config: TestRunnerConfig = {
  async preVisit(page) {
    // The runner keeps one page for a whole stories file: listen once, empty the list per story.
    if (!pageErrors.has(page)) {
      const errors: string[] = [];
      pageErrors.set(page, errors);
      page.on('pageerror', (error) => errors.push(error.message));
    }
    pageErrors.get(page)!.length = 0;
  },
  async postVisit(page) {
    try {
      await page.waitForFunction(
        () => {
          const widgets = [...document.querySelectorAll('#storybook-root *')].filter((element) =>
            element.localName.startsWith('recovery-'),
          );
          return (
            widgets.length > 0 && widgets.every((element) => customElements.get(element.localName) && element.shadowRoot?.childElementCount)
          );
        },
        undefined,
        { timeout: 5000 },
      );
    } catch {
      const missing = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root *')]
          .filter(
            (element) =>
              element.localName.startsWith('recovery-') &&
              !(customElements.get(element.localName) && element.shadowRoot?.childElementCount),
          )
          .map((element) => element.localName),
      );
      throw new Error(`Not defined or not rendered: ${[...new Set(missing)].join(', ') || 'no widget in the story'}`);
    }
    const errors = pageErrors.get(page) ?? [];
    if (errors.length) throw new Error(`Thrown on the page: ${errors.join('; ')}`);
  },
};

export default config;
