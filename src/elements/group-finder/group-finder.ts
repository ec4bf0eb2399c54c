import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { byAudience, findGroups, listPrograms, parseIdList, type Answers, type Found, type Program, type Role } from '../../core/groups.js';
import {
  FIRST_SHOWN,
  NO_ANSWERS,
  QUESTIONS,
  questionsFor,
  resultsDetail,
  unknownIds,
  type FormAnswers,
} from '../../core/group-finder-form.js';
import { isHeadingLevel } from '../../core/config.js';
import { PROGRAMS } from '../../data/programs.js';
import { emit } from '../../shared/emit.js';
import { LazyLocalize } from '../../shared/lazy-localize.js';
import { plural } from '../../shared/localize.js';
import { SensitiveElement } from '../../shared/sensitive-element.js';
import { baseStyles } from '../../shared/theme.js';
import { buttonStyles } from '../../shared/ui/buttons.js';
import { cardStyles, screenHeading } from '../../shared/ui/card.js';
import { choiceGroup, choiceStyles } from '../../shared/ui/choices.js';
import { crisisLines, crisisStyles } from '../../shared/ui/crisis-lines.js';
import { errorStyles, errorSummary } from '../../shared/ui/error-summary.js';
import { linkStyles } from '../../shared/ui/links.js';
import { UI_STRINGS_EN } from '../../shared/ui/ui.strings.js';
import { visuallyHiddenStyles } from '../../shared/visually-hidden.js';
import { groupFinderStrings } from './group-finder.strings.js';
import { groupFinderStyles } from './group-finder.styles.js';
import { localGroupsOf } from './local-groups.js';
import { programList } from './program-card.js';
import { LatestLoad } from '../../shared/latest-load.js';

/** Fired when the visitor asks for matches. Carries the answers the contract names and the ids shown, nothing else. */
export const GROUP_FINDER_RESULTS_EVENT = 'recovery-group-finder-results';
export interface GroupFinderResultsDetail {
  /** Always the visitor's own choice: results are shown only once they have said who they are. */
  role: Role;
  /** `null` for a visitor in recovery themselves, who is not asked about a loved one. */
  situation: Answers['situation'] | null;
  approach: Answers['approach'];
  format: Answers['format'];
  /** The programs that fit, best first (local groups first), including those behind "Show more". */
  ids: string[];
}

type View = 'form' | 'results' | 'all';

/**
 * @tagname recovery-group-finder
 * @summary "Find your support group": a few questions, then the programs that fit, each with why.
 *
 * @description Asks who the visitor is (partner, parent, teen, other relative or friend, or
 * in recovery themselves), where their loved one is now, the substance, the approach
 * (12-step, secular, faith-based) and how they would like to meet, then ranks a built-in
 * directory of national programs (Al-Anon, Nar-Anon, SMART Recovery Family & Friends,
 * CRAFT programs, GRASP, AA, NA, …) and says why each fits: the top five first, the rest
 * behind "Show more". "All programs" lists the directory in two groups, for family and
 * friends and for the person in recovery. "Call 988 · Text 988" is on every screen.
 * Answers never leave the browser, and are forgotten on a quick exit.
 *
 * A provider lists its own local groups (child `<script type="application/json">` or `src`),
 * shown first and marked "Near you" with its `org-name`, and hides programs with `exclude`.
 * Visitors are not told that groups can be added: that is the site owner's business (README).
 *
 * @event recovery-group-finder-results - Matches were shown. `detail: {role, situation, approach, format, ids}`; never the substance.
 *
 * @csspart base - The widget's box: colours, font, radius.
 * @csspart crisis - "Need help now? Call 988 · Text 988" and "More help lines".
 * @csspart form - The questions.
 * @csspart question - One question (a fieldset).
 * @csspart option - One answer (a tile with its radio button).
 * @csspart error-summary - "There is a problem", when no answer says who the visitor is.
 * @csspart submit - The "Show groups that fit" button.
 * @csspart heading - The heading of the results or of all programs.
 * @csspart results - The list of programs.
 * @csspart card - One program.
 * @csspart near-you - The "Near you" marker of a local group.
 * @csspart error - The message shown when local groups could not be loaded.
 *
 * @cssprop --recovery-color-text - Text colour.
 * @cssprop --recovery-color-muted - Secondary text (hints, counts).
 * @cssprop --recovery-color-surface - Background of the widget.
 * @cssprop --recovery-color-surface-alt - Background of a chosen or hovered answer.
 * @cssprop --recovery-color-border - Border of the widget and cards.
 * @cssprop --recovery-color-control-border - Border of the answers.
 * @cssprop --recovery-color-accent - Buttons, links, chosen answers.
 * @cssprop --recovery-color-on-accent - Text on the main button.
 * @cssprop --recovery-color-error - The error summary and the question's error.
 * @cssprop --recovery-color-focus - Focus ring colour.
 * @cssprop --recovery-focus-ring-width - Focus ring width (default 3px).
 * @cssprop --recovery-radius - Corner radius.
 * @cssprop --recovery-space - Base spacing unit (default 1rem).
 * @cssprop --recovery-font-family - Font family (default: inherited from the page).
 * @cssprop --recovery-font-size - Base font size (default 1rem).
 * @cssprop --recovery-line-height - Line height (default 1.5).
 */
