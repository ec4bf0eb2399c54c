import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  checkLocalGroups,
  findGroups,
  FORMATS,
  listPrograms,
  localText,
  parseIdList,
  PREFERRED_APPROACHES,
  ROLES,
  SITUATIONS,
  SUBSTANCES,
  type Answers,
  type Listing,
  type Program,
  type Reason,
  type Role,
} from '../../core/groups.js';
import { isHeadingLevel } from '../../core/config.js';
import { dialHref } from '../../core/phone.js';
import { PROGRAM_IDS, PROGRAMS } from '../../data/programs.js';
import { loadConfig } from '../../shared/config-source.js';
import { emit } from '../../shared/emit.js';
import { Localize, plural } from '../../shared/localize.js';
import { SensitiveElement } from '../../shared/sensitive-element.js';
import { baseStyles } from '../../shared/theme.js';
import { visuallyHiddenStyles } from '../../shared/visually-hidden.js';
import { groupFinderStrings } from './group-finder.strings.js';
import { groupFinderStyles } from './group-finder.styles.js';

/** Fired when the visitor asks for matches. Carries the answers the contract names and the ids shown, nothing else. */
export const GROUP_FINDER_RESULTS_EVENT = 'recovery-group-finder-results';
export interface GroupFinderResultsDetail {
  role: Answers['role'];
  /** `null` for a visitor in recovery themselves, who is not asked about a loved one. */
  situation: Answers['situation'] | null;
  approach: Answers['approach'];
  format: Answers['format'];
  /** The programs shown, best fit first (local groups first). */
  ids: string[];
}

type View = 'form' | 'results' | 'all';

/** Each question: its name, options (first is the default unless `DEFAULTS` says otherwise). */
const QUESTIONS = {
  role: ROLES,
  situation: [...SITUATIONS, 'any'],
  substance: [...SUBSTANCES, 'any'],
  approach: ['any', ...PREFERRED_APPROACHES],
  format: ['any', ...FORMATS],
} as const;

/** One click gives results: a partner (the audience this library is built around), open to anything. */
const DEFAULTS: Answers = { role: 'partner', situation: 'any', substance: 'any', approach: 'any', format: 'any' };

/**
 * @tagname recovery-group-finder
 * @summary "Find your support group": a few questions, then the programs that fit, each with why.
 *
 * @description Asks who the visitor is (partner, parent, teen, other relative or friend, or
 * in recovery themselves), where their loved one is now, the substance, the approach
 * (12-step, secular, faith-based) and how they would like to meet, then ranks a built-in
 * directory of national programs (Al-Anon, Nar-Anon, SMART Recovery Family & Friends,
 * CRAFT programs, GRASP, AA, NA, …) and says why each fits. A provider adds its own local
 * groups (child `<script type="application/json">` or `src`), listed first and marked
 * "near you", and hides programs with `exclude`. Answers never leave the browser.
 *
 * @slot - One optional `<script type="application/json">` with local groups (see docs/group-finder.md).
 *
 * @event recovery-group-finder-results - Matches were shown. `detail: {role, situation, approach, format, ids}`; never the substance.
 *
 * @csspart base - The widget's box: colours, font, radius.
 * @csspart form - The questions.
 * @csspart question - One question (a fieldset).
 * @csspart submit - The "Show groups that fit" button.
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
 * @cssprop --recovery-color-focus - Focus ring colour.
 * @cssprop --recovery-focus-ring-width - Focus ring width (default 3px).
 * @cssprop --recovery-radius - Corner radius.
 * @cssprop --recovery-space - Base spacing unit (default 1rem).
 * @cssprop --recovery-font-family - Font family (default: inherited from the page).
 * @cssprop --recovery-font-size - Base font size (default 1rem).
 * @cssprop --recovery-line-height - Line height (default 1.5).
 */
export class RecoveryGroupFinder extends SensitiveElement {
  static override styles = [baseStyles, visuallyHiddenStyles, groupFinderStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    exclude: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    orgName: { attribute: 'org-name' },
    view: { state: true },
    answers: { state: true },
    localGroups: { state: true },
    localError: { state: true },
    announcement: { state: true },
  };

  /** URL of the provider's local groups as JSON (used when there is no child JSON script). */
  src?: string;

  /** Comma- or space-separated ids of programs to hide, e.g. `celebrate-recovery, pal`. */
  exclude?: string;

  /** Heading level of the results heading, 2–6; each program's name is one level below. */
  headingLevel = 3;

