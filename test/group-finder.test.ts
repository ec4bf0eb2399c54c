import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/elements/group-finder/recovery-group-finder.js';
import '../src/elements/provider/recovery-provider.js';
import {
  GROUP_FINDER_RESULTS_EVENT,
  type GroupFinderResultsDetail,
  type RecoveryGroupFinder,
} from '../src/elements/group-finder/group-finder.js';
import { PROGRAMS } from '../src/data/programs.js';
import { PROGRAMS_ES } from '../src/data/programs.es.js';
import { groupFinderStrings } from '../src/elements/group-finder/group-finder.strings.js';
import { strings as spanishStrings } from '../src/elements/group-finder/group-finder.es.js';
import { UI_STRINGS_EN } from '../src/shared/ui/ui.strings.js';
import { collectEvents, inShadow, shadowFocus, untilRendered, watchErrors } from './helpers.js';

const LOCAL = [
  {
    id: 'family-circle',
    name: { en: 'Family Recovery Circle', es: 'Círculo de Recuperación Familiar' },
    roles: ['partner', 'parent', 'family'],
    formats: ['in-person', 'online'],
    description: 'A circle run by our coaches.',
    place: '1450 Example Street, Denver, CO',
    time: { en: 'Tuesdays, 6:30–8:00 pm', es: 'Martes, de 18:30 a 20:00' },
    phone: '+1-303-555-0142',
  },
  { id: 'teen-night', name: 'Teen night', roles: ['teen'], formats: ['in-person'], site: '/teen-night' },
];

const json = (data: unknown) => `<script type="application/json">${JSON.stringify(data)}</script>`;

/** A group finder from markup, rendered with its form. */
async function finderFrom(markup: string): Promise<RecoveryGroupFinder> {
  const container = await fixture<HTMLElement>(`<div>${markup}</div>`);
  const finder = container.querySelector('recovery-group-finder')!;
  await untilRendered(finder, 'form');
  return finder;
}

const radio = (finder: Element, name: string, value: string) =>
  inShadow<HTMLInputElement>(finder, `input[name="${name}"][value="${value}"]`)[0];
/** The programs listed, by the text of their headings. */
const cardNames = (finder: Element) => inShadow(finder, '.programs > li > [role="heading"]').map((name) => name.textContent!.trim());
const status = (finder: Element) => inShadow(finder, '.visually-hidden[role="status"]')[0];
const button = (finder: Element, name: string | RegExp) => {
  const found = inShadow<HTMLButtonElement>(finder, 'button').filter((each) =>
    typeof name === 'string' ? each.textContent!.trim() === name : name.test(each.textContent!),
  );
  expect(found, `a button named ${name}`).not.to.be.empty;
  return found[0];
};
const text = (finder: Element) => finder.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Chooses answers by clicking, as a visitor would. */
async function choose(finder: RecoveryGroupFinder, answers: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(answers)) {
    radio(finder, name, value).click();
    await finder.updateComplete;
  }
}

/** Presses "Show groups that fit" and waits for the results heading to take focus. */
async function submit(finder: RecoveryGroupFinder): Promise<void> {
  inShadow<HTMLButtonElement>(finder, 'button[part="submit"]')[0].click();
  await waitUntil(() => shadowFocus(finder)?.classList.contains('heading'), 'focus moves to the results heading');
}

/** Says who the visitor is, then asks for the results. */
async function answer(finder: RecoveryGroupFinder, answers: Record<string, string> = {}): Promise<void> {
  await choose(finder, { role: 'partner', ...answers });
  await submit(finder);
}

/** "Need help now? Call 988 · Text 988", in sight: not inside a closed `<details>`, with a box of its own. */
function visible988(finder: Element): string[] {
  return inShadow<HTMLAnchorElement>(finder, '[part="crisis"] a[href="tel:988"], [part="crisis"] a[href="sms:988"]')
    .filter((link) => !link.closest('details') && link.checkVisibility() && link.getBoundingClientRect().width > 0)
    .map((link) => link.textContent!.trim());
}

