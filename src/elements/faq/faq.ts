import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isHeadingLevel, quote } from '../../core/config.js';
import { focusIndex, idFromHash, initiallyOpenIds, questionIds, searchWords, shownBySearch, toggledIds } from '../../core/faq-items.js';
import { foldText } from '../../core/text.js';
import { hasConfig, jsonChild, type LoadedConfig } from '../../shared/config-source.js';
import { emit } from '../../shared/emit.js';
import { LatestLoad } from '../../shared/latest-load.js';
import { Localize } from '../../shared/localize.js';
import { RecoveryElement } from '../../shared/recovery-element.js';
import { baseStyles } from '../../shared/theme.js';
import { faqStrings } from './faq.strings.js';
import { faqStyles } from './faq.styles.js';
import { searchBox } from './faq-search.js';
import { answerText, buildQuestions, readDetails, sameNodes, syncQuestions, type Question } from './faq-questions.js';

/** Fired when a question opens or closes. */
export const FAQ_TOGGLE_EVENT = 'recovery-faq-toggle';
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

/** No question open: one shared empty set, not one per FAQ. */
const NONE_OPEN: ReadonlySet<string> = new Set();

/** The JSON-LD writer, a file of its own: fetched only on pages with a `structured-data` FAQ. */
let structuredData: Promise<typeof import('./structured-data.js')> | undefined;

/**
 * @tagname recovery-faq
 * @summary An accessible FAQ accordion (WAI-ARIA APG pattern) from JSON, a URL, or plain `<details>`.
 *
 * @description Content, first found wins: a child `<script type="application/json">`
 * (`[{"id"?, "question", "answer"}]`, plain-text answers, a blank line starts a paragraph),
 * the `src` URL of the same JSON, or `<details><summary>Question</summary>Answer…</details>`
 * children, whose answers stay in the page (they work without JavaScript and keep their
 * rich HTML). Each question has a stable id; `#id` in the URL opens and scrolls to it.
 * Collapsed answers stay findable with the browser's find-in-page.
 *
 * @event recovery-faq-toggle - A question opened or closed. `detail: {id: string, open: boolean}`.
 *
 * @csspart base - The widget's box: colours, font, radius.
 * @csspart search - The filter input (with `searchable`).
 * @csspart item - One question with its answer.
 * @csspart question - The button that toggles an answer.
 * @csspart answer - The answer panel.
 * @csspart error - The message shown when the questions could not be loaded.
 *
 * @cssprop --recovery-color-text - Text colour.
 * @cssprop --recovery-color-muted - Secondary text (hints, counts).
 * @cssprop --recovery-color-surface - Background of the widget.
 * @cssprop --recovery-color-surface-alt - Background of a hovered question.
 * @cssprop --recovery-color-border - Lines between questions.
 * @cssprop --recovery-color-control-border - Border of the search box.
 * @cssprop --recovery-color-accent - Links and accents.
 * @cssprop --recovery-color-focus - Focus ring colour.
 * @cssprop --recovery-focus-ring-width - Focus ring width (default 3px).
 * @cssprop --recovery-radius - Corner radius.
 * @cssprop --recovery-space - Base spacing unit (default 1rem).
 * @cssprop --recovery-font-family - Font family (default: inherited from the page).
 * @cssprop --recovery-font-size - Base font size (default 1rem).
 * @cssprop --recovery-line-height - Line height (default 1.5).
 * @cssprop --recovery-faq-border-color - Lines between questions (falls back to --recovery-color-border).
 * @cssprop --recovery-faq-question-color - Question text colour.
 * @cssprop --recovery-faq-question-font-size - Question font size (default 1.0625em).
 * @cssprop --recovery-faq-question-hover-background - Background of a hovered question.
 */
export class RecoveryFaq extends RecoveryElement {
  static override styles = [baseStyles, faqStyles];

  /** URL of the questions as JSON (used when there is no child JSON script). */
  @property()
  src?: string;

  /** Keep at most one answer open. */
  @property({ type: Boolean, reflect: true })
  single = false;

  /** Heading level of each question, 2–6, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel = 3;

  /** Show a search box that filters the questions. */
  @property({ type: Boolean, reflect: true })
  searchable = false;

  /** Add these questions to the page's one schema.org `FAQPage` JSON-LD block. */
  @property({ type: Boolean, attribute: 'structured-data' })
  structuredData = false;

  /** Space-separated ids of questions to show open at first. */
  @property()
  open?: string;

  @state() private items: Question[] = [];
  @state() private openIds: ReadonlySet<string> = NONE_OPEN;
  @state() private query = '';

