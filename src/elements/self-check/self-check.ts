import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { safeUrl } from '../../core/config.js';
import { INTRO, scoreAnswers, submitScreen, type ItemSet, type Progress } from '../../core/self-check.js';
import { itemSet, SELF_CHECK_ITEMS_EN } from '../../data/self-check-items.js';
import { emit } from '../../shared/emit.js';
import { LatestLoad } from '../../shared/latest-load.js';
import { LazyLocalize } from '../../shared/lazy-localize.js';
import { SensitiveElement } from '../../shared/sensitive-element.js';
import { baseStyles } from '../../shared/theme.js';
import { buttonStyles } from '../../shared/ui/buttons.js';
import { cardStyles, screenHeading } from '../../shared/ui/card.js';
import { choiceStyles } from '../../shared/ui/choices.js';
import { crisisLines, crisisStyles } from '../../shared/ui/crisis-lines.js';
import { errorStyles, errorSummary } from '../../shared/ui/error-summary.js';
import { linkStyles } from '../../shared/ui/links.js';
import { progressBar, progressStyles } from '../../shared/ui/progress.js';
import { UI_STRINGS_EN } from '../../shared/ui/ui.strings.js';
import { visuallyHiddenStyles } from '../../shared/visually-hidden.js';
import { siteItemSet } from './item-set-source.js';
import { selfCheckStrings } from './self-check.strings.js';
import { selfCheckStyles } from './self-check.styles.js';
import { result, statement } from './self-check.templates.js';

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

/**
 * Where focus goes on a new screen, so a screen reader starts reading there: its heading,
 * or the list's error summary, which comes before it.
 */
const HEADING = '[data-focus]';

/**
 * @tagname recovery-self-check
 * @summary A private, kind, non-diagnostic self-check for partners and families: twelve statements, three neutral results.
 *
 * @description The visitor rates twelve original statements (Never / Sometimes / Often /
 * Almost always) and gets one of three neutral results ("few / some / many of these
 * patterns right now") with what it may mean and next steps. "This is not a diagnosis"
 * comes before the first statement and again with the result. "Need help now? Call 988 ·
 * Text 988" is in sight on every screen, the other help lines one step away. Answers never
 * leave the browser and are stored nowhere unless the site opts in with `remember` (then in
 * `sessionStorage`, until finished, cleared or a quick exit). A child
 * `<script type="application/json">` or `src` may replace the item set (a provider's
 * licensed scale); see docs/self-check.md for the format. Help lines come from the provider's
 * JSON, else the built-in ones.
 *
 * @event recovery-self-check-complete - The visitor reached a result. `detail: {band: string, score: number, max: number}`, never the answers.
 *
 * @csspart base - The widget's box: colors, font, radius.
 * @csspart screen - The current screen: intro, one statement, the list, or the result.
 * @csspart result - The result screen.
 * @csspart heading - The heading of the current screen.
 * @csspart question - One statement and its answers.
 * @csspart option - One answer: its radio button and label.
 * @csspart button - The main button of each screen (Start, Next, See my result).
 * @csspart error-summary - The list of statements left unanswered (list mode).
 * @csspart crisis - The help lines: 988 in sight, the others under "More help lines".
 * @csspart error - The message shown when the item set could not be loaded.
 *
 * @cssprop --recovery-color-text - Text color.
 * @cssprop --recovery-color-muted - Secondary text (progress, notes).
 * @cssprop --recovery-color-surface - Background of the widget.
 * @cssprop --recovery-color-surface-alt - Background of the notice and of a chosen answer.
 * @cssprop --recovery-color-border - Lines around the widget and between statements.
 * @cssprop --recovery-color-control-border - Border of the answers.
 * @cssprop --recovery-color-accent - Buttons, links, radio buttons, the progress bar.
 * @cssprop --recovery-color-on-accent - Text on the main buttons.
 * @cssprop --recovery-color-error - "Choose an answer" messages.
 * @cssprop --recovery-color-focus - Focus ring color.
 * @cssprop --recovery-focus-ring-width - Focus ring width (default 3px).
 * @cssprop --recovery-radius - Corner radius.
 * @cssprop --recovery-space - Base spacing unit (default 1rem).
 * @cssprop --recovery-font-family - Font family (default: inherited from the page).
 * @cssprop --recovery-font-size - Base font size (default 1rem).
 * @cssprop --recovery-line-height - Line height (default 1.5).
 * @cssprop --recovery-self-check-statement-font-size - Size of the statement on each step (default 1.25rem).
 */
