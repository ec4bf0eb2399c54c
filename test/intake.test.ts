import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/elements/intake/recovery-intake.js';
import '../src/elements/provider/recovery-provider.js';
import { DRAFT_STORAGE_KEY, type RecoveryIntake } from '../src/elements/intake/intake.js';
import { intakeStrings } from '../src/elements/intake/intake.strings.js';
import { strings as spanishStrings } from '../src/elements/intake/intake.es.js';
import { collectEvents, inShadow, shadowFocus, watchErrors } from './helpers.js';

/** One request as the test endpoint recorded it (test/server/endpoints.mjs). */
interface Recorded {
  key: string;
  body: Record<string, unknown>;
  contentType: string;
  cookie: string;
  referer: string;
  at: number;
  step: string;
  duplicate: boolean;
}

let endpoints = 0;

/** A fresh callback endpoint with scripted answers (see test/server/endpoints.mjs), and what it saw. */
function endpoint(script = '200') {
  const id = `intake-${Date.now()}-${endpoints++}`;
  return {
    url: `/test-api/intake/${id}?script=${script}`,
    async log(): Promise<{ requests: Recorded[]; accepted: number }> {
      return (await fetch(`/test-api/intake/${id}`)).json();
    },
  };
}

const FAST = 'timeout="400" backoff="20"';

async function intake(markup: string): Promise<RecoveryIntake> {
  const container = await fixture<HTMLElement>(`<div>${markup}</div>`);
  const element = container.querySelector('recovery-intake')!;
  // A Spanish page shows the widget once its strings (a file of their own) are in.
  await waitUntil(() => element.shadowRoot?.querySelector('.base'), 'the widget renders');
  await element.updateComplete;
  return element;
}

const $ = <E extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<E>(selector);

