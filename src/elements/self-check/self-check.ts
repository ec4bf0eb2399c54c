import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { safeUrl } from '../../core/config.js';
import { checkItemSet, readProgress, scoreAnswers, setKey, type ItemSet, type NextStep } from '../../core/self-check.js';
import { DEFAULT_CRISIS_LINES } from '../../data/crisis-lines.js';
import { SELF_CHECK_ITEMS } from '../../data/self-check-items.js';
import { loadJson, ORIGIN_NAMES } from '../../shared/config-source.js';
import { emit } from '../../shared/emit.js';
import { Localize } from '../../shared/localize.js';
import { RecoveryElement } from '../../shared/recovery-element.js';
import { baseStyles, visuallyHiddenStyles } from '../../shared/theme.js';
import { QUICK_EXIT_EVENT } from '../quick-exit/quick-exit.js';
import { selfCheckStrings } from './self-check.strings.js';
import { selfCheckStyles } from './self-check.styles.js';

/** Fired once when the visitor reaches their result. Never carries the answers. */
export const SELF_CHECK_COMPLETE_EVENT = 'recovery-self-check-complete';
export interface SelfCheckCompleteDetail {
  /** The band's `id` (`few`, `some` or `many` for the built-in set). */
  band: string;
  score: number;
  max: number;
}

export const SELF_CHECK_MODES = ['steps', 'list'] as const;
export type SelfCheckMode = (typeof SELF_CHECK_MODES)[number];

/** The intro screen in `steps` mode; statements are 0 … n-1. */
const INTRO = -1;
/** Where the heading of a new screen is: focus goes there so a screen reader starts reading it. */
const HEADING = '[data-focus]';

/**
 * @tagname recovery-self-check
 * @summary A private, kind, non-diagnostic self-check for partners and families: twelve statements, three neutral results.
 *
 * @description The visitor rates twelve original statements (Never / Sometimes / Often /
 * Almost always) and gets one of three neutral results ("few / some / many of these
 * patterns right now") with what it may mean and next steps. "This is not a diagnosis"
 * comes before the first statement and again with the result; crisis and safety lines are
 * one button away on every screen. Answers never leave the browser and are stored nowhere
 * unless the site opts in with `remember` (then in `sessionStorage`, until finished or
 * cleared). A child `<script type="application/json">` or `src` may replace the item set
 * (a provider's licensed scale); see the README for the schema. Crisis lines come from the
 * provider's JSON, else the built-in ones.
 *
 * @slot - One optional `<script type="application/json">` holding an item set.
 *
 * @event recovery-self-check-complete - The visitor reached a result. `detail: {band: string, score: number, max: number}`, never the answers.
 *
 * @csspart base - The widget's box: colours, font, radius.
 * @csspart screen - The current screen: intro, one statement, the list, or the result.
 * @csspart result - The result screen.
 * @csspart option - One answer: its radio button and label.
 * @csspart button - The main button of each screen (Start, Next, See my result).
 * @csspart crisis - The crisis and safety lines, and the button that shows them.
 * @csspart error - The message shown when the item set could not be loaded.
 *
 * @cssprop --recovery-color-text - Text colour.
 * @cssprop --recovery-color-muted - Secondary text (progress, notes).
 * @cssprop --recovery-color-surface - Background of the widget.
 * @cssprop --recovery-color-surface-alt - Background of the notice and of a chosen answer.
 * @cssprop --recovery-color-border - Lines around the widget, answers and help lines.
 * @cssprop --recovery-color-control-border - Border of secondary buttons and hovered answers.
 * @cssprop --recovery-color-accent - Main buttons, links, radio buttons, the progress bar.
 * @cssprop --recovery-color-on-accent - Text on the main buttons.
 * @cssprop --recovery-color-error - "Choose an answer" messages.
 * @cssprop --recovery-color-focus - Focus ring colour.
 * @cssprop --recovery-focus-ring-width - Focus ring width (default 3px).
 * @cssprop --recovery-radius - Corner radius.
 * @cssprop --recovery-space - Base spacing unit (default 1rem).
 * @cssprop --recovery-font-family - Font family (default: inherited from the page).
 * @cssprop --recovery-font-size - Base font size (default 1rem).
 * @cssprop --recovery-line-height - Line height (default 1.5).
 * @cssprop --recovery-self-check-statement-font-size - Size of the statement on each step (default 1.25rem).
 */
