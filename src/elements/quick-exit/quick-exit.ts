import { html, type PropertyDeclarations } from 'lit';
import { safeUrl } from '../../core/config.js';
import { createShiftCounter } from '../../core/shift-shortcut.js';
import { EXIT_SCHEMES } from '../../core/provider-settings.js';
import { emit, QUICK_EXIT_EVENT } from '../../shared/emit.js';
import { Localize } from '../../shared/localize.js';
import { RecoveryElement } from '../../shared/recovery-element.js';
import { baseStyles } from '../../shared/theme.js';
import { quickExitStrings } from './quick-exit.strings.js';
import { quickExitStyles } from './quick-exit.styles.js';

export { QUICK_EXIT_EVENT } from '../../shared/emit.js';

/** A neutral page that says nothing about why the visitor was here. */
export const DEFAULT_EXIT_HREF = 'https://www.weather.gov/';

/**
 * @tagname recovery-quick-exit
 * @summary "Leave this page": hides the page at once and replaces it with a neutral site.
 *
 * @description For a visitor who may be watched by the person they are reading about. The
 * button, or pressing Shift three times anywhere on the page, hides the page immediately and
 * replaces it (`location.replace`, so Back does not return here) with `href`. The
 * self-check, group finder and scholarship check show it when given `quick-exit` or when
 * their `<recovery-provider>` sets it. It cannot erase browser history: the README says so.
 *
 * @event recovery-quick-exit - The visitor chose to leave; fired before the page is replaced. No detail.
 *
 * @csspart base - The box around the button and hint.
 * @csspart button - The "Leave this page" button.
 * @csspart hint - The "or press Shift 3 times" line.
 *
 * @cssprop --recovery-quick-exit-background - Button colour (default a strong red).
 * @cssprop --recovery-quick-exit-color - Button text colour.
 * @cssprop --recovery-quick-exit-top - Distance from the top of the window when fixed.
 * @cssprop --recovery-quick-exit-end - Distance from the right (left in RTL) when fixed.
 * @cssprop --recovery-quick-exit-z-index - Stacking order when fixed.
 */
export class RecoveryQuickExit extends RecoveryElement {
  static override styles = [baseStyles, quickExitStyles];

  static override properties: PropertyDeclarations = {
    href: {},
    inline: { type: Boolean, reflect: true },
  };

  /** Where to go: a neutral `https:` page. Defaults to the US weather service. */
  href = DEFAULT_EXIT_HREF;

  /** Sit in the flow of the page instead of fixed to the top corner of the window. */
  inline = false;

  readonly #localize = new Localize(this, quickExitStrings);
  readonly #countShift = createShiftCounter();

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture phase: a page or widget that stops key events must not block the way out.
    document.addEventListener('keydown', this.#onKeyDown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onKeyDown, true);
  }

  /** Hides the page now and replaces it with `href`. */
  leave(): void {
    emit(this, QUICK_EXIT_EVENT, null);
    // Hide first: replacing the page can take a moment on a slow connection, and the
    // content must be gone from the screen now. CSSOM writes are allowed under a strict CSP.
    document.documentElement.style.setProperty('display', 'none', 'important');
    document.title = '';
    location.replace(this.#destination());
  }

  #destination(): string {
    const safe = safeUrl(this.href, EXIT_SCHEMES);
    if (!safe) {
      this.reportConfigError('href', `"${this.href}" is not an http(s) or relative URL; leaving to ${DEFAULT_EXIT_HREF}`);
      return DEFAULT_EXIT_HREF;
    }
    return safe;
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (this.#countShift(event.key, event.timeStamp, event.repeat)) this.leave();
  };

  protected override render() {
    return html`
      <div class="base" part="base" data-theme=${this.resolvedTheme} lang=${this.#localize.lang}>
        <button type="button" part="button" aria-describedby="hint" @click=${this.leave}>${this.#localize.term('leave')}</button>
        <span class="hint" part="hint" id="hint">${this.#localize.term('shortcut')}</span>
      </div>
    `;
  }
}
