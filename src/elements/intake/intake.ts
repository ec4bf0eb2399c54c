import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { quote, safeUrl } from '../../core/config.js';
import { checkEndpoint, DEFAULT_DELIVERY } from '../../core/delivery.js';
import { DEFAULT_TIME_ZONE } from '../../core/provider-settings.js';
import { DEFAULT_CRISIS_LINES } from '../../data/crisis-lines.js';
import { ForgetOnExit } from '../../shared/forget-on-exit.js';
import { LazyLocalize } from '../../shared/lazy-localize.js';
import { RecoveryElement } from '../../shared/recovery-element.js';
import { buttonStyles } from '../../shared/ui/buttons.js';
import { cardStyles } from '../../shared/ui/card.js';
import { choiceStyles } from '../../shared/ui/choices.js';
import { crisisLines, crisisStyles } from '../../shared/ui/crisis-lines.js';
import { errorStyles } from '../../shared/ui/error-summary.js';
import { callLink, LINK_SLOT, link, linkStyles, phoneNumberLink, textLink, withLink } from '../../shared/ui/links.js';
import { uiStrings, type UiTerm } from '../../shared/ui/ui.strings.js';
import { baseStyles } from '../../shared/theme.js';
import { visuallyHiddenStyles } from '../../shared/visually-hidden.js';
import { CallbackRequest, type IntakeVariant, INTAKE_VARIANTS } from './callback-request.js';
import { intakeStrings, type IntakeTerm } from './intake.strings.js';
import { intakeStyles } from './intake.styles.js';
import { OfficeHours } from './office-hours.js';
import { callbackForm, sentNotice } from './intake.templates.js';

export {
  DRAFT_STORAGE_KEY,
  INTAKE_FAILED_EVENT,
  INTAKE_SENT_EVENT,
  INTAKE_VARIANTS,
  type IntakeEventDetail,
  type IntakeVariant,
} from './callback-request.js';

/** Settings that are text, the element's own or its provider's. */
type TextSetting = 'action' | 'phone' | 'sms' | 'scheduleHref' | 'hours' | 'timezone' | 'consentText' | 'callerName';

