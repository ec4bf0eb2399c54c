import { html, nothing } from 'lit';
import { BEST_TIMES, CONTACT_SAFETY, FOR_WHOM, NAME_PATTERN, PHONE_PATTERN, type IntakeField } from '../../core/intake-form.js';
import type { Localize } from '../../shared/localize.js';
import { choiceGroup } from '../../shared/ui/choices.js';
import { errorSummary, fieldError } from '../../shared/ui/error-summary.js';
import type { UiTerm } from '../../shared/ui/ui.strings.js';
import type { CallbackRequest } from './callback-request.js';
import type { IntakeTerm } from './intake.strings.js';

type Terms = Localize<IntakeTerm | UiTerm>;

/** The message for each field the visitor must fix. */
const ERRORS = { firstName: 'errFirstName', phone: 'errPhone', contactSafety: 'errContactSafety', consent: 'errConsent' } as const;

/**
 * The callback form, as `request` stands: the draft, the fields to fix (each tied to its
 * message), the "not sent" notice with `callUs` after a failure, and the sending or offline
 * status. `callerName` says who will call; `consentText` is the site's consent sentence.
 */
export function callbackForm(
  t: Terms,
  request: CallbackRequest,
  callerName: string | undefined,
  consentText: string | undefined,
  callUs: unknown,
) {
  const { draft, problems, state } = request;
  const error = (field: IntakeField) => (problems.includes(field) ? t.term(ERRORS[field]) : undefined);
  const inline = (field: IntakeField) => (error(field) ? fieldError(t, `${field}-error`, error(field)!) : nothing);
  const invalid = (field: IntakeField) => (error(field) ? 'true' : nothing);
  const described = (field: IntakeField, hint = '') => `${hint} ${error(field) ? `${field}-error` : ''}`.trim() || nothing;
  return html`<form id="callback" part="form" novalidate @submit=${request.submit} @input=${request.input}>
    <h3 class="subheading">${t.term('callbackTitle')}</h3>
    ${errorSummary(
      t,
      problems.map((field) => ({ field, message: t.term(ERRORS[field]) })),
      4,
    )}
    ${
      state === 'failed'
        ? html`<div class="callout" part="notice">
          <h4 class="subheading" id="notice" tabindex="-1" data-focus>${t.term(request.rejected ? 'rejected' : 'failed')}</h4>
          ${callUs}
        </div>`
        : nothing
    }
    <div class="field">
      <label for="firstName">${t.term('firstName')}</label>
      ${inline('firstName')}
      <input class="text" id="firstName" name="firstName" autocomplete="given-name" required maxlength="60" pattern=${NAME_PATTERN} .value=${draft.firstName}
        aria-invalid=${invalid('firstName')} aria-describedby=${described('firstName')} />
    </div>
    <div class="field">
      <label for="phone">${t.term('phone')}</label>
      <p class="hint" id="phone-hint">${t.term('phoneHint')}</p>
      ${inline('phone')}
      <input class="text" id="phone" name="phone" type="tel" autocomplete="tel" required maxlength="30" pattern=${PHONE_PATTERN} .value=${draft.phone}
        aria-invalid=${invalid('phone')} aria-describedby=${described('phone', 'phone-hint')} />
    </div>
    ${choiceGroup(t, {
      legend: t.term('contactSafety'),
      name: 'contactSafety',
      id: 'contactSafety',
      // The summary's link lands on the first answer.
      choices: CONTACT_SAFETY.map((value, index) => ({ value, label: t.term(value), id: index ? undefined : 'contactSafety' })),
      checked: (value) => draft.contactSafety === value,
      // Said before Send, so the visitor knows the call when it comes.
      hint: callerName && t.term('callerNote', { callerName }),
      error: error('contactSafety'),
    })}
    <div class="field">
      <label for="bestTime">${t.term('bestTime')}</label>
      <select class="text" id="bestTime" name="bestTime">
        ${BEST_TIMES.map((value) => html`<option value=${value} .selected=${draft.bestTime === value}>${t.term(value)}</option>`)}
      </select>
    </div>
    ${choiceGroup(t, {
      legend: t.term('forWhom'),
      name: 'forWhom',
      id: 'forWhom',
      choices: FOR_WHOM.map((value) => ({ value, label: t.term(value) })),
      checked: (value) => draft.forWhom === value,
    })}
    ${inline('consent')}
    <label class="choice"
      ><input id="consent" name="consent" type="checkbox" required .checked=${request.consent} aria-invalid=${invalid('consent')}
        aria-describedby=${described('consent')} /><span>${consentText ?? t.term('consent')}</span></label
    >
    <!-- The honeypot: out of sight, out of the tab order and the accessibility tree; bots fill it in. -->
    <input class="visually-hidden" name="website" tabindex="-1" autocomplete="off" aria-hidden="true" inert />
    <div class="actions">
      <button class="button primary" part="submit" aria-disabled=${state === 'sending'}>${t.term(state === 'failed' ? 'tryAgain' : 'submit')}</button>
    </div>
    <p class=${state === 'offline' ? 'callout' : 'status'} role="status">${state === 'sending' ? t.term('sending') : state === 'offline' ? t.term('offline') : ''}</p>
  </form>`;
}

/** Once sent: what happens next (when we are open, `hours`, and that we will call), then `callUs`. */
export function sentNotice(t: Terms, hours: unknown, callUs: unknown) {
  return html`<div class="callout" part="sent" id="callback">
    <h3 class="subheading" id="sent" tabindex="-1" data-focus>${t.term('sent')}</h3>
    <p>${hours} ${t.term('sentSoon')}</p>
    ${callUs}
  </div>`;
}
