import { LitElement, html, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { checkProviderJson, type ProviderJson } from '../../core/provider-config.js';
import { PROVIDER_SETTINGS, readProviderSettings, type ProviderAttributes } from '../../core/provider-settings.js';
import { css } from '../../shared/css.js';
import { jsonChild, loadConfig } from '../../shared/config-source.js';
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
 *
 * @attr {string} org-name - The organisation's name, shown in calls to action and beside its local groups.
 * @attr {string} phone - Phone number for calls, e.g. `+1-303-555-0142`.
 * @attr {string} sms - Number for text messages, if different from `phone`.
 * @attr {string} schedule-href - Link to an online scheduling page.
 * @attr {string} intake-action - HTTPS endpoint that receives callback requests (JSON POST).
 * @attr {string} apply-href - Link to the scholarship application.
 * @attr {string} timezone - IANA time zone of the office hours (default `America/Denver`).
 * @attr {string} hours - Office hours, e.g. `Mon-Fri 09:00-17:00; Sat 10:00-14:00`.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour scheme for every widget inside.
 * @attr {boolean} quick-exit - Show the "Leave this page" quick exit on the sensitive widgets inside.
 * @attr {string} quick-exit-href - Where every quick exit inside goes (a neutral `https:` page); a standalone exit's own `href` wins.
 * @attr {string} caller-name - How your staff introduce themselves when they call back ("Front Range"), shown before a callback request is sent.
 *
 * @slot - The widgets and any other content. Rendered as is.
 */
export class RecoveryProvider extends LitElement {
  static readonly version = VERSION;

  /** One reactive property per setting, named and typed as `PROVIDER_SETTINGS` says. */
  static override properties: PropertyDeclarations = Object.fromEntries(
    Object.entries(PROVIDER_SETTINGS).map(([name, { attribute, kind }]) => [name, { attribute, type: kind === 'flag' ? Boolean : String }]),
  );

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
    const { settings, problems } = readProviderSettings(this as unknown as Record<string, unknown>);
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

// The settings' properties, typed from the table (Lit creates their accessors).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RecoveryProvider extends ProviderAttributes {}