/** Types into a field as a person would: the value changes and `input` fires. */
function type(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function fill(
  host: RecoveryIntake,
  { firstName = 'Ana', phone = '303-555-0199', contactSafety = 'call-only', consent = true, bestTime = '', forWhom = '' } = {},
): Promise<void> {
  type($<HTMLInputElement>(host, '#firstName')!, firstName);
  type($<HTMLInputElement>(host, '#phone')!, phone);
  if (contactSafety) $<HTMLInputElement>(host, `input[name="contactSafety"][value="${contactSafety}"]`)!.click();
  if (bestTime) type($<HTMLSelectElement>(host, '#bestTime')!, bestTime);
  if (forWhom) $<HTMLInputElement>(host, `input[name="forWhom"][value="${forWhom}"]`)!.click();
  if (consent) $<HTMLInputElement>(host, '#consent')!.click();
  await host.updateComplete;
}

const submit = (host: RecoveryIntake) => $<HTMLButtonElement>(host, '[part="submit"]')!.click();
const untilSent = (host: RecoveryIntake) => waitUntil(() => $(host, '#sent'), 'the request is sent', { timeout: 4000 });
const untilFailed = (host: RecoveryIntake) => waitUntil(() => $(host, '#notice'), 'the failure notice', { timeout: 4000 });
const text = (element: Node | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<recovery-intake>', () => {
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  describe('accessibility: axe-clean in every state and variant, in English and Spanish', () => {
    for (const lang of ['en', 'es']) {
      for (const variant of ['card', 'banner', 'floating']) {
        it(`${variant}, ${lang}: idle, errors, sending, failed, sent`, async () => {
          const hanging = endpoint('hang');
          const attrs = `variant="${variant}" phone="+1-303-555-0142" sms="+1-303-555-0142" schedule-href="https://book.example.org/" hours="Mon-Fri 09:00-17:00" ${FAST}`;
          const host = await intake(
            `<div lang="${lang}"><recovery-intake ${attrs} action="${hanging.url}" attempts="2"></recovery-intake></div>`,
          );
          if (variant === 'floating') {
            await expect(host).to.be.accessible();
            $<HTMLButtonElement>(host, '[part="launcher"]')!.click();
          }
          if (variant === 'banner') {
            await expect(host).to.be.accessible();
            $<HTMLButtonElement>(host, '[aria-controls="callback"]')!.click();
          }
          await host.updateComplete;
          await expect(host, 'idle').to.be.accessible();

          submit(host);
          await waitUntil(() => $(host, '[part="error-summary"]'));
          await expect(host, 'errors').to.be.accessible();

          await fill(host);
          submit(host);
          await waitUntil(() => text($(host, '[role="status"]')));
          await expect(host, 'sending').to.be.accessible();

          await waitUntil(() => $(host, '#notice'), 'fails once both attempts time out', { timeout: 4000 });
          await expect(host, 'failed').to.be.accessible();

          host.action = endpoint('200').url;
          await host.updateComplete;
          submit(host);
          await untilSent(host);
          await expect(host, 'sent').to.be.accessible();
        }).timeout(15000);
      }
    }

    it('targets are at least 24 px tall (44 px for the main buttons)', async () => {
      const host = await intake(
        `<recovery-intake phone="+1-303-555-0142" sms="+1-303-555-0142" action="${endpoint().url}"></recovery-intake>`,
      );
      for (const selector of ['[part="call"]', '[part="text"]', '[part="submit"]', '#firstName', '#phone', '#bestTime']) {
        expect($(host, selector)!.getBoundingClientRect().height, selector).to.be.at.least(44);
      }
      // A choice's target is its whole tile.
      for (const selector of [
        '.choice:has(#consent)',
        '.choice:has([name="forWhom"])',
        '.choice:has([name="contactSafety"])',
        '[part="crisis"] a',
      ]) {
        expect($(host, selector)!.getBoundingClientRect().height, selector).to.be.at.least(24);
      }
    });
  });

  describe('attributes and provider settings', () => {
    it('shows call, text and booking links only when configured', async () => {
      const bare = await intake('<recovery-intake></recovery-intake>');
      expect(inShadow(bare, '[part="call"], [part="text"], [part="schedule"], form')).to.have.length(0);
      expect(text($(bare, '[part="crisis"]')), '988 is always there').to.contain('988');

      const host = await intake(
        `<recovery-intake phone="+1 (303) 555-0142" sms="303-555-0100" schedule-href="https://book.example.org/frrc"></recovery-intake>`,
      );
      expect($(host, '[part="call"]')!.getAttribute('href')).to.equal('tel:+13035550142');
      expect(text($(host, '[part="call"]'))).to.equal('Call (303) 555-0142');
      expect(text($(host, '[part="text"]'))).to.equal('Text (303) 555-0100');
      expect($(host, '[part="text"]')!.getAttribute('href')).to.equal('sms:3035550100');
      const schedule = $<HTMLAnchorElement>(host, '[part="schedule"]')!;
      expect(schedule.href).to.equal('https://book.example.org/frrc');
      expect(schedule.target).to.equal('_blank');
      expect(schedule.rel).to.equal('noopener noreferrer');
      expect(text(schedule)).to.equal('Book a time (opens in a new tab)');
      expect(inShadow(host, 'form'), 'no form without an endpoint').to.have.length(0);
    });

    it('reads every setting from the enclosing <recovery-provider>', async () => {
      const providerEndpoint = endpoint();
      const host =
        await intake(`<recovery-provider phone="+1-303-555-0142" sms="+1-303-555-0101" schedule-href="/book" intake-action="${providerEndpoint.url}"
          hours="Mon-Fri 09:00-17:00" timezone="America/Denver" theme="dark"><recovery-intake ${FAST}></recovery-intake></recovery-provider>`);
      host.now = new Date('2026-03-04T17:00:00Z');
      await host.updateComplete;
      expect($(host, '[part="call"]')!.getAttribute('href')).to.equal('tel:+13035550142');
      expect($(host, '[part="text"]')!.getAttribute('href')).to.equal('sms:+13035550101');
      expect($(host, '[part="schedule"]')!.getAttribute('href')).to.equal('/book');
      expect($(host, '[part="schedule"]')!.hasAttribute('target'), 'a page of the same site opens in place').to.be.false;
      expect(text($(host, '[part="hours"]'))).to.equal('We’re open now, until 5:00 PM MST.');
      expect($(host, '.base')!.dataset.theme).to.equal('dark');
      await fill(host);
      submit(host);
      await untilSent(host);
      expect((await providerEndpoint.log()).accepted).to.equal(1);
    });

    it("the element's own attributes win over the provider's", async () => {
      const [providers, own] = [endpoint(), endpoint()];
      const host =
        await intake(`<recovery-provider phone="+1-303-555-0142" sms="+1-303-555-0101" intake-action="${providers.url}" hours="Mon-Fri 09:00-17:00" timezone="America/Denver">
          <recovery-intake phone="+1-720-555-0123" sms="+1-720-555-0124" action="${own.url}" hours="Sat 10:00-14:00" timezone="America/New_York" ${FAST}></recovery-intake></recovery-provider>`);
      host.now = new Date('2026-03-04T17:00:00Z');
      await host.updateComplete;
      expect($(host, '[part="call"]')!.getAttribute('href')).to.equal('tel:+17205550123');
      expect($(host, '[part="text"]')!.getAttribute('href')).to.equal('sms:+17205550124');
      expect(text($(host, '[part="hours"]'))).to.equal('We’re closed right now. We open Saturday, 10:00 AM EST.');
      await fill(host);
      submit(host);
      await untilSent(host);
      expect((await own.log()).accepted).to.equal(1);
      expect((await providers.log()).requests).to.have.length(0);
    });

    it('follows the language of the page section, and a site may override strings', async () => {
      const host = await intake(`<section lang="es"><recovery-intake phone="+1-303-555-0142" action="${endpoint().url}"
          strings='{"es": {"title": "Hable con Front Range"}}'></recovery-intake></section>`);
      expect(text($(host, 'h2'))).to.equal('Hable con Front Range');
      expect(text($(host, '[part="call"]'))).to.equal('Llamar al (303) 555-0142');
      expect(text($(host, '[part="submit"]'))).to.equal('Pedir que me llamen');
      expect($(host, '.base')!.getAttribute('lang')).to.equal('es');
    });
  });

  describe('delivery against a real endpoint with faults', () => {
    it('503 then 200: sent on the second attempt, one request accepted, the same key twice', async () => {
      const server = endpoint('503,200');
      const host = await intake(`<recovery-intake action="${server.url}" ${FAST}></recovery-intake>`);
      const sent = collectEvents<{ attempts: number }>('recovery-intake-sent');
      await fill(host);
      submit(host);
      await untilSent(host);
      sent.stop();
      const log = await server.log();
      expect(log.requests.map((request) => request.step)).to.deep.equal(['503', '200']);
      expect(log.accepted).to.equal(1);
      expect(new Set(log.requests.map((request) => request.key)).size).to.equal(1);
      expect(sent.details).to.deep.equal([{ attempts: 2 }]);
      expect(shadowFocus(host), 'focus moves to the confirmation').to.equal($(host, '#sent'));
    });

    it('429 with Retry-After: 1 waits at least a second before trying again', async () => {
      const server = endpoint('429,200');
      const host = await intake(`<recovery-intake action="${server.url}" ${FAST}></recovery-intake>`);
      await fill(host);
      submit(host);
      await untilSent(host);
      const { requests, accepted } = await server.log();
      expect(requests).to.have.length(2);
      expect(requests[1].at - requests[0].at).to.be.at.least(950);
      expect(requests[1].key).to.equal(requests[0].key);
      expect(accepted).to.equal(1);
    }).timeout(6000);

    it('an answer that hangs past the timeout is abandoned and retried with the same key', async () => {
      const server = endpoint('hang,200');
      const host = await intake(`<recovery-intake action="${server.url}" ${FAST}></recovery-intake>`);
      await fill(host);
      const started = Date.now();
      submit(host);
      await untilSent(host);
      expect(Date.now() - started).to.be.at.least(400);
      const { requests, accepted } = await server.log();
      expect(requests.map((request) => request.key)).to.deep.equal([requests[0].key, requests[0].key]);
      expect(accepted).to.equal(1);
    });

    it('accepted but the answer was lost (slow, or connection dropped after): the retry is a duplicate, still one request accepted', async () => {
      for (const script of ['slow,200', 'drop-after,200']) {
        const server = endpoint(script);
        const host = await intake(`<recovery-intake action="${server.url}" ${FAST}></recovery-intake>`);
        await fill(host);
        submit(host);
        await untilSent(host);
        const { requests, accepted } = await server.log();
        expect(
          requests.map((request) => request.duplicate),
          script,
        ).to.deep.equal([false, true]);
        expect(requests[1].key).to.equal(requests[0].key);
        expect(accepted, script).to.equal(1);
      }
    });

    it('a dropped connection is retried', async () => {
      const server = endpoint('drop,200');
      const host = await intake(`<recovery-intake action="${server.url}" ${FAST}></recovery-intake>`);
      await fill(host);
      submit(host);
      await untilSent(host);
      const { requests, accepted } = await server.log();
      expect(requests.map((request) => request.step)).to.deep.equal(['drop', '200']);
      expect(accepted).to.equal(1);
    });

    it('400 is final: no retry; says it could not be accepted, shows the phone number, keeps the values', async () => {
      const server = endpoint('400');
      const host = await intake(`<recovery-intake action="${server.url}" phone="+1-303-555-0142" ${FAST}></recovery-intake>`);
      const failed = collectEvents<{ attempts: number }>('recovery-intake-failed');
      await fill(host, { firstName: 'Ana', phone: '(303) 555-0199', bestTime: 'evening', forWhom: 'loved-one' });
      submit(host);
      await untilFailed(host);
      failed.stop();
      expect((await server.log()).requests).to.have.length(1);
      expect(failed.details).to.deep.equal([{ attempts: 1 }]);
      const notice = $(host, '[part="notice"]')!;
      expect(text(notice)).to.contain('Sorry, we couldn’t take this request');
      expect(notice.querySelector('a')!.getAttribute('href')).to.equal('tel:+13035550142');
      expect(text(notice)).to.contain('To talk with someone now, call (303) 555-0142.');
      expect(shadowFocus(host)).to.equal($(host, '#notice'));
      expect($<HTMLInputElement>(host, '#firstName')!.value).to.equal('Ana');
      expect($<HTMLInputElement>(host, '#phone')!.value).to.equal('(303) 555-0199');
      expect($<HTMLSelectElement>(host, '#bestTime')!.value).to.equal('evening');
      expect($<HTMLInputElement>(host, 'input[value="loved-one"]')!.checked).to.be.true;
      expect($<HTMLInputElement>(host, 'input[value="call-only"]')!.checked).to.be.true;
      expect($<HTMLInputElement>(host, '#consent')!.checked).to.be.true;
    });

    it('gives up after `attempts` tries of 503: "not sent", the phone number, values kept, one failed event', async () => {
      const server = endpoint('503');
      const host = await intake(`<recovery-intake action="${server.url}" attempts="3" phone="+1-303-555-0142" ${FAST}></recovery-intake>`);
      const failed = collectEvents<{ attempts: number }>('recovery-intake-failed');
      await fill(host);
      submit(host);
      await untilFailed(host);
      failed.stop();
      const { requests, accepted } = await server.log();
      expect(requests).to.have.length(3);
      expect(new Set(requests.map((request) => request.key)).size).to.equal(1);
      expect(accepted).to.equal(0);
      expect(failed.details).to.deep.equal([{ attempts: 3 }]);
      expect(text($(host, '[part="notice"]'))).to.contain('We couldn’t send your request');
      expect(text($(host, '[part="submit"]'))).to.equal('Try again');
      expect(text($(host, '[part="notice"]'))).to.contain('call (303) 555-0142');
      expect($<HTMLInputElement>(host, '#firstName')!.value).to.equal('Ana');
    });

    it('trying again with the same details reuses the key; changed details are a new request with a new key', async () => {
      const server = endpoint('503,503,200');
      const host = await intake(`<recovery-intake action="${server.url}" attempts="1" ${FAST}></recovery-intake>`);
      await fill(host);
      submit(host);
      await untilFailed(host);
      submit(host);
      await waitUntil(async () => (await server.log()).requests.length === 2);
      await untilFailed(host);
      type($<HTMLInputElement>(host, '#phone')!, '303-555-0123');
      submit(host);
      await untilSent(host);
      const keys = (await server.log()).requests.map((request) => request.key);
      expect(keys[1]).to.equal(keys[0]);
      expect(keys[2]).not.to.equal(keys[0]);
    });

    it('a double click sends once', async () => {
      const server = endpoint('200');
      const host = await intake(`<recovery-intake action="${server.url}" ${FAST}></recovery-intake>`);
      await fill(host);
      const button = $<HTMLButtonElement>(host, '[part="submit"]')!;
      button.click();
      button.click();
      $<HTMLFormElement>(host, 'form')!.requestSubmit();
      await untilSent(host);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const { requests, accepted } = await server.log();
      expect(requests).to.have.length(1);
      expect(accepted).to.equal(1);
    });

    it('a redirect is not taken for success: refused, with one console error naming action', async () => {
      const server = endpoint('redirect');
      const {
        result: host,
        errors,
        thrown,
      } = await watchErrors(async () => {
        const element = await intake(`<recovery-intake action="${server.url}" ${FAST}></recovery-intake>`);
        await fill(element);
        submit(element);
        await untilFailed(element);
        return element;
      });
      expect(text($(host, '[part="notice"]'))).to.contain('Sorry, we couldn’t take this request');
      expect((await server.log()).requests).to.have.length(1);
      expect(errors).to.deep.equal(['<recovery-intake> action: the endpoint redirects; use its final URL']);
      expect(thrown).to.be.empty;
    });

    it('when the browser fires `online`, a request that failed is sent again, with the same key', async () => {
      const server = endpoint('503,503,200');
      const host = await intake(`<recovery-intake action="${server.url}" attempts="2" ${FAST}></recovery-intake>`);
      const sent = collectEvents<{ attempts: number }>('recovery-intake-sent');
      const failed = collectEvents<{ attempts: number }>('recovery-intake-failed');
      await fill(host);
      submit(host);
      await untilFailed(host);
      window.dispatchEvent(new Event('online'));
      await untilSent(host);
      sent.stop();
      failed.stop();
      const { requests, accepted } = await server.log();
      expect(requests).to.have.length(3);
      expect(new Set(requests.map((request) => request.key)).size).to.equal(1);
      expect(accepted).to.equal(1);
      expect(failed.details).to.deep.equal([{ attempts: 2 }]);
      expect(sent.details).to.deep.equal([{ attempts: 3 }]);
    });

    it('`online` does not resend a request the endpoint refused', async () => {
      const server = endpoint('422');
      const host = await intake(`<recovery-intake action="${server.url}" ${FAST}></recovery-intake>`);
      await fill(host);
      submit(host);
      await untilFailed(host);
      window.dispatchEvent(new Event('online'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await server.log()).requests).to.have.length(1);
    });

    it('offline: waits, says so, and sends when the connection comes back', async () => {
      const server = endpoint('200');
      const host = await intake(`<recovery-intake action="${server.url}" phone="+1-303-555-0142" ${FAST}></recovery-intake>`);
      const sent = collectEvents<{ attempts: number }>('recovery-intake-sent');
      await fill(host);
      // Not awaited: the command's answer reaches the page only once it is back online.
      const outage = executeServerCommand('go-offline', { ms: 1500 });
      await waitUntil(() => !navigator.onLine, 'the browser knows it is offline');
      submit(host);
      await waitUntil(() => $(host, '[role="status"].callout'), 'the offline message');
      expect(text($(host, '[role="status"]'))).to.contain('offline');
      await expect(host).to.be.accessible();
      await untilSent(host);
      await outage;
      sent.stop();
      const { requests, accepted } = await server.log();
      expect(requests).to.have.length(1);
      expect(accepted).to.equal(1);
      expect(sent.details).to.deep.equal([{ attempts: 1 }]);
    }).timeout(8000);
  });

  describe('what is sent', () => {
    it('exactly the form fields, the consent sentence, the page path (no query) and the language; JSON, a UUID key, no cookie, no referrer', async () => {
      document.cookie = 'session=secret; path=/';
      history.replaceState(null, '', `${location.pathname}?email=ana%40example.org#callback`);
      const server = endpoint('200');
      const host = await intake(
        `<div lang="es"><recovery-intake action="${server.url}" consent-text="Front Range puede llamarme." ${FAST}></recovery-intake></div>`,
      );
      await fill(host, { firstName: ' Ana ', phone: '303-555-0199', contactSafety: 'call-only', bestTime: 'morning', forWhom: 'self' });
      submit(host);
      await untilSent(host);
      const [request] = (await server.log()).requests;
      expect(request.body).to.deep.equal({
        firstName: 'Ana',
        phone: '303-555-0199',
        contactSafety: 'call-only',
        bestTime: 'morning',
        forWhom: 'self',
        consent: true,
        consentText: 'Front Range puede llamarme.',
        page: location.pathname,
        lang: 'es',
      });
      expect(request.contentType).to.equal('application/json');
      expect(request.key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(request.cookie).to.equal('');
      expect(request.referer).to.equal('');
      document.cookie = 'session=; path=/; max-age=0';
    });

    it('the built-in consent sentence is sent when the site gives none; unanswered choices are sent as such', async () => {
      const server = endpoint('200');
      const host = await intake(`<recovery-intake action="${server.url}" ${FAST}></recovery-intake>`);
      await fill(host);
      submit(host);
      await untilSent(host);
      const [request] = (await server.log()).requests;
      expect(request.body.consentText).to.equal('You may contact me at this number about my request.');
      expect(request.body.bestTime).to.equal('anytime');
      expect(request.body.forWhom).to.equal(null);
    });

    it('a filled honeypot pretends success and sends nothing, and fires no event', async () => {
      const server = endpoint('200');
      const host = await intake(`<recovery-intake action="${server.url}" ${FAST}></recovery-intake>`);
      const events = collectEvents('recovery-intake-sent');
      await fill(host);
      $<HTMLInputElement>(host, 'input[name="website"]')!.value = 'https://spam.example';
      submit(host);
      await untilSent(host);
      await new Promise((resolve) => setTimeout(resolve, 100));
      events.stop();
      expect((await server.log()).requests).to.have.length(0);
      expect(events.details).to.have.length(0);
    });

    it('the honeypot is out of sight, out of the tab order and hidden from assistive technology', async () => {
      const host = await intake(`<recovery-intake action="${endpoint().url}"></recovery-intake>`);
      const trap = $<HTMLInputElement>(host, 'input[name="website"]')!;
      expect(trap.inert).to.be.true;
      expect(trap.getAttribute('aria-hidden')).to.equal('true');
      expect(trap.getBoundingClientRect().width).to.be.at.most(1);
      expect(getComputedStyle(trap).clipPath).to.equal('inset(50%)');
    });
  });

  describe('validation', () => {
    it('an empty form: nothing sent; a summary of every problem, focused, linking to each field', async () => {
      const server = endpoint('200');
      const host = await intake(`<recovery-intake action="${server.url}" ${FAST}></recovery-intake>`);
      submit(host);
      await waitUntil(() => $(host, '[part="error-summary"]'));
      const summary = $(host, '[part="error-summary"]')!;
      expect(summary.querySelector('[role="alert"]'), 'the whole summary is read out').to.exist;
      expect(text(summary.querySelector('[role="heading"]'))).to.equal('There is a problem');
      expect(shadowFocus(host)).to.equal(summary);
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((link) => [link.getAttribute('href'), text(link)])).to.deep.equal([
        ['#firstName', 'Enter your first name.'],
        ['#phone', 'Enter your phone number, with the area code.'],
        ['#contactSafety', 'Tell us whether it’s safe to text you or leave a voicemail.'],
        ['#consent', 'Check the box so we can contact you.'],
      ]);
      for (const id of ['firstName', 'phone', 'consent']) {
        const field = $(host, `#${id}`)!;
        expect(field.getAttribute('aria-invalid'), id).to.equal('true');
        expect(field.getAttribute('aria-describedby'), id).to.contain(`${id}-error`);
      }
      expect($(host, 'fieldset:has([name="contactSafety"])')!.getAttribute('aria-describedby')).to.contain('contactSafety-error');
      for (const link of links) {
        const id = link.getAttribute('href')!.slice(1);
        // The inline message repeats the summary's, after a hidden "Error:".
        expect(text(host.shadowRoot!.getElementById(`${id}-error`)), id).to.equal(`Error: ${text(link)}`);
      }
      links[2].click();
      expect(shadowFocus(host)?.getAttribute('value'), 'the safe-contact link lands on its first answer').to.equal('texts-and-voicemail');
      links[3].click();
      expect(shadowFocus(host)).to.equal($(host, '#consent'));
      expect((await server.log()).requests).to.have.length(0);
    });

    it('without consent nothing is sent', async () => {
      const server = endpoint('200');
      const host = await intake(`<recovery-intake action="${server.url}" ${FAST}></recovery-intake>`);
      await fill(host, { consent: false });
      submit(host);
      await waitUntil(() => $(host, '[part="error-summary"]'));
      expect([...$(host, '[part="error-summary"]')!.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal([
        '#consent',
      ]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await server.log()).requests).to.have.length(0);
    });

    it('a name of spaces and a phone number that is not one are refused, with messages in Spanish', async () => {
      const host = await intake(`<div lang="es"><recovery-intake action="${endpoint().url}"></recovery-intake></div>`);
      await fill(host, { firstName: '   ', phone: '555-01' });
      submit(host);
      await waitUntil(() => $(host, '[part="error-summary"]'));
      expect(text($(host, '[part="error-summary"] [role="heading"]'))).to.equal('Hay un problema');
      expect([...$(host, '[part="error-summary"]')!.querySelectorAll('a')].map(text)).to.deep.equal([
        'Escriba su nombre.',
        'Escriba su número de teléfono, con el código de área.',
      ]);
    });
  });

  describe('events carry no personal data', () => {
    it('sent and failed details are exactly {attempts}', async () => {
      const all = [collectEvents<object>('recovery-intake-sent'), collectEvents<object>('recovery-intake-failed')];
      for (const script of ['200', '400']) {
        const host = await intake(`<recovery-intake action="${endpoint(script).url}" ${FAST}></recovery-intake>`);
        await fill(host, { firstName: 'Ana', phone: '303-555-0199', bestTime: 'evening', forWhom: 'self' });
        submit(host);
        await waitUntil(() => $(host, '#sent, #notice'));
      }
      all.forEach((events) => events.stop());
      const details = all.flatMap((events) => events.details);
      expect(details).to.deep.equal([{ attempts: 1 }, { attempts: 1 }]);
      for (const detail of details) expect(JSON.stringify(detail)).not.to.match(/Ana|555|evening|self|call-only/);
    });
  });

  describe('storage', () => {
    it('without persist-draft, nothing is stored anywhere', async () => {
      const cookies = document.cookie;
      const host = await intake(`<recovery-intake action="${endpoint().url}" ${FAST}></recovery-intake>`);
      await fill(host);
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.length).to.equal(0);
      submit(host);
      await untilSent(host);
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.length).to.equal(0);
      expect(document.cookie).to.equal(cookies);
    });

    it('with persist-draft, a request sent before a reload keeps its Idempotency-Key when sent again unchanged', async () => {
      const markup = (action: string) =>
        `<recovery-intake id="help" persist-draft attempts="1" action="${action}" ${FAST}></recovery-intake>`;
      const lost = endpoint('slow');
      const first = await intake(markup(lost.url));
      await fill(first);
      submit(first);
      await untilFailed(first);
      const [sentBefore] = (await lost.log()).requests;
      first.remove();

      const retried = endpoint('200');
      const again = await intake(markup(retried.url));
      $<HTMLInputElement>(again, '#consent')!.click();
      submit(again);
      await untilSent(again);
      const [sentAfter] = (await retried.log()).requests;
      expect(sentAfter.key, 'the endpoint can tell it is the same request').to.equal(sentBefore.key);
      expect(sessionStorage.length).to.equal(0);

      // Changed details are a new request, with a new key.
      const changed = endpoint('slow');
      const third = await intake(markup(changed.url));
      await fill(third, { firstName: 'Bo' });
      submit(third);
      await untilFailed(third);
      third.remove();
      const fourth = await intake(markup(endpoint('200').url));
      await fill(fourth, { firstName: 'Bea', consent: true });
      expect(JSON.parse(sessionStorage.getItem(`${DRAFT_STORAGE_KEY}:help`)!).key, 'editing drops the old key').to.equal(undefined);
    });

    it('with persist-draft, the draft survives a reload of the widget in this tab, and is cleared once sent', async () => {
      const markup = (action: string) => `<recovery-intake id="help" persist-draft action="${action}" ${FAST}></recovery-intake>`;
      const first = await intake(markup(endpoint().url));
      await fill(first, { firstName: 'Ana', phone: '303-555-0199', bestTime: 'evening', forWhom: 'loved-one', consent: false });
      expect(JSON.parse(sessionStorage.getItem(`${DRAFT_STORAGE_KEY}:help`)!)).to.deep.equal({
        firstName: 'Ana',
        phone: '303-555-0199',
        contactSafety: 'call-only',
        bestTime: 'evening',
        forWhom: 'loved-one',
      });
      expect(localStorage.length).to.equal(0);
      first.remove();

      const again = await intake(markup(endpoint().url));
      expect($<HTMLInputElement>(again, '#firstName')!.value).to.equal('Ana');
      expect($<HTMLInputElement>(again, '#phone')!.value).to.equal('303-555-0199');
      expect($<HTMLSelectElement>(again, '#bestTime')!.value).to.equal('evening');
      expect($<HTMLInputElement>(again, 'input[value="loved-one"]')!.checked).to.be.true;
      expect($<HTMLInputElement>(again, 'input[value="call-only"]')!.checked).to.be.true;
      expect($<HTMLInputElement>(again, '#consent')!.checked, 'consent is asked again').to.be.false;
      $<HTMLInputElement>(again, '#consent')!.click();
      submit(again);
      await untilSent(again);
      expect(sessionStorage.length).to.equal(0);
    });
  });

  describe('floating variant', () => {
    it('a corner button opens the card as a modal dialog; Escape closes it and focus returns to the button; 988 stays visible', async () => {
      const host = await intake(
        `<recovery-intake variant="floating" phone="+1-303-555-0142" action="${endpoint().url}"></recovery-intake>`,
      );
      const launcher = $<HTMLButtonElement>(host, '[part="launcher"]')!;
      const dialog = $<HTMLDialogElement>(host, 'dialog')!;
      expect(getComputedStyle($(host, '.corner')!).position).to.equal('fixed');
      expect(text($(host, '.chip'))).to.equal('Need help now? Call 988');
      expect($(host, '.chip a')!.getAttribute('href')).to.equal('tel:988');
      expect($(host, '.chip')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(dialog.open).to.be.false;
      launcher.focus();
      await sendKeys({ press: 'Enter' });
      expect(dialog.open).to.be.true;
      expect(dialog.matches(':modal')).to.be.true;
      expect(dialog.contains(shadowFocus(host))).to.be.true;
      expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
      await sendKeys({ press: 'Escape' });
      expect(dialog.open).to.be.false;
      expect(shadowFocus(host)).to.equal(launcher);

      launcher.click();
      $<HTMLButtonElement>(host, '.close')!.click();
      expect(dialog.open).to.be.false;
      expect(shadowFocus(host)).to.equal(launcher);
    });

    it('moved while its dialog is open, the launcher opens it again as a modal, nothing thrown (found by the fuzz test)', async () => {
      const host = await intake(
        `<recovery-intake variant="floating" phone="+1-303-555-0142" action="${endpoint().url}"></recovery-intake>`,
      );
      const { thrown } = await watchErrors(async () => {
        $<HTMLButtonElement>(host, '[part="launcher"]')!.click();
        const elsewhere = document.createElement('div');
        document.body.append(elsewhere);
        elsewhere.append(host);
        await host.updateComplete;
        $<HTMLButtonElement>(host, '[part="launcher"]')!.click();
        return elsewhere;
      });
      expect(thrown).to.deep.equal([]);
      expect($<HTMLDialogElement>(host, 'dialog')!.matches(':modal')).to.be.true;
      host.parentElement!.remove();
    });
  });

  describe('banner variant', () => {
    it('the form opens below the strip from a disclosure button', async () => {
      const host = await intake(`<recovery-intake variant="banner" phone="+1-303-555-0142" action="${endpoint().url}"></recovery-intake>`);
      const toggle = $<HTMLButtonElement>(host, '[aria-controls="callback"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(host, 'form')).to.equal(null);
      toggle.click();
      await host.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($(host, 'form#callback')).to.exist;
    });
  });

  describe('office hours with a fixed clock', () => {
    const HOURS = 'hours="Mon-Fri 09:00-17:00; Sat 10:00-14:00" timezone="America/Denver"';
    const cases: Array<[string, string, string]> = [
      ['Wednesday 10:00 MST', '2026-03-04T17:00:00Z', 'We’re open now, until 5:00 PM MST.'],
      ['Wednesday 08:00 MST', '2026-03-04T15:00:00Z', 'We’re closed right now. We open Wednesday, 9:00 AM MST.'],
      ['Saturday 15:00 MST, before the clocks change', '2026-03-07T22:00:00Z', 'We’re closed right now. We open Monday, 9:00 AM MDT.'],
      ['Saturday 15:00 MDT, before the clocks fall back', '2026-10-31T21:00:00Z', 'We’re closed right now. We open Monday, 9:00 AM MST.'],
    ];
    for (const [name, now, line] of cases) {
      it(`${name}: "${line}", which the confirmation repeats`, async () => {
        const host = await intake(`<recovery-intake ${HOURS} action="${endpoint().url}" ${FAST}></recovery-intake>`);
        host.now = new Date(now);
        await host.updateComplete;
        expect(text($(host, '[part="hours"]'))).to.equal(line);
        await fill(host);
        submit(host);
        await untilSent(host);
        expect(text($(host, '[part="sent"] p'))).to.equal(`${line} We’ll call you as soon as we can.`);
      });
    }

    it('in Spanish, naming the time zone as English does ("MST", not "GMT-7")', async () => {
      const host = await intake(`<div lang="es"><recovery-intake ${HOURS}></recovery-intake></div>`);
      host.now = new Date('2026-03-07T22:00:00Z');
      await host.updateComplete;
      expect(text($(host, '[part="hours"]'))).to.equal('Ahora estamos cerrados. Abrimos el lunes, 9:00 a.m. MDT.');
      host.now = new Date('2026-03-04T17:00:00Z');
      await host.updateComplete;
      expect(text($(host, '[part="hours"]'))).to.equal('Estamos abiertos ahora, hasta las 5:00 p.m. MST.');
    });

    it('without hours, no hours line; after sending, "as soon as we can"', async () => {
      const host = await intake(`<recovery-intake action="${endpoint().url}" ${FAST}></recovery-intake>`);
      expect($(host, '[part="hours"]')).to.equal(null);
      await fill(host);
      submit(host);
      await untilSent(host);
      expect(text($(host, '[part="sent"] p'))).to.equal('We’ll call you as soon as we can.');
    });
  });

  describe('keyboard', () => {
    it('the form can be filled and sent with the keyboard alone', async () => {
      const server = endpoint('200');
      const host = await intake(`<recovery-intake action="${server.url}" ${FAST}></recovery-intake>`);
      $<HTMLInputElement>(host, '#firstName')!.focus();
      await sendKeys({ type: 'Ana' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '303 555 0199' });
      await sendKeys({ press: 'Tab' }); // texts and voicemail: the group's first answer
      expect(shadowFocus(host)).to.equal($(host, 'input[value="texts-and-voicemail"]'));
      await sendKeys({ press: 'ArrowDown' }); // call only
      expect($<HTMLInputElement>(host, 'input[value="call-only"]')!.checked).to.be.true;
      await sendKeys({ press: 'Tab' }); // best time
      await sendKeys({ press: 'Tab' }); // for me
      await sendKeys({ press: 'Tab' }); // consent
      expect(shadowFocus(host)).to.equal($(host, '#consent'));
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expect(shadowFocus(host)).to.equal($(host, '[part="submit"]'));
      await sendKeys({ press: 'Enter' });
      await untilSent(host);
      expect((await server.log()).requests[0].body).to.include({ firstName: 'Ana', phone: '303 555 0199', contactSafety: 'call-only' });
    });
  });

  describe('bad configuration: a polite message, one console error, nothing thrown', () => {
    const cases: Array<[string, string, string]> = [
      [
        'an http: action',
        'action="http://intake.example.org/callback"',
        '<recovery-intake> action: "http://intake.example.org/callback" is not an https: URL (http: only for localhost or 127.0.0.1); no callback form',
      ],
      [
        'a javascript: action',
        'action="javascript:alert(1)"',
        '<recovery-intake> action: "javascript:alert(1)" is not an https: URL (http: only for localhost or 127.0.0.1); no callback form',
      ],
      [
        'bad hours',
        'hours="Mon-Fri 09:00-17:00; Sat 10-14"',
        '<recovery-intake> hours: "Sat 10-14" is not days (Mon…Sun) and 24-hour times like "Mon-Fri 09:00-17:00"; hours not shown',
      ],
      [
        'an unknown time zone',
        'hours="Mon-Fri 09:00-17:00" timezone="Mountain"',
        '<recovery-intake> timezone: "Mountain" is not an IANA time zone like America/Denver; hours not shown',
      ],
      ['an unknown variant', 'variant="popup"', '<recovery-intake> variant: "popup" is not card, banner or floating'],
      ['a bad number of attempts', 'attempts="many"', '<recovery-intake> attempts: "many" is not a whole number from 1 to 10'],
      ['a bad timeout', 'timeout="-5"', '<recovery-intake> timeout: "-5" is not a whole number from 1'],
      [
        'a javascript: booking link',
        'schedule-href="javascript:alert(1)"',
        '<recovery-intake> schedule-href: "javascript:alert(1)" is not an allowed link',
      ],
      [
        'a bad strings override',
        `strings='{"es": 3}'`,
        '<recovery-intake> strings: strings.es must be an object of strings, got a number; using the built-in strings',
      ],
    ];
    for (const [name, attrs, message] of cases) {
      it(name, async () => {
        const {
          result: host,
          errors,
          thrown,
        } = await watchErrors(() => intake(`<recovery-intake phone="+1-303-555-0142" ${attrs}></recovery-intake>`));
        expect(errors).to.deep.equal([message]);
        expect(thrown).to.be.empty;
        expect($(host, '[part="call"]'), 'calling still works').to.exist;
        expect(text($(host, '[part="crisis"]'))).to.contain('988');
      });
    }

    it('an unusable action shows a short polite message instead of the form', async () => {
      const { result: host } = await watchErrors(() => intake('<recovery-intake action="ftp://intake.example.org/"></recovery-intake>'));
      expect($(host, 'form')).to.equal(null);
      const message = $(host, '[part="error"]')!;
      expect(message.getAttribute('role')).to.equal('status');
      expect(text(message)).to.equal('You can’t ask for a callback here right now.');
      await expect(host).to.be.accessible();
    });

    it("the provider's bad intake-action is reported once, even as the provider changes", async () => {
      const { result: host, errors } = await watchErrors(async () => {
        const element = await intake(
          '<recovery-provider intake-action="http://intake.example.org/"><recovery-intake></recovery-intake></recovery-provider>',
        );
        element.closest('recovery-provider')!.setAttribute('theme', 'dark');
        await element.updateComplete;
        return element;
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<recovery-intake> action:');
      expect($(host, 'form')).to.equal(null);
    });
  });
  describe('on a phone: nothing scrolls sideways, nothing leaves the card (issue 11)', () => {
    /** What reaches outside the host (elements and lines of text), and a page that scrolls sideways. */
    function overflow(host: HTMLElement): string[] {
      const box = host.getBoundingClientRect();
      const found: string[] = [];
      const check = (rect: DOMRect, what: string) => {
        if (rect.width > 0 && (rect.left < box.left - 0.5 || rect.right > box.right + 0.5)) {
          found.push(`${what}: ${Math.round(rect.left)}–${Math.round(rect.right)}, host ${Math.round(box.left)}–${Math.round(box.right)}`);
        }
      };
      // Text for screen readers only is 1 px wide on purpose.
      const hidden = (element: Element) => element.closest('.visually-hidden');
      for (const element of host.shadowRoot!.querySelectorAll('*'))
        if (!hidden(element)) check(element.getBoundingClientRect(), `<${element.localName} class="${element.className}">`);
      const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent!.trim() || hidden(node.parentElement!)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) check(rect, `"${node.textContent!.trim().slice(0, 40)}"`);
      }
      const page = document.documentElement;
      if (page.scrollWidth > page.clientWidth) found.push(`the page scrolls sideways: ${page.scrollWidth} > ${page.clientWidth}`);
      // A phone number is read as one thing: one line box each.
      for (const phone of host.shadowRoot!.querySelectorAll('.phone')) {
        if (phone.getClientRects().length > 1) found.push(`"${text(phone)}" breaks across lines`);
      }
      return found;
    }

    const CLINIC = `phone="+1-303-555-0142" sms="+1-303-555-0142" schedule-href="https://book.example.org/" hours="Mon-Fri 09:00-17:00; Sat 10:00-14:00" caller-name="Front Range Recovery Collective"`;

    after(() => setViewport({ width: 800, height: 600 }));

    for (const width of [320, 390]) {
      for (const [lang, variant] of [
        ['en', 'card'],
        ['es', 'card'],
        ['en', 'banner'],
      ]) {
        it(`${width} px, ${lang}, ${variant}: after an empty Send, after a failed send (help lines open), after sent`, async () => {
          await setViewport({ width, height: 800 });
          const failing = endpoint('503');
          const host = await intake(
            `<div lang="${lang}"><recovery-intake variant="${variant}" ${CLINIC} action="${failing.url}" attempts="1" ${FAST}></recovery-intake></div>`,
          );
          host.now = new Date('2026-03-07T22:00:00Z');
          await host.updateComplete;
          expect(overflow(host), 'idle').to.deep.equal([]);
          if (variant === 'banner') $<HTMLButtonElement>(host, '[aria-controls="callback"]')!.click();
          await host.updateComplete;

          submit(host);
          await waitUntil(() => $(host, '[part="error-summary"]'));
          expect(overflow(host), 'after an empty Send').to.deep.equal([]);

          await fill(host);
          submit(host);
          await untilFailed(host);
          $<HTMLDetailsElement>(host, '[part="crisis"] details')!.open = true;
          expect(overflow(host), 'after a failed send').to.deep.equal([]);

          host.action = endpoint('200').url;
          await host.updateComplete;
          submit(host);
          await untilSent(host);
          expect(overflow(host), 'after sent').to.deep.equal([]);
        }).timeout(8000);
      }
    }
  });

  describe('safe contact (issue 12)', () => {
    it('a required question: unanswered, nothing is sent and the summary links to its first answer', async () => {
      const server = endpoint('200');
      const host = await intake(`<recovery-intake action="${server.url}" ${FAST}></recovery-intake>`);
      const group = $(host, 'fieldset:has([name="contactSafety"])')!;
      expect(text(group.querySelector('legend'))).to.equal('Is it safe for us to text you or leave a voicemail at this number?');
      expect([...group.querySelectorAll('label')].map(text)).to.deep.equal([
        'Yes, texts and voicemail are fine',
        'Call only, and leave no message',
      ]);
      expect(
        [...group.querySelectorAll('input')].some((input) => (input as HTMLInputElement).checked),
        'nothing is chosen for the visitor',
      ).to.be.false;
      await fill(host, { contactSafety: '' });
      submit(host);
      await waitUntil(() => $(host, '[part="error-summary"]'));
      expect([...$(host, '[part="error-summary"]')!.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal([
        '#contactSafety',
      ]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await server.log()).requests).to.have.length(0);
    });

    for (const answer of ['texts-and-voicemail', 'call-only']) {
      it(`"${answer}" reaches the endpoint as contactSafety`, async () => {
        const server = endpoint('200');
        const host = await intake(`<recovery-intake action="${server.url}" ${FAST}></recovery-intake>`);
        await fill(host, { contactSafety: answer });
        submit(host);
        await untilSent(host);
        const [request] = (await server.log()).requests;
        expect(request.body.contactSafety).to.equal(answer);
      });
    }

    it('in Spanish, the answer is sent with the same values', async () => {
      const server = endpoint('200');
      const host = await intake(`<div lang="es"><recovery-intake action="${server.url}" ${FAST}></recovery-intake></div>`);
      expect(text($(host, 'fieldset:has([name="contactSafety"]) legend'))).to.equal(
        '¿Es seguro enviarle mensajes de texto o dejarle un mensaje de voz en este número?',
      );
      await fill(host, { contactSafety: 'call-only' });
      expect(text($(host, '.choice:has(:checked[name="contactSafety"])'))).to.equal('Solo llamadas, sin dejar mensajes');
      submit(host);
      await untilSent(host);
      expect((await server.log()).requests[0].body).to.include({ contactSafety: 'call-only', lang: 'es' });
    });

    const callers: Array<[string, string, string | null]> = [
      [
        'the element’s caller-name wins',
        '<recovery-provider org-name="Front Range Recovery Collective" caller-name="Front Range"><recovery-intake caller-name="the Front Range help line" ACTION></recovery-intake></recovery-provider>',
        'We’ll say we’re calling from the Front Range help line.',
      ],
      [
        'else the provider’s caller-name',
        '<recovery-provider org-name="Front Range Recovery Collective" caller-name="Front Range"><recovery-intake ACTION></recovery-intake></recovery-provider>',
        'We’ll say we’re calling from Front Range.',
      ],
      [
        'else the organization’s name',
        '<recovery-provider org-name="Front Range Recovery Collective"><recovery-intake ACTION></recovery-intake></recovery-provider>',
        'We’ll say we’re calling from Front Range Recovery Collective.',
      ],
      ['without a name, no line', '<recovery-intake ACTION></recovery-intake>', null],
      [
        'in Spanish',
        '<div lang="es"><recovery-intake caller-name="Front Range" ACTION></recovery-intake></div>',
        'Diremos que llamamos de parte de Front Range.',
      ],
    ];
    for (const [name, markup, line] of callers) {
      it(`who will call, said before Send: ${name}`, async () => {
        const host = await intake(markup.replace('ACTION', `action="${endpoint().url}"`));
        const hint = $(host, '#contactSafety-hint');
        if (line === null) return expect(hint === null, 'no caller line').to.be.true;
        expect(text(hint)).to.equal(line);
        // Read with the question, and in sight above the Send button.
        expect($(host, 'fieldset:has([name="contactSafety"])')!.getAttribute('aria-describedby')).to.contain('contactSafety-hint');
        expect(hint!.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(hint!.compareDocumentPosition($(host, '[part="submit"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      });
    }
  });

  describe('forget on exit (issue 12)', () => {
    const key = `${DRAFT_STORAGE_KEY}:help`;

    /** A draft typed and sent once without success, so the stored entry holds the draft and its key. */
    async function typedAndFailed(): Promise<RecoveryIntake> {
      const host = await intake(
        `<recovery-intake id="help" persist-draft attempts="1" action="${endpoint('503').url}" ${FAST}></recovery-intake>`,
      );
      await fill(host, { bestTime: 'evening', forWhom: 'self' });
      submit(host);
      await untilFailed(host);
      expect(JSON.parse(sessionStorage.getItem(key)!))
        .to.include({ firstName: 'Ana' })
        .and.to.have.property('key');
      return host;
    }

    function expectForgotten(host: RecoveryIntake): void {
      expect(sessionStorage.getItem(key), 'no draft and no key stored').to.equal(null);
      expect(Object.keys(sessionStorage).filter((name) => name.startsWith(DRAFT_STORAGE_KEY))).to.deep.equal([]);
      expect($<HTMLInputElement>(host, '#firstName')!.value).to.equal('');
      expect($<HTMLInputElement>(host, '#phone')!.value).to.equal('');
      expect($<HTMLSelectElement>(host, '#bestTime')!.value).to.equal('anytime');
      expect(
        inShadow<HTMLInputElement>(host, 'input[type="radio"], input[type="checkbox"]')
          .filter((input) => input.checked)
          .map((input) => input.value),
      ).to.deep.equal([]);
      expect(!$(host, '[part="notice"]'), 'back to the first screen').to.be.true;
      expect(text($(host, '[part="submit"]'))).to.equal('Request a callback');
    }

    it('recovery-quick-exit on the document: the draft, its key and the form are cleared', async () => {
      const host = await typedAndFailed();
      document.dispatchEvent(new Event('recovery-quick-exit'));
      await host.updateComplete;
      expectForgotten(host);
    });

    it('back from the back/forward cache (pageshow, persisted): the same', async () => {
      const host = await typedAndFailed();
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await host.updateComplete;
      expectForgotten(host);
    });

    it('an ordinary pageshow forgets nothing', async () => {
      const host = await typedAndFailed();
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
      await host.updateComplete;
      expect($<HTMLInputElement>(host, '#firstName')!.value).to.equal('Ana');
      expect(sessionStorage.getItem(key)).not.to.equal(null);
    });

    it('a request on its way when the visitor leaves no longer changes the screen, and nothing is stored', async () => {
      const host = await intake(
        `<recovery-intake id="help" persist-draft attempts="1" action="${endpoint('hang').url}" ${FAST}></recovery-intake>`,
      );
      await fill(host);
      submit(host);
      await waitUntil(() => text($(host, '[role="status"]')));
      document.dispatchEvent(new Event('recovery-quick-exit'));
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(!$(host, '[part="notice"]'), 'no failure notice').to.be.true;
      expect($<HTMLInputElement>(host, '#firstName')!.value).to.equal('');
      expect(sessionStorage.getItem(key)).to.equal(null);
    });

    it('the floating dialog closes', async () => {
      const host = await intake(`<recovery-intake variant="floating" action="${endpoint().url}"></recovery-intake>`);
      $<HTMLButtonElement>(host, '[part="launcher"]')!.click();
      await fill(host, { consent: false });
      document.dispatchEvent(new Event('recovery-quick-exit'));
      await host.updateComplete;
      expect($<HTMLDialogElement>(host, 'dialog')!.open).to.be.false;
      expect($<HTMLInputElement>(host, '#firstName')!.value).to.equal('');
    });
  });

  describe('what a site sets from script cannot break it (issue 13)', () => {
    const PROVIDER = `phone="+1-303-555-0142" sms="+1-303-555-0101" schedule-href="/book" hours="Mon-Fri 09:00-17:00" timezone="America/Denver" caller-name="Front Range"`;
    /** What the provider's value looks like once the element's own is ignored. */
    const fallsBack: Record<string, (host: RecoveryIntake) => void> = {
      phone: (host) => expect($(host, '[part="call"]')!.getAttribute('href')).to.equal('tel:+13035550142'),
      sms: (host) => expect($(host, '[part="text"]')!.getAttribute('href')).to.equal('sms:+13035550101'),
      hours: (host) => expect(text($(host, '[part="hours"]'))).to.equal('We’re open now, until 5:00 PM MST.'),
      timezone: (host) => expect(text($(host, '[part="hours"]'))).to.equal('We’re open now, until 5:00 PM MST.'),
      scheduleHref: (host) => expect($(host, '[part="schedule"]')!.getAttribute('href')).to.equal('/book'),
      action: (host) => expect($(host, 'form')).to.exist,
      consentText: (host) => expect(text($(host, '.choice:has(#consent)'))).to.equal('You may contact me at this number about my request.'),
      callerName: (host) => expect(text($(host, '#contactSafety-hint'))).to.equal('We’ll say we’re calling from Front Range.'),
    };
    const values: Array<[string, () => unknown, string]> = [
      ['a number', () => 42, 'a number'],
      ['an array', () => ['+1-303-555-0199'], 'an array'],
      ['a URL object', () => new URL('https://example.org/'), 'an object'],
      ['true', () => true, 'a boolean'],
    ];
    for (const [property, check] of Object.entries(fallsBack)) {
      for (const [name, value, described] of values) {
        it(`${property} = ${name}: treated as absent, one console error, nothing thrown`, async () => {
          const {
            result: host,
            errors,
            thrown,
          } = await watchErrors(async () => {
            const element = await intake(
              `<recovery-provider ${PROVIDER} intake-action="${endpoint().url}"><recovery-intake></recovery-intake></recovery-provider>`,
            );
            element.now = new Date('2026-03-04T17:00:00Z');
            (element as unknown as Record<string, unknown>)[property] = value();
            await element.updateComplete;
            element.requestUpdate();
            await element.updateComplete;
            return element;
          });
          expect(thrown).to.be.empty;
          const attribute = property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
          expect(errors).to.deep.equal([`<recovery-intake> ${attribute}: expected text, got ${described}; ignoring it`]);
          expect(text($(host, 'h2'))).to.equal('Talk with someone');
          expect(text($(host, '[part="crisis"]'))).to.contain('Call 988');
          check(host);
        });
      }
    }

    for (const lang of ['__proto__', 'constructor']) {
      for (const where of ['the widget', '<html>']) {
        it(`lang="${lang}" on ${where}: shown in English, hours and 988 included`, async () => {
          const original = document.documentElement.getAttribute('lang');
          try {
            const { result: host, thrown } = await watchErrors(async () => {
              if (where === '<html>') document.documentElement.setAttribute('lang', lang);
              const element = await intake(
                `<recovery-intake ${where === 'the widget' ? `lang="${lang}"` : ''} phone="+1-303-555-0142" hours="Mon-Fri 09:00-17:00" action="${endpoint().url}"></recovery-intake>`,
              );
              element.now = new Date('2026-03-04T17:00:00Z');
              await element.updateComplete;
              return element;
            });
            expect(thrown).to.be.empty;
            expect(text($(host, 'h2'))).to.equal('Talk with someone');
            expect(text($(host, '[part="hours"]'))).to.equal('We’re open now, until 5:00 PM MST.');
            expect(text($(host, '[part="crisis"]'))).to.contain('Call 988');
          } finally {
            if (original === null) document.documentElement.removeAttribute('lang');
            else document.documentElement.setAttribute('lang', original);
          }
        });
      }
    }

    it('lang="__proto__" is no language: English, even with a site’s strings under that key, and nothing polluted', async () => {
      const { result: host, thrown } = await watchErrors(async () => {
        const element = await intake(
          `<recovery-intake lang="__proto__" hours="Mon-Fri 09:00-17:00" strings='{"__proto__": {"title": "Hablemos"}}'></recovery-intake>`,
        );
        element.now = new Date('2026-03-04T17:00:00Z');
        await element.updateComplete;
        return element;
      });
      expect(thrown).to.be.empty;
      expect(({} as Record<string, unknown>).title, 'Object.prototype untouched').to.equal(undefined);
      // Widgets hand their language to Intl, which throws on "__proto__": only a language tag is a language.
      expect(text($(host, 'h2'))).to.equal('Talk with someone');
      expect(text($(host, '[part="hours"]'))).to.equal('We’re open now, until 5:00 PM MST.');
    });

    it('after a failed send, Send with a field emptied focuses the error summary, not the failure notice', async () => {
      const host = await intake(`<recovery-intake action="${endpoint('400').url}" phone="+1-303-555-0142" ${FAST}></recovery-intake>`);
      await fill(host);
      submit(host);
      await untilFailed(host);
      expect(shadowFocus(host)?.id).to.equal('notice');
      type($<HTMLInputElement>(host, '#firstName')!, '');
      submit(host);
      await waitUntil(() => $(host, '[part="error-summary"]'));
      await host.updateComplete;
      expect(shadowFocus(host)?.getAttribute('part')).to.equal('error-summary');
    });
  });

  describe('one family (issue 11)', () => {
    it('headings that take focus show no ring, like the other widgets’', async () => {
      const host = await intake(`<recovery-intake action="${endpoint('400').url}" phone="+1-303-555-0142" ${FAST}></recovery-intake>`);
      await fill(host);
      submit(host);
      await untilFailed(host);
      expect(shadowFocus(host)?.id).to.equal('notice');
      expect(getComputedStyle($(host, '#notice')!).outlineStyle).to.equal('none');
      type($<HTMLInputElement>(host, '#firstName')!, '');
      submit(host);
      await waitUntil(() => shadowFocus(host) === $(host, '[part="error-summary"]'));
      expect(getComputedStyle($(host, '[part="error-summary"]')!).outlineStyle).to.equal('none');
      host.action = endpoint('200').url;
      await host.updateComplete;
      type($<HTMLInputElement>(host, '#firstName')!, 'Ana');
      submit(host);
      await untilSent(host);
      expect(shadowFocus(host)?.id).to.equal('sent');
      expect(getComputedStyle($(host, '#sent')!).outlineStyle).to.equal('none');
    });

    it('every link has its own name: the clinic’s text link and 988’s differ; numbers shown as people read them', async () => {
      const host = await intake(
        `<recovery-intake phone="+1-303-555-0142" sms="+1-303-555-0142" action="${endpoint().url}"></recovery-intake>`,
      );
      $<HTMLDetailsElement>(host, '[part="crisis"] details')!.open = true;
      const names = inShadow(host, 'a').map(text);
      expect(names).to.include.members(['Call (303) 555-0142', 'Text (303) 555-0142', 'Call 988', 'Text 988']);
      expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
      expect(text(host.shadowRoot!)).not.to.contain('+1-303');
    });

    it('copy: curly apostrophes in both languages, US spelling in English', () => {
      for (const [lang, table] of [
        ['en', intakeStrings.en],
        ['es', spanishStrings],
      ] as const) {
        for (const [key, value] of Object.entries(table)) expect(value, `${lang}.${key}`).not.to.contain("'");
      }
      for (const [key, value] of Object.entries(intakeStrings.en))
        expect(value, key).not.to.match(/organis|colour|behaviour|counsell|\btick/i);
      expect(Object.keys(spanishStrings).sort()).to.deep.equal(Object.keys(intakeStrings.en).sort());
    });
  });
});