export class RecoverySelfCheck extends RecoveryElement {
  static override styles = [baseStyles, visuallyHiddenStyles, selfCheckStyles];

  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    remember: { type: Boolean },
    src: {},
    quickExit: { type: Boolean, attribute: 'quick-exit' },
    groupsHref: { attribute: 'groups-href' },
    ownSet: { state: true },
    loaded: { state: true },
    answers: { state: true },
    at: { state: true },
    finished: { state: true },
    invalid: { state: true },
    crisisOpen: { state: true },
    status: { state: true },
  };

  /** `steps`: an intro, then one statement per screen (default). `list`: every statement on one screen. */
  mode: SelfCheckMode = 'steps';

  /** Keep answers in `sessionStorage` until the visitor finishes or starts over. Without it nothing is stored anywhere. */
  remember = false;

  /** URL of an item set as JSON, used when there is no child JSON script. */
  src?: string;

  /** Show the "Leave this page" quick exit at the top (also shown when the provider sets `quick-exit`). */
  quickExit = false;

  /** Link for the "find a support group" next steps: the page with your group finder, say. */
  groupsHref?: string;

  /** The site's item set, from JSON; the built-in one is used without it. */
  private ownSet?: ItemSet;
  /** Set once the JSON (if any) has been read: until then there is nothing to show. */
  private loaded = false;
  /** One answer (an option's value) per statement; `null` while unanswered. Held in memory only, unless `remember`. */
  private answers: Array<number | null> = [];
  /** The screen in steps mode: INTRO, or the statement shown. */
  private at = INTRO;
  /** The result is showing. */
  private finished = false;
  /** Statements whose missing answer is being pointed out. */
  private invalid: number[] = [];
  /** The crisis and safety lines are unfolded. */
  private crisisOpen = false;
  /** What the polite live region says: "Your result: Some of these patterns right now", "Your answers were cleared." */
  private status = '';

  private readonly localize = new Localize(this, selfCheckStrings);
  /** Counts loads, so a slow `src` answering after a newer one is ignored. */
  private loads = 0;
  /** The statement saved progress resumes at, if there is any. */
  private resumeAt?: number;
  /** What to focus after the next render, when the visitor moved to a new screen. */
  private focusTarget?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // A visitor leaving in a hurry must not leave their answers behind in this tab.
    document.addEventListener(QUICK_EXIT_EVENT, this.forget);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(QUICK_EXIT_EVENT, this.forget);
  }

  /** Clears every answer, and any stored copy, and goes back to the beginning. */
  startOver(): void {
    this.answers = this.answers.map(() => null);
    this.resumeAt = undefined;
    this.finished = false;
    this.invalid = [];
    this.go(INTRO);
    this.status = this.localize.term('cleared');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || !this.hasUpdated) this.load();
    if (changed.has('mode') && !SELF_CHECK_MODES.includes(this.mode)) {
      this.reportConfigError('mode', `"${this.mode}" is not one of ${SELF_CHECK_MODES.join(', ')}; using steps`);
    }
    if (changed.has('groupsHref') && this.groupsHref && !safeUrl(this.groupsHref)) {
      this.reportConfigError('groups-href', `"${this.groupsHref}" is not an https:, http:, tel:, sms:, mailto: or relative URL; leaving the link out`);
    }
    // First load, a new `src`, or a language whose set has another length: start afresh.
    const set = this.set;
    if (set && this.answers.length !== set.items.length) this.restore(set);
  }

  protected override updated(): void {
    if (this.focusTarget) this.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus();
    this.focusTarget = undefined;
  }

  private async load(): Promise<void> {
    const load = ++this.loads;
    const loaded = await loadJson(this, this.src);
    // A newer `src` may have been set while this one was loading.
    if (load !== this.loads) return;
    const checked = !loaded.found ? undefined : 'error' in loaded ? { ok: false as const, error: loaded.error } : checkItemSet(loaded.data);
    this.configError = false;
    this.answers = [];
    this.loaded = true;
    if (checked?.ok === false) {
      // A provider that asked for its own (licensed) scale must not silently get ours instead.
      this.reportConfigError(ORIGIN_NAMES[loaded.found ? loaded.origin : 'src'], checked.error, { fatal: true });
    }
    this.ownSet = checked?.ok ? checked.value : undefined;
  }

  /** The item set to show: the site's, else the built-in one in the widget's language. */
  private get set(): ItemSet | undefined {
    if (!this.loaded || this.configError) return undefined;
    return this.ownSet ?? SELF_CHECK_ITEMS[this.localize.lang === 'es' ? 'es' : 'en'];
  }

  /** Fresh answers, or those this tab kept when the site opted in with `remember`. */
  private restore(set: ItemSet): void {
    const saved = readProgress(set, this.storage());
    this.answers = saved?.answers ?? set.items.map(() => null);
    this.resumeAt = saved?.at;
    this.at = INTRO;
    this.finished = false;
    this.invalid = [];
  }

  /**
   * The only code that touches storage, and only with `remember`: reads the saved progress
   * without `value`, writes it with one, removes it with `null`. Storage may be switched
   * off or full (private windows); the check then works from memory alone.
   */
  private storage(value?: string | null): string | null {
    const set = this.set;
    if (!this.remember || !set) return null;
    const key = `recovery-self-check:${setKey(set)}`;
    try {
      if (value === undefined) return sessionStorage.getItem(key);
      if (value === null) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, value);
    } catch {
      // Nothing to do: the answers stay in memory.
    }
    return null;
  }

  private readonly forget = (): void => {
    this.storage(null);
  };

  /** Shows another screen (steps mode), saves where the visitor is, and moves focus to its heading. */
  private go(at: number): void {
    this.at = at;
    this.focusTarget = HEADING;
    const answered = this.answers.some((answer) => answer !== null);
    this.storage(answered && !this.finished ? JSON.stringify({ answers: this.answers, at: Math.max(at, 0) }) : null);
  }

  private choose(index: number, value: number): void {
    this.answers = this.answers.map((answer, n) => (n === index ? value : answer));
    this.invalid = this.invalid.filter((n) => n !== index);
    this.go(this.at);
    this.focusTarget = undefined;
  }

  private start(): void {
    this.status = '';
    this.go(this.resumeAt ?? 0);
  }

  private onNext(event: SubmitEvent): void {
    event.preventDefault();
    if (this.answers[this.at] === null) {
      this.invalid = [this.at];
      this.focusTarget = 'input';
    } else if (this.at < this.answers.length - 1) this.go(this.at + 1);
    else this.finish();
  }

  private onBack(): void {
    this.invalid = [];
    this.go(this.at - 1);
  }

  private onSubmitList(event: SubmitEvent): void {
    event.preventDefault();
    this.invalid = this.answers.flatMap((answer, index) => (answer === null ? [index] : []));
    if (this.invalid.length) this.focusTarget = '.summary';
    else this.finish();
  }

  private finish(): void {
    const { band, score, max } = scoreAnswers(this.set!, this.answers)!;
    this.finished = true;
    // Finished means forgotten: a stored copy would outlive its use.
    this.go(this.at);
    this.resumeAt = undefined;
    this.status = `${this.localize.term('result')}: ${band.title}`;
    emit<SelfCheckCompleteDetail>(this, SELF_CHECK_COMPLETE_EVENT, { band: band.id, score, max });
  }

  /** Back from the help lines to the screen the visitor was on, answers untouched. */
  private closeCrisis(): void {
    this.crisisOpen = false;
    this.focusTarget = HEADING;
  }

  /** The `talk` link: the provider's scheduling page, else a call to its phone. */
  private talkLink(): [string, string] | [] {
    const { scheduleHref, phone } = this.provider ?? {};
    return scheduleHref ? [scheduleHref, this.localize.term('talk')] : phone ? [tel(phone), this.localize.term('call', { number: phone })] : [];
  }

  // A span, not a div: the statement's heading sits inside a <legend>, which takes phrasing content.
  private heading(text: unknown, caption?: string) {
    return html`<span class="heading" role="heading" aria-level="2" tabindex="-1" data-focus>
      ${caption ? html`<span class="caption">${caption}</span>` : nothing} ${text}
    </span>`;
  }

  private subheading(text: string) {
    return html`<span class="subheading" role="heading" aria-level="3">${text}</span>`;
  }

  /**
   * One statement and its answers. In steps mode its legend is the screen's heading; ids
   * `s<statement>-<option>` let the list's error summary point at the first answer. One
   * step after another reuses the same radio buttons, so they keep one group name: renaming
   * a checked radio into a group would make the browser uncheck the answer being restored.
   */
  private renderStatement(set: ItemSet, index: number) {
    const t = this.localize;
    const list = this.mode === 'list';
    const invalid = this.invalid.includes(index);
    const caption = t.term('progress', { current: index + 1, total: set.items.length });
    const statement = html`<span class="statement" lang=${set.lang ?? nothing}>${set.items[index].text}</span>`;
    return html`<fieldset aria-describedby=${invalid ? `prompt e${index}` : 'prompt'}>
      <legend>${list ? html`<span class="caption">${caption}</span> ${statement}` : this.heading(statement, caption)}</legend>
      ${invalid ? html`<p class="error" id="e${index}" role=${list ? nothing : 'alert'}>${t.term('required')}</p>` : nothing}
      <div class="options">
        ${set.options.map(
          ({ value, label }, n) => html`<label class="option" part="option">
            <input
              type="radio"
              id="s${index}-${n}"
              name=${list ? `s${index}` : 'answer'}
              .checked=${this.answers[index] === value}
              @change=${() => this.choose(index, value)}
            />
            ${label}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  /** The question asked of every statement; each fieldset points to it. */
  private renderPrompt(set: ItemSet) {
    return html`<p class="muted" id="prompt" lang=${set.lang ?? nothing}>${set.prompt}</p>`;
  }

  private renderIntro(set: ItemSet) {
    const t = this.localize;
    return html`${this.heading(set.title ?? t.term('title'))}
      <p>${t.term('intro', { count: set.items.length })}</p>
      <p class="notice">${t.term('notice')}</p>
      <p class="muted">${t.term(this.remember ? 'privacyRemember' : 'privacy')}</p>`;
  }

  private renderStep(set: ItemSet) {
    const t = this.localize;
    const total = set.items.length;
    return html`<form class="screen" part="screen" novalidate @submit=${this.onNext}>
      <progress aria-hidden="true" max=${total} .value=${this.at + 1}></progress>
      ${this.renderPrompt(set)} ${this.renderStatement(set, this.at)}
      <div class="actions">
        <button class="primary" part="button">${t.term(this.at < total - 1 ? 'next' : 'finish')}</button>
        <button type="button" @click=${this.onBack}>${t.term('back')}</button>
      </div>
    </form>`;
  }

  private renderList(set: ItemSet) {
    const t = this.localize;
    return html`<form class="screen" part="screen" novalidate @submit=${this.onSubmitList}>
      ${this.renderIntro(set)}
      ${this.invalid.length
        ? html`<div class="summary" role="alert" tabindex="-1">
            ${this.subheading(t.term('errorSummary'))}
            <ul>
              ${this.invalid.map(
                (index) => html`<li>
                  <a
                    href="#s${index}-0"
                    @click=${(event: Event) => {
                      // The link works inside the shadow root, without touching the page's URL.
                      event.preventDefault();
                      this.renderRoot.querySelector<HTMLElement>(`#s${index}-0`)!.focus();
                    }}
                    >${t.term('missing', { number: index + 1 })}</a
                  >
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      ${this.renderPrompt(set)}
      <ol class="items">
        ${set.items.map((_, index) => html`<li>${this.renderStatement(set, index)}</li>`)}
      </ol>
      <div class="actions"><button class="primary" part="button">${t.term('finish')}</button></div>
    </form>`;
  }

  private renderNextStep({ text, href, label, link: named }: NextStep) {
    const [url, name] = named === 'groups' ? [safeUrl(this.groupsHref), this.localize.term('groups')] : named ? this.talkLink() : [href, href];
    return html`<li>${text} ${url ? link(url, label ?? name!) : nothing}</li>`;
  }

  private renderResult(set: ItemSet) {
    const t = this.localize;
    const { score, max, band } = scoreAnswers(set, this.answers)!;
    // The set may be written in another language than the widget's own words: mark its text.
    const lang = set.lang ?? nothing;
    return html`<div class="screen" part="screen result">
      ${this.heading(html`<span lang=${lang}>${band.title}</span>`, t.term('result'))}
      <p><strong>${t.term('score', { score, max })}</strong></p>
      <p lang=${lang}>${band.meaning}</p>
      ${band.steps.length ? html`${this.subheading(t.term('nextSteps'))}<ul class="steps" lang=${lang}>${band.steps.map((step) => this.renderNextStep(step))}</ul>` : nothing}
      <p class="notice">${t.term('notice')}</p>
    </div>`;
  }

  private renderCrisis() {
    const t = this.localize;
    const lines = this.provider?.crisisLines ?? DEFAULT_CRISIS_LINES[t.lang === 'es' ? 'es' : 'en'];
    return html`<div class="crisis" part="crisis">
      <button type="button" class="toggle" aria-expanded=${this.crisisOpen} aria-controls="lines" @click=${() => (this.crisisOpen = !this.crisisOpen)}>${t.term('crisis')}</button>
      <div id="lines" ?hidden=${!this.crisisOpen}>
        <ul>
          ${lines.map(
            ({ name, call, text, keyword, href, note }) => html`<li>
              <strong>${href ? link(href, name) : name}</strong>
              <span class="ways">
                ${call ? link(tel(call), t.term('call', { number: call })) : nothing}
                ${text ? link(`sms:${text.replace(/[^\d+]/g, '')}`, t.term(keyword ? 'textKeyword' : 'text', { keyword: keyword!, number: text })) : nothing}
              </span>
              ${note ? html`<span class="muted">${note}</span>` : nothing}
            </li>`,
          )}
        </ul>
        ${this.set ? html`<button type="button" @click=${this.closeCrisis}>${t.term('backToCheck')}</button>` : nothing}
      </div>
    </div>`;
  }

  private renderScreen(set: ItemSet) {
    if (this.finished) return this.renderResult(set);
    if (this.mode === 'list') return this.renderList(set);
    if (this.at > INTRO) return this.renderStep(set);
    return html`<div class="screen" part="screen">
      ${this.renderIntro(set)}
      <div class="actions">
        <button type="button" class="primary" part="button" @click=${this.start}>${this.localize.term(this.resumeAt === undefined ? 'start' : 'resume')}</button>
      </div>
    </div>`;
  }

  protected override render() {
    const set = this.set;
    const started = this.finished || this.answers.some((answer) => answer !== null);
    return html`
      <div class="base" part="base" data-theme=${this.resolvedTheme} lang=${this.localize.lang}>
        <!-- The quick exit sits on our surface, so it takes our colour scheme. -->
        ${this.quickExit || this.provider?.quickExit ? html`<recovery-quick-exit inline theme=${this.resolvedTheme}></recovery-quick-exit>` : nothing}
        ${this.loaded ? this.renderCrisis() : nothing} ${this.renderConfigError(this.localize.term('unavailable'))}
        ${set ? this.renderScreen(set) : nothing}
        ${set && started ? html`<button type="button" class="start-over" @click=${this.startOver}>${this.localize.term('startOver')}</button>` : nothing}
        <div class="visually-hidden" role="status">${this.status}</div>
      </div>
    `;
  }
}

/** A `tel:` link for a number written for people ("1-800-662-4357"). */
function tel(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/** A link; one to another site opens in a new tab, so the visitor's result stays open here. */
function link(href: string, label: string) {
  const external = /^https?:/i.test(href) && new URL(href).origin !== location.origin;
  return html`<a href=${href} target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing}>${label}</a>`;
}
