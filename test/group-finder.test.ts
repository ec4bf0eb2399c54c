import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/group-finder/recovery-group-finder.js';
import '../src/elements/provider/recovery-provider.js';
import { GROUP_FINDER_RESULTS_EVENT, type GroupFinderResultsDetail, type RecoveryGroupFinder } from '../src/elements/group-finder/group-finder.js';
import { PROGRAMS } from '../src/data/programs.js';
import { collectEvents, inShadow, shadowFocus, untilRendered, watchErrors } from './helpers.js';

const LOCAL = [
  {
    id: 'family-circle',
    name: { en: 'Family Recovery Circle', es: 'Círculo de Recuperación Familiar' },
    roles: ['partner', 'parent', 'family'],
    formats: ['in-person'],
    description: 'A circle run by our coaches.',
    place: '1450 Example St, Denver',
    time: { en: 'Tuesdays, 6:30 pm', es: 'Martes, 18:30' },
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

const radio = (finder: Element, name: string, value: string) => inShadow<HTMLInputElement>(finder, `input[name="${name}"][value="${value}"]`)[0];
const cardNames = (finder: Element) => inShadow(finder, '.card .name').map((name) => name.textContent!.trim());
const status = (finder: Element) => inShadow(finder, '.visually-hidden[role="status"]')[0];

/** Chooses answers by clicking, as a visitor would. */
async function choose(finder: RecoveryGroupFinder, answers: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(answers)) {
    radio(finder, name, value).click();
    await finder.updateComplete;
  }
}

/** Presses "Show groups that fit" and waits for the results heading to take focus. */
async function submit(finder: RecoveryGroupFinder): Promise<void> {
  inShadow<HTMLButtonElement>(finder, 'button[type="submit"]')[0].click();
  await waitUntil(() => shadowFocus(finder)?.classList.contains('heading'), 'focus moves to the results heading');
}

describe('<recovery-group-finder>', () => {
  describe('accessibility', () => {
    it('is axe-clean on the form, the results and all programs, in English and Spanish, light and dark', async () => {
      for (const wrapper of ['<div lang="en">', '<div lang="es">', '<div lang="en" style="background:#15191e">']) {
        const dark = wrapper.includes('background') ? 'theme="dark"' : '';
        const finder = await finderFrom(`${wrapper}<recovery-group-finder quick-exit org-name="Front Range" ${dark}>${json(LOCAL)}</recovery-group-finder></div>`);
        await untilRendered(finder, 'recovery-quick-exit');
        await expect(finder).to.be.accessible();
        await submit(finder);
        await untilRendered(finder, '.card.local');
        await expect(finder).to.be.accessible();
        inShadow<HTMLButtonElement>(finder, '.actions button')[1].click();
        await finder.updateComplete;
        expect(inShadow(finder, '.heading')[0].textContent).to.match(/All support programs|Todos los programas/);
        await expect(finder).to.be.accessible();
      }
    });

    it('asks each question as a radio group in a fieldset with a legend, with an answer chosen already', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      const fieldsets = inShadow<HTMLFieldSetElement>(finder, 'fieldset');
      expect(fieldsets.map((fieldset) => fieldset.querySelector('legend')!.textContent)).to.deep.equal([
        'Which best describes you?',
        'Where is your loved one right now?',
        'What do they use most?',
        'Which approach feels right?',
        'How would you like to meet?',
      ]);
      for (const fieldset of fieldsets) {
        const radios = [...fieldset.querySelectorAll('input')];
        expect(radios.every((input) => input.type === 'radio' && input.name === radios[0].name && input.closest('label'))).to.be.true;
        expect(radios.filter((input) => input.checked)).to.have.length(1);
      }
      expect(inShadow<HTMLInputElement>(finder, 'input:checked').map((input) => input.value)).to.deep.equal(['partner', 'any', 'any', 'any', 'any']);
    });

    it('does not ask a person in recovery about a loved one', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      await choose(finder, { role: 'self' });
      expect(inShadow(finder, 'legend').map((legend) => legend.textContent)).to.deep.equal([
        'Which best describes you?',
        'What are you recovering from?',
        'Which approach feels right?',
        'How would you like to meet?',
      ]);
      await expect(finder).to.be.accessible();
    });

    it('answers, buttons and links are at least 24 px tall (44 px for answers and buttons)', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      for (const target of [...inShadow(finder, 'label.option'), ...inShadow(finder, 'button')]) {
        expect(target.getBoundingClientRect().height, target.textContent!).to.be.at.least(44);
      }
      await submit(finder);
      for (const link of inShadow(finder, '.links a')) expect(link.getBoundingClientRect().height).to.be.at.least(24);
    });

    it('moves focus to the results heading, announces the count politely, and comes back to the chosen answer', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      await choose(finder, { role: 'teen' });
      await submit(finder);
      const heading = shadowFocus(finder)!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.textContent).to.equal('Groups that may fit you');
      await waitUntil(() => status(finder).textContent === '3 programs may fit your answers.', 'the count is announced');
      expect(inShadow(finder, '.count')[0].textContent).to.equal('3 programs may fit your answers.');
      expect(inShadow(finder, '.answers')[0].textContent).to.contain('A teenager or young person');

      inShadow<HTMLButtonElement>(finder, '.actions button.primary')[0].click();
      await waitUntil(() => shadowFocus(finder) === radio(finder, 'role', 'teen'), 'focus returns to the chosen answer');
      expect(radio(finder, 'role', 'teen').checked, 'answers are kept').to.be.true;
    });
  });

  describe('results', () => {
    it('lists the fitting programs as cards with why each fits, how it meets, and its links', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      await choose(finder, { role: 'parent', substance: 'opioids' });
      await submit(finder);
      expect(cardNames(finder).slice(0, 2)).to.deep.equal(['Learn to Cope', 'PAL (Parents of Addicted Loved Ones)']);
      const [first] = inShadow(finder, '.card');
      expect([...first.querySelectorAll('.reasons li')].map((li) => li.textContent)).to.deep.equal(['Made for parents', 'Focused on opioids']);
      expect(first.querySelector('.reasons')!.getAttribute('aria-labelledby')).to.equal(first.querySelector('.why')!.id);
      expect(first.querySelector('dd')!.textContent).to.equal('In person · Online');
      expect(cardNames(finder)).not.to.include('Al-Anon');
    });

    it('opens every program link in a new tab with rel="noopener noreferrer", says so, and calls by tel:', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      inShadow<HTMLButtonElement>(finder, '.actions button')[1].click();
      await untilRendered(finder, '.card', PROGRAMS.length);
      const links = inShadow<HTMLAnchorElement>(finder, '.links a:not([href^="tel:"])');
      expect(links.length).to.be.at.least(PROGRAMS.length);
      for (const link of links) {
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.equal('noopener noreferrer');
        expect(link.protocol).to.equal('https:');
        expect(link.querySelector('.visually-hidden')!.textContent).to.contain('(opens in a new tab)');
      }
      const alAnon = inShadow(finder, '.card')[0];
      expect([...alAnon.querySelectorAll('a')].map((a) => [a.textContent!.replace(/:.*/, ''), a.getAttribute('href')])).to.deep.equal([
        ['Website', 'https://al-anon.org/'],
        ['Find a meeting', 'https://al-anon.org/al-anon-meetings/'],
        ['Call 888-425-2666', 'tel:8884252666'],
      ]);
      expect(alAnon.querySelector('a')!.textContent).to.equal('Website: Al-Anon (opens in a new tab)');
    });

    it('says when an answer had to be set aside', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      await choose(finder, { situation: 'bereaved', format: 'phone' });
      await submit(finder);
      expect(cardNames(finder)).to.deep.equal(['GRASP']);
      expect(inShadow(finder, '.note')[0].textContent).to.equal('Nothing fitted every answer; these come closest.');
    });

    it('heading-level sets the results heading and, one below, each program’s name', async () => {
      const finder = await finderFrom('<recovery-group-finder heading-level="2"></recovery-group-finder>');
      await submit(finder);
      expect(inShadow(finder, '.heading')[0].getAttribute('aria-level')).to.equal('2');
      expect(new Set(inShadow(finder, '.card .name').map((name) => name.getAttribute('aria-level')))).to.deep.equal(new Set(['3']));
    });

    it('follows the nearest lang, and the site’s strings', async () => {
      const container = await fixture<HTMLElement>(html`<div lang="es"><recovery-group-finder strings='{"es": {"submit": "Buscar"}}'></recovery-group-finder></div>`);
      const finder = container.querySelector('recovery-group-finder')!;
      await untilRendered(finder, 'form');
      expect(inShadow(finder, 'button[type="submit"]')[0].textContent).to.equal('Buscar');
      expect(inShadow(finder, 'legend')[0].textContent).to.equal('¿Qué le describe mejor?');
      await submit(finder);
      expect(inShadow(finder, '.reasons li')[0].textContent).to.equal('Recibe a parejas y cónyuges');
      expect(inShadow(finder, '.card p')[0].textContent).to.equal((PROGRAMS[0].description as Record<string, string>).es);
      container.lang = 'en';
      await waitUntil(() => inShadow(finder, '.heading')[0].textContent === 'Groups that may fit you', 'follows the new lang');
    });
  });

  describe('local groups and exclude', () => {
    it('lists the provider’s matching local groups first, marked "near you" with its name, with place and time', async () => {
      const finder = await finderFrom(`<recovery-provider org-name="Front Range Recovery Collective"><recovery-group-finder>${json(LOCAL)}</recovery-group-finder></recovery-provider>`);
      await submit(finder);
      await waitUntil(() => cardNames(finder)[0] === 'Family Recovery Circle', 'the local group comes first');
      const card = inShadow(finder, '.card')[0];
      expect(card.classList.contains('local')).to.be.true;
      expect(card.querySelector('[part="near-you"]')!.textContent).to.equal('Near you · Front Range Recovery Collective');
      expect([...card.querySelectorAll('dd')].map((dd) => dd.textContent)).to.deep.equal(['In person', '1450 Example St, Denver', 'Tuesdays, 6:30 pm']);
      expect(card.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+13035550142');
      expect(cardNames(finder), 'a teens-only group does not fit a partner').not.to.include('Teen night');
      expect(inShadow(finder, '.hint').at(-1)!.textContent).to.equal('Looking for a group close to home? Local groups can be added to this list by Front Range Recovery Collective.');
    });

    it('loads local groups from src, and its own org-name wins over the provider’s', async () => {
      const finder = await finderFrom(
        '<recovery-provider org-name="Provider"><recovery-group-finder src="/demo/content/groups.json" org-name="Our clinic"></recovery-group-finder></recovery-provider>',
      );
      await submit(finder);
      await untilRendered(finder, '.card.local', 2);
      expect(inShadow(finder, '[part="near-you"]')[0].textContent).to.equal('Near you · Our clinic');
    });

    it('exclude hides programs from matches and from all programs', async () => {
      const finder = await finderFrom(`<recovery-group-finder exclude="al-anon, celebrate-recovery family-circle">${json(LOCAL)}</recovery-group-finder>`);
      const events = collectEvents<GroupFinderResultsDetail>(GROUP_FINDER_RESULTS_EVENT);
      await submit(finder);
      events.stop();
      for (const hidden of ['Al-Anon', 'Celebrate Recovery', 'Family Recovery Circle']) expect(cardNames(finder)).not.to.include(hidden);
      expect(events.details[0].ids).not.to.include('al-anon');
      inShadow<HTMLButtonElement>(finder, '.actions button')[1].click();
      await finder.updateComplete;
      expect(cardNames(finder)).to.have.length(PROGRAMS.length - 2 + 1);
      expect(cardNames(finder)[0]).to.equal('Teen night');
    });

    it('an unknown id in exclude: one console error naming it, nothing thrown', async () => {
      const { result: finder, errors, thrown } = await watchErrors(() => finderFrom(`<recovery-group-finder exclude="al-anon alanon">${json(LOCAL)}</recovery-group-finder>`));
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<recovery-group-finder> exclude:').and.contain('alanon');
      expect(thrown).to.be.empty;
      expect(inShadow(finder, '[part="error"]')).to.be.empty;
    });
  });

  describe('events', () => {
    it('fires recovery-group-finder-results with the role, situation, approach, format and ids shown, and nothing else', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      const events = collectEvents<GroupFinderResultsDetail>(GROUP_FINDER_RESULTS_EVENT);
      await choose(finder, { situation: 'not-in-treatment', substance: 'opioids', approach: 'secular', format: 'online' });
      await submit(finder);
      inShadow<HTMLButtonElement>(finder, '.actions button')[1].click();
      events.stop();
      expect(events.details).to.deep.equal([{ role: 'partner', situation: 'not-in-treatment', approach: 'secular', format: 'online', ids: ['invitation-to-change', 'smart-family', 'learn-to-cope'] }]);
      expect(JSON.stringify(events.details)).not.to.contain('opioids');
    });

    it('sends situation null for a person in recovery, who was not asked', async () => {
      const finder = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      const events = collectEvents<GroupFinderResultsDetail>(GROUP_FINDER_RESULTS_EVENT);
      await choose(finder, { situation: 'bereaved', role: 'self', approach: '12-step' });
      await submit(finder);
      events.stop();
      expect(events.details[0]).to.deep.equal({ role: 'self', situation: null, approach: '12-step', format: 'any', ids: ['aa', 'na', 'coda', 'celebrate-recovery'] });
      expect(cardNames(finder)).to.deep.equal(['Alcoholics Anonymous (AA)', 'Narcotics Anonymous (NA)', 'Co-Dependents Anonymous (CoDA)', 'Celebrate Recovery']);
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
      expect(shadowFocus(finder)!.textContent).to.equal('Website: GRASP (opens in a new tab)');
    });
  });

  describe('quick exit', () => {
    it('shows the quick exit with quick-exit or the provider’s, and not otherwise', async () => {
      const plain = await finderFrom('<recovery-group-finder></recovery-group-finder>');
      expect(inShadow(plain, 'recovery-quick-exit')).to.be.empty;
      const own = await finderFrom('<recovery-group-finder quick-exit></recovery-group-finder>');
      expect(inShadow(own, 'recovery-quick-exit[inline]')).to.have.length(1);
      const provided = await finderFrom('<recovery-provider quick-exit><recovery-group-finder></recovery-group-finder></recovery-provider>');
      expect(inShadow(provided, 'recovery-quick-exit')).to.have.length(1);
    });
  });

  describe('bad configuration', () => {
    const child = 'child <script type="application/json">';
    const cases: Array<{ name: string; markup: string; attribute: string; problem: string }> = [
      { name: 'invalid JSON', markup: '<recovery-group-finder><script type="application/json">[{"id": </script></recovery-group-finder>', attribute: child, problem: 'is not valid JSON' },
      { name: 'an object instead of an array', markup: `<recovery-group-finder>${json({ id: 'x' })}</recovery-group-finder>`, attribute: child, problem: 'expected an array of groups' },
      {
        name: 'a bad entry',
        markup: `<recovery-group-finder>${json([LOCAL[0], { ...LOCAL[1], formats: ['zoom'] }])}</recovery-group-finder>`,
        attribute: child,
        problem: '[1].formats must be a non-empty array of online, in-person, phone, got ["zoom"]',
      },
      { name: 'a javascript: link', markup: `<recovery-group-finder>${json([{ ...LOCAL[1], site: 'javascript:alert(1)' }])}</recovery-group-finder>`, attribute: child, problem: '[0].site must be an https:' },
      { name: 'a src that answers 404', markup: '<recovery-group-finder src="/test-api/missing.json"></recovery-group-finder>', attribute: 'src', problem: 'answered HTTP 404' },
      { name: 'a src that is not JSON', markup: '<recovery-group-finder src="/test-api/not-json"></recovery-group-finder>', attribute: 'src', problem: 'is not valid JSON' },
      { name: 'an unreachable src', markup: '<recovery-group-finder src="http://127.0.0.1:9/groups.json"></recovery-group-finder>', attribute: 'src', problem: 'could not be loaded' },
    ];
    for (const { name, markup, attribute, problem } of cases) {
      it(`${name}: a polite message, one console error, nothing thrown, national programs still found, other widgets fine`, async () => {
        const { result: page, errors, thrown } = await watchErrors(async () => {
          const container = await fixture<HTMLElement>(`<div>${markup}<recovery-group-finder>${json(LOCAL)}</recovery-group-finder></div>`);
          await untilRendered(container.querySelector('recovery-group-finder')!, '[part="error"]');
          return container;
        });
        const [broken, working] = page.querySelectorAll('recovery-group-finder');
        const message = inShadow(broken, '[part="error"]')[0];
        expect(message.getAttribute('role')).to.equal('status');
        expect(message.textContent).to.equal('Local groups can’t be shown right now; these are national programs.');
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain(`<recovery-group-finder> ${attribute}:`).and.contain(problem);
        expect(thrown).to.be.empty;
        await expect(broken).to.be.accessible();
        await submit(broken);
        expect(cardNames(broken)[0]).to.equal('Al-Anon');
        await submit(working);
        expect(cardNames(working)[0]).to.equal('Family Recovery Circle');
      });
    }

    it('a heading-level outside 2–6 falls back to 3 with one console error', async () => {
      const { result: finder, errors } = await watchErrors(() => finderFrom('<recovery-group-finder heading-level="8"></recovery-group-finder>'));
      await submit(finder);
      expect(inShadow(finder, '.heading')[0].getAttribute('aria-level')).to.equal('3');
      expect(errors).to.deep.equal(['<recovery-group-finder> heading-level: 8 is not 2–6; using 3']);
    });
  });
});
