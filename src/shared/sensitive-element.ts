import { html, nothing, type PropertyValues, type ReactiveElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ForgetOnExit } from './forget-on-exit.js';
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
  /** Show "Leave this page" (and the Shift × 3 shortcut) at the top. Also on when the provider sets `quick-exit`. */
  @property({ type: Boolean, attribute: 'quick-exit' })
  quickExit = false;

  /** What the visitor answered is forgotten when they leave through a quick exit. */
  protected readonly forgetOnExit = new ForgetOnExit(this, () => this.forget());

  /**
   * The exit finds its language through this widget's shadow root, where the page-wide `lang`
   * observer cannot see: when this widget's language changes (its Spanish file arriving, the
   * page switching), the exit must hear it from here, or it stays in English.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this.renderRoot.querySelector<ReactiveElement>('recovery-quick-exit')?.requestUpdate();
  }

  /** The quick exit, in the widget's own theme, when the page or the provider asks for it. */
  protected renderQuickExit() {
    return this.quickExit || this.provider?.quickExit
      ? html`<recovery-quick-exit inline theme=${this.resolvedTheme}></recovery-quick-exit>`
      : nothing;
  }
}
