import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { SAMPLES, type Sample } from './embedding/samples.js';

/**
 * A site with a sticky header that tells the browser about it with `scroll-padding-top`, as
 * the README asks. When a widget moves focus to a new screen, the focused element must land
 * below the header, not under it (WCAG 2.2, 2.4.11 Focus Not Obscured). The browser does
 * this for a plain `focus()`; these tests keep any widget from defeating it (with
 * `preventScroll`, or scrolling of its own).
 */
const HEADER = 120;

async function siteWith(content: string): Promise<HTMLElement> {
  document.documentElement.style.scrollPaddingTop = `${HEADER + 10}px`;
  return fixture<HTMLElement>(`<div>
      <header style="position: sticky; top: 0; height: ${HEADER}px; z-index: 1; background: #fff">Clinic</header>
      <div style="height: 1500px"></div>
      ${content}
      <div style="height: 1500px"></div>
    </div>`);
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Scrolls the page so that a point now at `y` (in the viewport) moves to `to`. */
async function scrollPoint(y: number, to: number): Promise<void> {
  window.scrollBy(0, y - to);
  await nextFrame();
}

/** The widget, rendered, on a fresh page, and used as a visitor would; returns what got focus. */
async function useOnce(
  sample: Sample,
  scrollTo?: (widget: HTMLElement) => Promise<void>,
): Promise<{ widget: HTMLElement; focused: Element }> {
  window.scrollTo(0, 0);
  const page = await siteWith(sample.markup);
  const widget = page.querySelector<HTMLElement>(sample.tag)!;
  await waitUntil(() => widget.shadowRoot?.querySelector(sample.rendered), 'rendered');
  await scrollTo?.(widget);
  await sample.use!(widget);
  await waitUntil(() => widget.shadowRoot!.activeElement, 'focus moved into the widget');
  await nextFrame();
  return { widget, focused: widget.shadowRoot!.activeElement! };
}

describe('focus moves land below a sticky header', () => {
  afterEach(() => {
    document.documentElement.style.scrollPaddingTop = '';
    window.scrollTo(0, 0);
  });

  for (const sample of SAMPLES.filter((candidate) =>
    ['recovery-self-check', 'recovery-group-finder', 'recovery-scholarship-check', 'recovery-intake'].includes(candidate.tag),
  )) {
    it(`<${sample.tag}>: the next screen's focus is not left under the header`, async () => {
      // First where the focus lands inside the widget; then, on a fresh page, the visitor has
      // scrolled so that this spot sits just under the header before they go on.
      const first = await useOnce(sample);
      const offset = first.focused.getBoundingClientRect().top - first.widget.getBoundingClientRect().top;
      const { focused } = await useOnce(sample, (widget) => scrollPoint(widget.getBoundingClientRect().top + offset, HEADER - 20));
      const { top, bottom } = focused.getBoundingClientRect();
      expect(top, `${focused.localName}.${focused.className} top`).to.be.at.least(HEADER);
      expect(bottom).to.be.at.most(window.innerHeight);
    });
  }
});
