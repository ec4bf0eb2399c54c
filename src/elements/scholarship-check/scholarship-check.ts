import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { safeUrl, valid } from '../../core/config.js';
import { dialHref } from '../../core/phone.js';
import {
  askedQuestions,
  answerValues,
  checkRuleSet,
  decide,
  decidedEarly,
  formatNumber,
  nextUnanswered,
  parseWholeNumber,
  type Answer,
  type Decision,
  type Question,
  type RuleSet,
} from '../../core/scholarship-rules.js';
import { localText, type LocalText } from '../../core/text.js';
import { SAMHSA_HELPLINE } from '../../data/crisis-lines.js';
import { loadConfig, type LoadedConfig } from '../../shared/config-source.js';
import { emit } from '../../shared/emit.js';
import { LazyLocalize } from '../../shared/lazy-localize.js';
import { plural } from '../../shared/localize.js';
import { SensitiveElement } from '../../shared/sensitive-element.js';
import { baseStyles } from '../../shared/theme.js';
import { buttonStyles } from '../../shared/ui/buttons.js';
import { cardStyles, screenHeading } from '../../shared/ui/card.js';
import { choiceGroup, choiceStyles } from '../../shared/ui/choices.js';
import { crisisLines, crisisStyles } from '../../shared/ui/crisis-lines.js';
import { errorStyles, errorSummary, fieldError, type Problem } from '../../shared/ui/error-summary.js';
import { callLink, link, linkStyles } from '../../shared/ui/links.js';
import { uiStrings } from '../../shared/ui/ui.strings.js';
import { visuallyHiddenStyles } from '../../shared/visually-hidden.js';
import { scholarshipStrings } from './scholarship-check.strings.js';
import { scholarshipStyles } from './scholarship-check.styles.js';
import { LatestLoad } from '../../shared/latest-load.js';

/** Fired when the outcome is shown. */
export const SCHOLARSHIP_RESULT_EVENT = 'recovery-scholarship-result';
export interface ScholarshipResultDetail {
  outcome: Decision['outcome'];
}

