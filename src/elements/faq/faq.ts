import { html, nothing, render, type PropertyDeclarations, type PropertyValues } from 'lit';
import { isHeadingLevel, quote } from '../../core/config.js';
import { checkFaqItems, assignIds, toFaqEntries } from '../../core/faq-items.js';
import { foldText } from '../../core/text.js';
import { jsonChild, loadConfig } from '../../shared/config-source.js';
import { emit } from '../../shared/emit.js';
import { Localize, plural } from '../../shared/localize.js';
import { RecoveryElement } from '../../shared/recovery-element.js';
import { baseStyles } from '../../shared/theme.js';
import { faqStrings } from './faq.strings.js';
import { faqStyles } from './faq.styles.js';
import { publishStructuredData, withdrawStructuredData } from './structured-data.js';
import { LatestLoad } from '../../shared/latest-load.js';

/** Fired when a question opens or closes. */
export const FAQ_TOGGLE_EVENT = 'recovery-faq-toggle';
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

/**
 * A question as rendered: its answer is either paragraphs from JSON or light-DOM HTML shown
 * through a slot (`wrapper`). Nothing else is kept per question: on a page with hundreds of
 * questions, every per-item object and closure counts.
 */
interface Item {
  id: string;
  question: string;
  paragraphs?: string[];
  wrapper?: HTMLElement;
}

