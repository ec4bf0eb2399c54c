import { html, nothing, type PropertyDeclarations } from 'lit';
import { RecoveryElement } from './recovery-element.js';

/**
 * A widget a visitor may be watched while using (the self-check, group finder and
 * scholarship check): it shows an inline "Leave this page" at its top when given
 * `quick-exit`, or when its `<recovery-provider>` sets it. Each such widget's define file
 * also defines `<recovery-quick-exit>`.
 *
 * The exit shown here has no `href` of its own: it asks the provider for `quick-exit-href`
 * itself (through context, like any widget), and without one goes where the page's own
 * `<recovery-quick-exit href>` goes, else to the default neutral site. It joins the page's
 * one Shift shortcut rather than adding another.
 */
export class SensitiveElement extends RecoveryElement {
  static override properties: PropertyDeclarations = {
    quickExit: { type: Boolean, attribute: 'quick-exit' },
  };

  /** Show "Leave this page" (and the Shift × 3 shortcut) at the top. Also on when the provider sets `quick-exit`. */
  quickExit = false;

  /** The quick exit, in the widget's own theme, when the page or the provider asks for it. */
  protected renderQuickExit() {
    return this.quickExit || this.provider?.quickExit
      ? html`<recovery-quick-exit inline theme=${this.resolvedTheme}></recovery-quick-exit>`
      : nothing;
  }
}
