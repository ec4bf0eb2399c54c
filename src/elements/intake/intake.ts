import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { safeUrl } from '../../core/config.js';
import { checkEndpoint, createCourier, DEFAULT_DELIVERY, newIdempotencyKey, type DeliveryRequest } from '../../core/delivery.js';
import { checkTimeZone, hoursStatus, parseHours, type WeeklyHours } from '../../core/hours.js';
import { dialHref } from '../../core/phone.js';
import { DEFAULT_TIME_ZONE } from '../../core/provider-settings.js';
import { BEST_TIMES, EMPTY_DRAFT, NAME_PATTERN, PHONE_PATTERN, requestBody, toDraft, type IntakeDraft } from '../../core/intake-form.js';
import { emit } from '../../shared/emit.js';
import { Localize } from '../../shared/localize.js';
import { RecoveryElement } from '../../shared/recovery-element.js';
import { buttonStyles } from '../../shared/ui/buttons.js';
import { baseStyles } from '../../shared/theme.js';
import { intakeStrings } from './intake.strings.js';
import { intakeStyles } from './intake.styles.js';

/** Fired once the endpoint accepted a callback request. */
export const INTAKE_SENT_EVENT = 'recovery-intake-sent';
/** Fired when a callback request could not be delivered (every attempt failed, or it was refused). */
export const INTAKE_FAILED_EVENT = 'recovery-intake-failed';
/** The only detail either event carries: never the visitor's name, number or choices. */
export interface IntakeEventDetail {
  attempts: number;
}

export const INTAKE_VARIANTS = ['card', 'banner', 'floating'] as const;
export type IntakeVariant = (typeof INTAKE_VARIANTS)[number];

/** sessionStorage key of the draft (with `persist-draft`), plus `:<id>` when the element has an id. */
export const DRAFT_STORAGE_KEY = 'recovery-intake-draft';

/** idle → sending → sent | failed | offline; failed and offline go back to sending on "try again" or `online`. */
type State = 'idle' | 'sending' | 'sent' | 'failed' | 'offline';
type Field = 'firstName' | 'phone' | 'consent';
type Problem = { field: Field; key: 'errFirstName' | 'errPhone' | 'errConsent' };

/** A request waiting to be delivered. Its key stays until it is sent or its content changes. */
interface Pending {
  request: DeliveryRequest;
  json: string;
  attempts: number;
}


/**
 * @tagname recovery-intake
 * @summary Call, text, book, or ask for a callback, with a request that is neither lost nor sent twice.
 *
 * @description Shows call (`tel:`), text (`sms:`) and booking links when configured, office
 * hours ("open now" or when we open next, in `timezone`), a "request a callback" form that
 * POSTs JSON to `action` (HTTPS only; `http://localhost` while developing), and the 988
 * line at all times. Delivery uses one `Idempotency-Key` per request, a timeout per attempt,
 * retries with backoff on network errors, 408, 429 and 5xx, and a retry when the browser
 * comes back online; if it still fails, the visitor sees the phone number and keeps what
 * they typed. Settings come from the element's attributes, else the enclosing
 * `<recovery-provider>`. The draft stays in memory, or in `sessionStorage` with `persist-draft`.
 *
 * @event recovery-intake-sent - The endpoint accepted the request. `detail: {attempts: number}`, nothing else.
 * @event recovery-intake-failed - Delivery gave up or was refused. `detail: {attempts: number}`, nothing else.
 *
 * @csspart base - The widget's box: colours, font.
 * @csspart panel - The card (or the banner strip, or the dialog's content).
 * @csspart hours - The "open now" / "we open …" line.
 * @csspart actions - The row of call, text and booking links.
 * @csspart call - The call link.
 * @csspart text - The text-message link.
 * @csspart schedule - The booking link.
 * @csspart form - The callback form.
 * @csspart submit - The form's send button.
 * @csspart error-summary - The list of problems shown when the form is incomplete.
 * @csspart notice - The "not sent" message with the phone number.
 * @csspart sent - The "request received" message.
 * @csspart crisis - The 988 line.
 * @csspart launcher - The corner button of the `floating` variant.
 * @csspart dialog - The dialog of the `floating` variant.
 * @csspart error - The message shown instead of the form when `action` is not usable.
 *
 * @cssprop --recovery-color-text - Text colour.
 * @cssprop --recovery-color-muted - Secondary text (hints, hours).
 * @cssprop --recovery-color-surface - Background of the widget.
 * @cssprop --recovery-color-surface-alt - Background of messages.
 * @cssprop --recovery-color-border - Borders.
 * @cssprop --recovery-color-control-border - Border of inputs.
 * @cssprop --recovery-color-accent - Buttons and links.
 * @cssprop --recovery-color-on-accent - Text on the main buttons.
 * @cssprop --recovery-color-error - Error messages.
 * @cssprop --recovery-color-focus - Focus ring colour.
 * @cssprop --recovery-focus-ring-width - Focus ring width (default 3px).
 * @cssprop --recovery-radius - Corner radius.
 * @cssprop --recovery-space - Base spacing unit (default 1rem).
 * @cssprop --recovery-font-family - Font family (default: inherited from the page).
 * @cssprop --recovery-font-size - Base font size (default 1rem).
 * @cssprop --recovery-line-height - Line height (default 1.5).
 * @cssprop --recovery-intake-floating-bottom - Distance of the floating button from the bottom of the window.
 * @cssprop --recovery-intake-floating-end - Distance of the floating button from the right (left in RTL).
 * @cssprop --recovery-intake-floating-z-index - Stacking order of the floating button.
 */
