import { LitElement, html, type PropertyDeclarations } from 'lit';
import { css } from '../../shared/css.js';
import { ContextProvider } from '@lit/context';
import { safeUrl } from '../../core/config.js';
import { checkProviderJson, type ProviderJson } from '../../core/provider-config.js';
import { jsonChild, loadConfig } from '../../shared/config-source.js';
import { providerContext, THEMES, type ProviderSettings, type Theme } from '../../shared/provider-context.js';
import { VERSION } from '../../shared/version.js';

/**
 * @tagname recovery-provider
 * @summary One organisation's settings, shared with every recovery widget inside it.
 *
 * @description Wrap a page section (or the whole page) in `<recovery-provider>` so each
 * widget inside picks up the organisation's name, phone numbers, links, office hours,
 * language and theme. A widget's own attribute always wins over the provider's.
 * `lang` is the ordinary HTML attribute: widgets inside follow it.
 *
 * @slot - The widgets and any other content. Rendered as is.
 * @slot json - Optional `<script type="application/json">` with `crisisLines` and `strings` (see README).
 */
export class RecoveryProvider extends LitElement {
  static readonly version = VERSION;

  // `static properties` rather than decorators, as in RecoveryElement (bundle size).
  static override properties: PropertyDeclarations = {
    orgName: { attribute: 'org-name' },
    phone: {},
    sms: {},
    scheduleHref: { attribute: 'schedule-href' },
    intakeAction: { attribute: 'intake-action' },
    applyHref: { attribute: 'apply-href' },
    timezone: {},
    hours: {},
    theme: {},
    quickExit: { type: Boolean, attribute: 'quick-exit' },
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The organisation's name, shown in calls to action ("Call Front Range Recovery"). */
  orgName?: string;
  /** Phone number for calls, e.g. `+1-303-555-0142`. */
  phone?: string;
  /** Number for text messages, if different from `phone`. */
  sms?: string;
  /** Link to an online scheduling page. */
  scheduleHref?: string;
  /** HTTPS endpoint that receives callback requests (JSON POST). */
  intakeAction?: string;
  /** Link to the scholarship application. */
  applyHref?: string;
  /** IANA time zone of the office hours. */
  timezone = 'America/Denver';
  /** Office hours, e.g. `Mon-Fri 09:00-17:00; Sat 10:00-14:00`. */
  hours?: string;
  /** Colour scheme for every widget inside: `light`, `dark` or `auto`. */
  theme?: 'light' | 'dark' | 'auto';
  /** Show the "Leave this page" quick exit on the sensitive widgets inside. */
  quickExit = false;

  private readonly context = new ContextProvider(this, { context: providerContext, initialValue: {} });

  private json: ProviderJson = {};
  private reported = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.readJson();
  }

  private async readJson(): Promise<void> {
    if (!jsonChild(this)) return;
    const loaded = await loadConfig(this, undefined, checkProviderJson);
    if (!loaded) return;
    if (!loaded.ok) {
      // The widgets inside still work with their built-in help lines and strings.
      this.report(loaded.from, loaded.error);
      return;
    }
    this.json = loaded.value;
    this.requestUpdate();
  }

  protected override willUpdate(): void {
    const settings: ProviderSettings = {
      orgName: this.orgName,
      phone: this.phone,
      sms: this.sms,
      scheduleHref: this.link('schedule-href', this.scheduleHref),
      intakeAction: this.intakeAction,
      applyHref: this.link('apply-href', this.applyHref),
      timezone: this.timezone,
      hours: this.hours,
      theme: this.checkedTheme(),
      quickExit: this.quickExit,
      ...this.json,
    };
    this.context.setValue(settings);
  }

  private link(attribute: string, value: string | undefined): string | undefined {
    const safe = safeUrl(value);
    if (value && !safe) this.report(attribute, `"${value}" is not an allowed link (https:, http:, tel:, sms:, mailto: or relative)`);
    return safe;
  }

  private checkedTheme(): Theme | undefined {
    if (this.theme === undefined || THEMES.includes(this.theme)) return this.theme;
    this.report('theme', `"${this.theme}" is not one of ${THEMES.join(', ')}`);
    return undefined;
  }

  /** Settings are recomputed on every change; a bad value is reported once, not on each. */
  private report(attribute: string, problem: string): void {
    const message = `<recovery-provider> ${attribute}: ${problem}`;
    if (this.reported.has(message)) return;
    this.reported.add(message);
    console.error(message);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
