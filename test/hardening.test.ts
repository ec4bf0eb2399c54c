import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { TAGS, WIDGET_TAGS } from './embedding/samples.js';
import { inShadow, settingsInside, watchErrors } from './helpers.js';

/**
 * Regression tests for the failures the fuzz test (test/fuzz) found in the shared pieces:
 * each is named after what a site did. Failures inside a widget are listed in
 * test/fuzz/known-failures.ts until that widget is fixed.
 */

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A document without a browsing context, as a page can make one. */
function otherDocument(via: string): Document {
  return via === 'DOMParser'
    ? new DOMParser().parseFromString('<!doctype html><body>', 'text/html')
    : document.implementation.createHTMLDocument('other');
}

/** True when the element's own style sheets apply: it is no longer `display: inline`, the default of an unstyled custom element. */
function styled(element: Element): boolean {
  return (element.shadowRoot?.adoptedStyleSheets.length ?? 0) > 0 && getComputedStyle(element).display !== 'inline';
}

describe('hardening: what the fuzz test found', () => {
  describe('an element that meets another document', () => {
    for (const tag of TAGS) {
      for (const via of ['createHTMLDocument', 'DOMParser']) {
        it(`<${tag}> first connected in a ${via} document, then adopted into the page, renders with its styles and throws nothing`, async () => {
          const host = await fixture<HTMLElement>(html`<div></div>`);
          const element = document.createElement(tag) as Updating;
          const { thrown } = await watchErrors(async () => {
            otherDocument(via).body.append(element);
            await nextTask();
            host.append(document.adoptNode(element));
            await element.updateComplete;
          });
          expect(thrown).to.deep.equal([]);
          expect(element.shadowRoot).to.exist;
          expect(styled(element), 'its style sheets apply').to.be.true;
        });
      }

      for (const via of ['DOMParser', 'createHTMLDocument']) {
        it(`<${tag}> that travels through a ${via} document and back keeps its styles`, async () => {
          const host = await fixture<HTMLElement>(html`<div></div>`);
          const element = document.createElement(tag) as Updating;
          host.append(element);
          await element.updateComplete;
          expect(styled(element)).to.be.true;
          const { thrown } = await watchErrors(async () => {
            otherDocument(via).body.append(element);
            await nextTask();
            host.append(element);
            await element.updateComplete;
          });
          expect(thrown).to.deep.equal([]);
          expect(styled(element), 'its style sheets apply again').to.be.true;
        });
      }
    }

    it('a sensitive widget created inside another document brings a working quick exit with it', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const doc = otherDocument('DOMParser');
      const check = document.createElement('recovery-self-check') as Updating;
      check.setAttribute('quick-exit', '');
      const { thrown } = await watchErrors(async () => {
        doc.body.append(check);
        await check.updateComplete;
        host.append(check);
        await check.updateComplete;
      });
      expect(thrown).to.deep.equal([]);
      const exit = inShadow(check, 'recovery-quick-exit')[0] as Updating;
      await exit.updateComplete;
      expect(styled(exit)).to.be.true;
    });
  });

  describe('theme set from script to a value that is not text', () => {
    const values: Array<[string, unknown]> = [
      ['a Symbol', Symbol('dark')],
      ['an object without a prototype', Object.create(null)],
      ['a number', 7],
    ];
    for (const tag of WIDGET_TAGS) {
      for (const [name, value] of values) {
        it(`<${tag}>.theme = ${name}: one console error naming theme, nothing thrown, not reflected, light`, async () => {
          const element = await fixture<Updating>(html`<div>${document.createElement(tag)}</div>`).then(
            (div) => div.firstElementChild as Updating,
          );
          await element.updateComplete;
          const { errors, thrown } = await watchErrors(async () => {
            (element as unknown as { theme: unknown }).theme = value;
            await element.updateComplete;
          });
          expect(thrown).to.deep.equal([]);
          expect(errors.filter((error) => error.includes('theme'))).to.have.length(1);
          expect(errors.find((error) => error.includes('theme'))).to.contain(`<${tag}> theme:`);
          expect(element.hasAttribute('theme') && typeof value !== 'number', 'a value without a string form is not reflected').to.be.false;
          const base = element.shadowRoot!.querySelector('[data-theme]');
          if (base) expect(base.getAttribute('data-theme')).to.equal('light');
        });
      }
    }

    it("a widget's own theme that is not valid gives way to its provider's", async () => {
      const provider = await fixture<HTMLElement>(
        html`<recovery-provider theme="dark"><recovery-quick-exit inline></recovery-quick-exit></recovery-provider>`,
      );
      const exit = provider.querySelector('recovery-quick-exit') as Updating;
      await watchErrors(async () => {
        (exit as unknown as { theme: unknown }).theme = 7;
        await exit.updateComplete;
      });
      expect(exit.shadowRoot!.querySelector('[data-theme]')!.getAttribute('data-theme')).to.equal('dark');
    });
  });

  describe('src set from script to a value that is not text', () => {
    for (const [name, value] of [
      ['a BigInt', 5n],
      ['a Symbol', Symbol('faq.json')],
      ['a URL object', new URL('/test-api/faq.json', location.href)],
    ] as Array<[string, unknown]>) {
      it(`<recovery-faq>.src = ${name} is treated as absent: one console error naming src, its <details> shown, nothing thrown`, async () => {
        const faq = await fixture<Updating>(html`<recovery-faq><details><summary>Is this kept?</summary>Yes.</details></recovery-faq>`);
        const { errors, thrown } = await watchErrors(async () => {
          (faq as unknown as { src: unknown }).src = value;
          await faq.updateComplete;
          await nextTask();
          await faq.updateComplete;
        });
        expect(thrown).to.deep.equal([]);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain('<recovery-faq> src: expected text, got ');
        expect(inShadow(faq, '.question').map((button) => button.textContent!.trim())).to.deep.equal(['Is this kept?']);
      });
    }
  });

  describe("the provider's settings set from script to values JSON cannot write", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const [name, value] of [
      ['a BigInt', 10n],
      ['a circular object', cycle],
      ['a Symbol', Symbol('x')],
    ] as Array<[string, unknown]>) {
      it(`scheduleHref = ${name}: left out with one console error naming schedule-href, nothing thrown, the other settings still shared`, async () => {
        const provider = await fixture<LitElement>(html`<recovery-provider phone="+1-303-555-0142"></recovery-provider>`);
        const { errors, thrown } = await watchErrors(async () => {
          (provider as unknown as { scheduleHref: unknown }).scheduleHref = value;
          await provider.updateComplete;
        });
        expect(thrown).to.deep.equal([]);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain('<recovery-provider> schedule-href:');
        expect(settingsInside(provider)).to.deep.equal({ phone: '+1-303-555-0142' });
      });
    }
  });

  describe('a language that is not a valid language tag, with site strings for it', () => {
    const items = JSON.stringify([
      { question: 'What is parallel recovery?', answer: 'Each person works on their own recovery.' },
      { question: 'Is it free?', answer: 'Yes.' },
    ]);
    for (const [lang, strings] of [
      ['x-invalid-', '{"x": {"searchLabel": "Search x"}}'],
      ['__proto__', '{"__proto__": {"searchLabel": "Search proto"}}'],
    ]) {
      it(`lang="${lang}" with strings for "${lang.split('-')[0]}": the FAQ's search count is in English, nothing thrown (Intl is never handed the tag)`, async () => {
        const faq = await fixture<Updating>(
          html`<recovery-faq searchable lang=${lang} strings=${strings}><script type="application/json">${items}</script></recovery-faq>`,
        );
        await faq.updateComplete;
        const { thrown } = await watchErrors(async () => {
          const input = inShadow<HTMLInputElement>(faq, 'input[type="search"]')[0];
          input.value = 'free';
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await faq.updateComplete;
        });
        expect(thrown).to.deep.equal([]);
        expect(inShadow(faq, '[role="status"]')[0].textContent!.trim()).to.equal('1 of 2 questions matches.');
      });
    }
  });
});