/** The answer as plain text, for search and structured data: read when needed, not kept. */
function answerText(item: Item): string {
  return item.paragraphs?.join('\n\n') ?? item.wrapper?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Beyond six panels, `region` landmarks crowd a screen reader's landmark list (WAI-ARIA APG). */
const MAX_REGIONS = 6;

/** One question's empty markup, cloned for each question (see `buildItems`). */
let itemShell: HTMLElement | undefined;

function createItemShell(): HTMLElement {
  const holder = document.createElement('div');
  render(
    html`<div class="item" part="item">
      <div class="heading" role="heading"><button class="question" part="question" type="button"></button></div>
      <div class="answer" part="answer"></div>
    </div>`,
    holder,
  );
  return holder.querySelector('.item')!;
}

/** Light-DOM answers we wrapped, so a re-read (reconnect, new children) wraps each once. */
const answerWrappers = new WeakMap<HTMLDetailsElement, HTMLElement>();

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
 * @slot - `<details>` questions, or one `<script type="application/json">`.
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

  static override properties: PropertyDeclarations = {
    src: {},
    single: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    searchable: { type: Boolean, reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    open: {},
    items: { state: true },
    openIds: { state: true },
    query: { state: true },
  };

  /** URL of the questions as JSON (used when there is no child JSON script). */
  src?: string;

  /** Keep at most one answer open. */
  single = false;

  /** Heading level of each question, 2–6, to fit the page's outline. */
  headingLevel = 3;

  /** Show a search box that filters the questions. */
  searchable = false;

  /** Add these questions to the page's one schema.org `FAQPage` JSON-LD block. */
  structuredData = false;

  /** Space-separated ids of questions to show open at first. */
  open?: string;

  private items: Item[] = [];
  private openIds: ReadonlySet<string> = new Set();
  private query = '';

  private readonly localize = new Localize(this, faqStrings);
  private source: 'json' | 'details' | undefined;
  #loads = new LatestLoad();
  /** Each question and answer folded for search, built on the first query (most visitors never search). */
  private haystacks?: string[];
  /** The text of the JSON child last read, so that a replaced one is read again. */
  private loadedJson?: string;
  /** Which questions the search shows, as the last render computed it. */
  private shown: boolean[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    if (this.structuredData && this.items.length) this.publish();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    withdrawStructuredData(this);
  }

  /** Opens (`true`), closes (`false`) or flips the question with this id. */
  toggle(id: string, open = !this.openIds.has(id)): void {
    if (!this.items.some((item) => item.id === id) || this.openIds.has(id) === open) return;
    const next = new Set(open && this.single ? [] : this.openIds);
    if (open) next.add(id);
    else next.delete(id);
    const changed = this.items.filter((item) => next.has(item.id) !== this.openIds.has(item.id));
    this.openIds = next;
    for (const item of changed) emit<FaqToggleDetail>(this, FAQ_TOGGLE_EVENT, { id: item.id, open: next.has(item.id) });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || !this.hasUpdated) this.load();
    if (changed.has('headingLevel') && !isHeadingLevel(this.headingLevel)) {
      this.reportConfigError('heading-level', `${quote(this.getAttribute('heading-level') ?? this.headingLevel)} is not 2–6; using 3`);
    }
    if (changed.has('open') && this.open != null && typeof this.open !== 'string') {
      this.reportConfigError('open', `expected space-separated ids as text, got ${typeof this.open}; opening none`);
    }
    if (changed.has('open') && this.hasUpdated) this.openIds = this.initiallyOpen();
  }

  protected override updated(changed: PropertyValues): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.items')!;
    if (changed.has('items')) this.buildItems(container);
    this.syncItems(container, this.shown);
    if (changed.has('items') || changed.has('structuredData')) {
      if (this.structuredData && this.items.length) this.publish();
      else withdrawStructuredData(this);
    }
  }

  private async load(): Promise<void> {
    const isLatest = this.#loads.start();
    this.loadedJson = jsonChild(this)?.textContent ?? undefined;
    const loaded = await loadConfig(this, this.src, checkFaqItems);
    // A newer `src` may have been set while this one was loading.
    if (!isLatest()) return;
    this.configError = false;
    if (!loaded) {
      this.readDetails();
      return;
    }
    if (!loaded.ok) {
      const hasFallback = this.querySelector(':scope > details') !== null;
      this.reportConfigError(loaded.from, loaded.error + (hasFallback ? '; showing the <details> children instead' : ''), { fatal: !hasFallback });
      if (hasFallback) this.readDetails();
      return;
    }
    this.source = 'json';
    this.setItems(toFaqEntries(loaded.value));
  }

  /**
   * Turns `<details>` children into items. Each answer's nodes move into a wrapper that is
   * slotted into our panel, so the site's HTML stays in the light DOM (styled by the site,
   * read by crawlers and reader modes) while the `<details>` shells are left unrendered.
   */
  private readDetails(): void {
    this.source = 'details';
    const all = [...this.querySelectorAll<HTMLDetailsElement>(':scope > details')].map((element) => ({
      element,
      id: element.id || undefined,
      question: element.querySelector(':scope > summary')?.textContent?.trim() || '',
    }));
    // A question with no words has nothing to show or to find: it is left out, and said.
    const details = all.filter((entry) => entry.question);
    this.configError = false;
    if (details.length < all.length) {
      this.reportConfigError('<details>', `${all.length - details.length} of them have an empty <summary>; leaving those out`, { fatal: !details.length });
    }
    const entries = assignIds(details);
    this.setItems(
      entries.map(({ element, id, question }, index) => {
        let wrapper = answerWrappers.get(element);
        if (!wrapper) {
          wrapper = document.createElement('div');
          wrapper.append(...[...element.childNodes].filter((node) => node.nodeName !== 'SUMMARY'));
          element.after(wrapper);
          answerWrappers.set(element, wrapper);
        }
        wrapper.slot = `answer-${index}`;
        return { id, question, wrapper };
      }),
    );
  }

  private setItems(items: Item[]): void {
    const first = !this.items.length;
    const ids = new Set(items.map((item) => item.id));
    this.items = items;
    this.haystacks = undefined;
    // A later re-read (new <details> children) keeps what the visitor opened.
    this.openIds = first ? this.initiallyOpen() : new Set([...this.openIds].filter((id) => ids.has(id)));
    if (first) this.updateComplete.then(() => this.openFromHash());
  }

  private initiallyOpen(): Set<string> {
    // A property set from script may hold anything: only text names questions.
    const wanted = new Set(typeof this.open === 'string' ? this.open.split(/\s+/).filter(Boolean) : []);
    const ids = this.items.map((item) => item.id).filter((id) => wanted.has(id));
    return new Set(this.single ? ids.slice(0, 1) : ids);
  }

  private publish(): void {
    publishStructuredData(this, this.items.map((item) => ({ question: item.question, answer: answerText(item) })));
  }

  private readonly onHashChange = (): void => {
    this.openFromHash();
  };

  /** Opens, reveals, scrolls to and focuses the question named by the URL's `#id`. */
  private async openFromHash(): Promise<void> {
    const id = decodeHash(location.hash);
    const index = this.items.findIndex((item) => item.id === id);
    if (index < 0) return;
    if (!this.matchesQuery(index)) this.query = '';
    this.toggle(id, true);
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLButtonElement>(`#q-${index}`);
    button?.scrollIntoView({ block: 'start' });
    button?.focus({ preventScroll: true });
  }

  private matchesQuery(index: number): boolean {
    // Without the search box (turned off after a search), nothing may stay filtered out of sight.
    const words = this.searchable ? foldText(this.query).split(/\s+/).filter(Boolean) : [];
    if (!words.length) return true;
    this.haystacks ??= this.items.map((item) => foldText(`${item.question} ${answerText(item)}`));
    return words.every((word) => this.haystacks![index].includes(word));
  }

  /** One listener for every question (not one per question): the question's index is in its id. */
  private onClick(event: Event): void {
    const button = (event.target as Element).closest('.question');
    if (button) this.toggle(this.items[Number(button.id.slice(2))].id);
  }

  /** Find-in-page found text in a collapsed answer (`beforematch` bubbles from it): open it. */
  private onBeforeMatch(event: Event): void {
    this.toggle(this.items[Number((event.target as Element).id.slice(2))].id, true);
  }

  private onSlotChange(): void {
    // New children (a CMS preview, a script) are picked up as they come: a JSON child added or
    // replaced is read again; new or removed <details> are re-read.
    const json = jsonChild(this)?.textContent ?? undefined;
    if (json !== undefined && json !== this.loadedJson) this.load();
    else if (this.source === 'details') this.readDetails();
  }

  /** Up/Down/Home/End move between the visible questions (WAI-ARIA APG accordion). */
  private onKeyDown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.item:not([hidden]) .question')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const last = buttons.length - 1;
    const next = { ArrowDown: current === last ? 0 : current + 1, ArrowUp: current === 0 ? last : current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[next].focus();
  }

  private renderSearch(visible: number) {
    const t = this.localize;
    const query = this.query.trim();
    const status = !query ? '' : visible ? plural(t, 'matches', { count: visible, total: this.items.length }) : t.term('noMatches', { query });
    return html`
      <div class="search">
        <label for="search">${t.term('searchLabel')}</label>
        <p class="hint" id="search-hint">${t.term('searchHint')}</p>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          aria-describedby="search-hint"
          .value=${this.query}
          @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
        />
        <p class="count" role="status">${status}</p>
      </div>
    `;
  }

  /**
   * Builds the questions' markup, once per set of items. Hundreds of FAQs of twenty questions
   * sit on some pages: each question is a clone of one small DOM structure, with no template
   * instance, binding or listener of its own (one delegated listener serves them all), so a
   * question costs the page its DOM nodes and nothing more. `syncItems` then keeps the state.
   */
  private buildItems(container: HTMLElement): void {
    const region = this.items.length <= MAX_REGIONS;
    container.replaceChildren(
      ...this.items.map((item, index) => {
        const shell = (itemShell ??= createItemShell()).cloneNode(true) as HTMLElement;
        const button = shell.firstElementChild!.firstElementChild as HTMLButtonElement;
        const answer = shell.lastElementChild as HTMLElement;
        button.id = `q-${index}`;
        button.setAttribute('aria-controls', `a-${index}`);
        button.textContent = item.question;
        answer.id = `a-${index}`;
        answer.setAttribute('aria-labelledby', `q-${index}`);
        if (region) answer.setAttribute('role', 'region');
        if (item.wrapper) {
          const slot = document.createElement('slot');
          slot.name = item.wrapper.slot;
          answer.append(slot);
        } else {
          answer.append(...item.paragraphs!.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
        }
        return shell;
      }),
    );
  }

  /** Brings every question's open state, visibility and heading level up to date. */
  private syncItems(container: HTMLElement, shown: boolean[]): void {
    const level = String(isHeadingLevel(this.headingLevel) ? this.headingLevel : 3);
    this.items.forEach((item, index) => {
      const shell = container.children[index] as HTMLElement;
      const heading = shell.firstElementChild!;
      const open = this.openIds.has(item.id);
      shell.hidden = !shown[index];
      heading.setAttribute('aria-level', level);
      heading.firstElementChild!.setAttribute('aria-expanded', String(open));
      // Collapsed answers stay findable with find-in-page (`beforematch` opens them).
      if (open) shell.lastElementChild!.removeAttribute('hidden');
      else shell.lastElementChild!.setAttribute('hidden', 'until-found');
    });
  }

  protected override render() {
    const shown = this.items.map((_, index) => this.matchesQuery(index));
    this.shown = shown;
    return html`
      <div class="base" part="base" data-theme=${this.resolvedTheme} lang=${this.localize.lang}>
        ${this.renderConfigError(this.localize.term('unavailable'))}
        ${this.searchable && this.items.length ? this.renderSearch(shown.filter(Boolean).length) : nothing}
        <!-- The questions: built and kept up to date by buildItems and syncItems, not by a template. -->
        <div class="items" @keydown=${this.onKeyDown} @click=${this.onClick} @beforematch=${this.onBeforeMatch}></div>
        <slot hidden @slotchange=${this.onSlotChange}></slot>
      </div>
    `;
  }
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}