  /** The organisation's name on its local groups ("Near you · …"). Defaults to the provider's `org-name`. */
  orgName?: string;

  private view: View = 'form';
  private answers: Answers = { ...DEFAULTS };
  private localGroups: Program[] = [];
  private localError = false;
  /** Text of the polite live region; set after the view has changed so it is read once. */
  private announcement = '';

  private readonly localize = new Localize(this, groupFinderStrings);
  private loads = 0;
  private loading = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || !this.hasUpdated) this.load();
    if (changed.has('headingLevel') && !isHeadingLevel(this.headingLevel)) {
      this.reportConfigError('heading-level', `${this.getAttribute('heading-level')} is not 2–6; using 3`);
    }
    // While local groups load, `exclude` may name one of them: check once they are in.
    if (changed.has('exclude') && !this.loading) this.checkExclude();
  }

  private async load(): Promise<void> {
    const load = ++this.loads;
    this.loading = true;
    const loaded = await loadConfig(this, this.src, (data) => checkLocalGroups(data, PROGRAM_IDS));
    // A newer `src` may have been set while this one was loading.
    if (load !== this.loads) return;
    this.loading = false;
    this.localError = false;
    this.localGroups = [];
    if (loaded) {
      if (loaded.ok) {
        this.localGroups = loaded.value;
      } else {
        // The national directory still works: say so, and tell the site owner what to fix.
        this.reportConfigError(loaded.from, `${loaded.error}; showing national programs only`);
        this.localError = true;
      }
    }
    this.checkExclude();
  }

  /** An id in `exclude` that names nothing is most likely a typo: say which. */
  private checkExclude(): void {
    const known = new Set([...PROGRAM_IDS, ...this.localGroups.map((group) => group.id)]);
    const unknown = [...parseIdList(this.exclude)].filter((id) => !known.has(id));
    if (unknown.length) this.reportConfigError('exclude', `no program has the id ${unknown.join(', ')} (see docs/group-finder.md for the ids)`);
  }

  private get excluded(): Set<string> {
    return parseIdList(this.exclude);
  }

  private get level(): number {
    return isHeadingLevel(this.headingLevel) ? this.headingLevel : 3;
  }

  private get org(): string | undefined {
    return this.orgName || this.provider?.orgName;
  }

  private get found() {
    return findGroups(this.answers, PROGRAMS, this.localGroups, this.excluded);
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.answers = { ...this.answers, [input.name]: input.value };
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const { matches } = this.found;
    const { role, situation, approach, format } = this.answers;
    this.show('results', this.countText(matches.length));
    emit<GroupFinderResultsDetail>(this, GROUP_FINDER_RESULTS_EVENT, {
      role,
      situation: role === 'self' ? null : situation,
      approach,
      format,
      ids: matches.map((match) => match.program.id),
    });
  }

  private showAll(): void {
    // Focus moves to the "All support programs" heading, which says what is there.
    this.show('all');
  }

  /** Changes view, moves focus to its heading (or the first answer), then announces. */
  private async show(view: View, announcement = ''): Promise<void> {
    this.view = view;
    this.announcement = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(view === 'form' ? 'input:checked' : '.heading')?.focus();
    // A new text in a live region that already exists is what screen readers announce.
    this.announcement = announcement;
  }

  /** The questions asked: a visitor in recovery is not asked about a loved one's situation. */
  private asked(): Array<keyof Answers> {
    return (Object.keys(QUESTIONS) as Array<keyof Answers>).filter((name) => name !== 'situation' || this.answers.role !== 'self');
  }

  /** "Made for parents", "Focused on opioids", "Online, as you asked" (format and approach reasons share the answers' labels). */
  private reasonText(reason: Reason): string {
    const [kind, role] = reason.split(/-(.*)/) as [string, Role];
    const t = this.localize;
    if (kind === 'madeFor' || kind === 'welcomes') return t.term(`why-${kind}`, { who: t.term(`who-${role}`) });
    if (kind === 'format' || kind === 'approach') return t.term('asAsked', { what: t.term(reason as 'format-online') });
    return t.term(`why-${reason as 'helps-bereaved'}`);
  }

  private renderQuestion(name: keyof Answers) {
    const t = this.localize;
    // A visitor in recovery is asked about their own use, not a loved one's.
    const legend = name === 'substance' && this.answers.role === 'self' ? 'substanceLegendSelf' : (`${name}Legend` as const);
    return html`
      <fieldset part="question">
        <legend>${t.term(legend)}</legend>
        <div class="options">
          ${QUESTIONS[name].map(
            (value) => html`
              <label class="option">
                <input type="radio" name=${name} .value=${value} .checked=${this.answers[name] === value} @change=${this.onChange} />
                <span>${t.term(`${name}-${value}` as 'role-partner')}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderForm() {
    const t = this.localize;
    return html`
      <form part="form" @submit=${this.onSubmit}>
        ${this.asked().map((name) => this.renderQuestion(name))}
        <p class="hint">${t.term('privacy')}</p>
        <div class="actions">
          <button type="submit" class="primary" part="submit">${t.term('submit')}</button>
          <button type="button" @click=${this.showAll}>${t.term('showAll')}</button>
        </div>
      </form>
    `;
  }

  private renderCard({ program, local, reasons }: Listing & { reasons?: Reason[] }, index: number) {
    const t = this.localize;
    const lang = t.lang;
    const name = localText(program.name, lang);
    const place = localText(program.place, lang);
    const time = localText(program.time, lang);
    const link = (href: string, label: string) =>
      html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}<span class="visually-hidden">: ${name} ${t.term('newTab')}</span></a>`;
    return html`
      <li class="card ${local ? 'local' : ''}" part="card">
        <div class="name" role="heading" aria-level=${Math.min(this.level + 1, 6)}>${name}</div>
        ${local ? html`<p class="near" part="near-you">${t.term('nearYou')}${this.org ? ` · ${this.org}` : ''}</p>` : nothing}
        ${program.description ? html`<p>${localText(program.description, lang)}</p>` : nothing}
        ${reasons?.length
          ? html`<p class="why" id="why-${index}">${t.term('whyFits')}</p>
              <ul class="reasons" aria-labelledby="why-${index}">
                ${reasons.map((reason) => html`<li>${this.reasonText(reason)}</li>`)}
              </ul>`
          : nothing}
        <dl>
          <dt>${t.term('meets')}</dt>
          <dd>${program.formats.map((format) => t.term(`format-${format}`)).join(' · ')}</dd>
          ${place ? html`<dt>${t.term('where')}</dt><dd>${place}</dd>` : nothing}
          ${time ? html`<dt>${t.term('when')}</dt><dd>${time}</dd>` : nothing}
        </dl>
        <div class="links">
          ${program.site ? link(program.site, t.term('site')) : nothing} ${program.meetings ? link(program.meetings, t.term('meetings')) : nothing}
          ${program.phone ? html`<a href=${dialHref('tel', program.phone)!}>${t.term('call', { phone: program.phone })}</a>` : nothing}
        </div>
      </li>
    `;
  }

  /** "3 programs may fit your answers", or what to say when none does. */
  private countText(count: number): string {
    return count ? plural(this.localize, 'found', { count }) : this.localize.term('none');
  }

  private renderResults() {
    const t = this.localize;
    const all = this.view === 'all';
    const { matches, relaxed } = all ? { matches: listPrograms(PROGRAMS, this.localGroups, this.excluded), relaxed: [] } : this.found;
    const count = this.countText(matches.length);
    return html`
      <section part="results" aria-labelledby="heading">
        <div class="heading" id="heading" role="heading" aria-level=${this.level} tabindex="-1">${t.term(all ? 'allHeading' : 'resultsHeading')}</div>
        ${all
          ? nothing
          : html`<p class="count">${count}</p>
              <p class="answers">${t.term('yourAnswers')} ${this.asked()
                .map((name) => t.term(`${name}-${this.answers[name]}` as 'role-self'))
                .join(' · ')}</p>`}
        ${relaxed.length ? html`<p class="note">${t.term('relaxed')}</p>` : nothing}
        ${matches.length ? html`<ul class="cards" role="list">${matches.map((match, index) => this.renderCard(match, index))}</ul>` : nothing}
        <p class="hint">${t.term('addLocal', { org: this.org ?? t.term('thisOrg') })}</p>
        <div class="actions">
          <button type="button" class="primary" @click=${() => this.show('form')}>${t.term('change')}</button>
          ${all ? nothing : html`<button type="button" @click=${this.showAll}>${t.term('showAll')}</button>`}
        </div>
      </section>
    `;
  }

  protected override render() {
    const t = this.localize;
    return html`
      <div class="base" part="base" data-theme=${this.resolvedTheme} lang=${t.lang}>
        ${this.renderQuickExit()}
        ${this.localError ? html`<p class="note" part="error" role="status">${t.term('localError')}</p>` : nothing}
        ${this.view === 'form' ? this.renderForm() : this.renderResults()}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </div>
    `;
  }
}
