import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { safeUrl } from '../../core/config.js';
import { scoreAnswers, type ItemSet, type NextStep, type Progress } from '../../core/self-check.js';
import { itemSet, SELF_CHECK_ITEMS_EN } from '../../data/self-check-items.js';
import { jsonChild, type LoadedConfig } from '../../shared/config-source.js';
import { emit } from '../../shared/emit.js';
import { LazyLocalize } from '../../shared/lazy-localize.js';
import { SensitiveElement } from '../../shared/sensitive-element.js';
import { baseStyles } from '../../shared/theme.js';
import { buttonStyles } from '../../shared/ui/buttons.js';
import { cardStyles, screenHeading } from '../../shared/ui/card.js';
import { choiceGroup, choiceStyles } from '../../shared/ui/choices.js';
import { crisisLines, crisisStyles } from '../../shared/ui/crisis-lines.js';
import { errorStyles, errorSummary } from '../../shared/ui/error-summary.js';
import { callLink, link, linkStyles } from '../../shared/ui/links.js';
import { progressBar, progressStyles } from '../../shared/ui/progress.js';
import { UI_STRINGS_EN } from '../../shared/ui/ui.strings.js';
import { visuallyHiddenStyles } from '../../shared/visually-hidden.js';
import { selfCheckStrings } from './self-check.strings.js';
import { selfCheckStyles } from './self-check.styles.js';
import { LatestLoad } from '../../shared/latest-load.js';

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

  async #load(): Promise<void> {
    const isLatest = this.#loads.start();
    // The first screen also waits for the page's language when it is a file of its own (Spanish).
    const [loaded] = await Promise.all([this.#loadOwnSet(), this.#localize.ready(), this.#loadStore()]);
    // A newer `src` may have been set while this one was loading.
    if (!isLatest()) return;
    this.configError = false;
    this.answers = [];
    this.#loaded = true;
    this.#ownSet = loaded?.ok ? loaded.value : undefined;
    // A provider that asked for its own (licensed) scale must not silently get ours instead.
    if (loaded && !loaded.ok) this.reportConfigError(loaded.from, loaded.error, { fatal: true });
  }

  /** The site's item set, checked; its loader and checker are a file of their own, fetched only for a site that has one. */
  async #loadOwnSet(): Promise<LoadedConfig<ItemSet> | undefined> {
    // While the page is still being parsed the child script may not exist yet: the loader waits and looks.
    if (!this.src && !jsonChild(this) && document.readyState !== 'loading') return undefined;
    try {
      return (await import('./item-set-loader.js')).loadItemSet(this, this.src);
    } catch (error) {
      return { from: 'item set', ok: false, error: `could not be loaded (${(error as Error).message})` };
    }
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

  /** Keeps `progress` in this tab (with `remember`), or forgets it. */
  #keep(progress?: Progress): void {
    const set = this.#set;
    if (set && this.remember) this.#store?.keepProgress(set, progress);
  }

  /** Keeps where the visitor is (with `remember`), until they finish: a stored copy would outlive its use. */
  #save(): void {
    const going = this.at < this.answers.length && this.answers.some((answer) => answer !== null);
    this.#keep(going ? { answers: this.answers, at: Math.max(this.at, 0) } : undefined);
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
    if (this.invalid.length) this.#focusTarget = list ? HEADING : 'input';
    else this.#go(list ? answers.length : at + 1);
    if (this.at === answers.length) {
      const { band, score, max } = scoreAnswers(this.#set!, answers)!;
      this.status = `${this.#localize.term('result')}: ${band.title}`;
      // The score goes to the site's own analytics; the visitor sees words, not a figure.
      emit<SelfCheckCompleteDetail>(this, SELF_CHECK_COMPLETE_EVENT, { band: band.id, score, max });
    }
  }

  /**
   * One statement and its answers. In steps mode the statement is the screen's heading and
   * the set's question its hint; ids `s<statement>-<option>` let the list's error summary
   * point at the first answer. One step after another reuses the same radio buttons, so they
   * keep one group name: renaming a checked radio into a group would make the browser
   * uncheck the answer being restored.
   */
  #renderStatement(set: ItemSet, index: number) {
    const t = this.#localize;
    const list = this.#list;
    const lang = set.lang ?? nothing;
    const statement = html`<span class="statement" lang=${lang}>${set.items[index].text}</span>`;
    return choiceGroup(t, {
      id: `s${index}`,
      name: list ? `s${index}` : 'answer',
      legend: list ? html`<span class="note count">${t.term('progress', { current: index + 1, total: set.items.length })}</span> ${statement}` : screenHeading(statement),
      hint: !list && set.prompt && html`<span lang=${lang}>${set.prompt}</span>`,
      error: this.invalid.includes(index) ? t.term(list ? 'missing' : 'required', { number: index + 1 }) : undefined,
      choices: set.options.map(({ value, label }, n) => ({ value: `${value}`, label, id: `s${index}-${n}` })),
      checked: (value) => this.answers[index] === +value,
      onChange: (event) => this.#choose(index, +(event.target as HTMLInputElement).value),
    });
  }

  /** The intro, one statement, or (list mode) the intro and every statement: one form. */
  #renderForm(set: ItemSet) {
    const t = this.#localize;
    const at = this.at;
    const list = this.#list;
    const total = set.items.length;
    const intro = at < 0 && !list;
    const lang = set.lang ?? nothing;
    return html`<form class="screen" part="screen" novalidate @submit=${this.#onSubmit}>
      ${list ? errorSummary(t, this.invalid.map((index) => ({ field: `s${index}-0`, message: t.term('missing', { number: index + 1 }) })), 3) : nothing}
      ${list || intro
        ? html`${screenHeading(set.title ?? t.term('title'))}
            <p>${t.term('intro', { count: total })}</p>
            <p class="callout">${t.term('notice')}</p>
            <p class="note">${t.term(this.remember ? 'privacyRemember' : 'privacy')}</p>`
        : progressBar(t, at + 1, total)}
      ${list
        ? html`${set.prompt ? html`<p class="subheading" lang=${lang}>${set.prompt}</p>` : nothing}
            <ol class="items">
              ${set.items.map((_, index) => html`<li>${this.#renderStatement(set, index)}</li>`)}
            </ol>`
        : intro
          ? nothing
          : this.#renderStatement(set, at)}
      <div class="actions">
        <button class="primary" part="button">${t.term(intro ? (this.#resumeAt === undefined ? 'start' : 'resume') : list || at === total - 1 ? 'finish' : 'next')}</button>
        ${list || intro
          ? nothing
          : html`<button
              type="button"
              class="button"
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
    const { band } = scoreAnswers(set, this.answers)!;
    // The set may be written in another language than the widget's own words: mark its text.
    const lang = set.lang ?? nothing;
    return html`<div class="screen" part="screen result">
      ${screenHeading(html`<span class="note count">${t.term('result')}</span> <span lang=${lang}>${band.title}</span>`)}
      <p lang=${lang}>${band.meaning}</p>
      ${band.steps.length
        ? html`<span class="subheading" role="heading" aria-level="3">${t.term('nextSteps')}</span>
            <ul class="steps" lang=${lang}>
              ${band.steps.map((step) => html`<li>${step.text} ${this.#stepLink(step)}</li>`)}
            </ul>`
        : nothing}
      <p class="note">${t.term('notice')}</p>
    </div>`;
  }

  /**
   * A next step's link: its own `href`, or a named one from the settings: `groups` is
   * `groups-href`; `talk` is the provider's scheduling page, else a call to its phone.
   * Nothing when the setting is missing: the step stays as text.
   */
  #stepLink({ href, label, link: named }: NextStep) {
    const t = this.#localize;
    const { scheduleHref, phone } = this.provider ?? {};
    const url = named === 'groups' ? safeUrl(this.groupsHref) : named ? scheduleHref : href;
    if (url) return link(t, url, label ?? (named ? t.term(named) : url));
    return named === 'talk' ? callLink(t, phone) : nothing;
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
        ${set ? (this.at < set.items.length ? this.#renderForm(set) : this.#renderResult(set)) : nothing}
        ${set && this.answers.some((answer) => answer !== null)
          ? html`<div class="actions"><button type="button" class="link" @click=${this.startOver}>${t.term('startOver')}</button></div>`
          : nothing}
        <div class="visually-hidden" role="status">${this.status}</div>
      </div>
    `;
  }
}
