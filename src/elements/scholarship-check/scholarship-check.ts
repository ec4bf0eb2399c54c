import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { safeUrl } from '../../core/config.js';
import {
  askedQuestions,
  answerValues,
  checkRuleSet,
  decide,
  nextUnanswered,
  parseWholeNumber,
  type Answer,
  type Decision,
  type LocalizedText,
  type Question,
  type RuleSet,
} from '../../core/scholarship-rules.js';
import { COLORADO_SCHOLARSHIP } from '../../data/colorado-scholarship.js';
import { SAMHSA_HELPLINE } from '../../data/crisis-lines.js';
import { dialHref } from '../../core/phone.js';
import { loadConfig } from '../../shared/config-source.js';
import { emit } from '../../shared/emit.js';
import { Localize, plural } from '../../shared/localize.js';
import { SensitiveElement } from '../../shared/sensitive-element.js';
import { buttonStyles } from '../../shared/ui/buttons.js';
import { baseStyles } from '../../shared/theme.js';
import { scholarshipStrings } from './scholarship-check.strings.js';
import { scholarshipStyles } from './scholarship-check.styles.js';

/** Fired when the outcome is shown. */
export const SCHOLARSHIP_RESULT_EVENT = 'recovery-scholarship-result';
export interface ScholarshipResultDetail {
  outcome: Decision['outcome'];
}

const SAMHSA_PHONE = SAMHSA_HELPLINE.call!;
const tel = (number: string) => dialHref('tel', number)!;

type Screen = 'intro' | 'question' | 'summary' | 'outcome';

/** A validation message and the id of the field it belongs to (the error summary links there). */
interface FieldError {
  field: string;
  message: string;
}

/**
 * @tagname recovery-scholarship-check
 * @summary A recovery-housing scholarship eligibility check, one question per screen, driven by a declarative rule set.
 *
 * @description An intro, one question per screen (Back, Continue), a "check your answers"
 * summary with Change links, then the outcome (`eligible`: likely eligible; `review`: we'd
 * like to talk; `ineligible`: this may not fit, here is other help) with its reasons and next
 * steps. The rules come from a child `<script type="application/json">`, else the `src` URL,
 * else the built-in Colorado template; they are checked at load and a broken rule set is
 * reported in the console, naming the rule or question at fault. Answers stay in memory in
 * the browser: nothing is stored or sent, and the event carries only the outcome.
 *
 * @slot - One `<script type="application/json">` holding a rule set.
 * @slot intake - Shown with the outcome's next steps, e.g. a `<recovery-intake>`.
 *
 * @event recovery-scholarship-result - The outcome was shown. `detail: {outcome: "eligible" | "review" | "ineligible"}`; never the answers.
 *
 * @csspart base - The widget's box: colours, font, radius.
 * @csspart heading - The heading of each screen.
 * @csspart form - The form of a question screen.
 * @csspart error-summary - The list of problems shown above a question.
 * @csspart summary - The "check your answers" list.
 * @csspart outcome - The outcome panel.
 * @csspart button - Primary buttons (Start, Continue, See my result) and the apply link.
 * @csspart error - The message shown when the rule set could not be loaded.
 *
 * @cssprop --recovery-color-text - Text colour.
 * @cssprop --recovery-color-muted - Hints and notes.
 * @cssprop --recovery-color-surface - Background of the widget.
 * @cssprop --recovery-color-surface-alt - Background of the outcome panel.
 * @cssprop --recovery-color-border - Lines and panel borders.
 * @cssprop --recovery-color-control-border - Borders of inputs and radio buttons.
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
 * @cssprop --recovery-scholarship-heading-font-size - Size of each screen's heading (default 1.375em).
 */
export class RecoveryScholarshipCheck extends SensitiveElement {
  static override styles = [baseStyles, buttonStyles, scholarshipStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    applyHref: { attribute: 'apply-href' },
    phone: {},
    finderHref: { attribute: 'finder-href' },
    ruleSet: { state: true },
    screen: { state: true },
    current: { state: true },
    answers: { state: true },
    errors: { state: true },
    decision: { state: true },
  };

  /** URL of a rule set as JSON (used when there is no child JSON script). */
  src?: string;

  /** Link to the scholarship application. Defaults to the provider's `apply-href`. */
  applyHref?: string;

  /** Phone number to call about the scholarship. Defaults to the provider's `phone`. */
  phone?: string;

  /** Link to the page with the support-group finder, offered when the scholarship does not fit. */
  finderHref?: string;

  private ruleSet?: RuleSet;
  private screen: Screen = 'intro';
  /** The id of the question on screen. */
  private current = '';
  /** Held in memory only: never stored, sent, or put in an event. */
  private answers: Record<string, Answer> = {};
  private errors: FieldError[] = [];
  private decision?: Decision;

