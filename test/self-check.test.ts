import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/elements/self-check/recovery-self-check.js';
import '../src/elements/provider/recovery-provider.js';
import type { RecoverySelfCheck } from '../src/elements/self-check/self-check.js';
import { collectEvents, inShadow, shadowFocus, untilRendered, watchErrors } from './helpers.js';

const COMPLETE = 'recovery-self-check-complete';

/** A page fragment holding one or more self-checks; resolves once the first has drawn its first screen. */
async function page(markup: string): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(`<div>${markup}</div>`);
  await untilRendered(container.querySelector('recovery-self-check')!, '[data-focus], [part="error"]');
  return container;
}

async function selfCheck(attributes = '', children = ''): Promise<RecoverySelfCheck> {
  const container = await page(`<recovery-self-check ${attributes}>${children}</recovery-self-check>`);
  return container.querySelector('recovery-self-check')!;
}

const heading = (check: Element) => inShadow(check, '.heading')[0];
const headingText = (check: Element) => heading(check).textContent!.replace(/\s+/g, ' ').trim();
const radios = (check: Element) => inShadow<HTMLInputElement>(check, 'input[type="radio"]');
const checked = (check: Element) => radios(check).map((radio) => radio.checked);
const buttonNamed = (check: Element, name: string) =>
  inShadow<HTMLButtonElement>(check, 'button').find((button) => button.textContent!.trim() === name);
const status = (check: Element) => inShadow(check, '[role="status"]').at(-1)!.textContent!.trim();
const links = (check: Element, selector: string) =>
  inShadow<HTMLAnchorElement>(check, `${selector} a`).map((a) => [a.textContent!.trim(), a.getAttribute('href')]);
/** The "3 of 12" beside the progress bar. */
const progress = (check: Element) => inShadow(check, '.progress')[0]?.textContent!.trim();
const crisis = (check: Element) => inShadow(check, '[part="crisis"]')[0];
/** Opens "More help lines" as a visitor would, by its summary. */
async function moreLines(check: RecoverySelfCheck): Promise<HTMLDetailsElement> {
  const details = crisis(check).querySelector('details')!;
  details.querySelector('summary')!.click();
  await check.updateComplete;
  expect(details.open).to.be.true;
  return details;
}
/** 988 to call and to text, in sight (not behind "More help lines"). */
function sees988(check: Element, where: string): void {
  for (const href of ['tel:988', 'sms:988']) {
    const link = inShadow(check, `a[href="${href}"]`)[0];
    expect(link, `${href} on ${where}`).to.exist;
    expect(link.checkVisibility(), `${href} visible on ${where}`).to.be.true;
  }
}
const NBSP = '\u00a0';

async function press(check: RecoverySelfCheck, name: string): Promise<void> {
  const button = buttonNamed(check, name);
  expect(button, `a "${name}" button`).to.exist;
  button!.click();
  await check.updateComplete;
}

/** Picks an answer by clicking its label, as a pointer user would. */
async function choose(check: RecoverySelfCheck, value: number): Promise<void> {
  radios(check)[value].closest('label')!.click();
  await check.updateComplete;
}

/** Start, answer each statement in steps mode, and go to the result. */
async function answerAll(check: RecoverySelfCheck, values: number[]): Promise<void> {
  await press(check, 'Start');
  for (const [index, value] of values.entries()) {
    await choose(check, value);
    await press(check, index < values.length - 1 ? 'Next' : 'See my result');
  }
}

const all = (value: number) => Array<number>(12).fill(value);

