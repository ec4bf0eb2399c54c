import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nextLocation, widgetsPage } from './helpers.js';

/**
 * What a visitor leaves behind after a quick exit, seen from the page they land on. A real
 * page of several widgets in a frame of the test server's origin (the same `sessionStorage`
 * as the neutral page that follows), a real keyboard, real navigations.
 *
 * Depends on every widget's `forget()` (RecoveryElement): the intake's draft and the
 * self-check's kept answers must be gone before the page is replaced.
 */

/** The widgets' keys in a storage area. */
const ours = (storage: Storage) => Object.keys(storage).filter((key) => key.startsWith('recovery-'));

describe('safety: after a quick exit', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => sessionStorage.clear());

  it('the neutral page finds none of the widgets’ data in storage (intake draft, self-check answers)', async function () {
    this.timeout(10000);
    const frame = await widgetsPage(
      'quick-exit,intake,self-check',
      `<recovery-quick-exit href="/test-api/neutral"></recovery-quick-exit>
       <recovery-self-check remember></recovery-self-check>
       <recovery-intake persist-draft action="/test-api/intake/safety"></recovery-intake>`,
      (doc) =>
        doc.querySelector('recovery-self-check')?.shadowRoot?.querySelector('button.primary') &&
        doc.querySelector('recovery-intake')?.shadowRoot?.querySelector('#firstName'),
      900,
    );
    const doc = frame.contentDocument!;
    const check = doc.querySelector('recovery-self-check') as HTMLElement & { updateComplete: Promise<unknown> };
    // The self-check: start, and answer the first statement (kept, because of `remember`).
    (check.shadowRoot!.querySelector('button.primary') as HTMLButtonElement).click();
    await check.updateComplete;
    (check.shadowRoot!.querySelector('input[type="radio"]') as HTMLInputElement).click();
    await check.updateComplete;
    // The intake: a first name and a phone number, typed (kept, because of `persist-draft`).
    const intake = doc.querySelector('recovery-intake')!;
    frame.focus();
    (intake.shadowRoot!.querySelector('#firstName') as HTMLInputElement).focus();
    await sendKeys({ type: 'Ana' });
    (intake.shadowRoot!.querySelector('#phone') as HTMLInputElement).focus();
    await sendKeys({ type: '303-555-0199' });
    const stored = ours(frame.contentWindow!.sessionStorage);
    expect(
      stored.some((key) => key.startsWith('recovery-self-check')),
      `the self-check kept its answer (${stored})`,
    ).to.be.true;
    expect(
      stored.some((key) => key.startsWith('recovery-intake')),
      `the intake kept its draft (${stored})`,
    ).to.be.true;

    // Still in the phone field: Shift, three times.
    const arrived = nextLocation(frame);
    for (let press = 0; press < 3; press++) await sendKeys({ press: 'Shift' });
    expect(await arrived).to.equal('/test-api/neutral');

    // The neutral page, same origin, same tab: what could someone taking the device find?
    const win = frame.contentWindow!;
    expect(win.document.title).to.equal('Weather');
    expect(ours(win.sessionStorage), 'nothing in sessionStorage').to.deep.equal([]);
    expect(ours(win.localStorage), 'nothing in localStorage').to.deep.equal([]);
    expect(win.document.cookie, 'no cookies').to.equal('');
  });
});