  private readonly localize = new Localize(this, scholarshipStrings);
  /** The question was reached from "check your answers": Continue returns there. */
  private changing = false;
  /** Move focus to the new screen's heading (or the error summary) after the next render. */
  private moveFocus = false;
  private loads = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || !this.hasUpdated) this.load();
    for (const [property, attribute] of [['applyHref', 'apply-href'], ['finderHref', 'finder-href']] as const) {
      const value = this[property];
      if (changed.has(property) && value && !safeUrl(value)) this.reportConfigError(attribute, `"${value}" is not an allowed link; ignoring it`);
    }
  }

  protected override updated(changed: PropertyValues): void {
    // Questions share one form: a new question starts from its saved answer (the inputs'
    // default values), not from what was typed into the previous one.
    if (changed.has('current')) this.renderRoot.querySelector('form')?.reset();
    if (!this.moveFocus) return;
    this.moveFocus = false;
    // Headings and the error summary take focus (so screen readers start there) but are not tab stops.
    const target = this.renderRoot.querySelector<HTMLElement>('[data-focus]');
    if (target) target.tabIndex = -1;
    target?.focus();
  }

  private async load(): Promise<void> {
    const load = ++this.loads;
    const loaded = await loadConfig(this, this.src, checkRuleSet);
    // A newer `src` may have been set while this one was loading.
    if (load !== this.loads) return;
    // The built-in template is checked by the tests, so only a site's rule set can fail here.
    const checked = loaded ?? { ok: true as const, value: COLORADO_SCHOLARSHIP, from: '' };
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
    this.changing = false;
    this.show('intro', '', focus);
  }

  private show(screen: Screen, current = this.current, focus = true): void {
    this.screen = screen;
    this.current = current;
    this.moveFocus = focus;
  }

  private get asked(): Question[] {
    return this.ruleSet ? askedQuestions(this.ruleSet, this.answers) : [];
  }

  private get question(): Question | undefined {
    return this.ruleSet?.questions.find((question) => question.id === this.current);
  }

  private text(value: LocalizedText): string {
    return value[this.localize.lang] ?? value.en;
  }

  /** Reads and checks the answer on screen: the answer, or the problems to show. */
  private read(form: HTMLFormElement, question: Question): Answer | FieldError[] {
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
    const errors: FieldError[] = [];
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
    const asked = this.asked;
    const next = this.changing ? nextUnanswered(this.ruleSet!, this.answers, question.id) : asked[asked.indexOf(question) + 1];
    if (next) this.show('question', next.id);
    else this.showSummary();
  }

  /** Back never saves what is on screen (as on GOV.UK): saved answers stay as they were. */
  private back(): void {
    this.errors = [];
    const asked = this.asked;
    if (this.screen === 'summary') this.show('question', asked[asked.length - 1].id);
    else if (this.changing) this.showSummary();
    else {
      const previous = asked[asked.findIndex((candidate) => candidate.id === this.current) - 1];
      if (previous) this.show('question', previous.id);
      else this.show('intro', '');
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

  private showOutcome(): void {
    this.decision = decide(this.ruleSet!, this.answers);
    this.show('outcome', '');
    emit<ScholarshipResultDetail>(this, SCHOLARSHIP_RESULT_EVENT, { outcome: this.decision.outcome });
  }

  /** The error summary's links move focus to the field (a `#id` link would change the host page's URL). */
  private focusField(event: Event, field: string): void {
    event.preventDefault();
    (this.renderRoot as ShadowRoot).getElementById(field)?.focus();
  }

  /** The answer as the summary shows it. */
  private answerText(question: Question): string {
    const t = this.localize;
    const answer = this.answers[question.id];
    if (typeof answer === 'number') return answer.toLocaleString(t.lang);
    if (typeof answer === 'object') {
      const people = plural(t, 'people', { count: answer.size });
      if (answer.amount === null) return `${people}; ${t.term('incomeUnknown')}`;
      return `${people}; ${t.term('perYear', { amount: `$${answer.amount.toLocaleString(t.lang)}` })}`;
    }
    const option = question.options?.find((candidate) => candidate.value === answer);
    return option ? this.text(option.label) : t.term(answer as 'yes');
  }

  /**
   * A screen's heading (level 3: the widget usually sits in a page section under an h2), or
   * with `focus` false one of the outcome's sub-headings (level 4).
   */
  private heading(text: string, focus = true): TemplateResult {
    return html`<span class="heading" part="heading" role="heading" aria-level=${focus ? 3 : 4} ?data-focus=${focus}>${text}</span>`;
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
    return html`
      ${this.heading(t.term('title'))}
      <p>${t.term('introWhat')}</p>
      <p>${t.term('introNot')}</p>
      <p>${t.term('time', { minutes: Math.max(2, Math.ceil(this.ruleSet!.questions.length / 3)) })}</p>
      <p>${t.term('introPrivate')}</p>
      ${this.actions(t.term('start'), () => this.show('question', this.asked[0].id))}
    `;
  }

  /**
   * `aria-describedby` for a field: its hint and, when it has a problem, the problem's line
   * in the error summary just above (so the message is read again when the field is reached).
   */
  private describedBy(field: string, hint?: string): string | typeof nothing {
    const error = this.errors.some((candidate) => candidate.field === field) && `${field}-error`;
    return [hint, error].filter(Boolean).join(' ') || nothing;
  }

  /** A labelled text field for a whole number (the number question, household size, income). */
  private renderNumberField(id: string, name: string, label: unknown, hint: string | undefined, value?: number | null) {
    const hintId = hint && `${id}-hint`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing}
      <input
        id=${id}
        name=${name}
        inputmode="numeric"
        autocomplete="off"
        aria-invalid=${this.errors.some((error) => error.field === id) ? 'true' : nothing}
        aria-describedby=${this.describedBy(id, hintId)}
        value=${value ?? ''}
      />
    </div>`;
  }

  private renderFields(question: Question) {
    const t = this.localize;
    const { id, type } = question;
    const answer = this.answers[id];
    const label = this.heading(this.text(question.label));
    const hint = question.hint && this.text(question.hint);
    const hintId = hint ? `${id}-hint` : undefined;
    if (type === 'number') return this.renderNumberField(id, 'answer', label, hint, answer as number);
    const income = typeof answer === 'object' ? answer : undefined;
    const values = answerValues(question);
    return html`<fieldset aria-describedby=${type === 'income' ? (hintId ?? nothing) : this.describedBy(`${id}-0`, hintId)}>
      <legend>${label}</legend>
      ${hint ? html`<p class="hint" id=${hintId!}>${hint}</p>` : nothing}
      ${type === 'income'
        ? html`${this.renderNumberField(`${id}-size`, 'size', t.term('sizeLabel'), t.term('sizeHint'), income?.size)}
          ${this.renderNumberField(`${id}-amount`, 'amount', t.term('amountLabel'), t.term('amountHint'), income?.amount)}`
        : html`<div class="options">
              ${values.map(
                (value, index) => html`<div class="option">
                  <input type="radio" id="${id}-${index}" name="answer" value=${value} ?checked=${answer === value} />
                  <label for="${id}-${index}">${question.options ? this.text(question.options[index].label) : t.term(value as 'yes')}</label>
                </div>`,
              )}
            </div>`}
    </fieldset>`;
  }

  private renderQuestion(question: Question) {
    const t = this.localize;
    return html`
      ${this.errors.length
        ? html`<div class="error-summary" part="error-summary" role="alert" data-focus>
            <p class="error-title">${t.term('errorTitle')}</p>
            <ul>
              ${this.errors.map(
                ({ field, message }) => html`<li><a id="${field}-error" href="#${field}" @click=${(event: Event) => this.focusField(event, field)}>${message}</a></li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${this.renderFields(question)}
        ${this.actions(t.term('continue'))}
      </form>
    `;
  }

  private renderSummary() {
    const t = this.localize;
    return html`
      ${this.heading(t.term('summaryTitle'))}
      <dl class="summary" part="summary">
        ${this.asked.map((question) => {
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

  private renderOutcome({ outcome, reasons }: Decision) {
    const t = this.localize;
    const phone = this.phone || this.provider?.phone;
    const apply = safeUrl(this.applyHref) ?? this.provider?.applyHref;
    const finder = safeUrl(this.finderHref);
    const links = [
      outcome !== 'ineligible' && apply ? html`<a class="primary" part="button" href=${apply}>${t.term('apply')}</a>` : nothing,
      phone ? html`<a class="button" href=${tel(phone)}>${t.term('call', { phone })}</a>` : nothing,
    ];
    return html`
      <div class="outcome ${outcome}" part="outcome">
        ${this.heading(t.term(`${outcome}Title`))}
        <ul>
          ${reasons.map((rule) => html`<li>${this.text(rule.reason)}</li>`)}
        </ul>
        <p class="note">${t.term('notDecision')}</p>
      </div>
      ${this.heading(t.term('nextTitle'), false)}
      <p>${t.term(outcome === 'ineligible' ? 'ineligibleNext' : 'next')}</p>
      <div class="actions">${links}</div>
      ${outcome === 'ineligible'
        ? html`${this.heading(t.term('otherHelpTitle'), false)}
            <ul>
              ${finder ? html`<li><a href=${finder}>${t.term('finder')}</a></li>` : nothing}
              <li>${t.term('samhsa')} <a href=${tel(SAMHSA_PHONE)}>${SAMHSA_PHONE}</a></li>
            </ul>`
        : nothing}
      <slot name="intake"></slot>
      <div class="actions">
        <button type="button" class="link" @click=${this.showSummary}>${t.term('changeAnswers')}</button>
        <button type="button" class="link" @click=${() => this.restart()}>${t.term('restart')}</button>
      </div>
    `;
  }

  protected override render() {
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
      <div class="base" part="base" data-theme=${this.resolvedTheme} lang=${this.localize.lang}>
        ${this.renderQuickExit()}
        ${this.renderConfigError(this.localize.term('unavailable'))} ${body}
      </div>
    `;
  }
}
