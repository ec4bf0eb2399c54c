import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_EXIT_HREF, exitUrl } from '../../core/quick-exit.js';
import { emit, QUICK_EXIT_EVENT } from '../../shared/emit.js';
import { Localize } from '../../shared/localize.js';
import { RecoveryElement } from '../../shared/recovery-element.js';
import { baseStyles } from '../../shared/theme.js';
import { visuallyHiddenStyles } from '../../shared/visually-hidden.js';
import { cover, leadingExit, quickExits, type ExitMember } from './quick-exit-hub.js';
import { quickExitStrings } from './quick-exit.strings.js';
import { quickExitStyles } from './quick-exit.styles.js';

export { QUICK_EXIT_EVENT } from '../../shared/emit.js';
export { DEFAULT_EXIT_HREF } from '../../core/quick-exit.js';

/**
 * @internal How the page is left: every quick exit navigates through these two functions, so
 * tests can watch a navigation without their own page leaving. Not for sites.
 */
export const exitNavigation = {
  replace: (url: string): void => location.replace(url),
  assign: (url: string): void => void (location.href = url),
};

/**
 * @tagname recovery-quick-exit
 * @summary "Leave this page": hides the page at once and replaces it with a neutral site.
 *
 * @description For a visitor who may be watched by the person they are reading about. The
 * button, or pressing Shift three times anywhere on the page (as GOV.UK's "Exit this page":
 * each press within five seconds of the last; Shift used with another key does not count),
 * fires `recovery-quick-exit` (every widget then forgets what the visitor entered), hides the
 * page and replaces it (`location.replace`, so Back does not return here) with a neutral site.
 * After the first and second press a screen reader hears how many presses remain.
 *
 * Where it goes: its own `href`, else the `quick-exit-href` of its `<recovery-provider>`.
 * An exit with neither (such as the one a sensitive widget shows outside a provider) goes
 * where the page's leading exit goes, and so does the Shift shortcut: the first connected
 * exit with its own `href`, else the first whose provider sets `quick-exit-href`, else
 * `https://www.weather.gov/`. An `href` that is not a usable `https:`/`http:`/relative link
 * (`https://`, `javascript:`, `tel:`, a number set from script) counts as absent, with one
 * console error; the destination is checked before the page is hidden, and if the browser
 * still refuses it the page goes to the default, so the visitor always leaves.
 *
 * However many exits and copies of the library a page holds, there is one keyboard listener,
 * and each activation gives one event and one navigation. If the visitor comes back through
 * the back/forward cache, the page shows again with the widgets' answers forgotten. It cannot
 * erase browser history: docs/quick-exit.md, "Safety", says what to tell visitors.
 *
 * @event recovery-quick-exit - The visitor chose to leave; fired on the exit used, before the page is hidden. No detail.
 *
 * @csspart base - The box around the button and hint.
 * @csspart button - The "Leave this page" button.
 * @csspart hint - The "or press Shift 3 times" line (hidden on touch screens).
 *
 * @cssprop --recovery-quick-exit-background - Button colour (default a strong red).
 * @cssprop --recovery-quick-exit-color - Button text colour.
 * @cssprop --recovery-quick-exit-top - Distance from the top of the window when fixed.
 * @cssprop --recovery-quick-exit-end - Distance from the right (left in RTL) when fixed.
 * @cssprop --recovery-quick-exit-z-index - Stacking order when fixed.
 */
export class RecoveryQuickExit extends RecoveryElement implements ExitMember {
  static override styles = [baseStyles, visuallyHiddenStyles, quickExitStyles];

  /** Where to go: a neutral `https:` page (or a relative link). Defaults to the provider's `quick-exit-href`, else the US weather service. */
  @property()
  href?: string;

  /** Sit in the flow of the page instead of fixed to the top corner of the window. */
  @property({ type: Boolean, reflect: true })
  inline = false;

  /** What the live region says about the shortcut. */
  @state() protected status = '';

  readonly #localize = new Localize(this, quickExitStrings);

  override connectedCallback(): void {
    super.connectedCallback();
    quickExits().exits.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    quickExits().exits.delete(this);
  }

  /** Hides the page now and replaces it with this exit's destination. */
  leave(): void {
    let url = DEFAULT_EXIT_HREF;
    try {
      const [rank, own] = this.exitTarget();
      url = (rank ? own : leadingExit(quickExits().exits)?.exitTarget()[1]) ?? url;
      emit(this, QUICK_EXIT_EVENT, null);
      cover(quickExits());
    } finally {
      // Whatever happened above, the visitor leaves.
      try {
        exitNavigation.replace(url);
      } catch {
        exitNavigation.assign(DEFAULT_EXIT_HREF);
      }
    }
  }

  /** @internal */
  exitTarget(): [rank: number, url?: string] {
    const own = exitUrl(this.href, document.baseURI);
    const provided = exitUrl(this.provider?.quickExitHref, document.baseURI);
    return own ? [2, own] : provided ? [1, provided] : [0];
  }

  /** @internal */
  shortcutPressed(count: number): void {
    this.status = count === 1 ? this.#localize.term('pressedOnce') : count === 2 ? this.#localize.term('pressedTwice') : '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const href = this.href;
    if (changed.has('href') && href && !exitUrl(href, document.baseURI)) {
      // Then the provider's quick-exit-href, else the default, is used.
      this.reportConfigError('href', `${JSON.stringify(href)} is not an https:, http: or relative link; ignoring it`);
    }
  }

  protected override render() {
    return html`
      <div class="base" part="base" data-theme=${this.resolvedTheme} lang=${this.#localize.lang}>
        <button type="button" part="button" aria-describedby="hint" @click=${this.leave}>${this.#localize.term('leave')}</button>
        <span class="hint" part="hint" id="hint">${this.#localize.term('shortcut')}</span>
        <span class="visually-hidden" role="status">${this.status}</span>
      </div>
    `;
  }
}