export class RecoverySelfCheck extends SensitiveElement {
  static override styles = [
    baseStyles,
    visuallyHiddenStyles,
    cardStyles,
    buttonStyles,
    choiceStyles,
    errorStyles,
    progressStyles,
    linkStyles,
    crisisStyles,
    selfCheckStyles,
  ];

  /** `steps`: an intro, then one statement per screen (default). `list`: every statement on one screen. */
  @property({ reflect: true })
  mode: SelfCheckMode = 'steps';

  /** Keep answers in `sessionStorage` until the visitor finishes, starts over or leaves with the quick exit. Without it nothing is stored anywhere. */
  @property({ type: Boolean })
  remember = false;

  /** URL of an item set as JSON, used when there is no child JSON script. */
  @property()
  src?: string;

  /** Link for the "find a support group" next steps: the page with your group finder, say. */
  @property({ attribute: 'groups-href' })
  groupsHref?: string;

  /** One answer (an option's value) per statement; `null` while unanswered. Held in memory only, unless `remember`. An empty list means "start afresh" (see `willUpdate`). */
  @state() private answers: Array<number | null> = [];
  /** The screen: INTRO, a statement, or `answers.length` for the result. */
  @state() private at = INTRO;
  /** Statements whose missing answer is being pointed out. */
  @state() private invalid: number[] = [];
  /** What the polite live region says: "Your result: Some of these patterns right now", "Your answers were cleared." */
  @state() private status = '';

  // Not reactive: `load()` sets both together with `answers`, which re-renders.
  /** The site's item set, from JSON; the built-in one is used without it. */
  #ownSet?: ItemSet;
  /** Set once the JSON (if any) has been read: until then there is nothing to show. */
  #loaded = false;
  /** The built-in set in Spanish, made once its words have loaded. */
  #spanishSet?: ItemSet;

  readonly #localize = new LazyLocalize(this, selfCheckStrings, { en: UI_STRINGS_EN });
  /** A slow `src` answering after a newer one is ignored. */
  #loads = new LatestLoad();
  /** The statement saved progress resumes at, if there is any. */
  #resumeAt?: number;
  /** Where progress is kept, with `remember`: a file of its own, loaded only then. */
  #store?: typeof import('./progress-store.js');
  /** What to focus after the next render, when the visitor moved to a new screen. */
  #focusTarget?: string;

  /** Clears every answer, and any stored copy, and goes back to the beginning. */
  startOver(): void {
    this.forget();
    this.#focusTarget = HEADING;
    this.status = this.#localize.term('cleared');
  }

