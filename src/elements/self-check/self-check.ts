import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { safeUrl } from '../../core/config.js';
import { checkItemSet, readProgress, scoreAnswers, setKey, type ItemSet } from '../../core/self-check.js';
import { DEFAULT_CRISIS_LINES } from '../../data/crisis-lines.js';
import { dialHref } from '../../core/phone.js';
import { localText } from '../../core/text.js';
import { itemSet, SELF_CHECK_ITEMS_EN } from '../../data/self-check-items.js';
import { loadConfig } from '../../shared/config-source.js';
import { emit } from '../../shared/emit.js';
import { LazyLocalize } from '../../shared/lazy-localize.js';
import { SensitiveElement } from '../../shared/sensitive-element.js';
import { baseStyles } from '../../shared/theme.js';
import { visuallyHiddenStyles } from '../../shared/visually-hidden.js';
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

/** The intro screen in `steps` mode (the list in `list` mode); statements are 0 … n-1, and n is the result. */
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
 * (a provider's licensed scale); see docs/self-check.md for the format. Crisis lines come from the
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
export class RecoverySelfCheck extends SensitiveElement {
  static override styles = [baseStyles, visuallyHiddenStyles, selfCheckStyles];

  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    remember: { type: Boolean },
    src: {},
    groupsHref: { attribute: 'groups-href' },
    answers: { state: true },
    at: { state: true },
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

  /** Link for the "find a support group" next steps: the page with your group finder, say. */
  groupsHref?: string;

  /** One answer (an option's value) per statement; `null` while unanswered. Held in memory only, unless `remember`. An empty list means "start afresh" (see `willUpdate`). */
  private answers: Array<number | null> = [];
  /** The screen: INTRO, a statement, or `answers.length` for the result. */
  private at = INTRO;
  /** Statements whose missing answer is being pointed out. */
  private invalid: number[] = [];
  /** The crisis and safety lines are unfolded. */
  private crisisOpen = false;
  /** What the polite live region says: "Your result: Some of these patterns right now", "Your answers were cleared." */
  private status = '';

  // Not reactive: `load()` sets both together with `answers`, which re-renders.
  /** The site's item set, from JSON; the built-in one is used without it. */
  #ownSet?: ItemSet;
  /** Set once the JSON (if any) has been read: until then there is nothing to show. */
  #loaded = false;
  /** The built-in set in Spanish, made once its words have loaded. */
  #spanishSet?: ItemSet;

  readonly #localize = new LazyLocalize(this, selfCheckStrings);
  /** Counts loads, so a slow `src` answering after a newer one is ignored. */
  #loads = 0;
  /** The statement saved progress resumes at, if there is any. */
  #resumeAt?: number;
  /** What to focus after the next render, when the visitor moved to a new screen. */
  #focusTarget?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // A visitor leaving in a hurry must not leave their answers behind in this tab.
    document.addEventListener(QUICK_EXIT_EVENT, this.#forget);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(QUICK_EXIT_EVENT, this.#forget);
  }

  /** Clears every answer, and any stored copy, and goes back to the beginning. */
  startOver(): void {
    this.#forget();
    this.answers = [];
    this.#focusTarget = HEADING;
    this.status = this.#localize.term('cleared');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || !this.hasUpdated) this.#load();
    if (changed.has('mode') && !SELF_CHECK_MODES.includes(this.mode)) {
      this.reportConfigError('mode', `"${this.mode}" is not one of ${SELF_CHECK_MODES.join(', ')}; using steps`);
    }
    if (changed.has('groupsHref') && this.groupsHref && !safeUrl(this.groupsHref)) {
      this.reportConfigError('groups-href', `"${this.groupsHref}" is not an https:, http:, tel:, sms:, mailto: or relative URL; leaving the link out`);
    }
    // A new set, "start over", or a language whose set has another length: fresh answers, or
    // those this tab kept when the site opted in with `remember`.
    const set = this.#set;
    if (set && this.answers.length !== set.items.length) {
      const saved = readProgress(set, this.#storage());
      this.answers = saved?.answers ?? set.items.map(() => null);
      this.#resumeAt = saved?.at;
      this.at = INTRO;
      this.invalid = [];
    }
  }

  protected override updated(): void {
    if (this.#focusTarget) this.renderRoot.querySelector<HTMLElement>(this.#focusTarget)?.focus();
    this.#focusTarget = undefined;
  }

  async #load(): Promise<void> {
    const load = ++this.#loads;
    // The first screen also waits for the page's language when it is a file of its own (Spanish).
    const [loaded] = await Promise.all([loadConfig(this, this.src, checkItemSet), this.#localize.ready()]);
    // A newer `src` may have been set while this one was loading.
    if (load !== this.#loads) return;
    this.configError = false;
    this.answers = [];
    this.#loaded = true;
    this.#ownSet = loaded?.ok ? loaded.value : undefined;
    // A provider that asked for its own (licensed) scale must not silently get ours instead.
    if (loaded && !loaded.ok) this.reportConfigError(loaded.from, loaded.error, { fatal: true });
  }

  /** The item set to show: the site's, else the built-in one in the widget's language. */
  get #set(): ItemSet | undefined {
    if (!this.#loaded || this.configError) return undefined;
    const spanish = this.#localize.file?.items;
    return this.#ownSet ?? (spanish ? (this.#spanishSet ??= itemSet('es', spanish)) : SELF_CHECK_ITEMS_EN);
  }

  get #list(): boolean {
    return this.mode === 'list';
  }

  /**
   * The only code that touches storage, and only with `remember`: reads the saved progress
   * without `value`, writes it with one, removes it with `null`. Storage may be switched
   * off or full (private windows); the check then works from memory alone.
   */
  #storage(value?: string | null): string | null {
    const set = this.#set;
    try {
      if (this.remember && set) {
        const key = `recovery-self-check:${setKey(set)}`;
        if (value === undefined) return sessionStorage.getItem(key);
        if (value === null) sessionStorage.removeItem(key);
        else sessionStorage.setItem(key, value);
      }
    } catch {
      // Nothing to do: the answers stay in memory.
    }
    return null;
  }

  readonly #forget = (): void => {
    this.#storage(null);
  };

  /** Keeps where the visitor is (with `remember`), until they finish: a stored copy would outlive its use. */
  #save(): void {
    const going = this.at < this.answers.length && this.answers.some((answer) => answer !== null);
    this.#storage(going ? JSON.stringify({ answers: this.answers, at: Math.max(this.at, 0) }) : null);
  }

  /** Shows another screen, saves where the visitor is, and moves focus to its heading. */
  #go(at: number): void {
    this.at = at;
    this.#focusTarget = HEADING;
    this.#save();
  }

  #choose(index: number, value: number): void {
    this.answers = this.answers.map((answer, n) => (n === index ? value : answer));
    this.invalid = this.invalid.filter((n) => n !== index);
    this.#save();
  }

  /** Start (steps intro), Next (a statement), or See my result (the last statement, or the list). */
  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const { at, answers } = this;
    const list = this.#list;
    if (at < 0 && !list) {
      this.status = '';
      return this.#go(this.#resumeAt ?? 0);
    }
    this.invalid = (list ? [...answers.keys()] : [at]).filter((index) => answers[index] === null);
    if (this.invalid.length) this.#focusTarget = list ? '.summary' : 'input';
    else this.#go(list ? answers.length : at + 1);
    if (this.at === answers.length) {
      const { band, score, max } = scoreAnswers(this.#set!, answers)!;
      this.status = `${this.#localize.term('result')}: ${band.title}`;
      emit<SelfCheckCompleteDetail>(this, SELF_CHECK_COMPLETE_EVENT, { band: band.id, score, max });
    }
  }

  // A span, not a div: the statement's heading sits inside a <legend>, which takes phrasing content.
  #heading(content: unknown) {
    return html`<span class="heading" role="heading" aria-level="2" tabindex="-1" data-focus>${content}</span>`;
  }

  /**
   * One statement and its answers. In steps mode its legend is the screen's heading; ids
   * `s<statement>-<option>` let the list's error summary point at the first answer. One
   * step after another reuses the same radio buttons, so they keep one group name: renaming
   * a checked radio into a group would make the browser uncheck the answer being restored.
   */
  #renderStatement(set: ItemSet, index: number) {
    const t = this.#localize;
    const list = this.#list;
    const invalid = this.invalid.includes(index);
    const statement = html`<span class="caption">${t.term('progress', { current: index + 1, total: set.items.length })}</span>
      <span class="statement" lang=${set.lang ?? nothing}>${set.items[index].text}</span>`;
    return html`<fieldset aria-describedby=${invalid ? `prompt e${index}` : 'prompt'}>
      <legend>${list ? statement : this.#heading(statement)}</legend>
      ${invalid ? html`<p class="error" id="e${index}" role=${list ? nothing : 'alert'}>${t.term('required')}</p>` : nothing}
      <div class="options">
        ${set.options.map(
          ({ value, label }, n) => html`<label class="option" part="option">
            <input
              type="radio"
              id="s${index}-${n}"
              name=${list ? `s${index}` : 'answer'}
              .checked=${this.answers[index] === value}
              @change=${() => this.#choose(index, value)}
            />
            ${label}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  /** The intro, one statement, or (list mode) the intro and every statement: one form. */
  #renderForm(set: ItemSet) {
    const t = this.#localize;
    const at = this.at;
    const list = this.#list;
    const total = set.items.length;
    const intro = at < 0 && !list;
    return html`<form class="screen" part="screen" novalidate @submit=${this.#onSubmit}>
      ${list || intro
        ? html`${this.#heading(set.title ?? t.term('title'))}
            <p>${t.term('intro', { count: total })}</p>
            <p class="notice">${t.term('notice')}</p>
            <p class="muted">${t.term(this.remember ? 'privacyRemember' : 'privacy')}</p>`
        : html`<progress aria-hidden="true" max=${total} .value=${at + 1}></progress>`}
      ${list && this.invalid.length
        ? html`<div class="summary" role="alert" tabindex="-1">
            <span class="subheading" role="heading" aria-level="3">${t.term('errorSummary')}</span>
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
      ${intro
        ? nothing
        : html`<p class="muted" id="prompt" lang=${set.lang ?? nothing}>${set.prompt}</p>
            ${list ? html`<ol class="items">${set.items.map((_, index) => html`<li>${this.#renderStatement(set, index)}</li>`)}</ol>` : this.#renderStatement(set, at)}`}
      <div class="actions">
        <button class="primary" part="button">${t.term(intro ? (this.#resumeAt === undefined ? 'start' : 'resume') : list || at === total - 1 ? 'finish' : 'next')}</button>
        ${list || intro
          ? nothing
          : html`<button
              type="button"
              @click=${() => {
                this.invalid = [];
                this.#go(at - 1);
              }}
            >
              ${t.term('back')}
            </button>`}
      </div>
    </form>`;
  }

  #renderResult(set: ItemSet) {
    const t = this.#localize;
    const { score, max, band } = scoreAnswers(set, this.answers)!;
    const { scheduleHref, phone } = this.provider ?? {};
    // The set may be written in another language than the widget's own words: mark its text.
    const lang = set.lang ?? nothing;
    return html`<div class="screen" part="screen result">
      ${this.#heading(html`<span class="caption">${t.term('result')}</span> <span lang=${lang}>${band.title}</span>`)}
      <p><strong>${t.term('score', { score, max })}</strong></p>
      <p lang=${lang}>${band.meaning}</p>
      ${band.steps.length
        ? html`<span class="subheading" role="heading" aria-level="3">${t.term('nextSteps')}</span>
            <ul class="steps" lang=${lang}>
              ${band.steps.map(({ text, href, label, link: named }) => {
                // Named links come from the settings: `talk` is the provider's scheduling page, else a call to its phone.
                const [url, name] =
                  named === 'groups'
                    ? [safeUrl(this.groupsHref), t.term('groups')]
                    : !named
                      ? [href, href]
                      : scheduleHref
                        ? [scheduleHref, t.term('talk')]
                        : phone
                          ? [dial('tel', phone), t.term('call', { number: phone })]
                          : [];
                return html`<li>${text} ${url ? link(url, label ?? name!) : nothing}</li>`;
              })}
            </ul>`
        : nothing}
      <p class="notice">${t.term('notice')}</p>
    </div>`;
  }

  #renderCrisis() {
    const t = this.#localize;
    const lines = this.provider?.crisisLines ?? DEFAULT_CRISIS_LINES;
    return html`<div class="crisis" part="crisis">
      <button type="button" class="toggle" aria-expanded=${this.crisisOpen} aria-controls="lines" @click=${() => (this.crisisOpen = !this.crisisOpen)}>${t.term('crisis')}</button>
      <div id="lines" ?hidden=${!this.crisisOpen}>
        <ul>
          ${lines.map(
            ({ name, call, text, keyword, href, note }) => html`<li>
              <strong>${href ? link(href, localText(name, t.lang)) : localText(name, t.lang)}</strong>
              <span class="ways">
                ${call ? link(dial('tel', call), t.term('call', { number: call })) : nothing}
                ${text ? link(dial('sms', text), t.term(keyword ? 'textKeyword' : 'text', { keyword: keyword!, number: text })) : nothing}
              </span>
              ${note ? html`<span class="muted">${localText(note, t.lang)}</span>` : nothing}
            </li>`,
          )}
        </ul>
        ${this.#set
          ? html`<button
              type="button"
              @click=${() => {
                // Back to the screen the visitor was on, answers untouched.
                this.crisisOpen = false;
                this.#focusTarget = HEADING;
              }}
            >
              ${t.term('backToCheck')}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  protected override render() {
    const set = this.#set;
    const t = this.#localize;
    return html`
      <div class="base" part="base" data-theme=${this.resolvedTheme} lang=${t.lang}>
        <!-- The quick exit sits on our surface, so it takes our colour scheme. -->
        ${this.renderQuickExit()}
        ${this.#loaded ? this.#renderCrisis() : nothing} ${this.renderConfigError(t.term('unavailable'))}
        ${set ? (this.at < set.items.length ? this.#renderForm(set) : this.#renderResult(set)) : nothing}
        ${set && this.answers.some((answer) => answer !== null)
          ? html`<button type="button" class="start-over" @click=${this.startOver}>${t.term('startOver')}</button>`
          : nothing}
        <div class="visually-hidden" role="status">${this.status}</div>
      </div>
    `;
  }
}

function dial(scheme: 'tel' | 'sms', number: string): string {
  return dialHref(scheme, number)!;
}

/** A link; one to another site opens in a new tab, so the visitor's result stays open here. */
function link(href: string, label: string) {
  const external = /^https?:/i.test(href) && new URL(href).origin !== location.origin;
  return html`<a href=${href} target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing}>${label}</a>`;
}