export class RecoveryGroupFinder extends SensitiveElement {
  static override styles = [
    baseStyles,
    visuallyHiddenStyles,
    cardStyles,
    buttonStyles,
    choiceStyles,
    errorStyles,
    linkStyles,
    crisisStyles,
    groupFinderStyles,
  ];

  /** URL of the provider's local groups as JSON (used when there is no child JSON script). */
  @property()
  src?: string;

  /** Comma- or space-separated ids of programs to hide, e.g. `celebrate-recovery, pal`. */
  @property()
  exclude?: string;

  /** Heading level of the results heading, 2–6; each program's name is one level below. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel = 3;

  /** The organization's name on its local groups ("Near you · …"). Defaults to the provider's `org-name`. */
  @property({ attribute: 'org-name' })
  orgName?: string;

  @state() private view: View = 'form';
  @state() private answers: FormAnswers = { ...NO_ANSWERS };
  /** "Show groups that fit" was pressed with no answer to "who are you". */
  @state() private roleMissing = false;
  /** How many results are shown ("Show more" shows them all). */
  @state() private shown = FIRST_SHOWN;
  @state() private localGroups: Program[] = [];
  @state() private localError = false;
  /** Text of the polite live region; set after the view has changed so it is read once. */
  @state() private announcement = '';

  readonly #localize = new LazyLocalize(this, groupFinderStrings, { en: UI_STRINGS_EN });
  /** Content has been shown once (on a Spanish page, it waits for the Spanish file). */
  #started = false;
  #loads = new LatestLoad();
  #loading = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Not `hasUpdated`: should a render ever throw, that stays false, and each load's update would load again.
    if (changed.has('src') || !this.#loads.started) this.#load();
    // `null` is a removed attribute: the default, said nothing about.
    const level = this.headingLevel;
    if (changed.has('headingLevel') && level != null && !isHeadingLevel(level)) {
      this.reportConfigError('heading-level', `${level} is not 2–6; using 3`);
    }
    // While local groups load, `exclude` may name one of them: check once they are in.
    if (changed.has('exclude') && !this.#loading) this.#checkExclude();
  }

  /** Drops the answers and the results: the next person to pick up the device finds an empty form. */
  protected override forget(): void {
    this.answers = { ...NO_ANSWERS };
    this.view = 'form';
    this.roleMissing = false;
    this.shown = FIRST_SHOWN;
    this.announcement = '';
  }

  /** Loads the provider's local groups; should `src` change meanwhile, the newest load wins. */
  async #load(): Promise<void> {
    const isLatest = this.#loads.start();
    this.#loading = true;
    const loaded = await localGroupsOf(this, this.src);
    if (!isLatest()) return;
    this.#loading = false;
    this.localGroups = loaded?.ok ? loaded.value : [];
    this.localError = loaded?.ok === false;
    // The national directory still works: say so, and tell the site owner what to fix.
    if (loaded?.ok === false) this.reportConfigError(loaded.from, `${loaded.error}; showing national programs only`);
    this.#checkExclude();
  }

  /** An id in `exclude` that names nothing is most likely a typo: say which. */
  #checkExclude(): void {
    const unknown = unknownIds(this.#excluded, [...PROGRAMS, ...this.localGroups]);
    if (unknown.length)
      this.reportConfigError('exclude', `no program has the id ${unknown.join(', ')} (see docs/group-finder.md for the ids)`);
  }

