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

const defaultCheck = (attributes = '', lang = 'en', children = '') =>
  checkIn(`<div lang="${lang}"><recovery-scholarship-check ${attributes}>${children}</recovery-scholarship-check></div>`);

const withRules = (rules: unknown, attributes = '') =>
  checkIn(
    `<recovery-scholarship-check ${attributes}><script type="application/json">${JSON.stringify(rules)}</script></recovery-scholarship-check>`,
  );

/** The text of the heading that takes focus on the current screen. */
const heading = (check: Element) => inShadow(check, '.heading[data-focus]')[0]?.textContent?.trim();
const primary = (check: Element) => inShadow<HTMLButtonElement>(check, '.primary')[0];
const button = (check: Element, text: string) =>
  inShadow<HTMLButtonElement>(check, 'button').find((candidate) => candidate.textContent!.trim() === text)!;
/** The text of an element, spaces collapsed (a phone number's no-break space included). */
const words = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
/** [text, href] of each link in the outcome's next-step row (not Change / Start over, which are buttons). */
const actionLinks = (check: Element) =>
  inShadow<HTMLAnchorElement>(check, '.actions a').map((link) => [words(link), link.getAttribute('href')]);
const reasons = (check: Element) => inShadow(check, '[part="outcome"] li').map(words);

async function settle(check: Check): Promise<void> {
  await check.updateComplete;
  await check.updateComplete;
}

/** Chooses an answer tile by its label and continues. */
async function choose(check: Check, label: string): Promise<void> {
  const tile = inShadow(check, '.choice').find((candidate) => words(candidate) === label);
  expect(tile, `an answer labelled "${label}" on "${heading(check)}"`).to.exist;
  tile!.querySelector('input')!.click();
  primary(check).click();
  await settle(check);
}

/** Fills the text fields on screen (by name) and continues. */
async function fill(check: Check, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) inShadow<HTMLInputElement>(check, `input[name="${name}"]`)[0].value = value;
  primary(check).click();
  await settle(check);
}

/** Starts, then answers the Colorado questions by label, in order. */
async function answerAll(check: Check, answers: string[]): Promise<void> {
  primary(check).click();
  await settle(check);
  for (const answer of answers) await choose(check, answer);
}

async function seeResult(check: Check): Promise<void> {
  primary(check).click();
  await settle(check);
}

/** Everything fits, uninsured: the summary comes next. */
const FITS = ['Yes', 'Yes', 'Yes', 'No', 'Yes', 'No'];
const FITS_ES = ['Sí', 'Sí', 'Sí', 'No', 'Sí', 'No'];
const PHONE = 'phone="+1-303-555-0142"';
const NUMBER = 'Call (303) 555-0142';

