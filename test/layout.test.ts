import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { watchErrors } from './helpers.js';
import {
  checkControlShapes,
  checkOverflow,
  checkPageScroll,
  checkPhones,
  checkTargets,
  type Check,
  type Problem,
} from './layout-checks.js';
import { renderStory, stories } from './story-harness.js';

/**
 * Issue 11, "layout tests that would have caught all of this": every story, in the state its
 * `play` step reaches, at 320, 390 and 1280 px, in English and in Spanish (the story inside a
 * `lang="es"` wrapper):
 *   - page-scroll: the document never scrolls sideways;
 *   - overflow:    nothing inside a widget's shadow root reaches past its host's box;
 *   - target-size: every control drawn is at least 24 × 24 px (WCAG 2.2, 2.5.8; links inline
 *                  in a sentence are exempt, as WCAG's inline exception says);
 *   - squashed-control: a radio or checkbox keeps its shape (issue 11 saw a 17×20 px radio);
 *   - phone-wrap:  every phone number, linked or not, sits on one line.
 * Each story is rendered once per language at 320 px, then the viewport is widened to 390 and
 * 1280 px and everything measured again. See test/layout-checks.ts for what each check counts.
 */

type Width = 320 | 390 | 1280;
type Lang = 'en' | 'es';

const VIEWPORTS: Array<{ width: Width; height: number }> = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const LANGS: Lang[] = ['en', 'es'];
/** Problems of one check at one width shown in full; the rest are counted. */
const MAX_SHOWN = 6;

interface KnownBug {
  /** As in the test names: "Intake / ValidationErrors". */
  story: string;
  widths: Width[];
  langs: Lang[];
  check: Check;
  /** One line: what breaks, and where issue 11 says so. */
  reason: string;
}

/**
 * Layout bugs in today's widgets, found by this test, that issue 11's rewrite fixes. A case
 * listed here must fail; the day it passes, the test fails with "remove it from
 * KNOWN_LAYOUT_BUGS", so this list only ever shrinks. Do not add to it to make a new
 * failure go away: fix the widget.
 */
const KNOWN_LAYOUT_BUGS: KnownBug[] = [
  // Empty: every widget passes every layout check at every width, in both languages.
];

const known = (story: string, width: Width, lang: Lang, check: Check) =>
  KNOWN_LAYOUT_BUGS.find((bug) => bug.story === story && bug.widths.includes(width) && bug.langs.includes(lang) && bug.check === check);

const frames = (count: number) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
    next(count);
  });

describe('layout at 320, 390 and 1280 px, in English and Spanish', () => {
  // Measure the canvas designers see: Storybook's "padded" layout (no body margin, 1rem of
  // padding) and the site-like font of .storybook/preview-head.html, which the widgets inherit.
  const bodyStyle = document.body.getAttribute('style');
  before(() => {
    Object.assign(document.body.style, {
      margin: '0',
      padding: '1rem',
      fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    });
  });
  after(() => {
    if (bodyStyle === null) document.body.removeAttribute('style');
    else document.body.setAttribute('style', bodyStyle);
  });

  it('KNOWN_LAYOUT_BUGS names only stories that exist', () => {
    const labels = new Set(stories.map((story) => story.label));
    expect(KNOWN_LAYOUT_BUGS.map((bug) => bug.story).filter((story) => !labels.has(story))).to.deep.equal([]);
  });

  for (const story of stories) {
    for (const lang of LANGS) {
      it(`${story.label} (${lang})`, async function () {
        this.timeout(20000);
        await setViewport(VIEWPORTS[0]);
        const canvas = await fixture<HTMLElement>(lang === 'es' ? '<div lang="es"></div>' : '<div></div>');
        // A configuration-error story logs its error; test/stories.test.ts counts those.
        await watchErrors(() => renderStory(story, canvas));

        const unexpected: string[] = [];
        const stale: string[] = [];
        for (const viewport of VIEWPORTS) {
          await setViewport(viewport);
          await frames(2);
          const problems: Problem[] = [
            ...checkPageScroll(canvas),
            ...checkOverflow(canvas),
            ...checkTargets(canvas),
            ...checkControlShapes(canvas),
            ...checkPhones(canvas),
          ];
          const where = `${story.label} at ${viewport.width} px, ${lang}`;
          const shown = new Map<Check, number>();
          for (const problem of problems) {
            if (known(story.label, viewport.width, lang, problem.check)) continue;
            const count = (shown.get(problem.check) ?? 0) + 1;
            shown.set(problem.check, count);
            if (count <= MAX_SHOWN) unexpected.push(`[${where}] ${problem.check}: ${problem.message}`);
          }
          for (const [check, count] of shown) {
            if (count > MAX_SHOWN) unexpected.push(`[${where}] ${check}: (+${count - MAX_SHOWN} more like these)`);
          }
          for (const bug of KNOWN_LAYOUT_BUGS) {
            if (bug.story !== story.label || !bug.widths.includes(viewport.width) || !bug.langs.includes(lang)) continue;
            if (!problems.some((problem) => problem.check === bug.check)) {
              stale.push(
                `[${where}] ${bug.check} passes now ("${bug.reason}"): remove it (or this width or language) from KNOWN_LAYOUT_BUGS`,
              );
            }
          }
        }
        if (unexpected.length || stale.length) {
          const error = new Error(`\n  ${[...unexpected, ...stale].join('\n  ')}`);
          // The runner prints the stack after the message; one line saying where is enough.
          error.stack = `    at "${story.label} (${lang})" in test/layout.test.ts`;
          throw error;
        }
      });
    }
  }
});