  get #excluded(): Set<string> {
    return parseIdList(this.exclude);
  }

  get #level(): number {
    return isHeadingLevel(this.headingLevel) ? this.headingLevel : 3;
  }

  get #org(): string | undefined {
    const own: unknown = this.orgName;
    return (typeof own === 'string' && own) || this.provider?.orgName;
  }

  /** The matches for the answers given; only asked once the visitor has said who they are. */
  get #found(): Found {
    return findGroups({ ...this.answers, role: this.answers.role! }, PROGRAMS, this.localGroups, this.#excluded);
  }

  protected override render() {
    const t = this.#localize;
    // A Spanish page shows nothing until its Spanish is in: a blink of English would be worse.
    if (!this.#started && t.ready()) return nothing;
    this.#started = true;
    return html`
      <div class="base card" part="base" data-theme=${this.resolvedTheme} lang=${t.lang}>
        ${this.renderQuickExit()} ${crisisLines(t, this.provider?.crisisLines)}
        ${this.localError ? html`<p class="callout" part="error" role="status">${t.term('localError')}</p>` : nothing}
        ${this.view === 'form' ? this.#renderForm() : this.view === 'results' ? this.#renderResults() : this.#renderAll()}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </div>
    `;
  }

  #renderForm() {
    const t = this.#localize;
    const missing = this.roleMissing ? t.term('roleMissing') : undefined;
    return html`
      <form part="form" novalidate @submit=${this.#onSubmit}>
        ${errorSummary(t, missing ? [{ field: 'role-partner', message: missing }] : [], this.#level)}
        ${questionsFor(this.answers.role).map((name) =>
          choiceGroup(t, {
            id: name,
            name,
            // A visitor in recovery is asked about their own use, not a loved one's.
            legend: t.term(name === 'substance' && this.answers.role === 'self' ? 'substanceLegendSelf' : `${name}Legend`),
            choices: QUESTIONS[name].map((value) => ({ value, label: t.term(`${name}-${value}` as 'role-self'), id: `${name}-${value}` })),
            checked: (value) => this.answers[name] === value,
            onChange: this.#onChange,
            error: name === 'role' ? missing : undefined,
          }),
        )}
        <p class="note">${t.term('privacy')}</p>
        <div class="actions">
          <button class="primary" part="submit">${t.term('submit')}</button>
          ${this.#go('all', t.term('showAll'))}
        </div>
      </form>
    `;
  }

  #renderResults() {
    const t = this.#localize;
    const { matches, relaxed } = this.#found;
    const answers = questionsFor(this.answers.role)
      .map((name) => t.term(`${name}-${this.answers[name]}` as 'role-self'))
      .join(' · ');
    return html`
      <section part="results">
        ${screenHeading(t.term('resultsHeading'), this.#level)}
        <p class="hint">${this.#countText(matches.length)}</p>
        <p class="answers"><span>${t.term('yourAnswers')} ${answers}</span> ${this.#go('form', t.term('change'), 'link')}</p>
        ${relaxed.length ? html`<p class="callout">${t.term('relaxed')}</p>` : nothing}
        ${matches.length ? programList(t, matches.slice(0, this.shown), this.#level + 1, 'r', this.#org) : nothing}
        ${
          matches.length > this.shown
            ? html`<button type="button" class="link more" @click=${this.#showMore}>${t.term('showMore', { count: matches.length - this.shown })}</button>`
            : nothing
        }
        <div class="actions">
          ${this.#go('form', t.term('change'))}
          ${this.#go('all', t.term('showAll'))}
        </div>
      </section>
    `;
  }

  /** Every program, in two groups: for the visitor (family and friends), and for the person in recovery. */
  #renderAll() {
    const t = this.#localize;
    const level = this.#level;
    const groups = byAudience(listPrograms(PROGRAMS, this.localGroups, this.#excluded));
    return html`
      <section part="results">
        ${screenHeading(t.term('allHeading'), level)}
        ${(['family', 'self'] as const).map((audience) =>
          groups[audience].length
            ? html`<span class="subheading" role="heading" aria-level=${Math.min(level + 1, 6)}>${t.term(audience === 'self' ? 'forSelf' : 'forFamily')}</span>
                ${programList(t, groups[audience], level + 2, audience, this.#org)}`
            : nothing,
        )}
        <div class="actions">
          ${this.#go('form', t.term('back'))}
        </div>
      </section>
    `;
  }

  /** A button to another screen: "Change my answers", "See all programs", "Back to the questions". */
  #go(view: View, label: string, className = 'button') {
    return html`<button type="button" class=${className} @click=${() => this.#show(view)}>${label}</button>`;
  }

  /** "3 programs may fit your answers", or what to say when none does. */
  #countText(count: number): string {
    return count ? plural(this.#localize, 'found', { count }) : this.#localize.term('none');
  }

  #onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.answers = { ...this.answers, [input.name]: input.value };
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const role = this.answers.role;
    // GOV.UK's pattern: the summary takes focus, and its link leads to the question.
    this.roleMissing = !role;
    if (!role) return void this.#show('form');
    const { matches } = this.#found;
    this.shown = FIRST_SHOWN;
    this.#show('results', this.#countText(matches.length));
    emit<GroupFinderResultsDetail>(this, GROUP_FINDER_RESULTS_EVENT, resultsDetail({ ...this.answers, role }, matches));
  }

  /**
   * Changes view, then moves focus: to the new screen's heading, to the error summary, or
   * back on the form to the chosen answer; then announces.
   */
  async #show(view: View, announcement = ''): Promise<void> {
    this.view = view;
    this.announcement = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(view === 'form' && !this.roleMissing ? 'input:checked' : '[data-focus]')?.focus();
    // A new text in a live region that already exists is what screen readers announce.
    this.announcement = announcement;
  }

  /** Shows every result; focus goes to the first one that was hidden, and the new count is announced. */
  async #showMore(): Promise<void> {
    const first = this.shown;
    this.shown = Infinity;
    this.announcement = '';
    await this.updateComplete;
    const shown = this.renderRoot.querySelectorAll<HTMLElement>('li [data-focus]');
    shown[first]?.focus();
    this.announcement = this.#localize.term('showingAll', { count: shown.length });
  }
}