describe('<recovery-self-check>', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  describe('accessibility', () => {
    it('is axe-clean on the intro, a statement, a missing answer, the help lines and the result', async () => {
      const check = await selfCheck();
      await expect(check).to.be.accessible();
      await press(check, 'Start');
      await expect(check).to.be.accessible();
      await press(check, 'Next');
      expect(inShadow(check, '.field-error')).to.have.length(1);
      await expect(check).to.be.accessible();
      await moreLines(check);
      await expect(check).to.be.accessible();
      const result = await selfCheck();
      await answerAll(result, all(2));
      await expect(result).to.be.accessible();
    });

    it('is axe-clean in Spanish and dark, in both modes, with the list’s error summary', async () => {
      const container = await page(
        `<div lang="es"><recovery-self-check theme="dark" quick-exit></recovery-self-check><recovery-self-check mode="list"></recovery-self-check></div>`,
      );
      const [steps, list] = container.querySelectorAll('recovery-self-check');
      await untilRendered(list, '[data-focus]');
      await expect(steps).to.be.accessible();
      await press(steps, 'Empezar');
      await expect(steps).to.be.accessible();
      await answerSpanish(steps);
      await expect(steps).to.be.accessible();
      await press(list, 'Ver mi resultado');
      await expect(list).to.be.accessible();
    });

    async function answerSpanish(check: RecoverySelfCheck) {
      for (let index = 0; index < 12; index++) {
        await choose(check, 1);
        await press(check, index < 11 ? 'Siguiente' : 'Ver mi resultado');
      }
    }

    it('labels every answer and groups each statement’s answers under it, with the question as its hint', async () => {
      const check = await selfCheck();
      await press(check, 'Start');
      const fieldset = inShadow<HTMLFieldSetElement>(check, 'fieldset')[0];
      expect(fieldset.querySelector('legend')!.contains(heading(check))).to.be.true;
      expect(heading(check).getAttribute('role')).to.equal('heading');
      expect(fieldset.getAttribute('aria-describedby')).to.equal('s0-hint');
      expect(check.shadowRoot!.getElementById('s0-hint')!.textContent).to.equal(
        'Over the past month, how often has this been true for you?',
      );
      expect(radios(check).map((radio) => radio.closest('label')!.textContent!.trim())).to.deep.equal([
        'Never',
        'Sometimes',
        'Often',
        'Almost always',
      ]);
      for (const radio of radios(check)) expect(radio.closest('label')!.getBoundingClientRect().height).to.be.at.least(44);
    });
  });

  describe('steps mode', () => {
    it('opens on an intro that says it is not a diagnosis and what happens to the answers', async () => {
      const check = await selfCheck();
      expect(headingText(check)).to.equal('A private check-in for you');
      const text = check.shadowRoot!.textContent!;
      expect(text).to.contain('This is not a diagnosis');
      expect(text).to.contain('Your answers stay in this browser, go to no one, and are gone when you leave this page.');
      expect(text).to.contain('These 12 short statements');
      expect(radios(check)).to.be.empty;
      expect(buttonNamed(check, 'Clear my answers and start over'), 'nothing to clear yet').to.not.exist;
    });

    it('shows one statement per screen with "n of 12" progress, and moves focus to each new statement', async () => {
      const check = await selfCheck();
      await press(check, 'Start');
      expect(headingText(check)).to.equal('My thoughts keep going back to whether they are drinking or using.');
      expect(progress(check)).to.equal('1 of 12');
      expect(shadowFocus(check)).to.equal(heading(check));
      await choose(check, 2);
      await press(check, 'Next');
      expect(headingText(check)).to.match(/^I plan my days/);
      expect(progress(check)).to.equal('2 of 12');
      expect(shadowFocus(check)).to.equal(heading(check));
      expect(checked(check)).to.deep.equal([false, false, false, false]);
      expect(inShadow<HTMLProgressElement>(check, 'progress')[0].value).to.equal(2);
    });

    it('"3 of 12" sits beside the bar, on its line, above the statement', async () => {
      const check = await selfCheck();
      await press(check, 'Start');
      await choose(check, 1);
      await press(check, 'Next');
      expect(progress(check)).to.equal('2 of 12');
      const bar = inShadow(check, 'progress')[0].getBoundingClientRect();
      const words = inShadow(check, '.progress span')[0].getBoundingClientRect();
      expect(words.left, 'to the right of the bar').to.be.at.least(bar.right);
      expect(words.top, 'on the same line').to.be.below(bar.bottom);
      expect(words.bottom).to.be.above(bar.top);
      expect(heading(check).getBoundingClientRect().top, 'above the statement').to.be.at.least(words.bottom);
    });

    it('asks for an answer before going on: the message is read with the answers, which take focus', async () => {
      const check = await selfCheck();
      await press(check, 'Start');
      await press(check, 'Next');
      expect(progress(check)).to.equal('1 of 12');
      const error = inShadow(check, '.field-error')[0];
      expect(error.textContent).to.equal('Error: Choose an answer to go on. Any answer is fine.');
      expect(inShadow(check, 'fieldset')[0].getAttribute('aria-describedby')).to.equal(`s0-hint ${error.id}`);
      expect(shadowFocus(check)).to.equal(radios(check)[0]);
      expect(inShadow(check, '.error-summary'), 'one question: no summary').to.be.empty;
      await choose(check, 0);
      expect(inShadow(check, '.field-error'), 'the message goes once answered').to.be.empty;
    });

    it('Back keeps every answer, in both directions', async () => {
      const check = await selfCheck();
      await press(check, 'Start');
      await choose(check, 2);
      await press(check, 'Next');
      await choose(check, 3);
      await press(check, 'Back');
      expect(progress(check)).to.equal('1 of 12');
      expect(shadowFocus(check)).to.equal(heading(check));
      expect(checked(check)).to.deep.equal([false, false, true, false]);
      await press(check, 'Next');
      expect(checked(check)).to.deep.equal([false, false, false, true]);
      await press(check, 'Back');
      await press(check, 'Back');
      expect(headingText(check), 'Back from the first statement returns to the intro').to.equal('A private check-in for you');
      await press(check, 'Start');
      expect(checked(check)).to.deep.equal([false, false, true, false]);
    });

    it('can be finished by keyboard alone, and focus and the live region land on the result', async function () {
      this.timeout(30000);
      const container = await page(`<button id="before">Before</button><recovery-self-check></recovery-self-check>`);
      const check = container.querySelector('recovery-self-check')!;
      container.querySelector<HTMLButtonElement>('#before')!.focus();
      for (const name of ['Call 988', 'Text 988', 'More help lines']) {
        await sendKeys({ press: 'Tab' });
        expect(shadowFocus(check)!.textContent!.trim(), 'the help lines come first').to.equal(name);
      }
      await sendKeys({ press: 'Tab' });
      expect(shadowFocus(check)!.textContent!.trim()).to.equal('Start');
      await sendKeys({ press: 'Enter' });
      await check.updateComplete;
      const events = collectEvents(COMPLETE);
      const values = [0, 1, 2, 3, 1, 1, 1, 1, 2, 0, 0, 1];
      for (const [index, value] of values.entries()) {
        expect(shadowFocus(check), `statement ${index + 1} is focused`).to.equal(heading(check));
        await sendKeys({ press: 'Tab' });
        expect(shadowFocus(check)).to.equal(radios(check)[0]);
        if (value === 0) await sendKeys({ press: 'Space' });
        for (let step = 0; step < value; step++) await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await check.updateComplete;
      }
      events.stop();
      expect(headingText(check)).to.equal('Your result Some of these patterns right now');
      expect(shadowFocus(check)).to.equal(heading(check));
      expect(status(check)).to.equal('Your result: Some of these patterns right now');
      expect(events.details).to.deep.equal([{ band: 'some', score: 13, max: 36 }]);
    });
  });

  describe('results', () => {
    const cases: Array<[string, number[], string, string]> = [
      ['all Never', all(0), 'few', 'Few of these patterns right now'],
      ['nine points', [1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0], 'few', 'Few of these patterns right now'],
      ['ten points', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0], 'some', 'Some of these patterns right now'],
      ['21 points', [3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0], 'some', 'Some of these patterns right now'],
      ['22 points', [3, 3, 3, 3, 3, 3, 3, 1, 0, 0, 0, 0], 'many', 'Many of these patterns right now'],
      ['all Almost always', all(3), 'many', 'Many of these patterns right now'],
    ];
    for (const [name, values, band, title] of cases) {
      it(`${name} → ${band}`, async () => {
        const check = await selfCheck();
        const events = collectEvents<Record<string, unknown>>(COMPLETE);
        await answerAll(check, values);
        events.stop();
        const score = values.reduce((sum, value) => sum + value, 0);
        expect(headingText(check)).to.equal(`Your result ${title}`);
        expect(events.details).to.deep.equal([{ band, score, max: 36 }]);
        // The score is for the site's own counts; the visitor reads words, not a figure.
        expect(check.shadowRoot!.textContent).to.not.contain('Score').and.not.contain(`${score} of 36`);
        expect(inShadow(check, '[part~="result"] strong')).to.be.empty;
      });
    }

    it('the event carries exactly band, score and max, bubbling out of the shadow root', async () => {
      const check = await selfCheck();
      let event: CustomEvent | undefined;
      document.addEventListener(COMPLETE, (e) => (event = e as CustomEvent), { once: true });
      await answerAll(check, all(1));
      expect(event!.bubbles && event!.composed).to.be.true;
      expect(Object.keys(event!.detail).sort()).to.deep.equal(['band', 'max', 'score']);
    });

    it('shows what it may mean, next steps with links, and the not-a-diagnosis notice again', async () => {
      const container = await page(
        `<recovery-provider phone="+1-303-555-0142"><recovery-self-check groups-href="/groups"></recovery-self-check></recovery-provider>`,
      );
      const check = container.querySelector('recovery-self-check')!;
      await answerAll(check, all(1));
      const text = check.shadowRoot!.textContent!;
      expect(text).to.contain('Several of these patterns are part of your days.');
      expect(text).to.contain('What could help');
      expect(text).to.contain('This is not a diagnosis');
      expect(links(check, '[part~="result"]')).to.deep.equal([
        ['Find a support group', '/groups'],
        [`Call (303)${NBSP}555-0142`, 'tel:+13035550142'],
      ]);
      expect(inShadow(check, '[part~="result"] a')[0].hasAttribute('target'), 'a link on the same site stays in this tab').to.be.false;
    });

    it('a scheduling page beats the phone; a link to another site opens in a new tab, without referrer', async () => {
      const container = await page(
        `<recovery-provider phone="+1-303-555-0142" schedule-href="https://example.org/book"><recovery-self-check groups-href="https://example.org/groups"></recovery-self-check></recovery-provider>`,
      );
      const check = container.querySelector('recovery-self-check')!;
      await answerAll(check, all(3));
      expect(links(check, '[part~="result"]')).to.deep.equal([
        ['Talk with someone (opens in a new tab)', 'https://example.org/book'],
        ['Find a support group (opens in a new tab)', 'https://example.org/groups'],
      ]);
      for (const link of inShadow<HTMLAnchorElement>(check, '[part~="result"] a')) {
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.equal('noopener noreferrer');
        expect(link.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('(opens in a new tab)');
      }
    });

    it('without links configured, next steps are still there as text', async () => {
      const check = await selfCheck();
      await answerAll(check, all(0));
      expect(inShadow(check, '[part~="result"] li').map((li) => li.textContent!.trim())).to.deep.equal([
        'A support group for families can help you keep your own footing.',
        'A peer coach or a therapist of your own can help you talk things over.',
      ]);
      expect(inShadow(check, '[part~="result"] a')).to.be.empty;
    });

    it('prints every help line, then the result, without buttons or the quick exit', async () => {
      const check = await selfCheck('quick-exit');
      await answerAll(check, all(2));
      await emulateMedia({ media: 'print' });
      try {
        const lines = inShadow(check, '[part="crisis"] a');
        expect(lines).to.have.length(9);
        for (const link of lines) expect(link.checkVisibility(), link.textContent!).to.be.true;
        for (const button of inShadow(check, 'button, summary')) expect(getComputedStyle(button).display).to.equal('none');
        expect(getComputedStyle(inShadow(check, 'recovery-quick-exit')[0]).display).to.equal('none');
        const result = inShadow(check, '[part~="result"]')[0];
        expect(getComputedStyle(result).display).to.equal('block');
        expect(crisis(check).getBoundingClientRect().bottom, 'the lines, then the result').to.be.at.most(
          result.getBoundingClientRect().top,
        );
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('crisis lines', () => {
    it('988 is in sight on every screen: intro, each statement, a missing answer, the result', async () => {
      const check = await selfCheck();
      sees988(check, 'the intro');
      await press(check, 'Start');
      for (let index = 0; index < 12; index++) {
        sees988(check, `statement ${index + 1}`);
        if (index === 0) {
          await press(check, 'Next');
          sees988(check, 'a missing answer');
        }
        await choose(check, 1);
        await press(check, index < 11 ? 'Next' : 'See my result');
      }
      expect(headingText(check)).to.match(/^Your result/);
      sees988(check, 'the result');
    });

    it('in list mode and on the “can’t be shown” message too', async () => {
      const list = await selfCheck('mode="list"');
      sees988(list, 'the list');
      await press(list, 'See my result');
      sees988(list, 'the list’s error summary');
      const { result: broken } = await watchErrors(() => page('<recovery-self-check src="/test-api/missing.json"></recovery-self-check>'));
      const check = broken.querySelector('recovery-self-check')!;
      await untilRendered(check, '[part="error"]');
      sees988(check, 'the error message');
    });

    it('are quiet: one line of small text above the heading, the other lines closed under “More help lines”', async () => {
      const check = await selfCheck();
      const block = crisis(check);
      expect(block.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Need help now? Call 988 Text 988');
      expect(parseFloat(getComputedStyle(block).fontSize)).to.be.below(parseFloat(getComputedStyle(heading(check)).fontSize));
      expect(block.getBoundingClientRect().bottom).to.be.at.most(heading(check).getBoundingClientRect().top);
      expect(block.querySelector('details')!.open).to.be.false;
      expect(inShadow(check, 'a[href="tel:911"]')[0].checkVisibility()).to.be.false;
    });

    it('“More help lines” opens the others mid-check, and loses nothing', async () => {
      const check = await selfCheck();
      await press(check, 'Start');
      for (const value of [1, 2, 3, 0]) {
        await choose(check, value);
        await press(check, 'Next');
      }
      expect(progress(check)).to.equal('5 of 12');
      await choose(check, 2);
      const details = await moreLines(check);
      expect(links(check, '[part="crisis"]')).to.deep.equal([
        ['Call 988', 'tel:988'],
        ['Text 988', 'sms:988'],
        ['Text HOME to 741741', 'sms:741741'],
        [`Call (800)${NBSP}799-7233`, 'tel:18007997233'],
        ['Text START to 88788', 'sms:88788'],
        [`Call (844)${NBSP}493-8255`, 'tel:18444938255'],
        ['Text TALK to 38255', 'sms:38255'],
        [`Call (800)${NBSP}662-4357`, 'tel:18006624357'],
        ['Call 911', 'tel:911'],
      ]);
      for (const link of inShadow(check, '[part="crisis"] a')) expect(link.checkVisibility(), link.textContent!).to.be.true;
      expect(details.textContent)
        .to.contain('SAMHSA National Helpline')
        .and.contain('National Domestic Violence Hotline')
        .and.contain('Colorado Crisis Services');
      expect(progress(check)).to.equal('5 of 12');
      expect(checked(check)).to.deep.equal([false, false, true, false]);
      await press(check, 'Back');
      expect(checked(check)).to.deep.equal([true, false, false, false]);
    });

    it('come from the provider when it sets its own', async () => {
      const container = await page(`<recovery-provider>
        <script type="application/json">{"crisisLines": [{"name": "Oregon line", "call": "1-800-000-0000", "note": "Open all night."}, {"name": "Night line", "text": "55555"}]}</script>
        <recovery-self-check></recovery-self-check>
      </recovery-provider>`);
      const check = container.querySelector('recovery-self-check')!;
      await waitUntil(() => links(check, '[part="crisis"]').length === 2, 'the provider’s lines');
      expect(links(check, '[part="crisis"]')).to.deep.equal([
        [`Call (800)${NBSP}000-0000`, 'tel:18000000000'],
        ['Text 55555', 'sms:55555'],
      ]);
      expect(crisis(check).textContent).to.contain('Night line');
    });

    it('are in Spanish on a Spanish page, 988 in sight there too', async () => {
      const container = await page(`<div lang="es"><recovery-self-check></recovery-self-check></div>`);
      const check = container.querySelector('recovery-self-check')!;
      expect(crisis(check).querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        '¿Necesita ayuda ahora? Llamar al 988 Enviar texto al 988',
      );
      sees988(check, 'the Spanish intro');
      await press(check, 'Empezar');
      sees988(check, 'a Spanish statement');
      const details = await moreLines(check);
      expect(details.querySelector('summary')!.textContent).to.equal('Más líneas de ayuda');
      expect(details.textContent).to.contain('Línea Nacional contra la Violencia Doméstica');
      for (let index = 0; index < 12; index++) {
        await choose(check, 0);
        await press(check, index < 11 ? 'Siguiente' : 'Ver mi resultado');
      }
      expect(headingText(check)).to.match(/^Su resultado/);
      sees988(check, 'the Spanish result');
      const list = await selfCheck('mode="list" lang="es"');
      sees988(list, 'the Spanish list');
    });
  });

  describe('start over, storage and privacy', () => {
    it('"Start over" clears every answer, announces it and returns to the intro', async () => {
      const check = await selfCheck();
      await press(check, 'Start');
      await choose(check, 3);
      await press(check, 'Next');
      await choose(check, 2);
      await press(check, 'Clear my answers and start over');
      expect(headingText(check)).to.equal('A private check-in for you');
      expect(shadowFocus(check)).to.equal(heading(check));
      expect(status(check)).to.equal('Your answers were cleared.');
      await press(check, 'Start');
      expect(checked(check)).to.deep.equal([false, false, false, false]);
      expect(progress(check)).to.equal('1 of 12');
    });

    it('without remember, nothing is stored anywhere, during or after the check', async () => {
      const url = location.href;
      const check = await selfCheck();
      await press(check, 'Start');
      await choose(check, 2);
      await press(check, 'Next');
      expect(sessionStorage.length + localStorage.length).to.equal(0);
      await press(check, 'Back');
      for (let index = 0; index < 12; index++) {
        await choose(check, 1);
        await press(check, index < 11 ? 'Next' : 'See my result');
      }
      expect(headingText(check)).to.contain('Some of these patterns');
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      expect(location.href, 'nothing in the URL').to.equal(url);
    });

    it('with remember, answers survive a re-created element, and vanish after "Start over"', async () => {
      let check = await selfCheck('remember');
      expect(check.shadowRoot!.textContent).to.contain('This tab keeps them until you finish or start over.');
      await press(check, 'Start');
      for (const value of [2, 1, 3]) {
        await choose(check, value);
        await press(check, 'Next');
      }
      expect(sessionStorage.length).to.equal(1);
      const key = sessionStorage.key(0)!;
      expect(key).to.match(/^recovery-self-check:/);
      expect(JSON.parse(sessionStorage.getItem(key)!)).to.deep.equal({ answers: [2, 1, 3, ...Array(9).fill(null)], at: 3 });

      check.remove();
      check = await selfCheck('remember');
      await press(check, 'Continue');
      expect(progress(check)).to.equal('4 of 12');
      await press(check, 'Back');
      expect(checked(check)).to.deep.equal([false, false, false, true]);

      await press(check, 'Clear my answers and start over');
      expect(sessionStorage.length).to.equal(0);
      check.remove();
      check = await selfCheck('remember');
      expect(buttonNamed(check, 'Start')).to.exist;
      await press(check, 'Start');
      expect(checked(check)).to.deep.equal([false, false, false, false]);
    });

    it('with remember, finishing forgets the answers', async () => {
      const check = await selfCheck('remember');
      await answerAll(check, all(1));
      expect(sessionStorage.length).to.equal(0);
    });

    it('switching an English page to Spanish mid-check keeps the answers', async () => {
      const container = await page(`<div lang="en"><recovery-self-check></recovery-self-check></div>`);
      const check = container.querySelector('recovery-self-check')!;
      await press(check, 'Start');
      await choose(check, 1);
      container.firstElementChild!.setAttribute('lang', 'es');
      await waitUntil(() => headingText(check).startsWith('Vuelvo a pensar'), 'the statement follows the language');
      expect(progress(check)).to.equal('1 de 12');
      expect(checked(check)).to.deep.equal([false, true, false, false]);
      expect(radios(check)[1].closest('label')!.textContent!.trim()).to.equal('A veces');
      expect(crisis(check).textContent).to.contain('¿Necesita ayuda ahora?');
    });

    it('switching the page’s language mid-check keeps the answers', async () => {
      const container = await page(`<div lang="es"><recovery-self-check></recovery-self-check></div>`);
      const check = container.querySelector('recovery-self-check')!;
      await press(check, 'Empezar');
      await choose(check, 2);
      expect(headingText(check)).to.match(/^Vuelvo a pensar/);
      container.firstElementChild!.setAttribute('lang', 'en');
      await waitUntil(() => progress(check) === '1 of 12', 'the statement follows the language');
      expect(headingText(check)).to.match(/^My thoughts/);
      expect(checked(check)).to.deep.equal([false, false, true, false]);
      expect(radios(check)[2].closest('label')!.textContent!.trim()).to.equal('Often');
    });
  });

  describe('list mode', () => {
    it('shows every statement in its own fieldset, the notice first, and one submit', async () => {
      const check = await selfCheck('mode="list"');
      expect(headingText(check)).to.equal('A private check-in for you');
      expect(check.shadowRoot!.textContent).to.contain('This is not a diagnosis');
      const fieldsets = inShadow(check, 'fieldset');
      expect(fieldsets).to.have.length(12);
      expect(fieldsets[2].querySelector('legend')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^3 of 12 I go without sleep/);
      expect(radios(check)).to.have.length(48);
      expect(inShadow(check, 'button.primary').map((button) => button.textContent!.trim())).to.deep.equal(['See my result']);
    });

    it('summarises missing answers under “There is a problem”, linking to each statement, which says the same', async () => {
      const check = await selfCheck('mode="list"');
      for (let index = 0; index < 12; index++) if (index !== 2 && index !== 7) radios(check)[index * 4 + 1].click();
      await check.updateComplete;
      await press(check, 'See my result');
      const summary = inShadow(check, '.error-summary')[0];
      expect(summary.querySelector('[role="alert"]')!.textContent).to.contain('There is a problem');
      expect(shadowFocus(check)).to.equal(summary);
      expect(links(check, '.error-summary')).to.deep.equal([
        ['Choose an answer for statement 3', '#s2-0'],
        ['Choose an answer for statement 8', '#s7-0'],
      ]);
      expect(inShadow(check, '.field-error').map((error) => [error.id, error.textContent])).to.deep.equal([
        ['s2-error', 'Error: Choose an answer for statement 3'],
        ['s7-error', 'Error: Choose an answer for statement 8'],
      ]);
      inShadow<HTMLAnchorElement>(check, '.error-summary a')[1].click();
      expect(shadowFocus(check)).to.equal(radios(check)[28]);
      expect(location.hash, 'the page’s URL is untouched').to.equal('');
    });

    it('can be finished by keyboard alone', async function () {
      this.timeout(30000);
      const container = await page(`<button id="before">Before</button><recovery-self-check mode="list"></recovery-self-check>`);
      const check = container.querySelector('recovery-self-check')!;
      const events = collectEvents(COMPLETE);
      container.querySelector<HTMLButtonElement>('#before')!.focus();
      // The help lines first: Call 988, Text 988, More help lines.
      for (let step = 0; step < 3; step++) await sendKeys({ press: 'Tab' });
      for (let index = 0; index < 12; index++) {
        await sendKeys({ press: 'Tab' });
        expect(shadowFocus(check)).to.equal(radios(check)[index * 4]);
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'ArrowDown' });
      }
      await sendKeys({ press: 'Tab' });
      expect(shadowFocus(check)!.textContent!.trim()).to.equal('See my result');
      await sendKeys({ press: 'Enter' });
      await check.updateComplete;
      events.stop();
      expect(headingText(check)).to.equal('Your result Many of these patterns right now');
      expect(shadowFocus(check)).to.equal(heading(check));
      expect(events.details).to.deep.equal([{ band: 'many', score: 24, max: 36 }]);
      await press(check, 'Clear my answers and start over');
      expect(inShadow(check, 'fieldset')).to.have.length(12);
      expect(checked(check).some(Boolean)).to.be.false;
    });
  });

  describe('quick exit', () => {
    it('appears with quick-exit or the provider’s quick-exit, not otherwise', async () => {
      expect(inShadow(await selfCheck(), 'recovery-quick-exit')).to.be.empty;
      expect(inShadow(await selfCheck('quick-exit'), 'recovery-quick-exit')).to.have.length(1);
      const container = await page(`<recovery-provider quick-exit><recovery-self-check></recovery-self-check></recovery-provider>`);
      const check = container.querySelector('recovery-self-check')!;
      const exit = inShadow(check, 'recovery-quick-exit')[0];
      expect(exit).to.exist;
      expect(exit.hasAttribute('inline')).to.be.true;
      await untilRendered(exit, 'button');
      expect(exit.shadowRoot!.querySelector('button')!.textContent).to.equal('Leave this page');
    });

    /** A page holding a self-check with the quick exit, in an iframe, so the test can watch it leave. */
    async function framed(): Promise<{ frame: HTMLIFrameElement; check: RecoverySelfCheck; exit: HTMLElement & { href: string } }> {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 600px; height: 400px"></iframe>`);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = `/test-api/page?element=recovery-self-check&attrs=${encodeURIComponent('quick-exit remember')}`;
      await loaded;
      const find = () => frame.contentDocument!.querySelector('recovery-self-check') as RecoverySelfCheck | null;
      await waitUntil(
        () => find()?.shadowRoot?.querySelector('recovery-quick-exit')?.shadowRoot?.querySelector('button'),
        'quick exit rendered',
      );
      await waitUntil(() => find()!.shadowRoot!.querySelector('button.primary'), 'the intro rendered');
      const check = find()!;
      const exit = check.shadowRoot!.querySelector('recovery-quick-exit') as HTMLElement & { href: string };
      // Navigation intercepted: leave to a page of the test server rather than the real default.
      exit.href = '/test-api/neutral';
      // Something to forget: one answer, kept because of `remember`.
      (check.shadowRoot!.querySelector('button.primary') as HTMLButtonElement).click();
      await check.updateComplete;
      (check.shadowRoot!.querySelector('input[type="radio"]') as HTMLInputElement).click();
      await check.updateComplete;
      expect(sessionStorage.length, 'the answer is kept, as asked').to.equal(1);
      return { frame, check, exit };
    }

    const nextLocation = (frame: HTMLIFrameElement) =>
      new Promise<string>((resolve) =>
        frame.addEventListener('load', () => resolve(frame.contentWindow!.location.pathname), { once: true }),
      );

    it('the button leaves the page and the kept answers are forgotten', async () => {
      const { frame, exit } = await framed();
      const arrived = nextLocation(frame);
      exit.shadowRoot!.querySelector('button')!.click();
      expect(await arrived).to.equal('/test-api/neutral');
      expect(sessionStorage.length).to.equal(0);
    });

    it('Shift pressed three times leaves too', async () => {
      const { frame } = await framed();
      frame.focus();
      const arrived = nextLocation(frame);
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(await arrived).to.equal('/test-api/neutral');
      expect(sessionStorage.length).to.equal(0);
    });
  });

  describe('item sets', () => {
    const custom = {
      id: 'pilot',
      source: 'A clinic’s own statements',
      license: 'Used with permission',
      title: 'Our check-in',
      prompt: 'Is this true for you?',
      options: [
        { value: 0, label: 'No' },
        { value: 1, label: 'Yes' },
      ],
      items: [{ text: 'Alpha statement' }, { text: 'Beta statement' }],
      bands: [
        { id: 'none', min: 0, max: 0, title: 'None of these', meaning: 'Nothing stood out.' },
        {
          id: 'any',
          min: 1,
          max: 2,
          title: 'Some of these',
          meaning: 'Something stood out.',
          steps: [{ text: 'Our groups.', link: 'groups' }],
        },
      ],
    };

    it('a child JSON script replaces the built-in set: its options, bands and words', async () => {
      const check = await selfCheck('groups-href="/our-groups"', `<script type="application/json">${JSON.stringify(custom)}</script>`);
      expect(headingText(check)).to.equal('Our check-in');
      expect(check.shadowRoot!.textContent).to.contain('These 2 short statements');
      await press(check, 'Start');
      expect(headingText(check)).to.equal('Alpha statement');
      expect(progress(check)).to.equal('1 of 2');
      expect(check.shadowRoot!.getElementById('s0-hint')!.textContent).to.equal('Is this true for you?');
      expect(radios(check).map((radio) => radio.closest('label')!.textContent!.trim())).to.deep.equal(['No', 'Yes']);
      const events = collectEvents(COMPLETE);
      await choose(check, 1);
      await press(check, 'Next');
      await choose(check, 0);
      await press(check, 'See my result');
      events.stop();
      expect(headingText(check)).to.equal('Your result Some of these');
      expect(links(check, '[part~="result"]')).to.deep.equal([['Find a support group', '/our-groups']]);
      expect(events.details).to.deep.equal([{ band: 'any', score: 1, max: 2 }]);
    });

    it('src loads a set from the server', async () => {
      const check = await selfCheck('src="/test-api/self-check.json"');
      expect(headingText(check)).to.equal('Served check-in');
      await answerAll(check, [1, 1]);
      expect(links(check, '[part~="result"]')).to.deep.equal([['More', '/more']]);
    });
  });

  describe('bad configuration', () => {
    const script = (json: string) => `<script type="application/json">${json}</script>`;
    /** A valid one-statement set with `changes` made: each case breaks one thing. */
    const setWith = (changes: object) =>
      script(
        JSON.stringify({
          source: 's',
          license: 'l',
          options: [
            { value: 0, label: 'No' },
            { value: 1, label: 'Yes' },
          ],
          items: [{ text: 'A' }],
          bands: [{ id: 'x', min: 0, max: 1, title: 'T', meaning: 'M' }],
          ...changes,
        }),
      );
    const cases: Array<{ name: string; markup: string; attribute: string; problem: string }> = [
      {
        name: 'invalid JSON',
        markup: `<recovery-self-check>${script('{"items": [')}</recovery-self-check>`,
        attribute: 'child <script type="application/json">',
        problem: 'is not valid JSON',
      },
      {
        name: 'a statement without text',
        markup: `<recovery-self-check>${setWith({ items: [{ text: 'A' }, { txt: 'B' }] })}</recovery-self-check>`,
        attribute: 'child <script type="application/json">',
        problem: 'items[1].text is missing',
      },
      {
        name: 'bands with a gap',
        markup: `<recovery-self-check>${setWith({ bands: [{ id: 'x', min: 1, max: 1, title: 'T', meaning: 'M' }] })}</recovery-self-check>`,
        attribute: 'child <script type="application/json">',
        problem: 'bands must cover 0–1 without gaps or overlaps (nothing covers 0)',
      },
      {
        name: 'a src that answers 404',
        markup: '<recovery-self-check src="/test-api/missing.json"></recovery-self-check>',
        attribute: 'src',
        problem: 'answered HTTP 404',
      },
      {
        name: 'a src that is not JSON',
        markup: '<recovery-self-check src="/test-api/not-json"></recovery-self-check>',
        attribute: 'src',
        problem: 'is not valid JSON',
      },
    ];
    for (const { name, markup, attribute, problem } of cases) {
      it(`${name}: a polite message, the help lines still there, one console error, nothing thrown, the next widget fine`, async () => {
        const {
          result: container,
          errors,
          thrown,
        } = await watchErrors(async () => {
          const element = await page(`${markup}<recovery-self-check></recovery-self-check>`);
          await untilRendered(element.querySelector('recovery-self-check')!, '[part="error"]');
          return element;
        });
        const [broken, working] = container.querySelectorAll('recovery-self-check');
        const message = inShadow(broken, '[part="error"]')[0];
        expect(message.getAttribute('role')).to.equal('status');
        expect(message.textContent).to.equal('Sorry, this check-in can’t be shown right now.');
        expect(links(broken, '[part="crisis"]')[0]).to.deep.equal(['Call 988', 'tel:988']);
        expect(radios(broken)).to.be.empty;
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain(`<recovery-self-check> ${attribute}:`).and.contain(problem);
        expect(thrown).to.be.empty;
        await untilRendered(working, '[data-focus]');
        await expect(broken).to.be.accessible();
      });
    }

    it('an unknown mode falls back to steps with one console error', async () => {
      const { result: check, errors } = await watchErrors(() => selfCheck('mode="grid"'));
      expect(buttonNamed(check, 'Start')).to.exist;
      expect(errors).to.deep.equal(['<recovery-self-check> mode: "grid" is not one of steps, list; using steps']);
    });

    it('a javascript: groups-href is refused with one console error, and the step keeps its text', async () => {
      const { result: check, errors } = await watchErrors(() => selfCheck('groups-href="javascript:alert(1)"'));
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<recovery-self-check> groups-href:');
      await answerAll(check, all(0));
      expect(inShadow(check, '[part~="result"] a')).to.be.empty;
      expect(inShadow(check, '[part~="result"] li')[0].textContent!.trim()).to.equal(
        'A support group for families can help you keep your own footing.',
      );
    });
  });
  describe('forgetting on exit (quick exit, back/forward cache)', () => {
    const stored = () => Object.keys(sessionStorage).filter((key) => key.startsWith('recovery-self-check'));

    /** A check with `remember`, three answers in and kept in this tab. */
    async function midway(): Promise<RecoverySelfCheck> {
      const check = await selfCheck('remember');
      await press(check, 'Start');
      for (const value of [2, 1, 3]) {
        await choose(check, value);
        await press(check, 'Next');
      }
      expect(stored(), 'kept, as the site asked').to.have.length(1);
      return check;
    }

    async function expectForgotten(check: RecoverySelfCheck): Promise<void> {
      await check.updateComplete;
      expect(stored(), 'nothing left in sessionStorage').to.be.empty;
      expect(headingText(check)).to.equal('A private check-in for you');
      expect(buttonNamed(check, 'Start'), 'Start, not Continue').to.exist;
      expect(buttonNamed(check, 'Clear my answers and start over'), 'no answers to clear').to.not.exist;
      expect(status(check)).to.equal('');
      await press(check, 'Start');
      expect(progress(check)).to.equal('1 of 12');
      expect(checked(check)).to.deep.equal([false, false, false, false]);
      await press(check, 'Next');
      await choose(check, 0);
      await press(check, 'Next');
      expect(checked(check), 'the second statement is empty too').to.deep.equal([false, false, false, false]);
    }

    it('a quick exit anywhere on the page drops the answers from memory and storage and goes back to the intro', async () => {
      const check = await midway();
      document.dispatchEvent(new CustomEvent('recovery-quick-exit', { bubbles: true, composed: true }));
      await expectForgotten(check);
    });

    it('a return through the back/forward cache (pageshow, persisted) does the same', async () => {
      const check = await midway();
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
      await check.updateComplete;
      expect(stored(), 'an ordinary load forgets nothing').to.have.length(1);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await expectForgotten(check);
    });

    it('from the result, the result is no longer announced or shown', async () => {
      const check = await selfCheck('mode="list"');
      for (let index = 0; index < 12; index++) radios(check)[index * 4 + 3].click();
      await press(check, 'See my result');
      expect(status(check)).to.equal('Your result: Many of these patterns right now');
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await check.updateComplete;
      expect(status(check)).to.equal('');
      expect(check.shadowRoot!.textContent).to.not.contain('Many of these patterns');
      expect(checked(check).some(Boolean)).to.be.false;
    });
  });

  describe('properties set from script with the wrong type', () => {
    const cases: Array<[string, string, unknown]> = [
      ['mode', 'a number', 5],
      ['mode', 'a Symbol', Symbol('list')],
      ['src', 'an object', {}],
      ['groupsHref', 'a URL object', new URL('https://example.org/groups')],
      ['remember', 'the text "yes"', 'yes'],
    ];
    for (const [name, what, value] of cases) {
      const attribute = name === 'groupsHref' ? 'groups-href' : name;
      it(`${name} set to ${what}: treated as absent, one console.error naming the element and attribute, nothing thrown`, async () => {
        const {
          result: check,
          errors,
          thrown,
        } = await watchErrors(async () => {
          const element = await selfCheck();
          (element as unknown as Record<string, unknown>)[name] = value;
          await element.updateComplete;
          await new Promise((resolve) => setTimeout(resolve, 50));
          return element;
        });
        expect(thrown).to.deep.equal([]);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(new RegExp(`^<recovery-self-check> ${attribute}: `));
        expect((check as unknown as Record<string, unknown>)[name], 'absent').to.equal(undefined);
        expect(check.hasAttribute('mode') ? check.getAttribute('mode') : 'steps').to.equal('steps');
        expect(headingText(check)).to.equal('A private check-in for you');
        await answerAll(check, all(1));
        expect(headingText(check)).to.equal('Your result Some of these patterns right now');
        expect(inShadow(check, '[part~="result"] a'), 'no groups link from a URL object').to.be.empty;
        expect(sessionStorage.length, 'nothing stored without a real remember').to.equal(0);
      });
    }

    it('null, as a removed attribute gives, is quietly absent', async () => {
      const { result: check, errors } = await watchErrors(async () => {
        const element = await selfCheck('mode="list" groups-href="/groups"');
        element.removeAttribute('mode');
        element.removeAttribute('groups-href');
        await element.updateComplete;
        return element;
      });
      expect(errors).to.deep.equal([]);
      expect(buttonNamed(check, 'Start')).to.exist;
    });
  });

  describe('hostile language tags', () => {
    for (const lang of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      it(`lang="${lang}" on the widget: English, nothing thrown, the check works`, async () => {
        const { result: check, errors, thrown } = await watchErrors(() => selfCheck(`lang="${lang}"`));
        expect(thrown).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
        expect(headingText(check)).to.equal('A private check-in for you');
        sees988(check, 'the intro');
        await answerAll(check, all(0));
        expect(headingText(check)).to.equal('Your result Few of these patterns right now');
      });
    }

    it('lang="__proto__" on an ancestor, in list mode', async () => {
      const { result: container, thrown } = await watchErrors(() =>
        page('<div lang="__proto__"><recovery-self-check mode="list"></recovery-self-check></div>'),
      );
      expect(thrown).to.deep.equal([]);
      const check = container.querySelector('recovery-self-check')!;
      expect(headingText(check)).to.equal('A private check-in for you');
      expect(radios(check)).to.have.length(48);
    });
  });

  describe('on a small phone and a wide screen', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    /** The tops of the answer tiles of the first statement. */
    const rows = (check: Element) =>
      inShadow(check, '.choice')
        .slice(0, 4)
        .map((tile) => Math.round(tile.getBoundingClientRect().top));

    for (const [width, expected] of [
      [320, 'one column'],
      [1280, 'one row'],
    ] as const) {
      it(`the four answers form ${expected} at ${width} px, never three and one`, async () => {
        await setViewport({ width, height: 800 });
        for (const mode of ['steps', 'list']) {
          const check = await selfCheck(`mode="${mode}"`);
          if (mode === 'steps') await press(check, 'Start');
          const tops = rows(check);
          expect(new Set(tops).size, `${mode} mode`).to.equal(expected === 'one row' ? 1 : 4);
        }
      });
    }

    for (const mode of ['steps', 'list']) {
      it(`${mode} mode at 320 px: radios stay round, answers stay inside, nothing scrolls sideways`, async () => {
        await setViewport({ width: 320, height: 800 });
        const check = await selfCheck(`mode="${mode}" quick-exit`);
        if (mode === 'steps') await press(check, 'Start');
        await moreLines(check);
        const box = inShadow(check, '.base')[0];
        expect(box.scrollWidth, 'nothing wider than the widget').to.be.at.most(box.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const radio of radios(check)) {
          const { width, height } = radio.getBoundingClientRect();
          expect(width, 'a circle, not an ellipse').to.be.closeTo(height, 0.5);
          expect(width).to.be.at.least(16);
        }
        for (const control of inShadow(check, 'a, button, summary, label')) {
          const { width, height } = control.getBoundingClientRect();
          expect(Math.min(width, height), `${control.textContent!.trim()} is at least 24 px`).to.be.at.least(24);
        }
      });
    }
  });
});
