import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { checkStringOverrides, parseJson, quote, type StringOverrides } from '../core/config.js';
import { providerContext, THEMES, type ProviderSettings, type Theme } from './provider-context.js';
import type { LocalizedHost } from './localize.js';
import { VERSION } from './version.js';
import { createStyledRoot, restyle } from './document-styles.js';
import { checkPropertyTypes } from './property-types.js';

/**
 * What every widget shares: the provider's settings through context, `theme`, the site's
 * string overrides, and one way to report configuration errors.
 *
 * Settings resolve in one order everywhere: the element's own attribute, then the
 * enclosing `<recovery-provider>`, then the built-in default.
 *
 * A property set from script with a value its attribute could never give is treated as
 * absent, by one check for every widget against the property's declaration (`checkPropertyTypes`).
 */
export class RecoveryElement extends LitElement implements LocalizedHost {
  /** Compared by `define()` when two copies of the library meet on one page. */
  static readonly version = VERSION;

  /** Colour scheme: `light`, `dark`, or `auto` (follows the visitor's system). Defaults to the provider's, else `light`. */
  @property({
    reflect: true,
    // Reflected only when it is text: `setAttribute` throws on a Symbol or an object without `toString`.
    converter: { toAttribute: (value: unknown) => (typeof value === 'string' ? value : null) },
  })
  theme?: 'light' | 'dark' | 'auto';

  /**
   * JSON overriding built-in strings, by language: `{"es": {"key": "texto"}}`. A language
   * not built in (e.g. `fr`) is used when the element's `lang` asks for it. Set from script,
   * the object itself will do.
   */
  @property({ checkType: false })
  strings?: string;

  /** Settings from the nearest `<recovery-provider>`, if any. */
  @state() protected provider?: ProviderSettings;

  /** Set when the widget cannot show its content; rendered as a short polite message. */
  @state() protected configError = false;

  #parsedStrings?: StringOverrides;
  /** Stops the provider's updates, when it has answered. */
  #unsubscribe?: () => void;

  /** Lit's shadow root, safe to create in another document (see document-styles.ts). */
  protected override createRenderRoot(): ShadowRoot {
    return createStyledRoot(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    restyle(this);
    // A provider whose script ran after this widget's was not there to answer: it announces
    // itself when it connects (`@lit/context`'s `context-provider` event), and we ask again.
    document.addEventListener('context-provider', this.#askAgain);
    this.#ask();
  }

  readonly #askAgain = (): void => {
    if (!this.provider) this.#ask();
  };

  /**
   * Asks the nearest `<recovery-provider>` for its settings with the context protocol
   * (`@lit/context`'s `context-request` event) that its `ContextProvider` answers now and on
   * every change. Dispatched by hand rather than with `ContextConsumer`, a controller every
   * per-element file would otherwise carry for this one request.
   */
  #ask(): void {
    this.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
        context: providerContext,
        contextTarget: this,
        subscribe: true,
        callback: (settings: ProviderSettings, unsubscribe?: () => void) => {
          this.#unsubscribe = unsubscribe;
          this.provider = settings;
        },
      }),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    document.removeEventListener('context-provider', this.#askAgain);
  }

  /**
   * Drops everything the visitor entered, in memory and in storage. Widgets that hold answers
   * override it; `ForgetOnExit` (the sensitive widgets and the intake) calls it on a quick
   * exit and on a return from the back/forward cache.
   */
  protected forget(): void {}

  /** The element's tag, for messages. */
  protected get tag(): string {
    return this.localName;
  }

  /** @internal The site's string overrides, for the localisation controller. */
  stringOverrides(): Array<StringOverrides | undefined> {
    return [this.#parsedStrings, this.provider?.strings?.[this.tag]];
  }

  /** `theme` resolved: own attribute, provider, else light (a widget must not go dark on a light page by surprise). */
  protected get resolvedTheme(): Theme {
    return [this.theme, this.provider?.theme].find((theme): theme is Theme => THEMES.includes(theme as Theme)) ?? 'light';
  }

  /**
   * Tells the site owner what is wrong, once, in the console: the element, the attribute
   * or child at fault, and the problem. With `fatal`, the widget also shows its polite
   * "can't be shown" message instead of content.
   */
  protected reportConfigError(attribute: string, problem: string, { fatal = false } = {}): void {
    const message = `<${this.tag}> ${attribute}: ${problem}`;
    // Settings are checked again on every change (the provider's, new children): say each problem once.
    if (!this.#reported.has(message)) console.error(message);
    this.#reported.add(message);
    if (fatal) this.configError = true;
  }

  readonly #reported = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before anything reads them: a property set from script with a type its declaration does not allow is unset.
    checkPropertyTypes(this, changed, (attribute, problem) => this.reportConfigError(attribute, problem));
    if (changed.has('theme') && this.theme != null && !THEMES.includes(this.theme)) {
      this.reportConfigError('theme', `${quote(this.theme)} is not one of ${THEMES.join(', ')}; using the default`);
    }
    if (changed.has('strings')) this.#parsedStrings = this.#readStrings();
  }

  #readStrings(): StringOverrides | undefined {
    const value: unknown = this.strings;
    if (value === undefined || value === null || value === '') return undefined;
    const parsed = typeof value === 'string' ? parseJson(value) : { ok: true as const, value };
    const checked = parsed.ok ? checkStringOverrides(parsed.value) : parsed;
    if (!checked.ok) {
      this.reportConfigError('strings', `${checked.error}; using the built-in strings`);
      return undefined;
    }
    return checked.value;
  }

  /** The polite message shown in place of content when configuration is broken. */
  protected renderConfigError(message: string): TemplateResult | typeof nothing {
    return this.configError ? html`<p class="config-error" part="error" role="status">${message}</p>` : nothing;
  }
}