  readonly #localize = new Localize(this, faqStrings);
  readonly #loads = new LatestLoad();
  /** The `<details>` children last read, when they are the source. */
  #details?: NodeListOf<HTMLDetailsElement>;
  /** Questions being read from a child JSON script. */
  #reading?: Promise<unknown>;
  /** The text of the JSON child last read, so that a replaced one is read again. */
  #loadedJson?: string;
  /** Every question's id, worked out when first needed (a toggle, `open`, a deep link). */
  #ids?: string[];
  /** Each question and answer folded for search, built on the first query (most visitors never search). */
  #haystacks?: string[];
  /** Which questions the search shows, as the last render worked out; undefined when all are. */
  #shown?: boolean[];

  /** Watches for new children (a CMS preview, a script adding questions). */
  readonly #children = new MutationObserver(() => this.#onChildrenChange());

  override connectedCallback(): void {
    super.connectedCallback();
    this.#children.observe(this, { childList: true });
    // Children changed while it was away from the page count too.
    this.#onChildrenChange();
    window.addEventListener('hashchange', this.#onHashChange);
    this.#publish();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#children.disconnect();
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#publish();
  }

  /** Opens (`true`), closes (`false`) or flips the question with this id. */
  toggle(id: string, open = !this.openIds.has(id)): void {
    const ids = this.#questionIds();
    if (!ids.includes(id) || this.openIds.has(id) === open) return;
    const before = this.openIds;
    this.openIds = toggledIds(before, id, open, this.single);
    for (const each of ids) {
      if (this.openIds.has(each) !== before.has(each))
        emit<FaqToggleDetail>(this, FAQ_TOGGLE_EVENT, { id: each, open: this.openIds.has(each) });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || !this.hasUpdated) this.#load();
    if (changed.has('headingLevel') && this.headingLevel != null && !isHeadingLevel(this.headingLevel)) {
      this.reportConfigError('heading-level', `${quote(this.getAttribute('heading-level') ?? this.headingLevel)} is not 2–6; using 3`);
    }
    if (changed.has('open') && this.hasUpdated) this.openIds = this.#initiallyOpen();
  }

  /** Resolves once rendered, with the questions of a child JSON script in place (their checker is a file of its own). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let reading = this.#reading; reading; reading = this.#reading) {
      await reading;
      if (this.#reading === reading) this.#reading = undefined;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override updated(changed: PropertyValues): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.items')!;
    const level = isHeadingLevel(this.headingLevel) ? this.headingLevel : 3;
    const built = changed.has('items');
    if (built) buildQuestions(container, this.items);
    // Questions just built are in their first state (collapsed, level 3, shown): often nothing is left to do.
    if (!built || this.openIds.size || this.#shown || level !== 3) {
      const ids = this.openIds.size ? this.#questionIds() : [];
      syncQuestions(container, level, (index) => this.openIds.has(ids[index]), this.#shown);
    }
    if (built || changed.has('structuredData')) this.#publish();
  }

  #load(): void {
    const isLatest = this.#loads.start();
    this.#loadedJson = jsonChild(this)?.textContent ?? undefined;
    // Parsed, with no JSON: the <details> are read at once, within this update.
    if (document.readyState !== 'loading' && this.#loadedJson === undefined && !this.src) return this.#show(undefined);
    // A newer `src` may be set while this one loads: only the latest load is shown.
    const reading = this.#loadJson().then((loaded) => isLatest() && this.#show(loaded));
    // A child script needs no network: `updateComplete` waits for its questions (see getUpdateComplete).
    if (this.#loadedJson !== undefined) this.#reading = reading;
  }

  #show(loaded: LoadedConfig<Question[]> | undefined): void {
    this.configError = false;
    if (!loaded) return this.#readDetails();
    if (!loaded.ok) {
      const hasFallback = this.querySelector(':scope > details') !== null;
      this.reportConfigError(loaded.from, loaded.error + (hasFallback ? '; showing the <details> children instead' : ''), {
        fatal: !hasFallback,
      });
      if (hasFallback) this.#readDetails();
      return;
    }
    this.#details = undefined;
    this.#setItems(loaded.value);
  }

  /** The questions as JSON, checked; their loader and checker are a file of their own, fetched only for a FAQ that has JSON. */
  async #loadJson(): Promise<LoadedConfig<Question[]> | undefined> {
    if (!(await hasConfig(this, this.src))) return undefined;
    try {
      return await (await import('./faq-loader.js')).loadFaq(this, this.src);
    } catch (error) {
      return { from: 'JSON', ok: false, error: `could not be read: its checker did not load (${(error as Error).message})` };
    }
  }

  #readDetails(): void {
    const details = (this.#details = this.querySelectorAll<HTMLDetailsElement>(':scope > details'));
    const questions = readDetails(details);
    this.configError = false;
    if (questions.length < details.length) {
      this.reportConfigError('<details>', `${details.length - questions.length} of them have an empty <summary>; leaving those out`, {
        fatal: !questions.length,
      });
    }
    this.#setItems(questions);
    // The wrappers just added are not new children.
    this.#children.takeRecords();
  }