/**
 * The checks themselves, on small pages made to break each rule (and on what each rule must
 * let pass), so that a check that stopped seeing anything cannot let the stories pass.
 */
describe('layout checks bite', () => {
  class ProbeHost extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
    }
  }
  if (!customElements.get('layout-probe')) customElements.define('layout-probe', ProbeHost);

  /** A 200 px wide widget stand-in whose shadow root holds `markup`, in a canvas at 320 px. */
  async function probe(markup: string, light = ''): Promise<HTMLElement> {
    await setViewport(VIEWPORTS[0]);
    const canvas = await fixture<HTMLElement>(
      `<div><layout-probe style="display: block; width: 200px; font: 16px/1.25 sans-serif">${light}</layout-probe></div>`,
    );
    canvas.querySelector('layout-probe')!.shadowRoot!.innerHTML = markup;
    await frames(2);
    return canvas;
  }
  const checks = (problems: Problem[]) => problems.map((problem) => problem.check);

  it('overflow and page-scroll: content wider than its host, and than the page', async () => {
    const canvas = await probe(
      '<p style="white-space: nowrap; margin: 0">A sentence that cannot wrap and runs far past the edge of its host</p>',
    );
    const [problem] = checkOverflow(canvas);
    // The paragraph is as wide as its host; its text is what runs past the edge.
    expect(problem?.message).to.match(
      /^text in <p> "A sentence.*" \(layout-probe › p\) spans .* px past the right edge of <layout-probe> \(\d+–\d+, 200 px wide\)$/,
    );
    expect(checks(checkPageScroll(canvas))).to.deep.equal(['page-scroll']);
  });

  it('overflow: ignores visually hidden and off-screen helpers, fixed corners and closed dialogs; walks slots and nested shadow roots', async () => {
    const hidden =
      '<span style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap">Opens in a new tab, for screen readers only</span>';
    const offscreen = '<input style="position: absolute; left: -10000px; width: 300px">';
    const fixed = '<div style="position: fixed; right: 0; bottom: 0; width: 150px">Corner</div>';
    const dialog = '<dialog><p style="white-space: nowrap">A closed dialog, far wider than the host is, not drawn</p></dialog>';
    const canvas = await probe(
      `<div>${hidden}${offscreen}${fixed}${dialog}<slot></slot><layout-probe style="display: block"></layout-probe></div>`,
      '<p>Slotted and fine</p>',
    );
    expect(checkOverflow(canvas)).to.deep.equal([]);
    // Slotted light DOM and a nested widget's shadow root are measured against the outer host.
    canvas.querySelector('layout-probe > p')!.setAttribute('style', 'width: 260px');
    const nested = canvas.querySelector('layout-probe')!.shadowRoot!.querySelector('layout-probe')!;
    nested.shadowRoot!.innerHTML = '<button style="width: 240px">Leave this page</button>';
    await frames(2);
    expect(checkOverflow(canvas).map((problem) => problem.message.split(' (')[0])).to.deep.equal([
      '<p> "Slotted and fine"',
      '<button> "Leave this page"',
    ]);
  });

  it('target-size: small controls fail; a link inline in a sentence and a radio with a large label pass', async () => {
    const canvas = await probe(`
      <button style="height: 20px; padding: 0">Back</button>
      <ul><li><a href="#a" style="line-height: 16px">A link on its own</a></li></ul>
      <p>Call <a href="tel:3035550142">303-555-0142</a> or <a href="#b">write to us</a> today.</p>
      <label style="display: flex; min-height: 44px"><input type="radio" name="r" style="width: 16px; height: 16px"> Yes</label>
      <input type="checkbox" style="width: 16px; height: 16px" aria-label="Alone">`);
    expect(checkTargets(canvas).map((problem) => problem.message.split(' (')[0])).to.deep.equal([
      '<button> "Back"',
      '<a href="#a"> "A link on its own"',
      '<input type="checkbox">',
    ]);
  });

  it('squashed-control: a radio squeezed by a wrapping label', async () => {
    const canvas = await probe(
      '<label style="display: flex; gap: 8px; width: 80px"><input type="radio" style="width: 20px; height: 20px; margin: 0"> Almost always</label>',
    );
    expect(checks(checkControlShapes(canvas))).to.deep.equal(['squashed-control']);
  });

  it('phone-wrap: a number broken at a hyphen, and a phone link over two lines; not one kept whole', async () => {
    const canvas = await probe(`
      <p style="width: 90px">Call 1-800-799-7233 now</p>
      <p><a href="tel:3035550142">Call us on our own line, 303-555-0142</a></p>
      <p style="width: 60px"><a href="sms:3035550142" style="white-space: nowrap">Text 303-555-0142</a></p>`);
    const messages = checkPhones(canvas).map((problem) => problem.message);
    expect(messages).to.have.length(2);
    expect(messages[0]).to.match(
      /^<a href="tel:3035550142"> "Call us on our own line, 303-555-0142" \(div › layout-probe › p › a\) is broken over 2 lines/,
    );
    expect(messages[1]).to.match(/^"1-800-799-7233" in text in <p> "Call 1-800-799-7233 now" \(div › layout-probe › p\) wraps/);
  });
});
