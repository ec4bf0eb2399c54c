import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { safeUrl } from '../../core/config.js';
import { dialHref } from '../../core/phone.js';
import {
  answeredQuestions,
  firstStep,
  outcomeStep,
  readAnswer,
  stepAfterAnswer,
  stepBack,
  type Screen,
  type Step,
} from '../../core/scholarship-flow.js';
import { formatNumber, type Answer, type Decision, type Question, type RuleSet } from '../../core/scholarship-rules.js';
import { localText } from '../../core/text.js';
import { emit } from '../../shared/emit.js';
import { LazyLocalize } from '../../shared/lazy-localize.js';
import { SensitiveElement } from '../../shared/sensitive-element.js';
import { baseStyles } from '../../shared/theme.js';
import { buttonStyles } from '../../shared/ui/buttons.js';
import { cardStyles, screenHeading } from '../../shared/ui/card.js';
import { choiceStyles } from '../../shared/ui/choices.js';
import { crisisLines, crisisStyles } from '../../shared/ui/crisis-lines.js';
import { errorStyles, errorSummary, type Problem } from '../../shared/ui/error-summary.js';
import { linkStyles } from '../../shared/ui/links.js';
import { uiStrings } from '../../shared/ui/ui.strings.js';
import { visuallyHiddenStyles } from '../../shared/visually-hidden.js';
import { loadRuleSet } from './rule-set.js';
import { answerText, nextSteps, questionFields } from './scholarship-check.templates.js';
import { scholarshipStrings } from './scholarship-check.strings.js';
import { scholarshipStyles } from './scholarship-check.styles.js';
import { LatestLoad } from '../../shared/latest-load.js';

/** Fired when the outcome is shown. */
export const SCHOLARSHIP_RESULT_EVENT = 'recovery-scholarship-result';
export interface ScholarshipResultDetail {
  outcome: Decision['outcome'];
}

/** The links a site gives: each property and its attribute, for messages. */
const LINK_SETTINGS = [
  ['applyHref', 'apply-href'],
  ['finderHref', 'finder-href'],
] as const;

/** Screen headings are level 3 (the widget usually sits in a page section under an h2). */
const LEVEL = 3;

/**
 * @tagname recovery-scholarship-check
 * @summary A recovery-housing scholarship eligibility check, one question per screen, driven by a declarative rule set.
 *
 * @description An intro, one question per screen (Back, Continue), a "check your answers"
 * summary with Change links, then the outcome (`eligible`: likely eligible; `review`: we'd
 * like to talk; `ineligible`: this may not fit, here is what else can help) with its reasons
 * and a next step: apply (`apply-href`), else call (`phone`), else the `intake` slot. As soon
 * as the answers make the outcome `ineligible` whatever comes next, it is shown at once.
 * "Call or text 988" stays in sight on every screen. The rules come from a child
 * `<script type="application/json">`, else the `src` URL, else the built-in Colorado
 * template; they are checked at load and a broken rule set is reported in the console,
 * saying where the problem is. Answers stay in memory in the browser: nothing is stored or
 * sent, the event carries only the outcome, and a quick exit forgets them.
 *
 * @slot intake - Shown with the outcome's next steps, e.g. a `<recovery-intake>`: the next step when there is no `apply-href` and no phone.
 *
 * @event recovery-scholarship-result - The outcome was shown. `detail: {outcome: "eligible" | "review" | "ineligible"}`; never the answers.
 *
 * @csspart base - The widget's box: colours, font, radius.
 * @csspart heading - The heading of each screen.
 * @csspart form - The form of a question screen.
 * @csspart question - A question answered by choosing (its fieldset).
 * @csspart option - One answer to choose.
 * @csspart error-summary - The list of problems shown above a question.
 * @csspart summary - The "check your answers" list.
 * @csspart outcome - The outcome panel.
 * @csspart button - Primary buttons (Start, Continue, See my result) and the apply link.
 * @csspart crisis - The help lines at the bottom of every screen.
 * @csspart error - The message shown when the rule set could not be loaded.
 *
 * @cssprop --recovery-color-text - Text colour.
 * @cssprop --recovery-color-muted - Hints and notes.
 * @cssprop --recovery-color-surface - Background of the widget.
 * @cssprop --recovery-color-surface-alt - Background of the outcome panel and of a chosen answer.
 * @cssprop --recovery-color-border - Lines and panel borders.
 * @cssprop --recovery-color-control-border - Borders of inputs and answers.
 * @cssprop --recovery-color-accent - Buttons, links and the outcome panel's stripe.
 * @cssprop --recovery-color-on-accent - Text on accent buttons.
 * @cssprop --recovery-color-error - The error summary and the bar beside a field with a problem.
 * @cssprop --recovery-color-focus - Focus ring colour.
 * @cssprop --recovery-focus-ring-width - Focus ring width (default 3px).
 * @cssprop --recovery-radius - Corner radius.
 * @cssprop --recovery-space - Base spacing unit (default 1rem).
 * @cssprop --recovery-font-family - Font family (default: inherited from the page).
 * @cssprop --recovery-font-size - Base font size (default 1rem).
 * @cssprop --recovery-line-height - Line height (default 1.5).
 */