/**
 * @tagname recovery-intake
 * @summary Call, text, book, or ask for a callback, with a request that is neither lost nor sent twice.
 *
 * @description Shows call (`tel:`), text (`sms:`) and booking links when configured, office
 * hours ("open now" or when we open next, in `timezone`), a "request a callback" form that
 * POSTs JSON to `action` (HTTPS only; `http://localhost` while developing), and the 988
 * line at all times. The form asks whether texts and voicemail are safe at the number
 * (sent as `contactSafety`) and says who will be calling (`caller-name`). Delivery uses one
 * `Idempotency-Key` per request, a timeout per attempt, retries with backoff on network
 * errors, 408, 429 and 5xx, and a retry when the browser comes back online; if it still
 * fails, the visitor sees the phone number and keeps what they typed. Settings come from the
 * element's attributes, else the enclosing `<recovery-provider>`. The draft stays in memory,
 * or in `sessionStorage` with `persist-draft`, and is forgotten on a quick exit.
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
 * @csspart question - A question answered by choosing (texts and voicemail; who it is for).
 * @csspart option - One choice of such a question.
 * @csspart submit - The form's send button.
 * @csspart error-summary - The list of problems shown when the form is incomplete.
 * @csspart notice - The "not sent" message with the phone number.
 * @csspart sent - The "request received" message.
 * @csspart crisis - The help lines: 988 in sight, the others under "More help lines".
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
  // The error styles come last: a field with a problem gets a red border over the intake's own.
  static override styles = [
    baseStyles,
    cardStyles,
    buttonStyles,
    choiceStyles,
    linkStyles,
    crisisStyles,
    visuallyHiddenStyles,
    intakeStyles,
    errorStyles,
  ];

  /** HTTPS endpoint that receives callback requests as JSON (default: the provider's `intake-action`). Without one, no form is shown. */
  @property()
  action?: string;

  /** Phone number for the call link, and for "call us" when sending fails (default: the provider's). */
  @property()
  phone?: string;

  /** Number for the text-message link (default: the provider's); no text link without one. */
  @property()
  sms?: string;

  /** Link to online booking (default: the provider's); no booking link without one. */
  @property({ attribute: 'schedule-href' })
  scheduleHref?: string;

  /** Office hours, e.g. `Mon-Fri 09:00-17:00; Sat 10:00-14:00` (default: the provider's). */
  @property()
  hours?: string;

  /** IANA time zone of `hours` (default: the provider's, else `America/Denver`). */
  @property()
  timezone?: string;

  /** Layout: `card` (default), `banner` (a strip; the form opens below it), or `floating` (a corner button opening a dialog). */
  @property()
  variant?: IntakeVariant;

  /** Your consent sentence beside the required checkbox (default: a built-in one in the visitor's language). */
  @property({ attribute: 'consent-text' })
  consentText?: string;

  /** Who the visitor will hear on the phone: "We’ll say we’re calling from …" (default: the provider's `caller-name`, else its `org-name`). */
  @property({ attribute: 'caller-name' })
  callerName?: string;

  /** Keep the unsent draft in `sessionStorage` (this tab only) until it is sent. Without it: memory only. */
  @property({ type: Boolean, attribute: 'persist-draft' })
  persistDraft = false;

  /** Most delivery attempts per request, 1–10 (default 4). */
  @property({ type: Number })
  attempts?: number;

  /** Milliseconds before one attempt is abandoned (default 10000). */
  @property({ type: Number })
  timeout?: number;

  /** Base delay in ms between attempts (at least 1), doubled each time, with jitter (default 1000). */
  @property({ type: Number })
  backoff?: number;

  /** @internal For tests and previews only: a fixed clock (Date or ms) for office hours. Default: the real time. */
  @property({ attribute: false })
  now?: Date | number;

  /** The banner's form is open. */
  @state() private expanded = false;

  // Typed with the shared pieces' keys too: they are looked up after the widget's own.
  private readonly localize = new LazyLocalize(this, intakeStrings, uiStrings) as LazyLocalize<
    IntakeTerm | UiTerm,
    { strings: Record<IntakeTerm | UiTerm, string> }
  >;
  /** The draft, its delivery and the state of both: idle, sending, sent, failed, offline. */
  private readonly request = new CallbackRequest(this, this.localize);
  /** What the visitor typed is forgotten when they leave through a quick exit. */
  protected readonly forgetOnExit = new ForgetOnExit(this, () => this.forget());
  /** The office hours line, kept fresh. */
  readonly #officeHours = new OfficeHours(this);
  // The settings shown, resolved (own, else the provider's) and checked before each render, which only reads them.
  #phone?: string;
  #sms?: string;
  #schedule?: string;
  #callerName?: string;
  #consentText?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const provider = changed.has('provider' as keyof RecoveryIntake);
    if (provider || changed.has('action')) this.#checkAction();
    if (provider || changed.has('hours') || changed.has('timezone')) {
      const zone = this.setting('timezone') ?? DEFAULT_TIME_ZONE;
      this.#officeHours.set(this.setting('hours'), zone);
    }
    if (changed.has('variant') && this.variant && !INTAKE_VARIANTS.includes(this.variant)) {
      this.report('variant', `${quote(this.variant)} is not card, banner or floating`);
    }
    // Checked now, so a bad value is reported when the page loads rather than at the first request.
    for (const name of ['attempts', 'timeout', 'backoff'] as const) if (changed.has(name)) this.option(name);
    this.#resolveShown();
  }

  /** The links and names shown: the element's own, else the provider's, checked. */
  #resolveShown(): void {
    const href = this.setting('scheduleHref');
    // The provider's link is checked already; the element's own is checked here.
    this.#schedule = typeof this.scheduleHref === 'string' ? safeUrl(href) : href;
    if (href && !this.#schedule) this.report('schedule-href', `"${href}" is not an allowed link`);
    this.#phone = this.setting('phone');
    this.#sms = this.setting('sms');
    this.#callerName = this.setting('callerName')?.trim();
    this.#consentText = this.setting('consentText');
  }

  /** The endpoint, checked: without a usable one there is no form. */
  #checkAction(): void {
    const action = this.setting('action');
    const checked = action ? checkEndpoint(action, document.baseURI) : undefined;
    this.request.endpoint = checked?.ok ? checked.value : undefined;
    // A bad endpoint hides the form (call and text still work) and says so politely.
    this.configError = checked?.ok === false;
    if (checked?.ok === false) this.report('action', `${checked.error}; no callback form`);
  }

  /**
   * @internal A text setting: the element's own, else the provider's. (An own value that is not
   * text was unset by the type check.)
   */
  setting(name: TextSetting): string | undefined {
    const own: unknown = this[name];
    if (typeof own === 'string') return own;
    const provider = (this.provider ?? {}) as Record<string, unknown>;
    const inherited = provider[name === 'action' ? 'intakeAction' : name] ?? (name === 'callerName' ? provider.orgName : undefined);
    return typeof inherited === 'string' ? inherited : undefined;
  }

  /** @internal One console error per distinct problem (settings are re-checked whenever the provider changes), for the callback request too. */
  report(attribute: string, problem: string): void {
    this.reportConfigError(attribute, problem);
  }

  /** @internal A delivery setting if it is a whole number from 1 (to 10 for attempts), else the default, said once in the console. */
  option(name: 'attempts' | 'timeout' | 'backoff'): number {
    const value: unknown = this[name];
    if (value === undefined) return DEFAULT_DELIVERY[name];
    if (Number.isInteger(value) && (value as number) > 0 && (name !== 'attempts' || (value as number) <= 10)) return value as number;
    this.report(name, `${quote(this.getAttribute(name) ?? value)} is not a whole number from 1${name === 'attempts' ? ' to 10' : ''}`);
    return DEFAULT_DELIVERY[name];
  }

  protected override render() {
    const t = this.localize;
    // A Spanish page waits for its strings (a file of their own) rather than showing English first.
    if (!this.hasUpdated && t.ready()) return nothing;
    const variant = INTAKE_VARIANTS.includes(this.variant!) ? this.variant! : 'card';
    const panel = this.#renderPanel(variant);
    return html`
      <div class="base" part="base" data-variant=${variant} data-theme=${this.resolvedTheme} lang=${t.lang}>
        ${
          variant === 'floating'
            ? html`<div class="corner">
                <button class="button primary" part="launcher" aria-haspopup="dialog" @click=${() => this.#dialog(true)}>${t.term('title')}</button>
                <p class="chip">${t.term('crisisLead')} ${callLink(t, (this.provider?.crisisLines ?? DEFAULT_CRISIS_LINES).find((line) => line.call)?.call)}</p>
              </div>
              <!-- Escape closes it, and the browser returns focus to the launcher. -->
              <dialog part="dialog" aria-labelledby="title">
                <button class="button close" @click=${() => this.#dialog(false)}>${t.term('close')}</button>
                ${panel}
              </dialog>`
            : panel
        }
      </div>
    `;
  }

  /** The card (or the banner, or the dialog's content): hours, call, text and book, the callback form, 988. */
  #renderPanel(variant: IntakeVariant) {
    const t = this.localize;
    const banner = variant === 'banner';
    const hours = this.#officeHours.line(t, this.now);
    return html`<section class="card" part="panel" aria-labelledby="title">
      <div class="lead">
        <h2 class="heading" id="title">${t.term('title')}</h2>
        ${hours ? html`<p class="hint" part="hours">${hours}</p>` : nothing}
      </div>
      ${this.#renderActions(banner)} ${!banner || this.expanded || this.request.state !== 'idle' ? this.#renderCallback() : nothing}
      ${crisisLines(t, this.provider?.crisisLines)}
    </section>`;
  }

  /** Call, text and book; on the banner, the button that opens the form. */
  #renderActions(banner: boolean) {
    const t = this.localize;
    const toggle = banner && this.request.endpoint && this.request.state === 'idle';
    return html`<div class="actions" part="actions">
      ${callLink(t, this.#phone, 'call', 'button primary')} ${textLink(t, this.#sms, undefined, 'text', 'button')}
      ${this.#schedule ? link(t, this.#schedule, t.term('schedule'), 'button', 'schedule') : nothing}
      ${
        toggle
          ? html`<button class="button" aria-expanded=${this.expanded} aria-controls="callback" @click=${() => (this.expanded = !this.expanded)}>${t.term('submit')}</button>`
          : nothing
      }
    </div>`;
  }

  /** The callback form; once sent, what happens next; nothing without an endpoint, a polite message with a bad one. */
  #renderCallback() {
    const t = this.localize;
    const request = this.request;
    if (this.configError) return this.renderConfigError(t.term('unavailable'));
    if (!request.endpoint) return nothing;
    if (request.state === 'sent') return sentNotice(t, this.#officeHours.line(t, this.now), this.#callUs());
    return callbackForm(t, request, this.#callerName, this.#consentText, this.#callUs());
  }

  /** "To talk with someone now, call (303) 555-0142.", when there is a number to call. */
  #callUs() {
    const number = this.#phone;
    return phoneNumberLink(number) === nothing
      ? nothing
      : html`<p>${withLink(this.localize.term('callUs', { number: LINK_SLOT }), phoneNumberLink(number))}</p>`;
  }

  /** Opens the floating variant's dialog (as a modal), or closes it. */
  #dialog(open: boolean): void {
    const dialog = this.renderRoot.querySelector('dialog')!;
    // Moving the widget while its dialog is open leaves the dialog open but no longer modal
    // (found by the fuzz test): close it first, or showModal() throws.
    if (open && dialog.open) dialog.close();
    if (open) dialog.showModal();
    else dialog.close();
  }

  /** A quick exit, or the page back from the back/forward cache: nothing the visitor typed stays, on screen or stored. */
  protected override forget(): void {
    this.request.forget();
    this.expanded = false;
    this.renderRoot.querySelector('dialog')?.close();
    this.renderRoot.querySelector('form')?.reset();
  }

  /** @internal Moves focus to the new message once it is rendered, so it is read out and the visitor is there. */
  focusSoon(selector: string): void {
    this.requestUpdate();
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }
}