export class RecoveryIntake extends RecoveryElement {
  static override styles = [baseStyles, buttonStyles, intakeStyles];

  static override properties: PropertyDeclarations = {
    action: {},
    phone: {},
    sms: {},
    scheduleHref: { attribute: 'schedule-href' },
    hours: {},
    timezone: {},
    variant: {},
    consentText: { attribute: 'consent-text' },
    persistDraft: { type: Boolean, attribute: 'persist-draft' },
    attempts: { type: Number },
    timeout: { type: Number },
    backoff: { type: Number },
    now: { attribute: false },
    state: { state: true },
    rejected: { state: true },
    problems: { state: true },
    draft: { state: true },
    consent: { state: true },
    expanded: { state: true },
  };

  /** HTTPS endpoint that receives callback requests as JSON (default: the provider's `intake-action`). Without one, no form is shown. */
  action?: string;

  /** Phone number for the call link, and for "call us" when sending fails (default: the provider's). */
  phone?: string;

  /** Number for the text-message link (default: the provider's); no text link without one. */
  sms?: string;

  /** Link to online booking (default: the provider's); no booking link without one. */
  scheduleHref?: string;

  /** Office hours, e.g. `Mon-Fri 09:00-17:00; Sat 10:00-14:00` (default: the provider's). */
  hours?: string;

  /** IANA time zone of `hours` (default: the provider's, else `America/Denver`). */
  timezone?: string;

  /** Layout: `card` (default), `banner` (a strip; the form opens below it), or `floating` (a corner button opening a dialog). */
  variant?: IntakeVariant;

  /** Your consent sentence beside the required checkbox (default: a built-in one in the visitor's language). */
  consentText?: string;

  /** Keep the unsent draft in `sessionStorage` (this tab only) until it is sent. Without it: memory only. */
  persistDraft = false;

  /** Most delivery attempts per request, 1–10 (default 4). */
  attempts?: number;

  /** Milliseconds before one attempt is abandoned (default 10000). */
  timeout?: number;

  /** Base delay in ms between attempts (at least 1), doubled each time, with jitter (default 1000). */
  backoff?: number;

  /** For tests and previews only: a fixed clock (Date or ms) for office hours. Default: the real time. */
  now?: Date | number;

  private state: State = 'idle';
  private rejected = false;
  private problems: Problem[] = [];
  private draft: IntakeDraft = { ...EMPTY_DRAFT };
  private consent = false;
  private expanded = false;