describe('<recovery-group-finder>', () => {
  describe('accessibility', () => {
    it('is axe-clean on the form, the error, the results, all results and all programs, in English and Spanish, light and dark', async function () {
      this.timeout(30000);
      for (const wrapper of ['<div lang="en">', '<div lang="es">', '<div lang="en" style="background:#15191e">']) {
        const dark = wrapper.includes('background') ? 'theme="dark"' : '';
        const finder = await finderFrom(
          `${wrapper}<recovery-group-finder quick-exit org-name="Front Range" ${dark}>${json(LOCAL)}</recovery-group-finder></div>`,
        );
        await untilRendered(finder, 'recovery-quick-exit');
        await expect(finder).to.be.accessible();
        inShadow<HTMLButtonElement>(finder, 'button[part="submit"]')[0].click();
        await untilRendered(finder, '[part="error-summary"]');
        await expect(finder).to.be.accessible();
        await answer(finder);
        await untilRendered(finder, '.local');
        await expect(finder).to.be.accessible();
        inShadow<HTMLButtonElement>(finder, '.more')[0].click();
        await finder.updateComplete;
        await expect(finder).to.be.accessible();
        inShadow<HTMLButtonElement>(finder, '.actions button')[1].click();
        await finder.updateComplete;
        expect(inShadow(finder, '.heading')[0].textContent).to.match(/All support programs|Todos los programas/);
        await expect(finder).to.be.accessible();
      }
    });

    it('asks each question as a radio group in a fieldset with a legend; no answer to “who are you” is chosen for the visitor', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      const fieldsets = inShadow<HTMLFieldSetElement>(finder, 'fieldset');
      expect(fieldsets.map((fieldset) => fieldset.querySelector('legend')!.textContent)).to.deep.equal([
        'Which best describes you?',
        'How are things with your loved one right now?',
        'What do they use most?',
        'What kind of group feels right?',
        'How would you like to meet?',
      ]);
      for (const fieldset of fieldsets) {
        const radios = [...fieldset.querySelectorAll('input')];
        expect(radios.every((input) => input.type === 'radio' && input.name === radios[0].name && input.closest('label'))).to.be.true;
      }
      expect(inShadow<HTMLInputElement>(finder, 'input[name="role"]:checked')).to.be.empty;
      // The other four start on the answers that only widen the results.
      expect(inShadow<HTMLInputElement>(finder, 'input:checked').map((input) => input.value)).to.deep.equal(['any', 'any', 'any', 'any']);
    });

    it('does not ask a person in recovery about a loved one', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      await choose(finder, { role: 'self' });
      expect(inShadow(finder, 'legend').map((legend) => legend.textContent)).to.deep.equal([
        'Which best describes you?',
        'What are you recovering from?',
        'What kind of group feels right?',
        'How would you like to meet?',
      ]);
      await expect(finder).to.be.accessible();
    });

    it('answers, buttons and links are at least 24 px tall (44 px for answers and buttons)', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      for (const target of [...inShadow(finder, 'label.choice'), ...inShadow(finder, 'button.button, button.primary')]) {
        expect(target.getBoundingClientRect().height, target.textContent!).to.be.at.least(44);
      }
      await answer(finder);
      for (const target of [...inShadow(finder, '.programs a'), ...inShadow(finder, 'button.link')]) {
        expect(target.getBoundingClientRect().height, target.textContent!).to.be.at.least(24);
      }
    });

    it('moves focus to the results heading, announces the count politely, and comes back to the chosen answer', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      await choose(finder, { role: 'teen' });
      await submit(finder);
      const heading = shadowFocus(finder)!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.textContent).to.equal('Groups that may fit you');
      await waitUntil(() => status(finder).textContent === '3 programs may fit your answers.', 'the count is announced');
      expect(text(finder)).to.contain('3 programs may fit your answers.');
      expect(inShadow(finder, '.answers')[0].textContent).to.contain('A teenager or young person');

      button(finder, 'Change my answers').click();
      await waitUntil(() => shadowFocus(finder) === radio(finder, 'role', 'teen'), 'focus returns to the chosen answer');
      expect(radio(finder, 'role', 'teen').checked, 'answers are kept').to.be.true;
    });
  });

  describe('no answer to “who are you”', () => {
    for (const [lang, title, message] of [
      ['en', 'There is a problem', 'Choose the answer that best describes you'],
      ['es', 'Hay un problema', 'Elija la respuesta que mejor le describe'],
    ]) {
      it(`shows the error summary and the question’s error, focuses the summary, and sends nothing (${lang})`, async () => {
        const finder = await finderFrom(`<div lang="${lang}"><recovery-group-finder></recovery-group-finder></div>`);
        const events = collectEvents<GroupFinderResultsDetail>(GROUP_FINDER_RESULTS_EVENT);
        inShadow<HTMLButtonElement>(finder, 'button[part="submit"]')[0].click();
        await waitUntil(() => shadowFocus(finder)?.matches('[part="error-summary"]'), 'focus moves to the error summary');
        events.stop();
        expect(events.details, 'no results without a role').to.be.empty;
        const summary = inShadow(finder, '[part="error-summary"]')[0];
        expect(summary.querySelector('[role="alert"] [role="heading"]')!.textContent).to.equal(title);
        const link = summary.querySelector('a')!;
        expect(link.textContent).to.equal(message);
        const role = inShadow<HTMLFieldSetElement>(finder, 'fieldset')[0];
        const error = role.querySelector('.field-error')!;
        expect(error.textContent).to.contain(message);
        expect(role.getAttribute('aria-describedby')).to.equal(error.id);
        expect(inShadow(finder, '.programs')).to.be.empty;
        await expect(finder).to.be.accessible();

        link.click();
        expect(shadowFocus(finder), 'the summary’s link leads to the question').to.equal(radio(finder, 'role', 'partner'));
        await choose(finder, { role: 'parent' });
        const after = collectEvents<GroupFinderResultsDetail>(GROUP_FINDER_RESULTS_EVENT);
        await submit(finder);
        after.stop();
        expect(after.details.map((detail) => detail.role)).to.deep.equal(['parent']);
        expect(inShadow(finder, '[part="error-summary"]')).to.be.empty;
      });
    }
  });

  describe('results', () => {
    it('lists the fitting programs as cards with why each fits, how it meets, and its links', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      await choose(finder, { role: 'parent', substance: 'opioids' });
      await submit(finder);
      expect(cardNames(finder).slice(0, 2)).to.deep.equal(['Learn to Cope', 'PAL (Parents of Addicted Loved Ones)']);
      const [first] = inShadow(finder, '.programs > li');
      expect([...first.querySelectorAll('.reasons li')].map((li) => li.textContent)).to.deep.equal([
        'Made for parents',
        'Focused on opioids',
      ]);
      expect(first.querySelector('.reasons')!.getAttribute('aria-labelledby')).to.equal(first.querySelector('.why')!.id);
      expect(first.querySelector('dd')!.textContent).to.equal('In person · Online');
      expect(cardNames(finder)).not.to.include('Al-Anon');
    });

    it('shows the top five, then “Show more”: focus goes to the first newly shown program, and the count is announced', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      const events = collectEvents<GroupFinderResultsDetail>(GROUP_FINDER_RESULTS_EVENT);
      await answer(finder);
      events.stop();
      expect(events.details[0].ids, 'the event names every program that fits').to.have.length(9);
      expect(cardNames(finder)).to.deep.equal([
        'Al-Anon',
        'Nar-Anon / Narateen',
        'Families Anonymous',
        'Invitation to Change (CRAFT)',
        'SMART Recovery Family & Friends',
      ]);
      const more = button(finder, 'Show 4 more');
      expect(more.classList.contains('link')).to.be.true;
      more.click();
      await waitUntil(() => cardNames(finder).length === 9, 'the rest are shown');
      await waitUntil(
        () => shadowFocus(finder)?.textContent === 'PAL (Parents of Addicted Loved Ones)',
        'focus on the first newly shown program',
      );
      await waitUntil(() => status(finder).textContent === 'Showing all 9 programs.', 'the new count is announced');
      expect(inShadow(finder, '.more'), 'nothing more to show').to.be.empty;
      await expect(finder).to.be.accessible();
      // A new search starts at five again.
      button(finder, 'Change my answers').click();
      await finder.updateComplete;
      await submit(finder);
      expect(cardNames(finder)).to.have.length(5);
    });

    it('puts “Change my answers” beside “Your answers” at the top, and again at the bottom', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      await answer(finder, { approach: 'faith' });
      const answers = inShadow(finder, '.answers')[0];
      expect(answers.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Your answers: A partner or spouse · Not sure, or it keeps changing · More than one, or not sure · Faith-based · Any way is fine Change my answers',
      );
      const top = answers.querySelector('button')!;
      expect(top.className).to.equal('link');
      const list = inShadow(finder, '.programs')[0];
      expect(top.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the results').to.be.ok;
      expect(inShadow(finder, '.actions button')[0].textContent).to.equal('Change my answers');
      top.click();
      await waitUntil(() => shadowFocus(finder) === radio(finder, 'role', 'partner'), 'back on the form, on the chosen answer');
    });

    it('opens every program link in a new tab with rel="noopener noreferrer", says so, and calls by tel:', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      button(finder, 'See all programs').click();
      await untilRendered(finder, '.programs > li', PROGRAMS.length);
      const links = inShadow<HTMLAnchorElement>(finder, '.links a:not([href^="tel:"])');
      expect(links.length).to.be.at.least(PROGRAMS.length);
      for (const link of links) {
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.equal('noopener noreferrer');
        expect(link.protocol).to.equal('https:');
        expect(link.querySelector('.visually-hidden:last-child')!.textContent).to.contain('(opens in a new tab)');
      }
      const alAnon = inShadow(finder, '.programs > li')[0];
      expect([...alAnon.querySelectorAll('a')].map((a) => [a.textContent!.replace(/:.*/, ''), a.getAttribute('href')])).to.deep.equal([
        ['Website', 'https://al-anon.org/'],
        ['Find a meeting', 'https://al-anon.org/al-anon-meetings/'],
        ['Call (888)\u00a0425-2666', 'tel:8884252666'],
      ]);
      expect(alAnon.querySelector('a')!.textContent).to.equal('Website: Al-Anon (opens in a new tab)');
    });

    it('says in US English when an answer had to be set aside', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      await answer(finder, { situation: 'bereaved', format: 'phone' });
      expect(cardNames(finder)).to.deep.equal(['GRASP']);
      expect(inShadow(finder, '.callout')[0].textContent).to.equal('Nothing matched every answer; these come closest.');
    });

    it('heading-level sets the results heading and, one below, each program’s name', async () => {
      const finder = await finderFrom('<recovery-group-finder heading-level="2"></recovery-group-finder>');
      await answer(finder);
      expect(inShadow(finder, '.heading')[0].getAttribute('aria-level')).to.equal('2');
      expect(new Set(inShadow(finder, '.programs [role="heading"]').map((name) => name.getAttribute('aria-level')))).to.deep.equal(
        new Set(['3']),
      );
    });

    it('follows the nearest lang, and the site’s strings; Spanish comes from its own file', async () => {
      const container = await fixture<HTMLElement>(
        html`<div lang="es"><recovery-group-finder strings='{"es": {"submit": "Buscar"}}'></recovery-group-finder></div>`,
      );
      const finder = container.querySelector('recovery-group-finder')!;
      await untilRendered(finder, 'form');
      expect(inShadow(finder, 'button[part="submit"]')[0].textContent).to.equal('Buscar');
      expect(inShadow(finder, 'legend')[0].textContent).to.equal('¿Qué le describe mejor?');
      await answer(finder);
      expect(inShadow(finder, '.reasons li')[0].textContent).to.equal('Recibe a parejas y cónyuges');
      expect(inShadow(finder, '.programs > li > p')[0].textContent).to.equal(PROGRAMS_ES['al-anon'].description);
      container.lang = 'en';
      await waitUntil(() => inShadow(finder, '.heading')[0].textContent === 'Groups that may fit you', 'follows the new lang');
      expect(inShadow(finder, '.programs > li > p')[0].textContent).to.equal(PROGRAMS[0].description);
    });

    it('tells visitors nothing meant for the site owner', async () => {
      const finder = await finderFrom(
        `<recovery-provider org-name="Front Range"><recovery-group-finder>${json(LOCAL)}</recovery-group-finder></recovery-provider>`,
      );
      await answer(finder);
      expect(text(finder)).not.to.match(/can be added|added to this list/i);
      button(finder, 'See all programs').click();
      await finder.updateComplete;
      expect(text(finder)).not.to.match(/can be added|added to this list/i);
    });
  });

  describe('all programs', () => {
    it('lists every program in two groups, for family and friends and for the person in recovery, each under its own heading', async () => {
      const finder = await finderFrom('<recovery-group-finder heading-level="2"></recovery-group-finder>');
      button(finder, 'See all programs').click();
      await waitUntil(() => shadowFocus(finder)?.textContent === 'All support programs', 'focus on the heading');
      const subheadings = inShadow(finder, '.subheading:not(li > *)');
      expect(subheadings.map((heading) => [heading.textContent, heading.getAttribute('aria-level')])).to.deep.equal([
        ['For you (family and friends)', '3'],
        ['For the person in recovery', '3'],
      ]);
      const [family, self] = inShadow(finder, '.programs').map((list) =>
        [...list.querySelectorAll(':scope > li > [role="heading"]')].map((name) => name.textContent),
      );
      expect(family).to.include.members(['Al-Anon', 'Alateen', 'GRASP', 'PAL (Parents of Addicted Loved Ones)']);
      expect(family).not.to.include('Alcoholics Anonymous (AA)');
      expect(self).to.deep.equal([
        'Co-Dependents Anonymous (CoDA)',
        'Celebrate Recovery',
        'Alcoholics Anonymous (AA)',
        'Narcotics Anonymous (NA)',
        'SMART Recovery',
        'Recovery Dharma',
        'LifeRing Secular Recovery',
      ]);
      expect(new Set([...family, ...self]).size, 'every program is listed').to.equal(PROGRAMS.length);
      expect(inShadow(finder, '.programs [role="heading"]')[0].getAttribute('aria-level')).to.equal('4');
      button(finder, 'Back to the questions').click();
      await untilRendered(finder, 'form');
    });
  });

  describe('local groups and exclude', () => {
    it('lists the provider’s matching local groups first, marked "near you" with its name, with place and time', async () => {
      const finder = await finderFrom(
        `<recovery-provider org-name="Front Range Recovery Collective"><recovery-group-finder>${json(LOCAL)}</recovery-group-finder></recovery-provider>`,
      );
      await answer(finder);
      await waitUntil(() => cardNames(finder)[0] === 'Family Recovery Circle', 'the local group comes first');
      const card = inShadow(finder, '.programs > li')[0];
      expect(card.classList.contains('local')).to.be.true;
      expect(card.querySelector('[part="near-you"]')!.textContent).to.equal('Near you · Front Range Recovery Collective');
      expect([...card.querySelectorAll('dd')].map((dd) => dd.textContent)).to.deep.equal([
        'In person · Online',
        '1450 Example Street, Denver, CO',
        'Tuesdays, 6:30–8:00 pm',
      ]);
      expect(card.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+13035550142');
      expect(card.querySelector('a[href^="tel:"]')!.textContent).to.equal('Call (303)\u00a0555-0142');
      expect(cardNames(finder), 'a teens-only group does not fit a partner').not.to.include('Teen night');
    });

    it('loads local groups from src, and its own org-name wins over the provider’s', async () => {
      const finder = await finderFrom(
        '<recovery-provider org-name="Provider"><recovery-group-finder src="/demo/content/groups.json" org-name="Our clinic"></recovery-group-finder></recovery-provider>',
      );
      await answer(finder);
      await untilRendered(finder, '.local', 2);
      expect(inShadow(finder, '[part="near-you"]')[0].textContent).to.equal('Near you · Our clinic');
    });

    it('exclude hides programs from matches and from all programs', async () => {
      const finder = await finderFrom(
        `<recovery-group-finder exclude="al-anon, celebrate-recovery family-circle">${json(LOCAL)}</recovery-group-finder>`,
      );
      const events = collectEvents<GroupFinderResultsDetail>(GROUP_FINDER_RESULTS_EVENT);
      await answer(finder);
      events.stop();
      inShadow<HTMLButtonElement>(finder, '.more')[0]?.click();
      await finder.updateComplete;
      for (const hidden of ['Al-Anon', 'Celebrate Recovery', 'Family Recovery Circle']) expect(cardNames(finder)).not.to.include(hidden);
      expect(events.details[0].ids).not.to.include('al-anon');
      button(finder, 'See all programs').click();
      await finder.updateComplete;
      const listed = new Set(cardNames(finder));
      expect(listed.size).to.equal(PROGRAMS.length - 2 + 1);
      expect(cardNames(finder)[0]).to.equal('Teen night');
    });

    it('an unknown id in exclude: one console error naming it, nothing thrown', async () => {
      const {
        result: finder,
        errors,
        thrown,
      } = await watchErrors(() => finderFrom(`<recovery-group-finder exclude="al-anon alanon">${json(LOCAL)}</recovery-group-finder>`));
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<recovery-group-finder> exclude:').and.contain('alanon');
      expect(thrown).to.be.empty;
      expect(inShadow(finder, '[part="error"]')).to.be.empty;
    });
  });

  describe('what a page downloads', () => {
    /** A page of its own (an iframe: its own modules) with `body` and the group finder's define file. */
    async function freshPage(body: string): Promise<Window> {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 800px; height: 600px"></iframe>`);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `${body}<script type="module" src="/src/elements/group-finder/recovery-group-finder.ts"></script>`;
      await loaded;
      const win = frame.contentWindow!;
      await waitUntil(() => win.document.querySelector('recovery-group-finder')?.shadowRoot?.querySelector('form'), 'the finder rendered', {
        timeout: 10000,
      });
      return win;
    }
    const fetched = (win: Window, file: string) =>
      win.performance.getEntriesByType('resource').filter((entry) => entry.name.includes(file)).length;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

    it('an English page without local groups loads neither the Spanish file nor the local-groups checker', async () => {
      const win = await freshPage('<recovery-group-finder></recovery-group-finder>');
      await settle();
      expect(fetched(win, 'group-finder.es')).to.equal(0);
      expect(fetched(win, 'local-groups-loader')).to.equal(0);
      expect(win.document.querySelector('recovery-group-finder')!.shadowRoot!.querySelector('legend')!.textContent).to.equal(
        'Which best describes you?',
      );
    });

    it('a page with local groups loads the checker once; a Spanish page loads its Spanish once, and shows no English first', async () => {
      const win = await freshPage(
        `<div lang="es"><recovery-group-finder>${json(LOCAL)}</recovery-group-finder><recovery-group-finder></recovery-group-finder></div>`,
      );
      const finders = [...win.document.querySelectorAll('recovery-group-finder')];
      for (const finder of finders) expect(finder.shadowRoot!.querySelector('legend')!.textContent).to.equal('¿Qué le describe mejor?');
      await settle();
      expect(fetched(win, 'group-finder.es')).to.equal(1);
      expect(fetched(win, 'local-groups-loader')).to.equal(1);
    });
  });

  describe('meeting details on a small screen', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('at 320 px, no value breaks inside (“6:30–8:00 / pm”, “En / línea”) and nothing scrolls sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const lang of ['en', 'es']) {
        const finder = await finderFrom(`<div lang="${lang}"><recovery-group-finder>${json(LOCAL)}</recovery-group-finder></div>`);
        await answer(finder);
        await untilRendered(finder, '.local');
        const lines = (element: Element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom))).size;
        };
        /** The width of an element's text on one line. */
        const natural = (element: Element) => {
          const probe = Object.assign(document.createElement('span'), { textContent: element.textContent });
          probe.style.whiteSpace = 'nowrap';
          element.parentElement!.append(probe);
          const width = probe.getBoundingClientRect().width;
          probe.remove();
          return width;
        };
        const values = [...inShadow(finder, '.local dd .value'), ...inShadow(finder, '.local dd:not(:has(.value))')];
        expect(values.map((value) => value.textContent)).to.include.members(
          lang === 'en' ? ['Online', 'Tuesdays, 6:30–8:00 pm'] : ['En línea', 'Martes, de 18:30 a 20:00'],
        );
        const line = inShadow(finder, '.local dl')[0].getBoundingClientRect().width;
        const label = Math.max(...inShadow(finder, '.local dt').map((dt) => dt.getBoundingClientRect().width));
        // The case that broke: a value too wide to sit beside its label, narrow enough for a line of its own.
        expect(
          values.some((value) => natural(value) > line - label && natural(value) <= line),
          'a value that needs the line below',
        ).to.be.true;
        for (const value of values) if (natural(value) <= line) expect(lines(value), value.textContent!).to.equal(1);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        const host = finder.getBoundingClientRect();
        for (const element of inShadow(finder, '.programs *'))
          expect(element.getBoundingClientRect().right, element.outerHTML.slice(0, 80)).to.be.at.most(host.right + 0.5);
      }
    });
  });

  describe('the answer tiles', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    /** How many answers sit on each row of each question. */
    const rows = (finder: Element) =>
      inShadow(finder, '.choices').map((choices) => {
        const tops = [...choices.children].map((choice) => Math.round(choice.getBoundingClientRect().top));
        return [...new Set(tops)].map((top) => tops.filter((each) => each === top).length);
      });

    it('at 1280 px and at any width, no answer sits alone on a row of its own (five answers: 5, 3 + 2 or one column)', async () => {
      await setViewport({ width: 1280, height: 900 });
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      expect(rows(finder)[0], 'role at 1280 px: one row of five').to.deep.equal([5]);
      for (const width of [300, 360, 420, 500, 560, 640, 720, 800, 880, 960, 1040, 1200]) {
        finder.style.width = `${width}px`;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        for (const counts of rows(finder)) {
          const oneColumn = counts.every((count) => count === 1);
          if (!oneColumn) expect(counts.at(-1), `${width} px: ${counts.join(' + ')}`).to.be.at.least(2);
        }
      }
    });
  });

  describe('988 in sight', () => {
    for (const [lang, call, textLabel] of [
      ['en', 'Call 988', 'Text 988'],
      ['es', 'Llamar al 988', 'Enviar texto al 988'],
    ]) {
      it(`shows “Call 988 · Text 988” on the form, the error, the results and all programs, with the other lines behind “More help lines” (${lang})`, async () => {
        const finder = await finderFrom(`<div lang="${lang}"><recovery-group-finder></recovery-group-finder></div>`);
        const seen = () => expect(visible988(finder)).to.deep.equal([call, textLabel]);
        seen();
        const more = inShadow<HTMLDetailsElement>(finder, '[part="crisis"] details')[0];
        expect(more.open, 'the other lines are one step away').to.be.false;
        expect(more.querySelector('a[href="tel:911"]')).to.exist;
        inShadow<HTMLButtonElement>(finder, 'button[part="submit"]')[0].click();
        await untilRendered(finder, '[part="error-summary"]');
        seen();
        await answer(finder);
        seen();
        inShadow<HTMLButtonElement>(finder, '.actions button')[1].click();
        await untilRendered(finder, '.subheading');
        seen();
        // Quiet: smaller than the questions' text.
        const crisis = inShadow(finder, '[part="crisis"]')[0];
        expect(parseFloat(getComputedStyle(crisis).fontSize)).to.be.below(
          parseFloat(getComputedStyle(inShadow(finder, '.heading')[0]).fontSize),
        );
      });
    }

    it('uses the provider’s crisis lines when it has its own', async () => {
      const provider = `<recovery-provider>${json({
        crisisLines: [
          { name: 'Line A', call: '555-0100' },
          { name: 'Line B', call: '555-0199' },
        ],
      })}<recovery-group-finder></recovery-group-finder></recovery-provider>`;
      const finder = await finderFrom(provider);
      await waitUntil(
        () => inShadow(finder, '[part="crisis"] a[href="tel:5550100"]').length === 1,
        'the provider’s first line is in sight',
      );
    });
  });

  describe('events', () => {
    it('fires recovery-group-finder-results with the role, situation, approach, format and ids, and nothing else', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      const events = collectEvents<GroupFinderResultsDetail>(GROUP_FINDER_RESULTS_EVENT);
      await choose(finder, { role: 'partner', situation: 'not-in-treatment', substance: 'opioids', approach: 'secular', format: 'online' });
      await submit(finder);
      inShadow<HTMLButtonElement>(finder, '.actions button')[1].click();
      events.stop();
      expect(events.details).to.deep.equal([
        {
          role: 'partner',
          situation: 'not-in-treatment',
          approach: 'secular',
          format: 'online',
          ids: ['invitation-to-change', 'smart-family', 'learn-to-cope'],
        },
      ]);
      expect(JSON.stringify(events.details)).not.to.contain('opioids');
    });

    it('reports the role the visitor chose, never one chosen for them', async () => {
      for (const role of ['parent', 'teen', 'family']) {
        const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
        const events = collectEvents<GroupFinderResultsDetail>(GROUP_FINDER_RESULTS_EVENT);
        inShadow<HTMLButtonElement>(finder, 'button[part="submit"]')[0].click();
        await finder.updateComplete;
        await choose(finder, { role });
        await submit(finder);
        events.stop();
        expect(events.details.map((detail) => detail.role)).to.deep.equal([role]);
      }
    });

    it('sends situation null for a person in recovery, who was not asked', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      const events = collectEvents<GroupFinderResultsDetail>(GROUP_FINDER_RESULTS_EVENT);
      await choose(finder, { situation: 'bereaved', role: 'self', approach: '12-step' });
      await submit(finder);
      events.stop();
      expect(events.details[0]).to.deep.equal({
        role: 'self',
        situation: null,
        approach: '12-step',
        format: 'any',
        ids: ['aa', 'na', 'coda', 'celebrate-recovery'],
      });
      expect(cardNames(finder)).to.deep.equal([
        'Alcoholics Anonymous (AA)',
        'Narcotics Anonymous (NA)',
        'Co-Dependents Anonymous (CoDA)',
        'Celebrate Recovery',
      ]);
    });
  });

  describe('keyboard', () => {
    it('arrow keys choose an answer, Tab moves between questions, and Enter on the button shows the results', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      radio(finder, 'role', 'partner').focus();
      await sendKeys({ press: 'ArrowDown' });
      await finder.updateComplete;
      expect(radio(finder, 'role', 'parent').checked).to.be.true;
      expect(shadowFocus(finder)).to.equal(radio(finder, 'role', 'parent'));
      await sendKeys({ press: 'Tab' });
      expect(shadowFocus(finder)).to.equal(radio(finder, 'situation', 'any'));
      await sendKeys({ press: 'ArrowLeft' });
      await finder.updateComplete;
      expect(radio(finder, 'situation', 'bereaved').checked).to.be.true;
      for (let n = 0; n < 4; n++) await sendKeys({ press: 'Tab' });
      expect(shadowFocus(finder)!.textContent).to.equal('Show groups that fit');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shadowFocus(finder)?.classList.contains('heading'), 'focus on the results heading');
      expect(cardNames(finder)).to.deep.equal(['GRASP']);
      await sendKeys({ press: 'Tab' });
      expect(shadowFocus(finder)!.textContent).to.equal('Change my answers');
      await sendKeys({ press: 'Tab' });
      expect(shadowFocus(finder)!.textContent).to.equal('Website: GRASP (opens in a new tab)');
    });
  });

  describe('quick exit and forgetting', () => {
    it('shows the quick exit with quick-exit or the provider’s, and not otherwise', async () => {
      const plain = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      expect(inShadow(plain, 'recovery-quick-exit')).to.be.empty;
      const own = await finderFrom('<recovery-group-finder quick-exit></recovery-group-finder>');
      expect(inShadow(own, 'recovery-quick-exit[inline]')).to.have.length(1);
      const provided = await finderFrom(
        '<recovery-provider quick-exit><recovery-group-finder></recovery-group-finder></recovery-provider>',
      );
      expect(inShadow(provided, 'recovery-quick-exit')).to.have.length(1);
    });

    /** A finder on its results, with answers given. */
    async function withResults(): Promise<RecoveryGroupFinder> {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      await choose(finder, { role: 'parent', substance: 'opioids', format: 'online' });
      await submit(finder);
      button(finder, /^Show \d+ more$/).click();
      await finder.updateComplete;
      return finder;
    }

    /** Back on the empty form: no role, the other answers at their start, no results, nothing announced. */
    async function expectForgotten(finder: RecoveryGroupFinder): Promise<void> {
      await untilRendered(finder, 'form');
      expect(inShadow(finder, '.programs, [part="results"], [part="error-summary"]')).to.be.empty;
      expect(inShadow<HTMLInputElement>(finder, 'input:checked').map((input) => `${input.name}=${input.value}`)).to.deep.equal([
        'situation=any',
        'substance=any',
        'approach=any',
        'format=any',
      ]);
      expect(status(finder).textContent).to.equal('');
      expect(text(finder)).not.to.contain('A parent ·');
      // Nothing of it is kept anywhere else either.
      expect(JSON.stringify({ ...sessionStorage })).not.to.contain('opioids');
      expect(JSON.stringify({ ...localStorage })).not.to.contain('opioids');
    }

    it('a quick exit (the recovery-quick-exit event) drops the answers and the results', async () => {
      const finder = await withResults();
      document.dispatchEvent(new Event('recovery-quick-exit'));
      await expectForgotten(finder);
    });

    it('coming back from the back/forward cache (pageshow with persisted) shows the empty form; a plain pageshow keeps the results', async () => {
      const finder = await withResults();
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
      await finder.updateComplete;
      expect(cardNames(finder).length).to.be.greaterThan(0);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await expectForgotten(finder);
    });

    it('forgets an unanswered-question error too', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      inShadow<HTMLButtonElement>(finder, 'button[part="submit"]')[0].click();
      await untilRendered(finder, '[part="error-summary"]');
      document.dispatchEvent(new Event('recovery-quick-exit'));
      await finder.updateComplete;
      expect(inShadow(finder, '[part="error-summary"], .field-error')).to.be.empty;
    });
  });

  describe('bad configuration', () => {
    const child = 'child <script type="application/json">';
    const cases: Array<{ name: string; markup: string; attribute: string; problem: string }> = [
      {
        name: 'invalid JSON',
        markup: '<recovery-group-finder><script type="application/json">[{"id": </script></recovery-group-finder>',
        attribute: child,
        problem: 'is not valid JSON',
      },
      {
        name: 'an object instead of an array',
        markup: `<recovery-group-finder>${json({ id: 'x' })}</recovery-group-finder>`,
        attribute: child,
        problem: 'expected an array of groups',
      },
      {
        name: 'a bad entry',
        markup: `<recovery-group-finder>${json([LOCAL[0], { ...LOCAL[1], formats: ['zoom'] }])}</recovery-group-finder>`,
        attribute: child,
        problem: '[1].formats must be a non-empty array of online, in-person, phone, got ["zoom"]',
      },
      {
        name: 'a javascript: link',
        markup: `<recovery-group-finder>${json([{ ...LOCAL[1], site: 'javascript:alert(1)' }])}</recovery-group-finder>`,
        attribute: child,
        problem: '[0].site must be an https:',
      },
      {
        name: 'a src that answers 404',
        markup: '<recovery-group-finder src="/test-api/missing.json"></recovery-group-finder>',
        attribute: 'src',
        problem: 'answered HTTP 404',
      },
      {
        name: 'a src that is not JSON',
        markup: '<recovery-group-finder src="/test-api/not-json"></recovery-group-finder>',
        attribute: 'src',
        problem: 'is not valid JSON',
      },
      {
        name: 'an unreachable src',
        markup: '<recovery-group-finder src="http://127.0.0.1:9/groups.json"></recovery-group-finder>',
        attribute: 'src',
        problem: 'could not be loaded',
      },
    ];
    for (const { name, markup, attribute, problem } of cases) {
      it(`${name}: a polite message, one console error, nothing thrown, national programs still found, other widgets fine`, async () => {
        const {
          result: page,
          errors,
          thrown,
        } = await watchErrors(async () => {
          const container = await fixture<HTMLElement>(`<div>${markup}<recovery-group-finder>${json(LOCAL)}</recovery-group-finder></div>`);
          await untilRendered(container.querySelector('recovery-group-finder')!, '[part="error"]');
          return container;
        });
        const [broken, working] = page.querySelectorAll('recovery-group-finder');
        const message = inShadow(broken, '[part="error"]')[0];
        expect(message.getAttribute('role')).to.equal('status');
        expect(message.textContent).to.equal('Local groups can’t be shown right now, but these national programs can help.');
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain(`<recovery-group-finder> ${attribute}:`).and.contain(problem);
        expect(thrown).to.be.empty;
        await expect(broken).to.be.accessible();
        await answer(broken);
        expect(cardNames(broken)[0]).to.equal('Al-Anon');
        await answer(working);
        expect(cardNames(working)[0]).to.equal('Family Recovery Circle');
      });
    }

    it('a heading-level outside 2–6 falls back to 3 with one console error', async () => {
      const { result: finder, errors } = await watchErrors(() =>
        finderFrom('<recovery-group-finder heading-level="8"></recovery-group-finder>'),
      );
      await answer(finder);
      expect(inShadow(finder, '.heading')[0].getAttribute('aria-level')).to.equal('3');
      expect(errors).to.deep.equal(['<recovery-group-finder> heading-level: 8 is not 2–6; using 3']);
    });
  });

  describe('properties set from script with the wrong type (treated as absent, one console error, nothing thrown)', () => {
    /** Creates a finder, sets `property` to `value` before it is connected, and gets to the results. */
    async function finderWith(property: string, value: unknown, markup = '') {
      return watchErrors(async () => {
        const container = await fixture<HTMLElement>(`<div>${markup}</div>`);
        const finder = document.createElement('recovery-group-finder') as RecoveryGroupFinder;
        (finder as unknown as Record<string, unknown>)[property] = value;
        (container.querySelector('recovery-provider') ?? container).append(finder);
        await untilRendered(finder, 'form');
        await answer(finder);
        return finder;
      });
    }

    const cases: Array<[property: string, attribute: string, value: unknown]> = [
      ['exclude', 'exclude', ['al-anon', 'aa']],
      ['exclude', 'exclude', 42],
      ['exclude', 'exclude', { 'al-anon': true }],
      ['src', 'src', 42],
      ['src', 'src', ['/demo/content/groups.json']],
      ['src', 'src', new URL('/demo/content/groups.json', location.href)],
      ['headingLevel', 'heading-level', '2'],
      ['headingLevel', 'heading-level', Number.NaN],
      ['headingLevel', 'heading-level', [4]],
      ['orgName', 'org-name', { name: 'Front Range' }],
      ['orgName', 'org-name', 7],
    ];
    for (const [property, attribute, value] of cases) {
      const shown = value instanceof URL ? 'a URL object' : (JSON.stringify(value) ?? String(value));
      it(`${property} = ${shown}`, async () => {
        const { result: finder, errors, thrown } = await finderWith(property, value);
        expect(thrown).to.be.empty;
        expect(errors, errors.join('\n')).to.have.length(1);
        expect(errors[0]).to.match(new RegExp(`^<recovery-group-finder> ${attribute}: `));
        // Treated as absent: the results appear, the whole directory, at the default level.
        expect(cardNames(finder)[0]).to.equal('Al-Anon');
        expect(inShadow(finder, '.heading')[0].getAttribute('aria-level')).to.equal('3');
        expect(text(finder)).not.to.contain('[object');
        await expect(finder).to.be.accessible();
      });
    }

    it('null or undefined (a removed attribute) is simply absent: no error', async () => {
      for (const property of ['exclude', 'src', 'orgName', 'headingLevel']) {
        for (const value of [null, undefined]) {
          const { result: finder, errors, thrown } = await finderWith(property, value);
          expect(errors, `${property} = ${value}`).to.be.empty;
          expect(thrown).to.be.empty;
          expect(cardNames(finder)[0]).to.equal('Al-Anon');
        }
      }
    });

    it('removing heading-level goes back to 3 without a message', async () => {
      const { result: finder, errors } = await watchErrors(async () => {
        const finder = await finderFrom('<recovery-group-finder heading-level="2"></recovery-group-finder>');
        finder.removeAttribute('heading-level');
        await finder.updateComplete;
        await answer(finder);
        return finder;
      });
      expect(errors).to.be.empty;
      expect(inShadow(finder, '.heading')[0].getAttribute('aria-level')).to.equal('3');
    });

    it('an org-name that is not text gives way to the provider’s', async () => {
      const { result: finder, errors } = await finderWith(
        'orgName',
        { toString: () => 'Sneaky' },
        `<recovery-provider org-name="Front Range">${''}</recovery-provider>`,
      );
      expect(errors).to.have.length(1);
      expect(finder.isConnected).to.be.true;
      expect(text(finder)).not.to.contain('Sneaky');
    });

    it('a src that is not text fetches nothing', async () => {
      const requested: string[] = [];
      const observer = new PerformanceObserver((list) => requested.push(...list.getEntries().map((entry) => entry.name)));
      observer.observe({ type: 'resource' });
      await finderWith('src', ['/demo/content/groups.json']);
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      expect(requested.filter((url) => url.includes('groups.json'))).to.be.empty;
    });
  });

  describe('copy', () => {
    it('every string in English and Spanish: curly apostrophes, US spelling, the same placeholders', () => {
      for (const [key, english] of Object.entries(groupFinderStrings.en)) {
        const spanish = spanishStrings[key as keyof typeof spanishStrings];
        for (const value of [english, spanish]) {
          expect(value, key).not.to.match(/'/);
          expect(value, key).not.to.match(/fitted|behaviour|organis|counsell|colour|tick the/i);
        }
        const placeholders = (value: string) => [...value.matchAll(/\{\w+\}/g)].map(([each]) => each).sort();
        expect(placeholders(spanish), key).to.deep.equal(placeholders(english));
      }
      // The shared pieces' strings (Call {number}, opens in a new tab, …) are written once, not here.
      for (const key of Object.keys(UI_STRINGS_EN)) expect(Object.keys(groupFinderStrings.en), key).not.to.include(key);
      // The Spanish file also holds the shared pieces' Spanish, since an English page loads none of it.
      expect(Object.keys(spanishStrings)).to.have.members([...Object.keys(groupFinderStrings.en), ...Object.keys(UI_STRINGS_EN)]);
    });
  });

  describe('hostile language tags', () => {
    for (const lang of ['__proto__', 'constructor', 'hasOwnProperty']) {
      it(`lang="${lang}" on the widget: the form, submit and results work, in English`, async () => {
        const {
          result: finder,
          errors,
          thrown,
        } = await watchErrors(async () => {
          const finder = await finderFrom(`<recovery-group-finder lang="${lang}"></recovery-group-finder>`);
          await answer(finder, { situation: 'not-in-treatment' });
          return finder;
        });
        expect(thrown).to.be.empty;
        expect(errors).to.be.empty;
        expect(inShadow(finder, '.heading')[0].textContent).to.equal('Groups that may fit you');
        expect(cardNames(finder)[0]).to.equal('Invitation to Change (CRAFT)');
        expect(visible988(finder)).to.deep.equal(['Call 988', 'Text 988']);
        expect(Object.prototype).not.to.have.property('programs');
      });
    }

    it('lang="__proto__" on an ancestor and on <html>', async () => {
      const original = document.documentElement.lang;
      document.documentElement.lang = '__proto__';
      try {
        const finder = await finderFrom('<div lang="constructor"><recovery-group-finder></recovery-group-finder></div>');
        await answer(finder);
        expect(cardNames(finder)[0]).to.equal('Al-Anon');
      } finally {
        document.documentElement.lang = original;
      }
    });
  });
});
