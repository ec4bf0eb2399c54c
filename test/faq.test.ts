import { expect, fixture, html, waitUntil, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/faq/recovery-faq.js';
import '../src/elements/provider/recovery-provider.js';
import type { RecoveryFaq } from '../src/elements/faq/faq.js';
import { STRUCTURED_DATA_ID } from '../src/elements/faq/structured-data.js';
import { collectEvents, inShadow, shadowFocus, untilRendered, watchErrors } from './helpers.js';

const ITEMS = [
  { question: 'What is parallel recovery?', answer: 'Each person does their own work.\n\nAt the same time.' },
  { id: 'bct', question: 'What is Behavioral Couples Therapy?', answer: 'A structured therapy for couples.' },
  { question: '¿Qué es la codependencia?', answer: 'Un patrón de relación.' },
];

/** A FAQ with the items as a child JSON script, rendered. */
async function faqFromJson(attributes = '', items: unknown = ITEMS): Promise<RecoveryFaq> {
  const container = await fixture<HTMLElement>(
    `<div><recovery-faq ${attributes}><script type="application/json">${JSON.stringify(items)}</script></recovery-faq></div>`,
  );
  const faq = container.querySelector('recovery-faq')!;
  await untilRendered(faq, '.question', Array.isArray(items) ? items.length : 1);
  return faq;
}

const buttons = (faq: Element) => inShadow<HTMLButtonElement>(faq, '.question');
const panel = (faq: Element, button: HTMLButtonElement) => faq.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;

describe('<recovery-faq>', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('accessibility', () => {
    it('is axe-clean collapsed, expanded, searchable and in Spanish', async () => {
      const faq = await faqFromJson('searchable');
      await expect(faq).to.be.accessible();
      buttons(faq).forEach((button) => button.click());
      await faq.updateComplete;
      await expect(faq).to.be.accessible();

      const spanish = await fixture<HTMLElement>(
        html`<div lang="es"><recovery-faq searchable theme="dark"><script type="application/json">${JSON.stringify(ITEMS)}</script></recovery-faq></div>`,
      );
      const esFaq = spanish.querySelector('recovery-faq')!;
      await untilRendered(esFaq, '.question', 3);
      await expect(esFaq).to.be.accessible();
    });

    it('puts each question in a button with aria-expanded and aria-controls, inside a heading of heading-level', async () => {
      const faq = await faqFromJson();
      for (const button of buttons(faq)) {
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(button.parentElement!.getAttribute('role')).to.equal('heading');
        expect(button.parentElement!.getAttribute('aria-level')).to.equal('3');
        const answer = panel(faq, button);
        expect(answer.getAttribute('hidden')).to.equal('until-found');
        expect(answer.getAttribute('aria-labelledby')).to.equal(button.id);
        expect(answer.getAttribute('role')).to.equal('region');
      }
      expect(buttons(faq).map((button) => button.textContent!.trim())).to.deep.equal(ITEMS.map((item) => item.question));
    });

    it('drops region landmarks when there are more than six answers', async () => {
      const many = Array.from({ length: 7 }, (_, n) => ({ question: `Question ${n}`, answer: `Answer ${n}` }));
      const faq = await faqFromJson('', many);
      expect(inShadow(faq, '[role="region"]')).to.have.length(0);
    });
  });

  describe('attributes', () => {
    it('heading-level sets the level of every question heading', async () => {
      const faq = await faqFromJson('heading-level="2"');
      expect(inShadow(faq, '[role="heading"]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['2', '2', '2']);
    });

    it('a heading-level outside 2–6 falls back to 3 with one console error', async () => {
      const { result: faq, errors, thrown } = await watchErrors(() => faqFromJson('heading-level="9"'));
      expect(inShadow(faq, '[role="heading"]')[0].getAttribute('aria-level')).to.equal('3');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<recovery-faq> heading-level');
      expect(thrown).to.be.empty;
    });

    it('opens and closes answers on click, showing the paragraphs', async () => {
      const faq = await faqFromJson();
      const [first] = buttons(faq);
      first.click();
      await faq.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      const answer = panel(faq, first);
      expect(answer.hasAttribute('hidden')).to.be.false;
      expect([...answer.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
        'Each person does their own work.',
        'At the same time.',
      ]);
      expect(answer.getBoundingClientRect().height).to.be.greaterThan(0);
      first.click();
      await faq.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      expect(answer.getAttribute('hidden')).to.equal('until-found');
    });

    it('single keeps at most one answer open', async () => {
      const faq = await faqFromJson('single');
      const [first, second] = buttons(faq);
      first.click();
      await faq.updateComplete;
      second.click();
      await faq.updateComplete;
      expect(buttons(faq).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'false']);
    });

    it('open lists the ids that start open', async () => {
      const faq = await faqFromJson('open="bct que-es-la-codependencia"');
      expect(buttons(faq).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'true']);
      const single = await faqFromJson('single open="bct que-es-la-codependencia"');
      expect(buttons(single).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'false']);
    });

    it('searchable filters questions and answers, ignoring case and accents, and announces the count', async () => {
      const faq = await faqFromJson('searchable');
      const input = inShadow<HTMLInputElement>(faq, 'input[type="search"]')[0];
      const label = inShadow<HTMLLabelElement>(faq, 'label')[0];
      expect(label.htmlFor).to.equal(input.id);
      expect(label.textContent).to.equal('Search these questions');
      const status = inShadow(faq, '[role="status"]')[0];
      expect(status.textContent!.trim()).to.equal('');

      input.focus();
      await sendKeys({ type: 'QUE' });
      await faq.updateComplete;
      const visible = () =>
        inShadow(faq, '.item')
          .filter((item) => !item.hidden)
          .map((item) => item.querySelector('.question')!.textContent!.trim());
      expect(visible()).to.deep.equal(['¿Qué es la codependencia?']);
      expect(status.textContent!.trim()).to.equal('1 of 3 questions matches.');

      input.value = 'structured couples';
      input.dispatchEvent(new Event('input'));
      await faq.updateComplete;
      expect(visible()).to.deep.equal(['What is Behavioral Couples Therapy?']);

      input.value = 'zebra';
      input.dispatchEvent(new Event('input'));
      await faq.updateComplete;
      expect(visible()).to.be.empty;
      expect(status.textContent!.trim()).to.equal('No question matches “zebra”. Try a different word.');
      await expect(faq).to.be.accessible();
    });

    it('theme comes from the attribute, else the provider, else light', async () => {
      const container = await fixture<HTMLElement>(html`
        <recovery-provider theme="dark">
          <recovery-faq><script type="application/json">${JSON.stringify(ITEMS)}</script></recovery-faq>
          <recovery-faq theme="auto"><script type="application/json">${JSON.stringify(ITEMS)}</script></recovery-faq>
        </recovery-provider>
        <recovery-faq><script type="application/json">${JSON.stringify(ITEMS)}</script></recovery-faq>
      `);
      const faqs = [...(container.parentElement ?? document).querySelectorAll('recovery-faq')];
      await Promise.all(faqs.map((faq) => untilRendered(faq, '.question', 3)));
      const themes = faqs.map((faq) => inShadow(faq, '[part="base"]')[0].dataset.theme);
      expect(themes.slice(-3)).to.deep.equal(['dark', 'auto', 'light']);
      const darkText = getComputedStyle(inShadow(faqs.at(-3)!, '[part="base"]')[0]).color;
      const lightText = getComputedStyle(inShadow(faqs.at(-1)!, '[part="base"]')[0]).color;
      expect(darkText).to.not.equal(lightText);
    });

    it('--recovery-* tokens set on the page reach the widget', async () => {
      const container =
        await fixture<HTMLElement>(html`<div style="--recovery-color-text: rgb(1, 2, 3); --recovery-faq-border-color: rgb(4, 5, 6)">
        <recovery-faq><script type="application/json">${JSON.stringify(ITEMS)}</script></recovery-faq></div>`);
      const faq = container.querySelector('recovery-faq')!;
      await untilRendered(faq, '.question', 3);
      expect(getComputedStyle(inShadow(faq, '[part="base"]')[0]).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(inShadow(faq, '.item')[1]).borderTopColor).to.equal('rgb(4, 5, 6)');
    });
  });

  describe('events', () => {
    it('fires recovery-faq-toggle with {id, open}, bubbling out of the shadow root', async () => {
      const faq = await faqFromJson('single');
      const events = collectEvents<{ id: string; open: boolean }>('recovery-faq-toggle');
      const [first, second] = buttons(faq);
      first.click();
      second.click();
      events.stop();
      expect(events.details).to.deep.equal([
        { id: 'what-is-parallel-recovery', open: true },
        { id: 'what-is-parallel-recovery', open: false },
        { id: 'bct', open: true },
      ]);
    });
  });

  describe('keyboard', () => {
    it('Enter and Space toggle; Down, Up, Home and End move between questions', async () => {
      const faq = await faqFromJson();
      const [first, second, third] = buttons(faq);
      first.focus();
      await sendKeys({ press: 'Enter' });
      await faq.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await faq.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('false');

      await sendKeys({ press: 'ArrowDown' });
      expect(shadowFocus(faq)).to.equal(second);
      await sendKeys({ press: 'End' });
      expect(shadowFocus(faq)).to.equal(third);
      await sendKeys({ press: 'ArrowDown' });
      expect(shadowFocus(faq), 'Down wraps to the first').to.equal(first);
      await sendKeys({ press: 'ArrowUp' });
      expect(shadowFocus(faq), 'Up wraps to the last').to.equal(third);
      await sendKeys({ press: 'Home' });
      expect(shadowFocus(faq)).to.equal(first);
    });

    it('arrow keys skip questions hidden by the search filter', async () => {
      const faq = await faqFromJson('searchable');
      const input = inShadow<HTMLInputElement>(faq, 'input')[0];
      input.value = 'what';
      input.dispatchEvent(new Event('input'));
      await faq.updateComplete;
      const [first, second] = buttons(faq);
      first.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(shadowFocus(faq)).to.equal(second);
      await sendKeys({ press: 'ArrowDown' });
      expect(shadowFocus(faq)).to.equal(first);
    });
  });

  describe('stable ids and deep links', () => {
    it('opens, scrolls to and focuses the question in the URL hash on load', async () => {
      history.replaceState(null, '', '#bct');
      const faq = await faqFromJson();
      await waitUntil(() => shadowFocus(faq) === buttons(faq)[1], 'the #bct question is focused');
      expect(buttons(faq)[1].getAttribute('aria-expanded')).to.equal('true');
    });

    it('follows hashchange, including accented slugs', async () => {
      const faq = await faqFromJson();
      location.hash = '#que-es-la-codependencia';
      await waitUntil(() => buttons(faq)[2].getAttribute('aria-expanded') === 'true', 'opened by hashchange');
      expect(shadowFocus(faq)).to.equal(buttons(faq)[2]);
    });

    it('a match found by find-in-page (beforematch) opens its answer', async () => {
      const faq = await faqFromJson();
      const events = collectEvents<{ id: string; open: boolean }>('recovery-faq-toggle');
      const answer = panel(faq, buttons(faq)[1]);
      // Chromium fires `beforematch` on a hidden="until-found" element when find-in-page
      // matches inside it; a test cannot drive the find bar, so it fires the same event.
      answer.dispatchEvent(new Event('beforematch', { bubbles: true }));
      await faq.updateComplete;
      events.stop();
      expect(buttons(faq)[1].getAttribute('aria-expanded')).to.equal('true');
      expect(events.details).to.deep.equal([{ id: 'bct', open: true }]);
    });
  });

  describe('content sources', () => {
    it('uses the latest src when an older one answers last', async () => {
      const faq = await fixture<RecoveryFaq>(html`<recovery-faq src="/test-api/faq.json?delay=700&amp;first=Old"></recovery-faq>`);
      faq.src = '/test-api/faq.json?first=New';
      await untilRendered(faq, '.question', 2);
      // Long enough for the slow answer to arrive and be thrown away.
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect(buttons(faq)[0].textContent!.trim()).to.equal('New');
    });

    it('loads src from the server', async () => {
      const faq = await fixture<RecoveryFaq>(html`<recovery-faq src="/test-api/faq.json"></recovery-faq>`);
      await untilRendered(faq, '.question', 2);
      expect(buttons(faq).map((b) => b.textContent!.trim())).to.deep.equal(['Served over HTTP?', 'A second question']);
      expect(inShadow(faq, '#a-1 p')).to.have.length(2);
    });

    it('prefers the child JSON script over src', async () => {
      const faq = await fixture<RecoveryFaq>(
        `<recovery-faq src="/test-api/faq.json"><script type="application/json">${JSON.stringify(ITEMS)}</script></recovery-faq>`,
      );
      await untilRendered(faq, '.question', 3);
      expect(buttons(faq)[0].textContent!.trim()).to.equal(ITEMS[0].question);
    });

    it('turns <details> children into questions whose rich answers stay in the light DOM', async () => {
      const faq = await fixture<RecoveryFaq>(html`
        <recovery-faq>
          <details id="meetings"><summary>Where are meetings?</summary><p>See <a href="/groups">our groups</a>.</p></details>
          <details><summary>Is it free?</summary><p>Yes.</p><ul><li>No fees</li></ul></details>
        </recovery-faq>
      `);
      await untilRendered(faq, '.question', 2);
      expect(buttons(faq).map((b) => b.textContent!.trim())).to.deep.equal(['Where are meetings?', 'Is it free?']);
      const link = faq.querySelector('a')!;
      expect(link.getRootNode()).to.equal(document);
      expect(link.closest('[slot]')!.assignedSlot!.closest('.answer')).to.equal(panel(faq, buttons(faq)[0]));
      buttons(faq)[0].click();
      await faq.updateComplete;
      expect(link.getBoundingClientRect().height).to.be.greaterThan(0);

      const events = collectEvents<{ id: string }>('recovery-faq-toggle');
      buttons(faq)[1].click();
      events.stop();
      expect(events.details[0].id).to.equal('is-it-free');
      expect(buttons(faq)[0].closest('[role="heading"]')).to.exist;
      await expect(faq).to.be.accessible();
    });

    it('picks up <details> added later, keeping open answers open', async () => {
      const faq = await fixture<RecoveryFaq>(html`<recovery-faq><details><summary>One</summary>1</details></recovery-faq>`);
      await untilRendered(faq, '.question', 1);
      buttons(faq)[0].click();
      const added = document.createElement('details');
      added.innerHTML = '<summary>Two</summary>2';
      faq.append(added);
      await untilRendered(faq, '.question', 2);
      expect(buttons(faq).map((b) => b.textContent!.trim())).to.deep.equal(['One', 'Two']);
      expect(
        buttons(faq).map((b) => b.getAttribute('aria-expanded')),
        'what the visitor opened stays open',
      ).to.deep.equal(['true', 'false']);
    });
  });

  describe('bad configuration', () => {
    const cases: Array<{ name: string; markup: string; attribute: string; problem: string }> = [
      {
        name: 'invalid JSON',
        markup: '<recovery-faq><script type="application/json">[{"question": </script></recovery-faq>',
        attribute: 'child <script type="application/json">',
        problem: 'is not valid JSON',
      },
      {
        name: 'an object instead of an array',
        markup: '<recovery-faq><script type="application/json">{"question": "Q"}</script></recovery-faq>',
        attribute: 'child <script type="application/json">',
        problem: 'expected an array',
      },
      {
        name: 'an item without an answer',
        markup:
          '<recovery-faq><script type="application/json">[{"question": "Q", "answer": "A"}, {"question": "Q2"}]</script></recovery-faq>',
        attribute: 'child <script type="application/json">',
        problem: '[1].answer is missing',
      },
      {
        name: 'a src that answers 404',
        markup: '<recovery-faq src="/test-api/missing.json"></recovery-faq>',
        attribute: 'src',
        problem: 'answered HTTP 404',
      },
      {
        name: 'a src that is not JSON',
        markup: '<recovery-faq src="/test-api/not-json"></recovery-faq>',
        attribute: 'src',
        problem: 'is not valid JSON',
      },
      {
        name: 'a javascript: src',
        markup: '<recovery-faq src="javascript:alert(1)"></recovery-faq>',
        attribute: 'src',
        problem: 'is not an http(s) or relative URL',
      },
      {
        name: 'an unreachable src',
        markup: '<recovery-faq src="http://127.0.0.1:9/faq.json"></recovery-faq>',
        attribute: 'src',
        problem: 'could not be loaded',
      },
    ];
    for (const { name, markup, attribute, problem } of cases) {
      it(`${name}: a polite message, one console error, nothing thrown, and the next FAQ still works`, async () => {
        const {
          result: container,
          errors,
          thrown,
        } = await watchErrors(async () => {
          const page = await fixture<HTMLElement>(
            `<div>${markup}<recovery-faq><script type="application/json">${JSON.stringify(ITEMS)}</script></recovery-faq></div>`,
          );
          const [broken] = page.querySelectorAll('recovery-faq');
          await untilRendered(broken, '[part="error"]');
          return page;
        });
        const [broken, working] = container.querySelectorAll('recovery-faq');
        const message = inShadow(broken, '[part="error"]')[0];
        expect(message.getAttribute('role')).to.equal('status');
        expect(message.textContent).to.equal('Sorry, these questions can’t be shown right now.');
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain(`<recovery-faq> ${attribute}:`).and.contain(problem);
        expect(thrown).to.be.empty;
        await untilRendered(working, '.question', 3);
        await expect(broken).to.be.accessible();
      });
    }

    it('falls back to <details> children when the JSON is broken', async () => {
      const { result: faq, errors } = await watchErrors(async () => {
        const element = await fixture<RecoveryFaq>(
          html`<recovery-faq src="/test-api/missing.json"><details><summary>Fallback</summary>Still here</details></recovery-faq>`,
        );
        await untilRendered(element, '.question');
        return element;
      });
      expect(buttons(faq)[0].textContent!.trim()).to.equal('Fallback');
      expect(inShadow(faq, '[part="error"]')).to.be.empty;
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('showing the <details> children instead');
    });

    it('invalid strings JSON keeps the built-in strings and logs once', async () => {
      const { result: faq, errors } = await watchErrors(() => faqFromJson(`searchable strings='{"en": "oops"}'`));
      expect(inShadow(faq, 'label')[0].textContent).to.equal('Search these questions');
      expect(errors).to.deep.equal([
        '<recovery-faq> strings: strings.en must be an object of strings, got a string; using the built-in strings',
      ]);
    });

    it('an unknown theme falls back to light and logs once', async () => {
      const { result: faq, errors } = await watchErrors(() => faqFromJson('theme="purple"'));
      expect(inShadow(faq, '[part="base"]')[0].dataset.theme).to.equal('light');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<recovery-faq> theme:');
    });
  });

  describe('properties set from script with the wrong type (issue 13)', () => {
    const cases: Array<[string, unknown]> = [
      ['open', ['bct']],
      ['open', 42],
      ['open', { bct: true }],
      ['headingLevel', '4'],
      ['headingLevel', Number.NaN],
    ];
    for (const [property, value] of cases) {
      it(`${property} = ${JSON.stringify(value)}: one console error naming it, nothing thrown, questions still work`, async () => {
        const faq = await faqFromJson();
        const { errors, thrown } = await watchErrors(async () => {
          (faq as unknown as Record<string, unknown>)[property] = value;
          await faq.updateComplete;
        });
        expect(thrown).to.deep.equal([]);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(new RegExp(`^<recovery-faq> ${property === 'open' ? 'open' : 'heading-level'}:`));
        // Treated as absent: nothing opened by it, the default heading level, and clicks still toggle.
        expect(buttons(faq).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'false']);
        expect(inShadow(faq, '[role="heading"]')[0].getAttribute('aria-level')).to.equal('3');
        buttons(faq)[1].click();
        await faq.updateComplete;
        expect(buttons(faq)[1].getAttribute('aria-expanded')).to.equal('true');
      });
    }
  });

  describe('found by the fuzz test (issue 13)', () => {
    it('a <details> with an empty <summary> is left out and said once; with none left, the polite message shows', async () => {
      const {
        result: faq,
        errors,
        thrown,
      } = await watchErrors(async () => {
        const container = await fixture<HTMLElement>(
          '<div><recovery-faq><details><summary>  </summary><p>Orphan answer</p></details><details><summary>Real question?</summary><p>Yes.</p></details></recovery-faq></div>',
        );
        const element = container.querySelector('recovery-faq')!;
        await untilRendered(element, '.question');
        return element;
      });
      expect(thrown).to.deep.equal([]);
      expect(buttons(faq).map((button) => button.textContent)).to.deep.equal(['Real question?']);
      expect(errors).to.deep.equal(['<recovery-faq> <details>: 1 of them have an empty <summary>; leaving those out']);
      const { result: empty } = await watchErrors(async () => {
        const container = await fixture<HTMLElement>(
          '<div><recovery-faq><details><summary></summary><p>Answer</p></details></recovery-faq></div>',
        );
        const element = container.querySelector('recovery-faq')!;
        await untilRendered(element, '[part="error"]');
        return element;
      });
      expect(inShadow(empty, '[part="error"]')[0].textContent).to.contain('can’t be shown');
    });

    it('a JSON child replaced after load is read again (a CMS preview swapping the questions)', async () => {
      const container = await fixture<HTMLElement>('<div><recovery-faq><script type="application/json">[]</script></recovery-faq></div>');
      const faq = container.querySelector('recovery-faq')!;
      await faq.updateComplete;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(ITEMS);
      faq.querySelector('script')!.replaceWith(script);
      await untilRendered(faq, '.question', 3);
      expect(buttons(faq).map((button) => button.textContent)).to.deep.equal(ITEMS.map((item) => item.question));
    });

    it('turning searchable off after a search shows every question again', async () => {
      const faq = await faqFromJson('searchable');
      const input = inShadow<HTMLInputElement>(faq, 'input[type="search"]')[0];
      input.value = 'nothing matches this';
      input.dispatchEvent(new Event('input'));
      await faq.updateComplete;
      expect(inShadow(faq, '.item:not([hidden])')).to.have.length(0);
      faq.searchable = false;
      await faq.updateComplete;
      expect(inShadow(faq, '.item:not([hidden])')).to.have.length(3);
    });
  });

  describe('structured data', () => {
    const blocks = () => document.querySelectorAll(`script[type="application/ld+json"]`);

    it('keeps exactly one FAQPage block for every FAQ with the attribute, in page order, through reconnects', async () => {
      const container = await fixture<HTMLElement>(html`<div>
        <recovery-faq structured-data><script type="application/json">${JSON.stringify(ITEMS.slice(0, 1))}</script></recovery-faq>
        <recovery-faq><script type="application/json">${JSON.stringify([{ question: 'Not included', answer: 'x' }])}</script></recovery-faq>
        <recovery-faq structured-data><details><summary>From details</summary><p>Rich <b>answer</b></p></details></recovery-faq>
      </div>`);
      const faqs = [...container.querySelectorAll('recovery-faq')];
      await Promise.all(faqs.map((faq) => untilRendered(faq, '.question')));
      await nextFrame();
      expect(blocks()).to.have.length(1);
      const data = JSON.parse(blocks()[0].textContent!);
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity.map((q: { name: string }) => q.name)).to.deep.equal(['What is parallel recovery?', 'From details']);
      expect(data.mainEntity[1].acceptedAnswer.text).to.equal('Rich answer');

      // Moving an FAQ re-connects it: still one block, now in the new order.
      container.prepend(faqs[2]);
      await nextFrame();
      expect(blocks()).to.have.length(1);
      expect(JSON.parse(blocks()[0].textContent!).mainEntity.map((q: { name: string }) => q.name)).to.deep.equal([
        'From details',
        'What is parallel recovery?',
      ]);

      faqs[0].remove();
      faqs[2].remove();
      await nextFrame();
      expect(document.getElementById(STRUCTURED_DATA_ID)).to.be.null;
    });
  });

  describe('language', () => {
    it('follows the nearest lang, including a provider’s, and its changes', async () => {
      const container = await fixture<HTMLElement>(html`<div>
        <recovery-provider lang="es"><recovery-faq searchable><script type="application/json">${JSON.stringify(ITEMS)}</script></recovery-faq></recovery-provider>
        <section lang="es-MX"><recovery-faq searchable><script type="application/json">${JSON.stringify(ITEMS)}</script></recovery-faq></section>
      </div>`);
      const [inProvider, inSection] = container.querySelectorAll('recovery-faq');
      await untilRendered(inProvider, 'label');
      await untilRendered(inSection, 'label');
      const label = (faq: Element) => inShadow(faq, 'label')[0].textContent;
      expect(label(inProvider)).to.equal('Buscar en estas preguntas');
      expect(label(inSection)).to.equal('Buscar en estas preguntas');
      expect(inShadow(inSection, '[part="base"]')[0].lang).to.equal('es');

      container.querySelector('section')!.setAttribute('lang', 'en');
      await waitUntil(() => label(inSection) === 'Search these questions', 'switches to English');
      inSection.setAttribute('lang', 'es');
      await waitUntil(() => label(inSection) === 'Buscar en estas preguntas', 'its own lang wins');
    });

    it('takes string overrides from its attribute, then the provider, including a new language', async () => {
      const container = await fixture<HTMLElement>(html`
        <recovery-provider>
          <script type="application/json">{"strings": {"recovery-faq": {"en": {"searchLabel": "Search our FAQ", "searchHint": "Provider hint"}}}}</script>
          <recovery-faq searchable strings='{"en": {"searchLabel": "Find a question"}, "fr": {"searchLabel": "Chercher"}}'><script type="application/json">${JSON.stringify(ITEMS)}</script></recovery-faq>
        </recovery-provider>
      `);
      const faq = container.querySelector('recovery-faq')!;
      await waitUntil(() => inShadow(faq, '.hint')[0]?.textContent === 'Provider hint', 'provider strings arrive');
      expect(inShadow(faq, 'label')[0].textContent).to.equal('Find a question');
      faq.setAttribute('lang', 'fr');
      await waitUntil(() => inShadow(faq, 'label')[0].textContent === 'Chercher', 'a site-supplied language');
      expect(inShadow(faq, '[part="base"]')[0].lang).to.equal('fr');
    });
  });
});
