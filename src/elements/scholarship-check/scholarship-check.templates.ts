import { html, nothing } from 'lit';
import { answerValues, formatNumber, type Answer, type Decision, type Question } from '../../core/scholarship-rules.js';
import { localText } from '../../core/text.js';
import { SAMHSA_HELPLINE } from '../../data/crisis-lines.js';
import type { LanguageFile, LazyLocalize } from '../../shared/lazy-localize.js';
import { plural } from '../../shared/localize.js';
import { screenHeading } from '../../shared/ui/card.js';
import { choiceGroup } from '../../shared/ui/choices.js';
import { fieldError, type Problem } from '../../shared/ui/error-summary.js';
import { callLink, link } from '../../shared/ui/links.js';
import type { UiTerm } from '../../shared/ui/ui.strings.js';
import type { ScholarshipTerm } from './scholarship-check.strings.js';

export type ScholarshipTerms = LazyLocalize<ScholarshipTerm, LanguageFile<ScholarshipTerm>, UiTerm>;

/**
 * A question's fields, its text as their label or legend (a heading at `level`), with the
 * answer given before and the problems found, each above its field.
 */
export function questionFields(
  t: ScholarshipTerms,
  question: Question,
  answer: Answer | undefined,
  problems: readonly Problem[],
  level: number,
) {
  const { id, type } = question;
  const label = screenHeading(localText(question.label, t.lang), level);
  const hint = question.hint && localText(question.hint, t.lang);
  if (type === 'number') return numberField(t, problems, id, 'answer', label, hint, answer as number);
  if (type === 'income') {
    const income = typeof answer === 'object' ? answer : undefined;
    return html`<fieldset aria-describedby=${hint ? `${id}-hint` : nothing}>
      <legend>${label}</legend>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${numberField(t, problems, `${id}-size`, 'size', t.term('sizeLabel'), t.term('sizeHint'), income?.size)}
      ${numberField(t, problems, `${id}-amount`, 'amount', t.term('amountLabel'), t.term('amountHint'), income?.amount)}
    </fieldset>`;
  }
  return choiceGroup(t, {
    legend: label,
    name: 'answer',
    id,
    hint,
    error: problems[0]?.message,
    choices: answerValues(question).map((value, index) => ({
      value,
      id: `${id}-${index}`,
      label: question.options ? localText(question.options[index].label, t.lang) : t.term(value as 'yes'),
    })),
    checked: (value) => answer === value,
  });
}

/** A labelled text field for a whole number (the number question, household size, income), with its problem above it. */
function numberField(
  t: ScholarshipTerms,
  problems: readonly Problem[],
  id: string,
  name: string,
  label: unknown,
  hint?: string,
  value?: number | null,
) {
  const error = problems.find((problem) => problem.field === id)?.message;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing} ${error ? fieldError(t, `${id}-error`, error) : nothing}
    <input
      id=${id}
      name=${name}
      inputmode="numeric"
      autocomplete="off"
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${describedBy || nothing}
      value=${value ?? ''}
    />
  </div>`;
}

/** An answer as "check your answers" shows it: numbers and money as people read them in the visitor's language. */
export function answerText(t: ScholarshipTerms, question: Question, answer: Answer | undefined): string {
  if (typeof answer === 'number') return formatNumber(answer, t.lang);
  if (typeof answer === 'object') {
    const people = plural(t, 'people', { count: answer.size });
    return `${people}; ${answer.amount === null ? t.term('incomeUnknown') : t.term('perYear', { amount: formatNumber(answer.amount, t.lang, true) })}`;
  }
  const option = question.options?.find((candidate) => candidate.value === answer);
  return option ? localText(option.label, t.lang) : t.term(answer as 'yes');
}

/** Where the outcome's next steps lead: the settings, resolved, and whether the page put an intake form in the `intake` slot. */
export interface Contacts {
  phone?: string;
  apply?: string;
  finder?: string;
  intake: boolean;
}

/**
 * The outcome's next step, never a dead end: apply, else call, else the `intake` slot (or,
 * without one, where on the page to find us); when the scholarship may not fit, other help
 * first. The sentence always says what the links under it do.
 */
export function nextSteps(t: ScholarshipTerms, outcome: Decision['outcome'], { phone, apply, finder, intake }: Contacts) {
  const contact = phone ? callLink(t, phone) : t.term(intake ? 'contactBelow' : 'contactPage');
  if (outcome === 'ineligible') {
    return html`<h4 class="subheading">${t.term('helpTitle')}</h4>
      <ul class="help-list">
        ${finder ? html`<li>${link(t, finder, t.term('finder'))}</li>` : nothing}
        <li>${t.term('samhsa')} ${callLink(t, SAMHSA_HELPLINE.call)}</li>
        <li>${t.term('changed')} ${contact}</li>
      </ul>`;
  }
  return html`<h4 class="subheading">${t.term('nextTitle')}</h4>
    ${
      apply
        ? html`<p>${t.term(phone ? 'nextApplyCall' : 'nextApply')}</p>
          <div class="actions"><a class="primary" part="button" href=${apply}>${t.term('apply')}</a>${callLink(t, phone, undefined, 'button')}</div>`
        : phone
          ? html`<p>${t.term('nextCall')}</p>
            <div class="actions">${callLink(t, phone, 'button', 'primary')}</div>`
          : html`<p>${t.term('nextContact')} ${contact}</p>`
    }`;
}
