import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/scholarship-check/recovery-scholarship-check.js';
import '../src/elements/provider/recovery-provider.js';
import type { RecoveryScholarshipCheck } from '../src/elements/scholarship-check/scholarship-check.js';
import customRules from '../demo/content/scholarship-rules.example.json';
import { collectEvents, inShadow, shadowFocus, untilRendered, watchErrors } from './helpers.js';

type Check = RecoveryScholarshipCheck;

/** A check in a wrapper (for `lang`), rendered up to its intro. */
async function checkIn(markup: string): Promise<Check> {
  const container = await fixture<HTMLElement>(`<div>${markup}</div>`);
  const check = container.querySelector('recovery-scholarship-check')!;
  await untilRendered(check, '.primary');
  return check;
}

const defaultCheck = (attributes = '', lang = 'en') =>
  checkIn(`<div lang="${lang}"><recovery-scholarship-check ${attributes}></recovery-scholarship-check></div>`);

const withRules = (rules: unknown, attributes = '') =>
  checkIn(`<recovery-scholarship-check ${attributes}><script type="application/json">${JSON.stringify(rules)}</script></recovery-scholarship-check>`);

/** The text of the heading that takes focus on the current screen. */
const heading = (check: Element) => inShadow(check, '.heading[data-focus]')[0]?.textContent?.trim();
const primary = (check: Element) => inShadow<HTMLButtonElement>(check, '.primary')[0];
const button = (check: Element, text: string) => inShadow<HTMLButtonElement>(check, 'button').find((candidate) => candidate.textContent!.trim() === text)!;

async function settle(check: Check): Promise<void> {
  await check.updateComplete;
  await check.updateComplete;
}

/** Chooses a radio answer by its label and continues. */
async function choose(check: Check, label: string): Promise<void> {
  const option = inShadow(check, '.option').find((row) => row.querySelector('label')!.textContent!.trim() === label);
  expect(option, `an answer labelled "${label}" on "${heading(check)}"`).to.exist;
  option!.querySelector('input')!.click();
  primary(check).click();
  await settle(check);
}

/** Fills the text fields on screen (by name) and continues. */
async function fill(check: Check, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) inShadow<HTMLInputElement>(check, `input[name="${name}"]`)[0].value = value;
  primary(check).click();
  await settle(check);
}

/** Answers the Colorado questions by label, in order, up to the summary. */
async function answerAll(check: Check, answers: string[]): Promise<void> {
  primary(check).click();
  await settle(check);
  for (const answer of answers) await choose(check, answer);
}

const FITS = ['Yes', 'Yes', 'Yes', 'No', 'Yes', 'No'];

