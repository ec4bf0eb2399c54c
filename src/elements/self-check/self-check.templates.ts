import { html, nothing } from 'lit';
import { safeUrl } from '../../core/config.js';
import { scoreAnswers, type Answers, type ItemSet, type NextStep } from '../../core/self-check.js';
import type { ProviderSettings } from '../../shared/provider-context.js';
import type { Localize } from '../../shared/localize.js';
import { screenHeading } from '../../shared/ui/card.js';
import { choiceGroup } from '../../shared/ui/choices.js';
import { callLink, link } from '../../shared/ui/links.js';
import type { UiTerm } from '../../shared/ui/ui.strings.js';
import type { SelfCheckTerm } from './self-check.strings.js';

type Terms = Localize<SelfCheckTerm, UiTerm>;

/**
 * Statement `index` and its answers. In steps mode the statement is the screen's heading
 * and the set's question its hint; in the list, it is numbered. `invalid` lists the
 * statements whose missing answer is being pointed out; `choose` hears an answer. Ids
 * `s<statement>-<option>` let the list's error summary point at the first answer. One step
 * after another reuses the same radio buttons, so they keep one group name: renaming a
 * checked radio into a group would make the browser uncheck the answer being restored.
 */
export function statement(
  t: Terms,
  set: ItemSet,
  index: number,
  list: boolean,
  answers: Answers,
  invalid: readonly number[],
  choose: (index: number, value: number) => void,
) {
  const lang = set.lang ?? nothing;
  const text = html`<span class="statement" lang=${lang}>${set.items[index].text}</span>`;
  return choiceGroup(t, {
    id: `s${index}`,
    name: list ? `s${index}` : 'answer',
    legend: list
      ? html`<span class="note count">${t.term('progress', { current: index + 1, total: set.items.length })}</span> ${text}`
      : screenHeading(text),
    hint: !list && set.prompt && html`<span lang=${lang}>${set.prompt}</span>`,
    error: invalid.includes(index) ? t.term(list ? 'missing' : 'required', { number: index + 1 }) : undefined,
    choices: set.options.map(({ value, label }, n) => ({ value: `${value}`, label, id: `s${index}-${n}` })),
    checked: (value) => answers[index] === +value,
    onChange: (event) => choose(index, +(event.target as HTMLInputElement).value),
  });
}

/** The result for `answers` (all given): the band's title and meaning, its next steps, and once more that this is not a diagnosis. */
export function result(t: Terms, set: ItemSet, answers: Answers, groupsHref: string | undefined, provider: ProviderSettings | undefined) {
  const { band } = scoreAnswers(set, answers)!;
  // The set may be written in another language than the widget's own words: mark its text.
  const lang = set.lang ?? nothing;
  return html`<div class="screen" part="screen result">
    ${screenHeading(html`<span class="note count">${t.term('result')}</span> <span lang=${lang}>${band.title}</span>`)}
    <p lang=${lang}>${band.meaning}</p>
    ${
      band.steps.length
        ? html`<span class="subheading" role="heading" aria-level="3">${t.term('nextSteps')}</span>
          <ul class="steps" lang=${lang}>
            ${band.steps.map((step) => html`<li>${step.text} ${stepLink(t, step, groupsHref, provider)}</li>`)}
          </ul>`
        : nothing
    }
    <p class="note">${t.term('notice')}</p>
  </div>`;
}

/**
 * A next step's link: its own `href`, or a named one from the settings: `groups` is
 * `groups-href`; `talk` is the provider's scheduling page, else a call to its phone.
 * Nothing when the setting is missing: the step stays as text.
 */
function stepLink(
  t: Terms,
  { href, label, link: named }: NextStep,
  groupsHref: string | undefined,
  provider: ProviderSettings | undefined,
) {
  const { scheduleHref, phone } = provider ?? {};
  const url = named === 'groups' ? safeUrl(groupsHref) : named ? scheduleHref : href;
  if (url) return link(t, url, label ?? (named ? t.term(named) : url));
  return named === 'talk' ? callLink(t, phone) : nothing;
}