  #setItems(items: Question[]): void {
    const first = !this.items.length;
    const wasOpen = this.openIds;
    this.items = items;
    this.#ids = this.#haystacks = undefined;
    // A later re-read (new <details> children) keeps what the visitor opened.
    this.openIds = first ? this.#initiallyOpen() : wasOpen.size ? new Set(this.#questionIds().filter((id) => wasOpen.has(id))) : NONE_OPEN;
    if (first) this.updateComplete.then(() => this.#openFromHash());
  }

  #questionIds(): string[] {
    return (this.#ids ??= questionIds(this.items));
  }

  #initiallyOpen(): ReadonlySet<string> {
    // Ids are worked out only when `open` names some.
    return this.open?.trim() ? initiallyOpenIds(this.#questionIds(), this.open, this.single) : NONE_OPEN;
  }

  /** Adds this FAQ's questions to the page's JSON-LD block, or takes them out. */
  #publish(): void {
    const wanted = () => this.structuredData && this.isConnected && this.items.length > 0;
    if (!wanted() && !structuredData) return;
    (structuredData ??= import('./structured-data.js')).then(
      // Decided once the file is in: the FAQ may have changed, or left the page, meanwhile.
      ({ publishStructuredData, withdrawStructuredData }) =>
        wanted()
          ? publishStructuredData(
              this,
              this.items.map((item) => ({ question: item.question, answer: answerText(item) })),
            )
          : withdrawStructuredData(this),
      (error: Error) => this.reportConfigError('structured-data', `the JSON-LD writer did not load (${error.message})`),
    );
  }

  readonly #onHashChange = (): void => void this.#openFromHash();

  /** Opens, reveals, scrolls to and focuses the question named by the URL's `#id`. */
  async #openFromHash(): Promise<void> {
    const id = idFromHash(location.hash);
    const index = id ? this.#questionIds().indexOf(id) : -1;
    if (index < 0) return;
    if (this.#filter()?.[index] === false) this.query = '';
    this.toggle(id, true);
    await this.updateComplete;
    const button = this.renderRoot.querySelector('.items')!.children[index]?.querySelector('button');
    button?.scrollIntoView({ block: 'start' });
    button?.focus({ preventScroll: true });
  }

  /** Which questions the search shows; undefined when it shows them all. */
  #filter(): boolean[] | undefined {
    // Without the search box (turned off after a search), nothing may stay filtered out of sight.
    const words = this.searchable ? searchWords(this.query) : [];
    if (!words.length) return undefined;
    this.#haystacks ??= this.items.map((item) => foldText(`${item.question} ${answerText(item)}`));
    return shownBySearch(this.#haystacks, words);
  }

  /** One listener for every question (not one per question): the question is found by its place. */
  #onClick(event: Event): void {
    const item = (event.target as Element).closest('.question')?.parentElement!.parentElement;
    if (item) this.toggle(this.#questionIds()[[...item.parentElement!.children].indexOf(item)]);
  }

  /** Find-in-page found text in a collapsed answer (`beforematch` bubbles from it): open it. */
  #onBeforeMatch(event: Event): void {
    this.toggle(this.#questionIds()[Number((event.target as Element).id.slice(2))], true);
  }

  #onChildrenChange(): void {
    // Before the first update there is nothing read yet to compare with.
    if (!this.hasUpdated) return;
    // A JSON child added or replaced is read again; new or removed <details> are re-read.
    const json = jsonChild(this)?.textContent ?? undefined;
    if (json !== undefined && json !== this.#loadedJson) this.#load();
    else if (this.#details && !sameNodes(this.#details, this.querySelectorAll(':scope > details'))) this.#readDetails();
  }

  /** Up/Down/Home/End move between the visible questions (WAI-ARIA APG accordion). */
  #onKeyDown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.item:not([hidden]) .question')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    const next = current < 0 ? undefined : focusIndex(event.key, current, buttons.length);
    if (next === undefined) return;
    event.preventDefault();
    buttons[next].focus();
  }

  protected override render() {
    const t = this.#localize;
    this.#shown = this.#filter();
    const visible = this.#shown ? this.#shown.filter(Boolean).length : this.items.length;
    return html`
      <div class="base" part="base" data-theme=${this.resolvedTheme} lang=${t.lang}>
        ${this.configError ? this.renderConfigError(t.term('unavailable')) : nothing}
        ${
          this.searchable && this.items.length
            ? searchBox(t, this.query, visible, this.items.length, (query) => (this.query = query))
            : nothing
        }
        <!-- The questions, built and kept up to date by faq-questions.ts; the children are read, not slotted. -->
        <div class="items" @keydown=${this.#onKeyDown} @click=${this.#onClick} @beforematch=${this.#onBeforeMatch}></div>
      </div>
    `;
  }
}