type Screen = 'intro' | 'question' | 'summary' | 'outcome';

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
  static override styles = [baseStyles, cardStyles, buttonStyles, choiceStyles, errorStyles, linkStyles, crisisStyles, visuallyHiddenStyles, scholarshipStyles];

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
      if (changed.has(name) && value && !safeUrl(value)) this.reportConfigError(attribute, `"${value}" is not an allowed link; ignoring it`);
    }
    if (changed.has('src') || !this.hasUpdated) this.load();
  }

  protected override updated(): void {
    if (!this.moveFocus) return;
    this.moveFocus = false;
    // Headings and the error summary take focus (so screen readers start there) but are not tab stops.
    this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  private async load(): Promise<void> {
    const isLatest = this.#loads.start();
    const [loaded] = await Promise.all([loadConfig(this, typeof this.src === 'string' ? this.src : undefined, valid), this.localize.ready()]);
    // A site's rule set goes through the validator; without one, the built-in template
    // (checked by the tests) is used. Each is a file of its own, loaded only when needed.
    const from = loaded?.from ?? 'the built-in rule set';
    let checked: LoadedConfig<RuleSet>;
    try {
      checked = { from, ...(loaded ? (loaded.ok ? await checkRuleSet(loaded.value) : loaded) : valid((await import('../../data/colorado-scholarship.js')).COLORADO_SCHOLARSHIP)) };
    } catch (error) {
      checked = { from, ok: false, error: `could not be loaded (${(error as Error).message})` };
    }
    // A newer `src` may have been set while this one was loading.
    if (!isLatest()) return;
    this.configError = false;
    if (!checked.ok) {
      this.reportConfigError(checked.from, checked.error, { fatal: true });
      this.ruleSet = undefined;
      return;
    }
    this.ruleSet = checked.value;
    this.restart(false);
  }

  /** Clears every answer and returns to the intro. */
  restart(focus = true): void {
    this.answers = {};
    this.errors = [];
    this.decision = undefined;
    this.changing = false;
    this.show('intro', '', focus);
  }

  /**
   * A quick exit, or the page coming back from the back/forward cache: every answer goes,
   * and the check starts again from its intro (without taking focus: the visitor did not ask).
   */
  protected override forget(): void {
    this.restart(false);
  }

  private show(screen: Screen, current = this.current, focus = true): void {
    this.screen = screen;
    this.current = current;
    this.moveFocus = focus;
  }

  /** The questions asked that have an answer, in order (all of them, unless the outcome came early). */
  private get answered(): Question[] {
    return this.ruleSet ? askedQuestions(this.ruleSet, this.answers).filter((question) => this.answers[question.id] !== undefined) : [];
  }

  private get question(): Question | undefined {
    return this.ruleSet?.questions.find((question) => question.id === this.current);
  }

  private text(value: LocalText): string {
    return localText(value, this.localize.lang);
  }

  /** Reads and checks the answer on screen: the answer, or the problems to show. */
  private read(form: HTMLFormElement, question: Question): Answer | Problem[] {
    const t = this.localize;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '');
    const id = question.id;
    if (question.type === 'yes-no' || question.type === 'choice') {
      return value('answer') || [{ field: `${id}-0`, message: t.term('errChoose') }];
    }
    if (question.type === 'number') {
      const number = parseWholeNumber(value('answer'));
      return number ?? [{ field: id, message: t.term('errNumber') }];
    }
    const size = parseWholeNumber(value('size'));
    // A blank income means "I don't know" (the hint says so); the rule set decides what that means.
    const amount = value('amount').trim() ? parseWholeNumber(value('amount')) : null;
    const errors: Problem[] = [];
    if (!size || size > 20) errors.push({ field: `${id}-size`, message: t.term('errSize') });
    if (amount === undefined) errors.push({ field: `${id}-amount`, message: t.term('errAmount') });
    return errors.length ? errors : { size: size!, amount: amount! };
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const question = this.question!;
    const answer = this.read(event.target as HTMLFormElement, question);
    if (Array.isArray(answer)) {
      this.errors = answer;
      this.moveFocus = true;
      return;
    }
    this.errors = [];
    this.answers = { ...this.answers, [question.id]: answer };
    // From "check your answers", go only where the change opened a new question, then back.
    const ruleSet = this.ruleSet!;
    const asked = askedQuestions(ruleSet, this.answers);
    const next = this.changing ? nextUnanswered(ruleSet, this.answers, question.id) : asked[asked.indexOf(question) + 1];
    // An answer that rules the visitor out ends the questions at once.
    if (decidedEarly(ruleSet, this.answers)) this.showOutcome();
    else if (next) this.show('question', next.id);
    else this.showSummary();
  }

  /** Back never saves what is on screen (as on GOV.UK): saved answers stay as they were. */
  private back(): void {
    this.errors = [];
    const asked = this.answered;
    if (this.screen === 'summary') this.show('question', asked[asked.length - 1].id);
    else if (this.changing) this.showSummary();
    else {
      const all = askedQuestions(this.ruleSet!, this.answers);
      const previous = all[all.findIndex((candidate) => candidate.id === this.current) - 1];
      this.show(previous ? 'question' : 'intro', previous?.id ?? '');
    }
  }

  private change(id: string): void {
    this.changing = true;
    this.show('question', id);
  }

  private showSummary(): void {
    this.changing = false;
    this.show('summary', '');
  }

  /**
   * The outcome: decided early, or from every answer. Should a question still lack an answer
   * and nothing be decided yet (Back from a change that opened one), it is asked first.
   */
  private showOutcome(): void {
    const ruleSet = this.ruleSet!;
    const next = nextUnanswered(ruleSet, this.answers);
    const decision = decidedEarly(ruleSet, this.answers) ?? (next ? undefined : decide(ruleSet, this.answers));
    if (!decision) return this.show('question', next!.id);
    this.decision = decision;
    this.changing = false;
    this.show('outcome', '');
    emit<ScholarshipResultDetail>(this, SCHOLARSHIP_RESULT_EVENT, { outcome: decision.outcome });
  }

  /** The answer as the summary shows it: numbers and money as people read them in the visitor's language. */
  private answerText(question: Question): string {
    const t = this.localize;
    const answer = this.answers[question.id];
    if (typeof answer === 'number') return formatNumber(answer, t.lang);
    if (typeof answer === 'object') {
      const people = plural(t, 'people', { count: answer.size });
      return `${people}; ${answer.amount === null ? t.term('incomeUnknown') : t.term('perYear', { amount: formatNumber(answer.amount, t.lang, true) })}`;
    }
    const option = question.options?.find((candidate) => candidate.value === answer);
    return option ? this.text(option.label) : t.term(answer as 'yes');
  }

  /** The primary button (submitting the form when it has no handler), then Back except on the intro. */
  private actions(label: string, onClick?: () => void) {
    return html`<div class="actions">
      <button type=${onClick ? 'button' : 'submit'} class="primary" part="button" @click=${onClick}>${label}</button>
      ${this.screen === 'intro' ? nothing : html`<button type="button" class="button" @click=${this.back}>${this.localize.term('back')}</button>`}
    </div>`;
  }

  private renderIntro() {
    const t = this.localize;
    const minutes = Math.max(2, Math.ceil(this.ruleSet!.questions.length / 3));
    return html`
      ${screenHeading(t.term('title'), LEVEL)}
      <p>${t.term('introWhat')}</p>
      <p>${t.term('introNot')} ${t.term('time', { minutes: formatNumber(minutes, t.lang) })}</p>
      <p class="note">${t.term('introPrivate')}</p>
      ${this.actions(t.term('start'), () => this.show('question', askedQuestions(this.ruleSet!, this.answers)[0].id))}
    `;
  }

  /** A labelled text field for a whole number (the number question, household size, income), with its problem above it. */
  private numberField(id: string, name: string, label: unknown, hint?: string, value?: number | null) {
    const error = this.errors.find((problem) => problem.field === id)?.message;
    const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing} ${error ? fieldError(this.localize, `${id}-error`, error) : nothing}
      <input
        id=${id}
        name=${name}
        inputmode="numeric"
        autocomplete="off"
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
        value=${value ?? ''}
      />
    </div>`;
  }

  private renderFields(question: Question) {
    const t = this.localize;
    const { id, type } = question;
    const answer = this.answers[id];
    const label = screenHeading(this.text(question.label), LEVEL);
    const hint = question.hint && this.text(question.hint);
    if (type === 'number') return this.numberField(id, 'answer', label, hint, answer as number);
    if (type === 'income') {
      const income = typeof answer === 'object' ? answer : undefined;
      return html`<fieldset aria-describedby=${hint ? `${id}-hint` : nothing}>
        <legend>${label}</legend>
        ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
        ${this.numberField(`${id}-size`, 'size', t.term('sizeLabel'), t.term('sizeHint'), income?.size)}
        ${this.numberField(`${id}-amount`, 'amount', t.term('amountLabel'), t.term('amountHint'), income?.amount)}
      </fieldset>`;
    }
    return choiceGroup(t, {
      legend: label,
      name: 'answer',
      id,
      hint,
      error: this.errors[0]?.message,
      choices: answerValues(question).map((value, index) => ({
        value,
        id: `${id}-${index}`,
        label: question.options ? this.text(question.options[index].label) : t.term(value as 'yes'),
      })),
      checked: (value) => answer === value,
    });
  }

  private renderQuestion(question: Question) {
    // Each question gets a form of its own: nothing typed or clicked on one shows on the next
    // (fields keep what the visitor did to them when a template is reused).
    return keyed(
      question.id,
      html`${errorSummary(this.localize, this.errors, LEVEL)}
        <form part="form" novalidate @submit=${this.onSubmit}>${this.renderFields(question)} ${this.actions(this.localize.term('continue'))}</form>`,
    );
  }

  private renderSummary() {
    const t = this.localize;
    return html`
      ${screenHeading(t.term('summaryTitle'), LEVEL)}
      <dl part="summary">
        ${this.answered.map((question) => {
          const label = this.text(question.label);
          return html`<div class="row">
            <dt>${label}</dt>
            <dd>${this.answerText(question)}</dd>
            <dd class="change">
              <button type="button" class="link" aria-label="${t.term('change')}: ${label}" @click=${() => this.change(question.id)}>${t.term('change')}</button>
            </dd>
          </div>`;
        })}
      </dl>
      ${this.actions(t.term('seeResult'), () => this.showOutcome())}
    `;
  }

  /**
   * The outcome with its reasons, and a next step that is never a dead end: apply, else call,
   * else the `intake` slot (or, without one, where on the page to find us). The sentence
   * always says what the links under it do.
   */
  private renderOutcome({ outcome, reasons }: Decision) {
    const t = this.localize;
    const phone = [this.phone, this.provider?.phone].find((number) => dialHref('tel', number));
    const apply = safeUrl(this.applyHref) ?? this.provider?.applyHref;
    const finder = safeUrl(this.finderHref);
    const contact = phone ? callLink(t, phone) : t.term(this.querySelector(':scope > [slot="intake"]') ? 'contactBelow' : 'contactPage');
    const next =
      outcome === 'ineligible'
        ? html`<h4 class="subheading">${t.term('helpTitle')}</h4>
            <ul class="help-list">
              ${finder ? html`<li>${link(t, finder, t.term('finder'))}</li>` : nothing}
              <li>${t.term('samhsa')} ${callLink(t, SAMHSA_HELPLINE.call)}</li>
              <li>${t.term('changed')} ${contact}</li>
            </ul>`
        : html`<h4 class="subheading">${t.term('nextTitle')}</h4>
            ${apply
              ? html`<p>${t.term(phone ? 'nextApplyCall' : 'nextApply')}</p>
                  <div class="actions"><a class="primary" part="button" href=${apply}>${t.term('apply')}</a>${callLink(t, phone, undefined, 'button')}</div>`
              : phone
                ? html`<p>${t.term('nextCall')}</p>
                    <div class="actions">${callLink(t, phone, 'button', 'primary')}</div>`
                : html`<p>${t.term('nextContact')} ${contact}</p>`}`;
    return html`
      <div class="callout ${outcome}" part="outcome">
        ${screenHeading(t.term(`${outcome}Title`), LEVEL)}
        <ul>
          ${reasons.length ? reasons.map((rule) => html`<li>${this.text(rule.reason)}</li>`) : html`<li>${t.term('eligibleReason')}</li>`}
        </ul>
        <p class="note">${t.term('notDecision')}</p>
      </div>
      ${next}
      <slot name="intake" @slotchange=${() => this.requestUpdate()}></slot>
      <div class="actions">
        <button type="button" class="link" @click=${this.showSummary}>${t.term('changeAnswers')}</button>
        <button type="button" class="link" @click=${() => this.restart()}>${t.term('restart')}</button>
      </div>
    `;
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
          ? this.renderSummary()
          : this.screen === 'outcome' && this.decision
            ? this.renderOutcome(this.decision)
            : this.renderIntro();
    return html`
      <div class="base card" part="base" data-theme=${this.resolvedTheme} lang=${t.lang}>
        ${this.renderQuickExit()} ${this.renderConfigError(t.term('unavailable'))} ${body} ${crisisLines(t, this.provider?.crisisLines)}
      </div>
    `;
  }
}