export class RecoveryScholarshipCheck extends SensitiveElement {
  static override styles = [
    baseStyles,
    cardStyles,
    buttonStyles,
    choiceStyles,
    errorStyles,
    linkStyles,
    crisisStyles,
    visuallyHiddenStyles,
    scholarshipStyles,
  ];

  /** URL of a rule set as JSON (used when there is no child JSON script). */
  @property()
  src?: string;

  /** Link to the scholarship application. Defaults to the provider's `apply-href`. */
  @property({ attribute: 'apply-href' })
  applyHref?: string;

  /** Phone number to call about the scholarship. Defaults to the provider's `phone`. */
  @property()
  phone?: string;

  /** Link to the page with the support-group finder, offered when the scholarship may not fit. */
  @property({ attribute: 'finder-href' })
  finderHref?: string;

  @state() private ruleSet?: RuleSet;
  @state() private screen: Screen = 'intro';
  /** The id of the question on screen. */
  @state() private current = '';
  /** Held in memory only: never stored, sent, or put in an event. */
  @state() private answers: Record<string, Answer> = {};
  @state() private errors: Problem[] = [];
  @state() private decision?: Decision;

  private readonly localize = new LazyLocalize(this, scholarshipStrings, uiStrings);
  /** The question was reached from "check your answers": Continue returns there. */
  private changing = false;
  /** Move focus to the new screen's heading (or the error summary) after the next render. */
  private moveFocus = false;
  #loads = new LatestLoad();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    for (const [name, attribute] of LINK_SETTINGS) {
      const value = this[name];
      if (changed.has(name) && value && !safeUrl(value))
        this.reportConfigError(attribute, `"${value}" is not an allowed link; ignoring it`);
    }
    if (changed.has('src') || !this.hasUpdated) this.load();
  }

  protected override updated(): void {
    if (!this.moveFocus) return;
    this.moveFocus = false;
    // Headings and the error summary take focus (so screen readers start there) but are not tab stops.
    this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  /** Loads the rule set, and the page's language with it; should `src` change meanwhile, the newest load wins. */
  private async load(): Promise<void> {
    const isLatest = this.#loads.start();
    const [checked] = await Promise.all([loadRuleSet(this, this.src), this.localize.ready()]);
    if (!isLatest()) return;
    this.configError = false;
    this.ruleSet = checked.ok ? checked.value : undefined;
    if (checked.ok) this.restart(false);
    else this.reportConfigError(checked.from, checked.error, { fatal: true });
  }

  /** Clears every answer and returns to the intro. */
  restart(focus = true): void {
    this.answers = {};
    this.errors = [];
    this.decision = undefined;
    this.go({ screen: 'intro' }, focus);
  }

  /**
   * A quick exit, or the page coming back from the back/forward cache: every answer goes,
   * and the check starts again from its intro (without taking focus: the visitor did not ask).
   */
  protected override forget(): void {
    this.restart(false);
  }

  private get question(): Question | undefined {
    return this.ruleSet?.questions.find((question) => question.id === this.current);
  }

  /** Every screen ends with the help lines. */
  protected override render() {
    const t = this.localize;
    // Nothing until the page's language is in: a Spanish page never shows English first, and
    // the quick exit inside takes its language from this widget's.
    if (t.ready()) return nothing;
    const question = this.question;
    const body = !this.ruleSet
      ? nothing
      : this.screen === 'question' && question
        ? this.renderQuestion(question)
        : this.screen === 'summary'
          ? this.renderSummary(this.ruleSet)
          : this.screen === 'outcome' && this.decision
            ? this.renderOutcome(this.decision)
            : this.renderIntro(this.ruleSet);
    return html`
      <div class="base card" part="base" data-theme=${this.resolvedTheme} lang=${t.lang}>
        ${this.renderQuickExit()} ${this.renderConfigError(t.term('unavailable'))} ${body} ${crisisLines(t, this.provider?.crisisLines)}
      </div>
    `;
  }

  private renderIntro(ruleSet: RuleSet) {
    const t = this.localize;
    const minutes = Math.max(2, Math.ceil(ruleSet.questions.length / 3));
    return html`
      ${screenHeading(t.term('title'), LEVEL)}
      <p>${t.term('introWhat')}</p>
      <p>${t.term('introNot')} ${t.term('time', { minutes: formatNumber(minutes, t.lang) })}</p>
      <p class="note">${t.term('introPrivate')}</p>
      ${this.actions(t.term('start'), () => this.go(firstStep(ruleSet, this.answers)))}
    `;
  }

  private renderQuestion(question: Question) {
    // Each question gets a form of its own: nothing typed or clicked on one shows on the next
    // (fields keep what the visitor did to them when a template is reused).
    return keyed(
      question.id,
      html`${errorSummary(this.localize, this.errors, LEVEL)}
        <form part="form" novalidate @submit=${this.onSubmit}>
          ${questionFields(this.localize, question, this.answers[question.id], this.errors, LEVEL)} ${this.actions(this.localize.term('continue'))}
        </form>`,
    );
  }

  private renderSummary(ruleSet: RuleSet) {
    const t = this.localize;
    return html`
      ${screenHeading(t.term('summaryTitle'), LEVEL)}
      <dl part="summary">
        ${answeredQuestions(ruleSet, this.answers).map((question) => {
          const label = localText(question.label, t.lang);
          return html`<div class="row">
            <dt>${label}</dt>
            <dd>${answerText(t, question, this.answers[question.id])}</dd>
            <dd class="change">
              <button type="button" class="link" aria-label="${t.term('change')}: ${label}" @click=${() => this.change(question.id)}>${t.term('change')}</button>
            </dd>
          </div>`;
        })}
      </dl>
      ${this.actions(t.term('seeResult'), () => this.go(outcomeStep(ruleSet, this.answers)))}
    `;
  }

  /** The outcome with its reasons and next steps, then a way to change the answers or start again. */
  private renderOutcome({ outcome, reasons }: Decision) {
    const t = this.localize;
    const contacts = {
      phone: [this.phone, this.provider?.phone].find((number) => dialHref('tel', number)),
      apply: safeUrl(this.applyHref) ?? this.provider?.applyHref,
      finder: safeUrl(this.finderHref),
      intake: !!this.querySelector(':scope > [slot="intake"]'),
    };
    return html`
      <div class="callout ${outcome}" part="outcome">
        ${screenHeading(t.term(`${outcome}Title`), LEVEL)}
        <ul>
          ${reasons.length ? reasons.map((rule) => html`<li>${localText(rule.reason, t.lang)}</li>`) : html`<li>${t.term('eligibleReason')}</li>`}
        </ul>
        <p class="note">${t.term('notDecision')}</p>
      </div>
      ${nextSteps(t, outcome, contacts)}
      <slot name="intake" @slotchange=${() => this.requestUpdate()}></slot>
      <div class="actions">
        <button type="button" class="link" @click=${() => this.go({ screen: 'summary' })}>${t.term('changeAnswers')}</button>
        <button type="button" class="link" @click=${() => this.restart()}>${t.term('restart')}</button>
      </div>
    `;
  }

  /** The primary button (submitting the form when it has no handler), then Back except on the intro. */
  private actions(label: string, onClick?: () => void) {
    return html`<div class="actions">
      <button type=${onClick ? 'button' : 'submit'} class="primary" part="button" @click=${onClick}>${label}</button>
      ${this.screen === 'intro' ? nothing : html`<button type="button" class="button" @click=${this.back}>${this.localize.term('back')}</button>`}
    </div>`;
  }

  /** Continue: the answer on screen is saved and the next screen shown, or its problems are. */
  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const question = this.question!;
    const data = new FormData(event.target as HTMLFormElement);
    const answer = readAnswer(question, (name) => String(data.get(name) ?? ''));
    if (Array.isArray(answer)) {
      this.errors = answer.map(({ field, problem }) => ({ field, message: this.localize.term(problem) }));
      this.moveFocus = true;
      return;
    }
    this.errors = [];
    this.answers = { ...this.answers, [question.id]: answer };
    this.go(stepAfterAnswer(this.ruleSet!, this.answers, question.id, this.changing));
  }

  /** Back never saves what is on screen (as on GOV.UK): saved answers stay as they were. */
  private back(): void {
    this.errors = [];
    this.go(stepBack(this.ruleSet!, this.answers, this.screen, this.current, this.changing));
  }

  /** "Change" on the summary: that question, and Continue comes back. */
  private change(id: string): void {
    this.changing = true;
    this.go({ screen: 'question', id });
  }

  /** Shows `step`, taking focus to it after the render unless `focus` is false; reaching the outcome fires the result event. */
  private go(step: Step, focus = true): void {
    this.screen = step.screen;
    this.current = step.screen === 'question' ? step.id : '';
    this.moveFocus = focus;
    // Any screen but a question ends a change made from the summary.
    if (step.screen !== 'question') this.changing = false;
    if (step.screen === 'outcome') {
      this.decision = step.decision;
      emit<ScholarshipResultDetail>(this, SCHOLARSHIP_RESULT_EVENT, { outcome: step.decision.outcome });
    }
  }
}