describe('<recovery-scholarship-check>', () => {
  // First in the file on purpose: the Spanish text is loaded once per page, and this is about
  // the widget's first render before it is in.
  it('on a Spanish page, shows nothing until its Spanish is in: the quick exit inside speaks Spanish from the start', async () => {
    const check = await defaultCheck('quick-exit', 'es');
    const exit = inShadow(check, 'recovery-quick-exit')[0];
    await (exit as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(words(exit.shadowRoot!.querySelector('button')!)).to.equal('Salir de esta página');
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'es']) {
      it(`is axe-clean on every screen type (${lang}): intro, yes-no, choice, income, errors, summary, each outcome`, async () => {
        const es = lang === 'es';
        const check = await defaultCheck(`apply-href="/apply" ${PHONE} finder-href="/groups" quick-exit`, lang);
        await expect(check).to.be.accessible();
        primary(check).click();
        await settle(check);
        await expect(check).to.be.accessible(); // yes-no
        primary(check).click();
        await settle(check);
        expect(words(inShadow(check, '.error-summary-title')[0])).to.equal(es ? 'Hay un problema' : 'There is a problem');
        await expect(check).to.be.accessible(); // the error summary and the field's error
        for (const answer of (es ? FITS_ES : FITS).slice(0, 5)) await choose(check, answer);
        await expect(check).to.be.accessible(); // choice
        await choose(check, es ? 'Sí, y cubre mi atención' : 'Yes, and it covers my care');
        await expect(check).to.be.accessible(); // income
        await fill(check, { size: 'x', amount: 'lots' });
        expect(inShadow(check, '[role="alert"] li')).to.have.length(2);
        expect(inShadow(check, '.field-error')).to.have.length(2);
        await expect(check).to.be.accessible(); // income errors
        await fill(check, { size: '2', amount: '30000' });
        expect(heading(check)).to.equal(es ? 'Revise sus respuestas' : 'Check your answers');
        await expect(check).to.be.accessible();
        await seeResult(check);
        expect(heading(check)).to.equal(es ? 'Es probable que califique' : 'You’re likely eligible');
        await expect(check).to.be.accessible();
        // Review and (decided at once) ineligible, through Change.
        for (const [question, answer, title] of es
          ? [
              ['¿Viviría', 'No lo sé', 'Nos gustaría hablar con usted'],
              ['¿Tiene 18', 'No', 'Puede que esta beca no sea para usted'],
            ]
          : [
              ['Would you', 'I’m not sure', 'We’d like to talk with you'],
              ['Are you 18', 'No', 'This scholarship may not fit you'],
            ]) {
          button(check, es ? 'Cambiar mis respuestas' : 'Change my answers').click();
          await settle(check);
          const row = inShadow(check, '.row').find((candidate) => candidate.querySelector('dt')!.textContent!.startsWith(question))!;
          row.querySelector('button')!.click();
          await settle(check);
          await choose(check, answer);
          if (heading(check) !== title) await seeResult(check);
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
      expect(shadowFocus(check)!.className).to.equal('error-summary');
      expect(shadowFocus(check)!.querySelector('[role="alert"]')).to.exist;
      await choose(check, 'Yes');
      expect(shadowFocus(check)!.textContent).to.equal('Do you live in Colorado?');
      for (const answer of FITS.slice(1)) await choose(check, answer);
      expect(shadowFocus(check)!.textContent).to.equal('Check your answers');
      await seeResult(check);
      expect(shadowFocus(check)!.textContent).to.equal('You’re likely eligible');
    });

    it('shows the problem above the answers, links to it from the summary, and keeps targets at least 24 px', async () => {
      const check = await defaultCheck();
      primary(check).click();
      await settle(check);
      primary(check).click();
      await settle(check);
      const fieldset = inShadow(check, 'fieldset')[0];
      const link = inShadow<HTMLAnchorElement>(check, '[role="alert"] a')[0];
      expect(link.textContent).to.equal('Choose an answer.');
      const error = inShadow(check, '.field-error')[0];
      expect(words(error)).to.equal('Error: Choose an answer.');
      expect(fieldset.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
      link.click();
      expect(shadowFocus(check)).to.equal(inShadow(check, 'input[type="radio"]')[0]);
      expect(location.hash, 'the host page URL does not change').to.equal('');
      for (const target of inShadow(check, 'button, .choice, .crisis a, summary'))
        expect(target.getBoundingClientRect().height, target.outerHTML).to.be.at.least(24);
    });
  });

  describe('the intro', () => {
    it('says what the check is and is not, how long it takes, and that answers stay in the browser', async () => {
      const check = await defaultCheck();
      const text = words(inShadow(check, '.base')[0]);
      expect(heading(check)).to.equal('Could a scholarship help pay for sober housing?');
      expect(text).to.contain('It’s not an application or a final decision. It takes about 3 minutes.');
      expect(text).to.contain('Your answers stay in this browser.');
      expect(text).to.contain('Answer for them');
    });
  });

  describe('988 in sight on every screen (issue 12)', () => {
    /** The first help line is visible, as links that dial and text 988. */
    function expect988(check: Check, es: boolean, where: string): void {
      const lead = inShadow(check, '.crisis > p')[0];
      expect(lead, `the help line on ${where}`).to.exist;
      expect(words(lead), where).to.equal(
        es ? '¿Necesita ayuda ahora? Llamar al 988 Enviar texto al 988' : 'Need help now? Call 988 Text 988',
      );
      for (const href of ['tel:988', 'sms:988']) {
        const link = lead.querySelector<HTMLAnchorElement>(`a[href="${href}"]`)!;
        const box = link.getBoundingClientRect();
        expect(box.width * box.height, `${href} visible on ${where}`).to.be.greaterThan(0);
      }
    }

    for (const lang of ['en', 'es']) {
      it(`on the intro, a question, an error, the summary and each outcome (${lang})`, async () => {
        const es = lang === 'es';
        const check = await defaultCheck(PHONE, lang);
        expect988(check, es, 'the intro');
        primary(check).click();
        await settle(check);
        expect988(check, es, 'a question');
        primary(check).click();
        await settle(check);
        expect988(check, es, 'an error');
        for (const answer of es ? FITS_ES : FITS) await choose(check, answer);
        expect988(check, es, 'the summary');
        await seeResult(check);
        expect988(check, es, 'the eligible outcome');
        button(check, es ? 'Empezar de nuevo' : 'Start over').click();
        await settle(check);
        await answerAll(check, [es ? 'Sí' : 'Yes', es ? 'Sí' : 'Yes', es ? 'Sí' : 'Yes', 'No', es ? 'No lo sé' : 'I’m not sure', 'No']);
        await seeResult(check);
        expect988(check, es, 'the review outcome');
        button(check, es ? 'Empezar de nuevo' : 'Start over').click();
        await settle(check);
        await answerAll(check, ['No']);
        expect988(check, es, 'the ineligible outcome');
        expect(inShadow(check, '.crisis details')[0].hasAttribute('open'), 'the other lines wait under "More help lines"').to.be.false;
      });
    }

    it('uses the provider’s help lines when it sets them', async () => {
      const container = await fixture<HTMLElement>(html`<recovery-provider>
        <script type="application/json">
          ${JSON.stringify({ crisisLines: [{ name: 'Local line', call: '303-555-0100' }] })}
        </script>
        <recovery-scholarship-check></recovery-scholarship-check>
      </recovery-provider>`);
      const check = container.querySelector('recovery-scholarship-check')!;
      await untilRendered(check, '.crisis a[href="tel:3035550100"]');
    });
  });

  describe('every outcome gives its reasons (issue 11)', () => {
    it('likely eligible lists why', async () => {
      const check = await defaultCheck();
      await answerAll(check, FITS);
      await seeResult(check);
      expect(reasons(check)).to.deep.equal([
        'You’re 18 or older.',
        'You live in Colorado.',
        'You’re in recovery from a substance use disorder.',
        'You’re willing to follow a certified home’s rules.',
        'You don’t have insurance that fully covers your care: this scholarship is meant for that.',
      ]);
      expect(words(inShadow(check, '[part="outcome"] .note')[0])).to.equal('This is a guide, not a final decision.');
    });

    it('a rule set with no eligible rule still says why', async () => {
      const check = await withRules(customRules);
      primary(check).click();
      await settle(check);
      await fill(check, { answer: '30' });
      await choose(check, 'Denver');
      await choose(check, 'Yes');
      await fill(check, { size: '1', amount: '20000' });
      await seeResult(check);
      expect(heading(check)).to.equal('You’re likely eligible');
      expect(reasons(check)).to.deep.equal(['Your answers fit what this scholarship is for.']);
    });
  });

  describe('an answer that rules the visitor out ends the questions at once (issue 11)', () => {
    it('under 18: the outcome with its reason and what else can help, right after the first answer', async () => {
      const check = await defaultCheck(`finder-href="/groups" apply-href="/apply" ${PHONE}`);
      const events = collectEvents<{ outcome: string }>('recovery-scholarship-result');
      await answerAll(check, ['No']);
      events.stop();
      expect(heading(check)).to.equal('This scholarship may not fit you');
      expect(shadowFocus(check)!.textContent).to.equal('This scholarship may not fit you');
      expect(events.details).to.deep.equal([{ outcome: 'ineligible' }]);
      expect(reasons(check)).to.deep.equal(['This scholarship is for adults, 18 or older.']);
      expect(words(inShadow(check, 'h4')[0])).to.equal('What else can help');
      const help = inShadow(check, 'h4 + ul > li');
      expect(help.map(words)).to.deep.equal([
        'Find a support group that fits you',
        'SAMHSA’s National Helpline can help you find treatment and support: free and private, any time, in English and Spanish. Call (800) 662-4357',
        `Has something changed, or do you think we got it wrong? We’re glad to talk. ${NUMBER}`,
      ]);
      expect(help[0].querySelector('a')!.getAttribute('href')).to.equal('/groups');
      expect(help[1].querySelector('a')!.getAttribute('href')).to.equal('tel:18006624357');
      expect(help[2].querySelector('a')!.getAttribute('href')).to.equal('tel:+13035550142');
      expect(inShadow(check, 'a[href="/apply"]'), 'no apply link when it may not fit').to.be.empty;
    });

    it('not in Colorado, after a fitting first answer; Change my answers shows only what was asked, and a new answer carries on', async () => {
      const check = await defaultCheck();
      await answerAll(check, ['Yes', 'No']);
      expect(heading(check)).to.equal('This scholarship may not fit you');
      expect(reasons(check)).to.deep.equal(['This scholarship is for people who live in Colorado.']);
      button(check, 'Change my answers').click();
      await settle(check);
      expect(inShadow(check, 'dt').map(words)).to.deep.equal(['Are you 18 or older?', 'Do you live in Colorado?']);
      inShadow<HTMLButtonElement>(check, '.change button')[1].click();
      await settle(check);
      await choose(check, 'Yes');
      expect(heading(check), 'the questions carry on from there').to.equal('Are you in recovery from a substance use disorder?');
      for (const answer of FITS.slice(2)) await choose(check, answer);
      expect(heading(check)).to.equal('Check your answers');
      expect(inShadow(check, 'dt')).to.have.length(6);
    });

    it('income over the limit ends it as soon as the income is given', async () => {
      const check = await defaultCheck();
      await answerAll(check, [...FITS.slice(0, 5), 'Yes, and it covers my care']);
      await fill(check, { size: '1', amount: '90,000' });
      expect(heading(check)).to.equal('This scholarship may not fit you');
      expect(reasons(check)[0]).to.contain('over this program’s limit');
    });

    it('"I’m not sure" is a conversation, not an end: the questions go on', async () => {
      const check = await defaultCheck();
      await answerAll(check, ['Yes', 'Yes', 'Yes', 'No', 'I’m not sure']);
      expect(heading(check)).to.equal('Do you have health insurance?');
    });
  });

  describe('no outcome is a dead end: the sentence says what the links under it do (issue 11)', () => {
    const cases: Array<[string, string, string, string[][]]> = [
      [
        'apply-href and phone',
        `apply-href="/apply" ${PHONE}`,
        'Apply now, or call us to talk it through.',
        [
          ['Apply for a scholarship', '/apply'],
          [NUMBER, 'tel:+13035550142'],
        ],
      ],
      ['apply-href only', 'apply-href="/apply"', 'Your next step is to apply.', [['Apply for a scholarship', '/apply']]],
      ['phone only', PHONE, 'Call us to talk it through. We’ll help you apply.', [[NUMBER, 'tel:+13035550142']]],
      [
        'a phone with no digits is no phone',
        'phone="call us"',
        'Get in touch with us to talk it through. We’ll help you apply. You’ll find how to reach us on this page.',
        [],
      ],
      [
        'neither, and no intake',
        '',
        'Get in touch with us to talk it through. We’ll help you apply. You’ll find how to reach us on this page.',
        [],
      ],
    ];
    for (const [name, attributes, sentence, links] of cases) {
      it(`${name}: "${sentence}"`, async () => {
        const check = await defaultCheck(attributes);
        await answerAll(check, FITS);
        await seeResult(check);
        expect(words(inShadow(check, 'h4 + p')[0])).to.equal(sentence);
        expect(actionLinks(check)).to.deep.equal(links);
        for (const row of inShadow(check, '.actions')) expect(row.children.length, 'no empty row of actions').to.be.greaterThan(0);
      });
    }

    it('without apply-href or phone, the intake slot is the next step', async () => {
      const check = await defaultCheck('', 'en', '<p slot="intake">Our intake form</p>');
      await answerAll(check, ['Yes', 'Yes', 'Yes', 'No', 'I’m not sure', 'No']);
      await seeResult(check);
      expect(heading(check)).to.equal('We’d like to talk with you');
      expect(words(inShadow(check, 'h4 + p')[0])).to.equal(
        'Get in touch with us to talk it through. We’ll help you apply. You can reach us below.',
      );
      const slot = inShadow<HTMLSlotElement>(check, 'slot[name="intake"]')[0];
      expect(slot.assignedElements().map(words)).to.deep.equal(['Our intake form']);
      expect(slot.assignedElements()[0].getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('may not fit, without a phone: how to reach us all the same', async () => {
      const check = await defaultCheck();
      await answerAll(check, ['No']);
      expect(words(inShadow(check, 'h4 + ul > li').at(-1)!)).to.equal(
        'Has something changed, or do you think we got it wrong? We’re glad to talk. You’ll find how to reach us on this page.',
      );
    });

    it('the provider’s apply-href and phone fill in what the element lacks', async () => {
      const container =
        await fixture<HTMLElement>(html`<recovery-provider apply-href="https://example.org/apply" phone="303-555-0199" org-name="Clinic">
        <recovery-scholarship-check></recovery-scholarship-check>
      </recovery-provider>`);
      const check = container.querySelector('recovery-scholarship-check')!;
      await untilRendered(check, '.primary');
      await answerAll(check, FITS);
      await seeResult(check);
      expect(actionLinks(check)).to.deep.equal([
        ['Apply for a scholarship', 'https://example.org/apply'],
        ['Call (303) 555-0199', 'tel:3035550199'],
      ]);
    });
  });

  describe('numbers and money through Intl (issue 11)', () => {
    for (const [lang, expected] of [
      ['en', '2 people; $40,000 a year'],
      ['es', '2 personas; $40,000 al año'],
    ]) {
      it(`${lang}: ${expected}`, async () => {
        const es = lang === 'es';
        const check = await defaultCheck('', lang);
        await answerAll(check, [...(es ? FITS_ES : FITS).slice(0, 5), es ? 'Sí, y cubre mi atención' : 'Yes, and it covers my care']);
        await fill(check, { size: '2', amount: '40000' });
        expect(inShadow(check, 'dd:not(.change)').map(words).at(-1)).to.equal(expected);
      });
    }
  });

  describe('attributes and settings', () => {
    it('quick-exit, or the provider’s, shows the quick exit', async () => {
      const own = await defaultCheck('quick-exit');
      expect(inShadow(own, 'recovery-quick-exit[inline]')).to.have.length(1);
      const none = await defaultCheck();
      expect(inShadow(none, 'recovery-quick-exit')).to.have.length(0);
      const dark = await defaultCheck('quick-exit theme="dark"');
      expect(inShadow(dark, 'recovery-quick-exit')[0].getAttribute('theme'), 'the quick exit follows the widget’s theme').to.equal('dark');
      const container = await fixture<HTMLElement>(
        html`<recovery-provider quick-exit><recovery-scholarship-check></recovery-scholarship-check></recovery-provider>`,
      );
      const inProvider = container.querySelector('recovery-scholarship-check')!;
      await untilRendered(inProvider, 'recovery-quick-exit');
    });

    it('renders in Spanish from the nearest lang, rule set text included, and follows a change of language', async () => {
      const check = await defaultCheck('', 'es');
      expect(heading(check)).to.equal('¿Podría una beca ayudarle a pagar una vivienda sobria?');
      primary(check).click();
      await settle(check);
      expect(heading(check)).to.equal('¿Tiene 18 años o más?');
      expect(inShadow(check, '.choice').map(words)).to.deep.equal(['Sí', 'No']);
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
      expect(inShadow(check, 'input[name="answer"]')[0].getAttribute('aria-invalid')).to.equal('true');
      await fill(check, { answer: '34' });
      await choose(check, 'Another county');
      await choose(check, 'Yes');
      await fill(check, { size: '3', amount: '54,640' });
      expect(inShadow(check, 'dd:not(.change)').map(words)).to.deep.equal(['34', 'Another county', 'Yes', '3 people; $54,640 a year']);
      await seeResult(check);
      expect(heading(check)).to.equal('We’d like to talk with you');
      expect(reasons(check)[0]).to.contain('Denver, Jefferson and Adams');
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
      await answerAll(check, ['Yes', 'Yes', 'Yes']);
      expect(heading(check)).to.equal('Do you take medication for addiction, like buprenorphine or methadone?');
      const checked = () => inShadow<HTMLInputElement>(check, 'input:checked').map((input) => input.value);
      for (const expected of [['yes'], ['yes'], ['yes']]) {
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

    it('an answer clicked but not sent does not show on the next question', async () => {
      const check = await defaultCheck();
      await answerAll(check, ['Yes']);
      inShadow<HTMLInputElement>(check, 'input[value="no"]')[0].click();
      button(check, 'Back').click();
      await settle(check);
      expect(
        inShadow<HTMLInputElement>(check, 'input:checked').map((input) => input.value),
        'Back does not save it',
      ).to.deep.equal(['yes']);
      await choose(check, 'Yes');
      expect(inShadow(check, 'input:checked'), 'the next question starts unanswered').to.be.empty;
    });

    it('Change returns to the summary, keeping the other answers; a change that opens a question asks it first', async () => {
      const check = await defaultCheck();
      await answerAll(check, FITS);
      const answers = () => inShadow(check, 'dd:not(.change)').map(words);
      expect(answers()).to.deep.equal(['Yes', 'Yes', 'Yes', 'No', 'Yes', 'No']);
      const change = inShadow<HTMLButtonElement>(check, '.change button');
      expect(change[3].textContent).to.equal('Change');
      expect(change[3].getAttribute('aria-label')).to.equal(
        'Change: Do you take medication for addiction, like buprenorphine or methadone?',
      );

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

    it('See my result never decides on a question left unanswered', async () => {
      const check = await defaultCheck();
      await answerAll(check, FITS);
      inShadow<HTMLButtonElement>(check, '.change button')[5].click();
      await settle(check);
      await choose(check, 'Yes, and it covers my care');
      expect(heading(check)).to.equal('Your household’s income');
      button(check, 'Back').click();
      await settle(check);
      expect(heading(check)).to.equal('Check your answers');
      await seeResult(check);
      expect(heading(check), 'the open question is asked first').to.equal('Your household’s income');
    });

    it('Start over clears the answers', async () => {
      const check = await defaultCheck();
      await answerAll(check, FITS);
      await seeResult(check);
      button(check, 'Start over').click();
      await settle(check);
      expect(heading(check)).to.equal('Could a scholarship help pay for sober housing?');
      primary(check).click();
      await settle(check);
      expect(inShadow(check, 'input:checked')).to.have.length(0);
    });
  });

  describe('forgets on exit (issue 12)', () => {
    /** Answers part of the way, then `leave`: the check must be back at its intro with nothing remembered. */
    async function expectForgotten(leave: () => void, where: 'question' | 'outcome'): Promise<void> {
      const check = await defaultCheck(PHONE);
      await answerAll(check, where === 'outcome' ? FITS : FITS.slice(0, 3));
      if (where === 'outcome') await seeResult(check);
      inShadow<HTMLInputElement>(check, 'input[value="yes"]')[0]?.click(); // clicked, not sent
      leave();
      await settle(check);
      expect(heading(check)).to.equal('Could a scholarship help pay for sober housing?');
      expect(shadowFocus(check), 'focus is not moved: the visitor did not ask').to.equal(null);
      primary(check).click();
      await settle(check);
      expect(inShadow(check, 'input:checked'), 'no answer survives').to.be.empty;
      for (let index = 0; index < 5; index++) await choose(check, 'Yes');
      expect(heading(check), 'no later answer survives either').to.equal('Do you have health insurance?');
      expect(inShadow(check, 'input:checked')).to.be.empty;
      expect(sessionStorage.length + localStorage.length).to.equal(0);
    }

    it('on a quick exit (the recovery-quick-exit event), mid-way through the questions', () =>
      expectForgotten(() => document.dispatchEvent(new CustomEvent('recovery-quick-exit', { bubbles: true, composed: true })), 'question'));

    it('on a quick exit, from the outcome', () =>
      expectForgotten(() => document.dispatchEvent(new CustomEvent('recovery-quick-exit', { bubbles: true, composed: true })), 'outcome'));

    it('when the page comes back from the back/forward cache (pageshow, persisted)', () =>
      expectForgotten(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })), 'outcome'));

    it('an ordinary pageshow (not from the cache) keeps the answers', async () => {
      const check = await defaultCheck();
      await answerAll(check, FITS.slice(0, 2));
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
      await settle(check);
      expect(heading(check)).to.equal('Are you in recovery from a substance use disorder?');
    });
  });

  describe('events and privacy', () => {
    it('fires recovery-scholarship-result with {outcome} only, bubbling to the document', async () => {
      const check = await defaultCheck();
      const events = collectEvents<Record<string, unknown>>('recovery-scholarship-result');
      await answerAll(check, ['Yes', 'Yes', 'Yes', 'Yes', 'I’m not sure', 'No']);
      expect(events.details, 'nothing before the outcome').to.be.empty;
      await seeResult(check);
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
      for (let presses = 0; presses < 10 && !(shadowFocus(check) && matches(shadowFocus(check)!)); presses++)
        await sendKeys({ press: 'Tab' });
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
      ['eligible', ['yes', 'yes', 'yes', 'no', 'yes', 'under'], 'You’re likely eligible'],
      ['review', ['yes', 'yes', 'yes', 'no', 'unsure', 'none'], 'We’d like to talk with you'],
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

    it('reaches the ineligible outcome by keyboard, at the first answer that rules it out', async () => {
      const check = await defaultCheck();
      primary(check).focus();
      await sendKeys({ press: 'Enter' });
      await settle(check);
      await keyboardChoose(check, 'no');
      expect(shadowFocus(check)!.textContent).to.equal('This scholarship may not fit you');
      await tabTo(check, (element) => element.textContent === 'Start over');
      expect(shadowFocus(check)!.textContent).to.equal('Could a scholarship help pay for sober housing?');
    });

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
      expect(reasons(check)[0]).to.equal('You weren’t sure of your income. We can work it out with you.');
    });
  });

  describe('bad configuration', () => {
    const CHILD = 'child <script type="application/json">';
    const cases: Array<{ name: string; markup: string; attribute: string; problem: string }> = [
      {
        name: 'invalid JSON',
        markup: `<recovery-scholarship-check><script type="application/json">{"questions": </script></recovery-scholarship-check>`,
        attribute: CHILD,
        problem: 'is not valid JSON',
      },
      {
        name: 'a rule naming an unknown question',
        markup: `<recovery-scholarship-check><script type="application/json">${JSON.stringify({ ...customRules, rules: [{ ...customRules.rules[0], when: { '<': [{ var: 'agee' }, 18] } }] })}</script></recovery-scholarship-check>`,
        attribute: CHILD,
        problem: 'rules[0].when (rule "adult"): unknown question "agee"',
      },
      {
        name: 'an unknown field at the top level',
        markup: `<recovery-scholarship-check><script type="application/json">${JSON.stringify({ id: 'colorado', ...customRules })}</script></recovery-scholarship-check>`,
        attribute: CHILD,
        problem: 'unknown field "id" at the top level (expected questions, rules, incomeLimit)',
      },
      {
        name: 'a src that answers 404',
        markup: '<recovery-scholarship-check src="/test-api/missing.json"></recovery-scholarship-check>',
        attribute: 'src',
        problem: 'answered HTTP 404',
      },
      {
        name: 'an unreachable src',
        markup: '<recovery-scholarship-check src="http://127.0.0.1:9/rules.json"></recovery-scholarship-check>',
        attribute: 'src',
        problem: 'could not be loaded',
      },
    ];
    for (const { name, markup, attribute, problem } of cases) {
      it(`${name}: a polite message, one console error, nothing thrown, 988 still there, and the next check still works`, async () => {
        const {
          result: page,
          errors,
          thrown,
        } = await watchErrors(async () => {
          const container = await fixture<HTMLElement>(`<div>${markup}<recovery-scholarship-check></recovery-scholarship-check></div>`);
          await untilRendered(container.querySelector('recovery-scholarship-check')!, '[part="error"]');
          return container;
        });
        const [broken, working] = page.querySelectorAll('recovery-scholarship-check');
        const message = inShadow(broken, '[part="error"]')[0];
        expect(message.getAttribute('role')).to.equal('status');
        expect(message.textContent).to.equal('Sorry, this check can’t be shown right now.');
        expect(inShadow(broken, 'button')).to.be.empty;
        expect(inShadow(broken, '.crisis a[href="tel:988"]')).to.have.length(1);
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
        await seeResult(element);
        return element;
      });
      expect(errors).to.deep.equal(['<recovery-scholarship-check> apply-href: "javascript:alert(1)" is not an allowed link; ignoring it']);
      expect(actionLinks(check)).to.deep.equal([['Call (303) 555-0142', 'tel:3035550142']]);
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

  describe('nothing a site sets can break it (issue 13)', () => {
    const PROPERTIES: Array<['applyHref' | 'finderHref' | 'phone' | 'src', string]> = [
      ['applyHref', 'apply-href'],
      ['finderHref', 'finder-href'],
      ['phone', 'phone'],
      ['src', 'src'],
    ];
    const VALUES: Array<[string, unknown, string]> = [
      ['a number', 42, 'a number'],
      ['an array', ['/apply'], 'an array'],
      ['a URL object', new URL('https://example.org/apply'), 'an object'],
      ['true', true, 'a boolean'],
    ];
    for (const [property, attribute] of PROPERTIES) {
      it(`${property} set from script to a number, an array, a URL or true: ignored, one console error each, nothing thrown`, async () => {
        for (const [name, value, type] of VALUES) {
          const {
            result: check,
            errors,
            thrown,
          } = await watchErrors(async () => {
            const element = await defaultCheck(`finder-href="/groups" ${PHONE}`);
            (element as unknown as Record<string, unknown>)[property] = value;
            await settle(element);
            // A new src loads the rules again (here the built-in ones): let that finish first.
            if (property === 'src') await new Promise((resolve) => setTimeout(resolve, 100));
            await untilRendered(element, '.primary');
            await answerAll(element, ['No']);
            return element;
          });
          expect(thrown, name).to.be.empty;
          expect(errors, name).to.deep.equal([`<recovery-scholarship-check> ${attribute}: expected text, got ${type}; ignoring it`]);
          expect(heading(check), `${name}: the check still works, on the built-in rules`).to.equal('This scholarship may not fit you');
          const hrefs = inShadow<HTMLAnchorElement>(check, 'h4 + ul a').map((link) => link.getAttribute('href'));
          if (property === 'finderHref') expect(hrefs, name).to.deep.equal(['tel:18006624357', 'tel:+13035550142']);
          if (property === 'phone') expect(hrefs, name).to.deep.equal(['/groups', 'tel:18006624357']);
        }
      });
    }

    for (const lang of ['__proto__', 'constructor']) {
      for (const where of ['the element', 'an ancestor']) {
        it(`lang="${lang}" on ${where}: English, and the summary (plural, money) renders without throwing`, async () => {
          const {
            result: check,
            errors,
            thrown,
          } = await watchErrors(async () => {
            const element =
              where === 'the element'
                ? await checkIn(`<recovery-scholarship-check lang="${lang}"></recovery-scholarship-check>`)
                : await defaultCheck('', lang);
            await answerAll(element, [...FITS.slice(0, 5), 'Yes, and it covers my care']);
            await fill(element, { size: '2', amount: '40000' });
            return element;
          });
          expect(thrown).to.be.empty;
          expect(errors).to.be.empty;
          expect(heading(check)).to.equal('Check your answers');
          expect(inShadow(check, 'dd:not(.change)').map(words).at(-1)).to.equal('2 people; $40,000 a year');
          await seeResult(check);
          expect(heading(check)).to.equal('You’re likely eligible');
        });
      }
    }
  });
});