  /**
   * A quick exit, or the page coming back from the back/forward cache: the answers go, from
   * memory and from this tab's storage, and the check is back at its first screen. The live
   * region is emptied too: it may still name the result.
   */
  protected override forget(): void {
    this.#keep();
    this.answers = [];
    this.status = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Not `hasUpdated`: a render that throws would start another load, and another.
    if (changed.has('src') || !this.#loads.started) this.#load();
    else if (changed.has('remember')) this.#loadStore();
    if (changed.has('mode') && this.mode != null && !SELF_CHECK_MODES.includes(this.mode)) {
      this.reportConfigError('mode', `"${this.mode}" is not one of steps, list; using steps`);
    }
    if (changed.has('groupsHref') && this.groupsHref && !safeUrl(this.groupsHref)) {
      this.reportConfigError('groups-href', `"${this.groupsHref}" is not a web, phone or email link; leaving it out`);
    }
    // A new set, "start over", or a language whose set has another length: fresh answers, or
    // those this tab kept when the site opted in with `remember`.
    const set = this.#set;
    if (set && this.answers.length !== set.items.length) {
      const saved = this.remember ? this.#store?.savedProgress(set) : undefined;
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

  protected override render() {
    const set = this.#set;
    const t = this.#localize;
    return html`
      <div class="base card" part="base" data-theme=${this.resolvedTheme} lang=${t.lang}>
        <!-- The quick exit sits on our surface, so it takes our color scheme. -->
        ${this.renderQuickExit()}
        <!-- 988 in sight on every screen, in the page's language as soon as it is known. -->
        ${t.ready() ? nothing : crisisLines(t, this.provider?.crisisLines)} ${this.renderConfigError(t.term('unavailable'))}
        ${set ? (this.at < set.items.length ? this.#renderForm(set) : result(t, set, this.answers, this.groupsHref, this.provider)) : nothing}
        ${
          set && this.answers.some((answer) => answer !== null)
            ? html`<div class="actions"><button type="button" class="link" @click=${this.startOver}>${t.term('startOver')}</button></div>`
            : nothing
        }
        <div class="visually-hidden" role="status">${this.status}</div>
      </div>
    `;
  }

  /** The intro, one statement, or (list mode) the intro and every statement: one form. */
  #renderForm(set: ItemSet) {
    const t = this.#localize;
    const at = this.at;
    const list = this.#list;
    const total = set.items.length;
    const intro = at < 0 && !list;
    const lang = set.lang ?? nothing;
    const statementAt = (index: number) => statement(t, set, index, list, this.answers, this.invalid, this.#choose);
    return html`<form class="screen" part="screen" novalidate @submit=${this.#onSubmit}>
      ${
        list
          ? errorSummary(
              t,
              this.invalid.map((index) => ({ field: `s${index}-0`, message: t.term('missing', { number: index + 1 }) })),
              3,
            )
          : nothing
      }
      ${
        list || intro
          ? html`${screenHeading(set.title ?? t.term('title'))}
            <p>${t.term('intro', { count: total })}</p>
            <p class="callout">${t.term('notice')}</p>
            <p class="note">${t.term(this.remember ? 'privacyRemember' : 'privacy')}</p>`
          : progressBar(t, at + 1, total)
      }
      ${
        list
          ? html`${set.prompt ? html`<p class="subheading" lang=${lang}>${set.prompt}</p>` : nothing}
            <ol class="items">
              ${set.items.map((_, index) => html`<li>${statementAt(index)}</li>`)}
            </ol>`
          : intro
            ? nothing
            : statementAt(at)
      }
      <div class="actions">
        <button class="primary" part="button">${t.term(intro ? (this.#resumeAt === undefined ? 'start' : 'resume') : list || at === total - 1 ? 'finish' : 'next')}</button>
        ${list || intro ? nothing : html`<button type="button" class="button" @click=${this.#back}>${t.term('back')}</button>`}
      </div>
    </form>`;
  }

  async #load(): Promise<void> {
    const isLatest = this.#loads.start();
    // The first screen also waits for the page's language when it is a file of its own (Spanish), and for the progress store.
    const [loaded] = await Promise.all([siteItemSet(this, this.src), this.#localize.ready(), this.#loadStore()]);
    // A newer `src` may have been set while this one was loading.
    if (!isLatest()) return;
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

  /** With `remember`, the progress store; should it fail to load, the answers stay in memory (and the console says why). */
  async #loadStore(): Promise<void> {
    try {
      if (this.remember) this.#store ??= await import('./progress-store.js');
    } catch (error) {
      this.reportConfigError('remember', `could not be loaded (${(error as Error).message})`);
    }
  }

  /**
   * Keeps screen `at` and the answers in this tab (with `remember`) while they are worth
   * keeping (a stored copy must not outlive its use: see `progressToKeep`); without them,
   * forgets them.
   */
  #keep(at?: number, answers?: Progress['answers']): void {
    const set = this.#set;
    if (set && this.remember) this.#store?.keepProgress(set, at, answers);
  }

  /**
   * Shows another screen, keeps where the visitor is, and moves focus to its heading. What
   * the live region said ("cleared", a result) no longer applies.
   */
  #go(at: number): void {
    this.at = at;
    this.status = '';
    this.#focusTarget = HEADING;
    this.#keep(at, this.answers);
  }

  readonly #choose = (index: number, value: number): void => {
    this.answers = this.answers.map((answer, n) => (n === index ? value : answer));
    this.invalid = this.invalid.filter((n) => n !== index);
    this.#keep(this.at, this.answers);
  };

  #back(): void {
    this.invalid = [];
    this.#go(this.at - 1);
  }

  /** Start (steps intro), Next (a statement), or See my result (the last statement, or the list). */
  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const list = this.#list;
    const [next, missing] = submitScreen(this.at, this.answers, list, this.#resumeAt);
    this.invalid = missing;
    if (missing.length) this.#focusTarget = list ? HEADING : 'input';
    else this.#go(next);
    if (next === this.answers.length) {
      const { band, score, max } = scoreAnswers(this.#set!, this.answers)!;
      this.status = `${this.#localize.term('result')}: ${band.title}`;
      // The score goes to the site's own analytics; the visitor sees words, not a figure.
      emit<SelfCheckCompleteDetail>(this, SELF_CHECK_COMPLETE_EVENT, { band: band.id, score, max });
    }
  }
}