  private readonly localize = new Localize(this, intakeStrings);
  private readonly courier = createCourier();
  /** The key of a request stored with the draft before a reload (`persist-draft`). */
  private restoredKey?: string;
  private pending?: Pending;
  private endpoint?: string;
  private weekly?: WeeklyHours;
  private zone = DEFAULT_TIME_ZONE;
  private reported = new Set<string>();
  private ticker?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    // "Open now" must not go stale on a page left open.
    this.ticker = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    clearInterval(this.ticker);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const provider = changed.has('provider' as keyof RecoveryIntake);
    if (!this.hasUpdated && this.persistDraft) {
      const stored = this.storage() as { key?: unknown } | undefined;
      this.draft = toDraft(stored);
      // A request sent before a reload may have arrived: sent again unchanged, it keeps its key.
      if (typeof stored?.key === 'string') this.restoredKey = stored.key;
    }
    if (provider || changed.has('action')) this.checkAction();
    if (provider || changed.has('hours') || changed.has('timezone')) this.checkHours();
    if (changed.has('variant') && this.variant && !INTAKE_VARIANTS.includes(this.variant)) {
      this.report('variant', `"${this.variant}" is not card, banner or floating`);
    }
    // Checked now, so a bad value is reported when the page loads rather than at the first request.
    for (const name of ['attempts', 'timeout', 'backoff'] as const) if (changed.has(name)) this.option(name);
  }

  /** One console error per distinct problem: settings are re-checked whenever the provider changes. */
  private report(attribute: string, problem: string): void {
    if (this.reported.has(attribute + problem)) return;
    this.reported.add(attribute + problem);
    this.reportConfigError(attribute, problem);
  }

  private checkAction(): void {
    const action = this.action ?? this.provider?.intakeAction;
    const checked = action ? checkEndpoint(action, document.baseURI) : undefined;
    this.endpoint = checked?.ok ? checked.value : undefined;
    // A bad endpoint hides the form (call and text still work) and says so politely.
    this.configError = checked?.ok === false;
    if (checked?.ok === false) this.report('action', `${checked.error}; no callback form`);
  }

  private checkHours(): void {
    const zone = this.timezone ?? this.provider?.timezone ?? DEFAULT_TIME_ZONE;
    const hours = this.hours ?? this.provider?.hours;
    const checkedZone = checkTimeZone(zone);
    const parsed = hours?.trim() ? parseHours(hours) : undefined;
    if (!checkedZone.ok) this.report('timezone', `${checkedZone.error}; hours not shown`);
    if (parsed && !parsed.ok) this.report('hours', `${parsed.error}; hours not shown`);
    this.zone = zone;
    this.weekly = parsed?.ok && checkedZone.ok ? parsed.value : undefined;
  }

  /** A delivery setting if it is a whole number from 1 (to 10 for attempts), else the default, said once in the console. */
  private option(name: 'attempts' | 'timeout' | 'backoff'): number {
    const value = this[name];
    if (value === undefined) return DEFAULT_DELIVERY[name];
    if (Number.isInteger(value) && value > 0 && (name !== 'attempts' || value <= 10)) return value;
    this.report(name, `"${this.getAttribute(name)}" is not a whole number from 1${name === 'attempts' ? ' to 10' : ''}`);
    return DEFAULT_DELIVERY[name];
  }

  /** Reads the stored draft, or with a second argument stores it (`undefined` removes it). Never throws. */
  private storage(...write: [(IntakeDraft & { key?: string }) | undefined] | []): unknown {
    const key = this.id ? `${DRAFT_STORAGE_KEY}:${this.id}` : DRAFT_STORAGE_KEY;
    try {
      if (!write.length) return JSON.parse(sessionStorage.getItem(key)!);
      if (write[0]) sessionStorage.setItem(key, JSON.stringify(write[0]));
      else sessionStorage.removeItem(key);
    } catch {
      // Storage blocked or full, or a draft we cannot read: the form works from memory.
    }
    return undefined;
  }

  private readonly onOnline = (): void => {
    // Back online: deliver what was waiting, or what failed for want of a network.
    if (this.state === 'offline' || (this.state === 'failed' && !this.rejected)) this.deliver();
  };

  private onInput(event: Event): void {
    const { name, value, checked } = event.target as HTMLInputElement;
    if (name === 'consent') this.consent = checked;
    if (!(name in EMPTY_DRAFT)) return;
    this.draft = { ...this.draft, [name]: value };
    this.restoredKey = undefined;
    if (this.persistDraft) this.storage(this.draft);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    // One delivery at a time: a double click, or Enter pressed twice, sends once.
    if (this.courier.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    this.problems = this.validate(form);
    if (this.problems.length) return this.focusSoon('.alert');
    // A filled honeypot is a bot: pretend it worked, send nothing, tell no one.
    if ((form.elements.namedItem('website') as HTMLInputElement).value) return this.finish();
    const body = requestBody(this.draft, this.consentText ?? this.localize.term('consent'), location.pathname, this.localize.lang);
    const json = JSON.stringify(body);
    // The same content keeps its key, so the endpoint can recognise a retry; new content is a new request.
    if (this.pending?.json !== json) this.pending = { request: { url: this.endpoint!, key: this.restoredKey ?? newIdempotencyKey(), body }, json, attempts: 0 };
    // With persist-draft the key is kept beside the draft, so a reload cannot turn a retry into a new request.
    if (this.persistDraft) this.storage({ ...this.draft, key: this.pending.request.key });
    this.deliver();
  }

  /** Native constraint validation (`required`, `pattern`); the messages are ours, in the widget's language. */
  private validate(form: HTMLFormElement): Problem[] {
    const validity = (name: Field) => (form.elements.namedItem(name) as HTMLInputElement).validity;
    return [
      !validity('firstName').valid && { field: 'firstName', key: 'errFirstName' },
      !validity('phone').valid && { field: 'phone', key: 'errPhone' },
      !validity('consent').valid && { field: 'consent', key: 'errConsent' },
    ].filter(Boolean) as Problem[];
  }

  private async deliver(): Promise<void> {
    const pending = this.pending!;
    // The endpoint may have been changed since the first attempt (the key stays), or removed.
    if (!this.endpoint) return;
    pending.request.url = this.endpoint;
    this.state = 'sending';
    const result = await this.courier.send(pending.request, { attempts: this.option('attempts'), timeout: this.option('timeout'), backoff: this.option('backoff') });
    pending.attempts += result.attempts;
    const detail: IntakeEventDetail = { attempts: pending.attempts };
    if (result.outcome === 'sent') {
      this.finish();
      emit(this, INTAKE_SENT_EVENT, detail);
    } else if (result.outcome === 'offline') {
      this.state = 'offline';
    } else {
      this.state = 'failed';
      this.rejected = result.outcome === 'rejected';
      if (result.status === 0) this.report('action', 'the endpoint redirects; use its final URL');
      this.focusSoon('#notice');
      emit(this, INTAKE_FAILED_EVENT, detail);
    }
  }

  /** Sent (or a bot turned away): the draft is cleared everywhere and the next steps are shown. */
  private finish(): void {
    this.pending = undefined;
    this.draft = { ...EMPTY_DRAFT };
    this.consent = false;
    this.problems = [];
    if (this.persistDraft) this.storage(undefined);
    this.state = 'sent';
    this.focusSoon('#sent');
  }

  /** Moves focus to the new message once it is rendered, so it is read out and the visitor is there. */
  private focusSoon(selector: string): void {
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private dialog(open: boolean): void {
    const dialog = this.renderRoot.querySelector('dialog')!;
    if (open) dialog.showModal();
    else dialog.close();
  }

  /** "9:00 AM MST", or with `day` "Monday, 9:00 AM MST": in the office's time zone, the visitor's language. */
  private time(date: Date, day?: boolean): string {
    return new Intl.DateTimeFormat(this.localize.lang, {
      weekday: day ? 'long' : undefined,
      hour: 'numeric',
      minute: '2-digit',
      timeZone: this.zone,
      timeZoneName: 'short',
    }).format(date);
  }

  /** The hours line: "Open now, until …" or "Closed now. We open …"; empty without hours. */
  private hoursText(): string {
    if (!this.weekly) return '';
    const { closes, opens } = hoursStatus(this.weekly, this.now ?? Date.now(), this.zone);
    return closes ? this.localize.term('openUntil', { time: this.time(closes) }) : opens ? this.localize.term('closedUntil', { when: this.time(opens, true) }) : '';
  }

  /** A sentence with a link in place of `{phone}`, in any language's word order. */
  private withLink(key: 'callUs', link: TemplateResult): TemplateResult {
    const [before, after] = this.localize.term(key, { phone: '\0' }).split('\0');
    return html`<p>${before}${link}${after}</p>`;
  }

  private get phoneNumber(): string | undefined {
    return this.phone ?? this.provider?.phone;
  }

  private renderActions(banner: boolean) {
    const t = this.localize;
    const phone = this.phoneNumber;
    const call = dialHref('tel', phone);
    const text = dialHref('sms', this.sms ?? this.provider?.sms);
    const own = this.scheduleHref;
    const schedule = own === undefined ? this.provider?.scheduleHref : safeUrl(own);
    if (own !== undefined && !schedule) this.report('schedule-href', `"${own}" is not an allowed link`);
    // A booking page elsewhere opens in a new tab, so this page (and what was typed) stays.
    const external = /^https?:/i.test(schedule ?? '');
    const toggle = banner && this.endpoint && this.state === 'idle';
    return html`<div class="row" part="actions">
      ${call ? html`<a class="button primary" part="call" href=${call}>${t.term('call', { phone: phone! })}</a>` : nothing}
      ${text ? html`<a class="button" part="text" href=${text}>${t.term('text')}</a>` : nothing}
      ${schedule
        ? html`<a class="button" part="schedule" href=${schedule} target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing}
            >${t.term('schedule')}${external ? html`<span class="offscreen"> ${t.term('newTab')}</span>` : nothing}</a
          >`
        : nothing}
      ${toggle
        ? html`<button class="button" aria-expanded=${this.expanded} aria-controls="callback" @click=${() => (this.expanded = !this.expanded)}>${t.term('submit')}</button>`
        : nothing}
    </div>`;
  }

  private renderCallback() {
    const t = this.localize;
    if (this.configError) return this.renderConfigError(t.term('unavailable'));
    if (!this.endpoint) return nothing;
    const phone = this.phoneNumber;
    const callLink = phone ? html`<a href=${dialHref('tel', phone)!}>${phone}</a>` : undefined;
    if (this.state === 'sent') {
      return html`<div class="box" part="sent" id="callback">
        <h3 id="sent" tabindex="-1">${t.term('sent')}</h3>
        <!-- What happens next: when we are open, and that we will call. -->
        <p>${this.hoursText()} ${t.term('sentSoon')}</p>
        ${callLink ? this.withLink('callUs', callLink) : nothing}
      </div>`;
    }
    const problem = (field: Field) => this.problems.find((entry) => entry.field === field)?.key;
    // Always rendered (empty when fine), so each input's aria-describedby can name it.
    const message = (field: Field) => html`<p class="error" id="${field}-error">${problem(field) && t.term(problem(field)!)}</p>`;
    const invalid = (field: Field) => (problem(field) ? 'true' : nothing);
    const status = this.state === 'sending' ? t.term('sending') : this.state === 'offline' ? t.term('offline') : '';
    return html`<form id="callback" part="form" novalidate @submit=${this.onSubmit} @input=${this.onInput}>
      <h3>${t.term('callbackTitle')}</h3>
      ${this.state === 'failed'
        ? html`<div class="box alert" part="notice">
            <h4 id="notice" tabindex="-1">${t.term(this.rejected ? 'rejected' : 'failed')}</h4>
            ${callLink ? this.withLink('callUs', callLink) : nothing}
          </div>`
        : nothing}
      ${this.problems.length
        ? html`<div class="box alert" part="error-summary" role="alert" tabindex="-1" aria-labelledby="problems">
            <h4 id="problems">${t.term('errorsTitle')}</h4>
            <ul>
              ${this.problems.map(
                ({ field, key }) =>
                  html`<li>
                    <a href="#${field}" @click=${(event: Event) => (event.preventDefault(), this.renderRoot.querySelector<HTMLElement>(`#${field}`)!.focus())}>${t.term(key)}</a>
                  </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <div class="field">
        <label for="firstName">${t.term('firstName')}</label>
        ${message('firstName')}
        <input id="firstName" name="firstName" autocomplete="given-name" required maxlength="60" pattern=${NAME_PATTERN} .value=${this.draft.firstName}
          aria-invalid=${invalid('firstName')} aria-describedby="firstName-error" />
      </div>
      <div class="field">
        <label for="phone">${t.term('phone')}</label>
        <p class="hint" id="phone-hint">${t.term('phoneHint')}</p>
        ${message('phone')}
        <input id="phone" name="phone" type="tel" autocomplete="tel" required maxlength="30" pattern=${PHONE_PATTERN} .value=${this.draft.phone}
          aria-invalid=${invalid('phone')} aria-describedby="phone-hint phone-error" />
      </div>
      <div class="field">
        <label for="bestTime">${t.term('bestTime')}</label>
        <select id="bestTime" name="bestTime">
          ${BEST_TIMES.map((value) => html`<option value=${value} ?selected=${this.draft.bestTime === value}>${t.term(value)}</option>`)}
        </select>
      </div>
      <fieldset class="field">
        <legend>${t.term('forWhom')}</legend>
        ${(['self', 'loved-one'] as const).map(
          (value) => html`<label class="choice"
            ><input type="radio" name="forWhom" value=${value} .checked=${this.draft.forWhom === value} />${t.term(value === 'self' ? 'self' : 'lovedOne')}</label
          >`,
        )}
      </fieldset>
      <div class="field">
        ${message('consent')}
        <label class="choice"
          ><input id="consent" name="consent" type="checkbox" required .checked=${this.consent} aria-invalid=${invalid('consent')}
            aria-describedby="consent-error" />${this.consentText ?? t.term('consent')}</label
        >
      </div>
      <!-- The honeypot: out of sight, out of the tab order and the accessibility tree; bots fill it in. -->
      <input class="offscreen" name="website" tabindex="-1" autocomplete="off" aria-hidden="true" inert />
      <div><button class="button primary" part="submit" aria-disabled=${this.state === 'sending'}>${t.term(this.state === 'failed' ? 'tryAgain' : 'submit')}</button></div>
      <p class=${this.state === 'offline' ? 'box' : ''} role="status">${status}</p>
    </form>`;
  }

  private renderPanel(variant: IntakeVariant) {
    const t = this.localize;
    const banner = variant === 'banner';
    const hours = this.hoursText();
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <div class="lead">
        <h2 id="title">${t.term('title')}</h2>
        ${hours ? html`<p class="hours" part="hours">${hours}</p>` : nothing}
      </div>
      ${this.renderActions(banner)} ${!banner || this.expanded || this.state !== 'idle' ? this.renderCallback() : nothing}
      <p class="crisis" part="crisis">
        <strong>${t.term('crisisLead')}</strong> ${t.term('crisisName')}: <a href="tel:988">${t.term('call', { phone: '988' })}</a> ·
        <a href="sms:988">${t.term('text')}</a>
      </p>
    </section>`;
  }

  protected override render() {
    const t = this.localize;
    const variant = INTAKE_VARIANTS.includes(this.variant!) ? this.variant! : 'card';
    const panel = this.renderPanel(variant);
    return html`
      <div class="base ${variant}" part="base" data-theme=${this.resolvedTheme} lang=${t.lang}>
        ${variant === 'floating'
          ? html`<div class="corner">
                <button class="button primary" part="launcher" aria-haspopup="dialog" @click=${() => this.dialog(true)}>${t.term('title')}</button>
                <a class="chip" href="tel:988">${t.term('crisisLead')} ${t.term('call', { phone: '988' })}</a>
              </div>
              <!-- Escape closes it, and the browser returns focus to the launcher. -->
              <dialog part="dialog" aria-labelledby="title">
                <button class="button close" @click=${() => this.dialog(false)}>${t.term('close')}</button>
                ${panel}
              </dialog>`
          : panel}
      </div>
    `;
  }
}