describe('<recovery-scholarship-check>', () => {
  describe('accessibility', () => {
    for (const lang of ['en', 'es']) {
      it(`is axe-clean on every screen type (${lang}): intro, yes-no, choice, income, errors, summary, each outcome`, async () => {
        const es = lang === 'es';
        const check = await defaultCheck('apply-href="/apply" phone="+1-303-555-0142" finder-href="/groups" quick-exit', lang);
        await expect(check).to.be.accessible();
        primary(check).click();
        await settle(check);
        await expect(check).to.be.accessible(); // yes-no
        primary(check).click();
        await settle(check);
        expect(inShadow(check, '[role="alert"]')).to.have.length(1);
        await expect(check).to.be.accessible(); // the error summary
        for (const answer of es ? ['Sí', 'Sí', 'Sí', 'No', 'Sí'] : FITS.slice(0, 5)) await choose(check, answer);
        await expect(check).to.be.accessible(); // choice
        await choose(check, es ? 'Sí, y cubre mi atención' : 'Yes, and it covers my care');
        await expect(check).to.be.accessible(); // income
        await fill(check, { size: 'x', amount: 'lots' });
        expect(inShadow(check, '[role="alert"] li')).to.have.length(2);
        await expect(check).to.be.accessible(); // income errors
        await fill(check, { size: '2', amount: '30000' });
        expect(heading(check)).to.equal(es ? 'Revise sus respuestas' : 'Check your answers');
        await expect(check).to.be.accessible();
        primary(check).click();
        await settle(check);
        expect(heading(check)).to.equal(es ? 'Es probable que califique' : 'You are likely eligible');
        await expect(check).to.be.accessible();
        // Review and ineligible, through Change.
        for (const [question, answer, title] of es
          ? [['¿Viviría', 'No estoy seguro/a', 'Nos gustaría hablar con usted'], ['¿Tiene 18', 'No', 'Puede que esta beca no sea para usted']]
          : [['Would you', 'I’m not sure', 'We’d like to talk with you'], ['Are you 18', 'No', 'This scholarship may not fit you']]) {
          button(check, es ? 'Cambiar mis respuestas' : 'Change my answers').click();
          await settle(check);
          const row = inShadow(check, '.row').find((candidate) => candidate.querySelector('dt')!.textContent!.startsWith(question))!;
          row.querySelector('button')!.click();
          await settle(check);
          await choose(check, answer);
          primary(check).click();
          await settle(check);
          expect(heading(check)).to.equal(title);
          await expect(check).to.be.accessible();
        }
      });
    }

    it('moves focus to each new heading, to the error summary, and to the outcome', async () => {
      const check = await defaultCheck();
      expect(shadowFocus(check), 'nothing is focused on load').to.equal(null);
      primary(check).click();
      await settle(check);
      expect(shadowFocus(check)!.textContent).to.equal('Are you 18 or older?');
      expect(shadowFocus(check)!.getAttribute('role')).to.equal('heading');
      primary(check).click();
      await settle(check);
      expect(shadowFocus(check)!.getAttribute('role')).to.equal('alert');
      await choose(check, 'Yes');
      expect(shadowFocus(check)!.textContent).to.equal('Do you live in Colorado?');
      for (const answer of FITS.slice(1)) await choose(check, answer);
      expect(shadowFocus(check)!.textContent).to.equal('Check your answers');
      primary(check).click();
      await settle(check);
      expect(shadowFocus(check)!.textContent).to.equal('You are likely eligible');
    });

    it('labels every control, links errors to their fields, and keeps targets at least 24 px', async () => {
      const check = await defaultCheck();
      primary(check).click();
      await settle(check);
      primary(check).click();
      await settle(check);
      const fieldset = inShadow(check, 'fieldset')[0];
      const link = inShadow<HTMLAnchorElement>(check, '[role="alert"] a')[0];
      expect(link.textContent).to.equal('Choose an answer.');
      expect(fieldset.getAttribute('aria-describedby')).to.contain(link.id);
      link.click();
      expect(shadowFocus(check)).to.equal(inShadow(check, 'input[type="radio"]')[0]);
      expect(location.hash, 'the host page URL does not change').to.equal('');
      for (const target of inShadow(check, 'button, .option')) expect(target.getBoundingClientRect().height).to.be.at.least(24);
    });
  });

  describe('the intro', () => {
    it('says what the check is and is not, how long it takes, and that answers stay in the browser', async () => {
      const check = await defaultCheck();
      const text = inShadow(check, '.base')[0].textContent!;
      expect(heading(check)).to.equal('Could a scholarship help pay for sober housing?');
      expect(text).to.contain('not an application or a final decision');
      expect(text).to.contain('about 3 minutes');
      expect(text).to.contain('stay in this browser');
      expect(text).to.contain('Answer for them');
    });
  });

  describe('attributes and settings', () => {
    it('apply-href, phone and finder-href make the next steps; the provider fills in what is missing', async () => {
      const check = await defaultCheck('apply-href="/apply" phone="+1-303-555-0142" finder-href="/groups"');
      await answerAll(check, FITS);
      primary(check).click();
      await settle(check);
      const links = () => inShadow<HTMLAnchorElement>(check, 'a').map((link) => [link.textContent!.trim(), link.getAttribute('href')]);
      expect(links()).to.deep.equal([
        ['Apply for a scholarship', '/apply'],
        ['Call +1-303-555-0142', 'tel:+13035550142'],
      ]);

      const container = await fixture<HTMLElement>(html`<recovery-provider apply-href="https://example.org/apply" phone="303-555-0199" org-name="Clinic">
        <recovery-scholarship-check></recovery-scholarship-check>
      </recovery-provider>`);
      const inProvider = container.querySelector('recovery-scholarship-check')!;
      await untilRendered(inProvider, '.primary');
      await answerAll(inProvider, ['No', ...FITS.slice(1)]);
      primary(inProvider).click();
      await settle(inProvider);
      expect(heading(inProvider)).to.equal('This scholarship may not fit you');
      const texts = inShadow<HTMLAnchorElement>(inProvider, 'a').map((link) => [link.textContent!.trim(), link.getAttribute('href')]);
      expect(texts, 'no apply link when it may not fit; a call, and SAMHSA').to.deep.equal([
        ['Call 303-555-0199', 'tel:3035550199'],
        ['1-800-662-4357', 'tel:18006624357'],
      ]);
      expect(inShadow(inProvider, 'li')[0].textContent).to.equal('The scholarship is for adults (18 or older).');
    });

    it('the ineligible outcome offers the group finder and SAMHSA’s helpline', async () => {
      const check = await defaultCheck('finder-href="/groups"');
      await answerAll(check, ['Yes', 'No', 'Yes', 'No', 'No', 'No']);
      primary(check).click();
      await settle(check);
      expect(inShadow(check, '.outcome li').map((item) => item.textContent)).to.deep.equal([
        'The scholarship is for people who live in Colorado.',
        'The scholarship pays only for certified homes, which all have house rules.',
      ]);
      const help = inShadow(check, 'ul').at(-1)!;
      expect(help.querySelector('a[href="/groups"]')!.textContent).to.equal('Find a support group that fits you');
      expect(help.textContent).to.contain('SAMHSA National Helpline');
      expect(help.querySelector('a[href="tel:18006624357"]')).to.exist;
    });

    it('quick-exit, or the provider’s, shows the quick exit', async () => {
      const own = await defaultCheck('quick-exit');
      expect(inShadow(own, 'recovery-quick-exit[inline]')).to.have.length(1);
      const none = await defaultCheck();
      expect(inShadow(none, 'recovery-quick-exit')).to.have.length(0);
      const dark = await defaultCheck('quick-exit theme="dark"');
      expect(inShadow(dark, 'recovery-quick-exit')[0].getAttribute('theme'), 'the quick exit follows the widget’s theme').to.equal('dark');
      const container = await fixture<HTMLElement>(html`<recovery-provider quick-exit><recovery-scholarship-check></recovery-scholarship-check></recovery-provider>`);
      const inProvider = container.querySelector('recovery-scholarship-check')!;
      await untilRendered(inProvider, 'recovery-quick-exit');
    });

    it('renders in Spanish from the nearest lang, rule set text included, and follows a change of language', async () => {
      const check = await defaultCheck('', 'es');
      expect(heading(check)).to.equal('¿Podría una beca ayudarle a pagar una vivienda sobria?');
      primary(check).click();
      await settle(check);
      expect(heading(check)).to.equal('¿Tiene 18 años o más?');
      expect(inShadow(check, 'label').map((label) => label.textContent)).to.deep.equal(['Sí', 'No']);
      await choose(check, 'Sí');
      check.parentElement!.setAttribute('lang', 'en');
      await settle(check);
      expect(heading(check)).to.equal('Do you live in Colorado?');
      button(check, 'Back').click();
      await settle(check);
      expect(inShadow<HTMLInputElement>(check, 'input[value="yes"]')[0].checked, 'the answer survived').to.be.true;
    });

    it('takes a custom rule set from a child JSON script, with number, choice, yes-no and income questions', async () => {
      const check = await withRules(customRules);
      primary(check).click();
      await settle(check);
      expect(heading(check)).to.equal('How old are you?');
      await fill(check, { answer: 'twenty' });
      expect(inShadow(check, '[role="alert"] a')[0].textContent).to.equal('Enter a whole number, like 24.');
      await fill(check, { answer: '34' });
      await choose(check, 'Another county');
      await choose(check, 'Yes');
      await fill(check, { size: '3', amount: '54,640' });
      expect(inShadow(check, 'dd:not(.change)').map((dd) => dd.textContent)).to.deep.equal(['34', 'Another county', 'Yes', '3 people; $54,640 a year']);
      primary(check).click();
      await settle(check);
      expect(heading(check)).to.equal('We’d like to talk with you');
      expect(inShadow(check, '.outcome li')[0].textContent).to.contain('Denver, Jefferson and Adams');
    });

    it('loads a rule set from src', async () => {
      const check = await defaultCheck('src="/demo/content/scholarship-rules.example.json"');
      primary(check).click();
      await settle(check);
      expect(heading(check)).to.equal('How old are you?');
    });
  });

  describe('navigation', () => {
    it('Back keeps every saved answer, back to the intro', async () => {
      const check = await defaultCheck();
      await answerAll(check, ['Yes', 'No', 'Yes']);
      expect(heading(check)).to.equal('Do you take medication for addiction, like buprenorphine or methadone?');
      const checked = () => inShadow<HTMLInputElement>(check, 'input:checked').map((input) => input.value);
      for (const expected of [['yes'], ['no'], ['yes']]) {
        button(check, 'Back').click();
        await settle(check);
        expect(checked()).to.deep.equal(expected);
      }
      button(check, 'Back').click();
      await settle(check);
      expect(heading(check)).to.equal('Could a scholarship help pay for sober housing?');
      primary(check).click();
      await settle(check);
      expect(checked(), 'still answered after the intro').to.deep.equal(['yes']);
    });

    it('Change returns to the summary, keeping the other answers; a change that opens a question asks it first', async () => {
      const check = await defaultCheck();
      await answerAll(check, FITS);
      const answers = () => inShadow(check, 'dd:not(.change)').map((dd) => dd.textContent);
      expect(answers()).to.deep.equal(['Yes', 'Yes', 'Yes', 'No', 'Yes', 'No']);
      const change = inShadow<HTMLButtonElement>(check, '.change button');
      expect(change[3].textContent).to.equal('Change');
      expect(change[3].getAttribute('aria-label')).to.equal('Change: Do you take medication for addiction, like buprenorphine or methadone?');

      change[3].click();
      await settle(check);
      expect(inShadow<HTMLInputElement>(check, 'input:checked')[0].value, 'the saved answer is shown').to.equal('no');
      await choose(check, 'Yes');
      expect(heading(check)).to.equal('Check your answers');
      expect(answers()).to.deep.equal(['Yes', 'Yes', 'Yes', 'Yes', 'Yes', 'No']);

      inShadow<HTMLButtonElement>(check, '.change button')[5].click();
      await settle(check);
      await choose(check, 'Yes, and it covers my care');
      expect(heading(check), 'the newly opened income question comes next').to.equal('Your household’s income');
      await fill(check, { size: '1', amount: '' });
      expect(heading(check)).to.equal('Check your answers');
      expect(answers().slice(5)).to.deep.equal(['Yes, and it covers my care', '1 person; income not known']);

      inShadow<HTMLButtonElement>(check, '.change button')[2].click();
      await settle(check);
      button(check, 'Back').click();
      await settle(check);
      expect(heading(check), 'Back from a change returns to the summary').to.equal('Check your answers');
      expect(answers()).to.have.length(7);
    });

    it('Start again clears the answers', async () => {
      const check = await defaultCheck();
      await answerAll(check, FITS);
      primary(check).click();
      await settle(check);
      button(check, 'Start again').click();
      await settle(check);
      expect(heading(check)).to.equal('Could a scholarship help pay for sober housing?');
      primary(check).click();
      await settle(check);
      expect(inShadow(check, 'input:checked')).to.have.length(0);
    });
  });

  describe('events and privacy', () => {
    it('fires recovery-scholarship-result with {outcome} only, bubbling to the document', async () => {
      const check = await defaultCheck();
      const events = collectEvents<Record<string, unknown>>('recovery-scholarship-result');
      await answerAll(check, ['Yes', 'Yes', 'Yes', 'Yes', 'I’m not sure', 'No']);
      expect(events.details, 'nothing before the outcome').to.be.empty;
      primary(check).click();
      await settle(check);
      events.stop();
      expect(events.details).to.deep.equal([{ outcome: 'review' }]);
    });

    it('stores nothing and changes no URL', async () => {
      localStorage.clear();
      sessionStorage.clear();
      const url = location.href;
      const check = await defaultCheck();
      await answerAll(check, ['Yes', 'Yes', 'Yes', 'Yes', 'Yes', 'Yes, and it covers my care']);
      await fill(check, { size: '4', amount: '120000' });
      primary(check).click();
      await settle(check);
      expect(heading(check)).to.equal('This scholarship may not fit you');
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      expect(location.href).to.equal(url);
    });
  });

  describe('keyboard', () => {
    /** Presses Tab until the focused element in the shadow root matches, then Enter. */
    async function tabTo(check: Check, matches: (element: Element) => boolean, key = 'Enter'): Promise<void> {
      for (let presses = 0; presses < 10 && !(shadowFocus(check) && matches(shadowFocus(check)!)); presses++) await sendKeys({ press: 'Tab' });
      expect(shadowFocus(check) && matches(shadowFocus(check)!), 'reached by Tab').to.be.true;
      await sendKeys({ press: key });
      await settle(check);
    }

    /** On a radio question: Tab to the radios, Arrow to the answer, Enter to submit. */
    async function keyboardChoose(check: Check, value: string): Promise<void> {
      await sendKeys({ press: 'Tab' });
      const radios = inShadow<HTMLInputElement>(check, 'input[type="radio"]');
      expect(shadowFocus(check)).to.equal(radios[0]);
      for (let index = 0; radios[index].value !== value; index++) await sendKeys({ press: 'ArrowDown' });
      if (!radios[0].checked && radios[0].value === value) await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Enter' });
      await settle(check);
    }

    const outcomes: Array<[string, string[], string]> = [
      ['eligible', ['yes', 'yes', 'yes', 'no', 'yes', 'under'], 'You are likely eligible'],
      ['review', ['yes', 'yes', 'yes', 'no', 'unsure', 'none'], 'We’d like to talk with you'],
      ['ineligible', ['no', 'yes', 'yes', 'no', 'yes', 'none'], 'This scholarship may not fit you'],
    ];
    for (const [outcome, answers, title] of outcomes) {
      it(`reaches the ${outcome} outcome by keyboard alone`, async () => {
        const check = await defaultCheck();
        const events = collectEvents<{ outcome: string }>('recovery-scholarship-result');
        primary(check).focus();
        await sendKeys({ press: 'Enter' });
        await settle(check);
        for (const answer of answers) await keyboardChoose(check, answer);
        expect(heading(check)).to.equal('Check your answers');
        await tabTo(check, (element) => element.textContent === 'See my result');
        expect(shadowFocus(check)!.textContent).to.equal(title);
        events.stop();
        expect(events.details).to.deep.equal([{ outcome }]);
      });
    }

    it('the income question by keyboard, with a blank income meaning "don’t know"', async () => {
      const check = await defaultCheck();
      primary(check).focus();
      await sendKeys({ press: 'Enter' });
      await settle(check);
      for (const answer of ['yes', 'yes', 'yes', 'no', 'yes', 'covered']) await keyboardChoose(check, answer);
      expect(heading(check)).to.equal('Your household’s income');
      await sendKeys({ press: 'Tab' });
      expect(shadowFocus(check)!.getAttribute('name')).to.equal('size');
      await sendKeys({ type: '2' });
      await sendKeys({ press: 'Enter' });
      await settle(check);
      expect(heading(check)).to.equal('Check your answers');
      await tabTo(check, (element) => element.textContent === 'See my result');
      expect(shadowFocus(check)!.textContent).to.equal('We’d like to talk with you');
      expect(inShadow(check, '.outcome li')[0].textContent).to.equal('You were not sure of your income: we can work it out with you.');
    });
  });

  describe('bad configuration', () => {
    const CHILD = 'child <script type="application/json">';
    const cases: Array<{ name: string; markup: string; attribute: string; problem: string }> = [
      { name: 'invalid JSON', markup: `<recovery-scholarship-check><script type="application/json">{"questions": </script></recovery-scholarship-check>`, attribute: CHILD, problem: 'is not valid JSON' },
      {
        name: 'a rule naming an unknown question',
        markup: `<recovery-scholarship-check><script type="application/json">${JSON.stringify({ ...customRules, rules: [{ ...customRules.rules[0], when: { '<': [{ var: 'agee' }, 18] } }] })}</script></recovery-scholarship-check>`,
        attribute: CHILD,
        problem: 'rules[0] "adult": unknown question "agee"',
      },
      { name: 'a src that answers 404', markup: '<recovery-scholarship-check src="/test-api/missing.json"></recovery-scholarship-check>', attribute: 'src', problem: 'answered HTTP 404' },
      { name: 'an unreachable src', markup: '<recovery-scholarship-check src="http://127.0.0.1:9/rules.json"></recovery-scholarship-check>', attribute: 'src', problem: 'could not be loaded' },
    ];
    for (const { name, markup, attribute, problem } of cases) {
      it(`${name}: a polite message, one console error, nothing thrown, and the next check still works`, async () => {
        const { result: page, errors, thrown } = await watchErrors(async () => {
          const container = await fixture<HTMLElement>(`<div>${markup}<recovery-scholarship-check></recovery-scholarship-check></div>`);
          await untilRendered(container.querySelector('recovery-scholarship-check')!, '[part="error"]');
          return container;
        });
        const [broken, working] = page.querySelectorAll('recovery-scholarship-check');
        const message = inShadow(broken, '[part="error"]')[0];
        expect(message.getAttribute('role')).to.equal('status');
        expect(message.textContent).to.equal('Sorry, this check can’t be shown right now.');
        expect(inShadow(broken, 'button')).to.be.empty;
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain(`<recovery-scholarship-check> ${attribute}:`).and.contain(problem);
        expect(thrown).to.be.empty;
        await untilRendered(working, '.primary');
        await expect(broken).to.be.accessible();
      });
    }

    it('an unsafe apply-href is reported once and left out', async () => {
      const { result: check, errors } = await watchErrors(async () => {
        const element = await defaultCheck('apply-href="javascript:alert(1)" phone="303-555-0142"');
        await answerAll(element, FITS);
        primary(element).click();
        await settle(element);
        return element;
      });
      expect(errors).to.deep.equal(['<recovery-scholarship-check> apply-href: "javascript:alert(1)" is not an allowed link; ignoring it']);
      expect(inShadow(check, 'a').map((link) => link.getAttribute('href'))).to.deep.equal(['tel:3035550142']);
    });

    it('a rule set that becomes valid (a new src) replaces the error', async () => {
      const { result: check } = await watchErrors(async () => {
        const element = await fixture<Check>(html`<recovery-scholarship-check src="/test-api/missing.json"></recovery-scholarship-check>`);
        await untilRendered(element, '[part="error"]');
        return element;
      });
      check.src = '/demo/content/scholarship-rules.example.json';
      await waitUntil(() => inShadow(check, '.primary').length === 1, 'the intro of the new rule set');
      expect(inShadow(check, '[part="error"]')).to.be.empty;
    });
  });
});
