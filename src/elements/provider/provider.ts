import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { ProviderJson } from '../../core/provider-config.js';
import { readProviderSettings, type ProviderAttributes } from '../../core/provider-settings.js';
import { css } from '../../shared/css.js';
import { hasConfig, notLoaded } from '../../shared/config-source.js';
import { createStyledRoot, restyle } from '../../shared/document-styles.js';
import { providerContext } from '../../shared/provider-context.js';
import { VERSION } from '../../shared/version.js';

/**
 * @tagname recovery-provider
 * @summary One organisation's settings, shared with every recovery widget inside it.
 *
 * @description Wrap a page section (or the whole page) in `<recovery-provider>` so each
 * widget inside picks up the organisation's name, phone numbers, links, office hours,
 * language and theme. A widget's own attribute always wins over the provider's.
 * `lang` is the ordinary HTML attribute: widgets inside follow it. An optional child
 * `<script type="application/json">` holds `crisisLines` and `strings` (see the docs).
 * Each setting is checked as `PROVIDER_SETTINGS` (core/provider-settings.ts) says; a value
 * that fails its check is left out, with one console error.
 *
 * @slot - The widgets and any other content. Rendered as is.
 */
export class RecoveryProvider extends LitElement implements ProviderAttributes {
  static readonly version = VERSION;

  /** The organisation's name, shown in calls to action and beside its local groups. */
  @property({ attribute: 'org-name' })
  orgName?: string;

  /** Phone number for calls, e.g. `+1-303-555-0142`. */
  @property()
  phone?: string;

  /** Number for text messages, if different from `phone`. */
  @property()
  sms?: string;

  /** Link to an online scheduling page. */
  @property({ attribute: 'schedule-href' })
  scheduleHref?: string;

  /** HTTPS endpoint that receives callback requests (JSON POST). */
  @property({ attribute: 'intake-action' })
  intakeAction?: string;

  /** Link to the scholarship application. */
  @property({ attribute: 'apply-href' })
  applyHref?: string;

  /** IANA time zone of the office hours (default `America/Denver`). */
  @property()
  timezone?: string;

  /** Office hours, e.g. `Mon-Fri 09:00-17:00; Sat 10:00-14:00`. */
  @property()
  hours?: string;

  /** Colour scheme for every widget inside: `light`, `dark` or `auto`. */
  @property()
  theme?: 'light' | 'dark' | 'auto';

  /** Show the "Leave this page" quick exit on the sensitive widgets inside. */
  @property({ type: Boolean, attribute: 'quick-exit' })
  quickExit?: boolean;

  /** Where every quick exit inside goes (a neutral `https:` page); a standalone exit's own `href` wins. */
  @property({ attribute: 'quick-exit-href' })
  quickExitHref?: string;

  /** How your staff introduce themselves when they call back ("Front Range"), shown before a callback request is sent. */
  @property({ attribute: 'caller-name' })
  callerName?: string;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  private readonly context = new ContextProvider(this, { context: providerContext, initialValue: {} });

  private json: ProviderJson = {};
  private reported = new Set<string>();

  /** Safe to create in another document, and keeps its styles through one (see document-styles.ts). */
  protected override createRenderRoot(): ShadowRoot {
    return createStyledRoot(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    restyle(this);
    this.readJson();
  }

  private async readJson(): Promise<void> {
    // A classic script in <head> upgrades the provider before its children exist: wait for them.
    if (!(await hasConfig(this, undefined))) return;
    let loaded;
    try {
      loaded = await (await import('./provider-json-loader.js')).loadProviderJson(this);
    } catch (error) {
      loaded = notLoaded('child <script type="application/json">', error);
    }
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
    // Every setting in the table is a property above (this does not compile otherwise).
    const { settings, problems } = readProviderSettings(this as Pick<RecoveryProvider, keyof ProviderAttributes>);
    for (const [attribute, problem] of problems) this.report(attribute, problem);
    this.context.setValue({ ...settings, ...this.json });
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
