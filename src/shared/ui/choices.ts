import { html, nothing } from 'lit';
import { css } from '../css.js';
import { fieldError } from './error-summary.js';
import type { UiTerms } from './ui.strings.js';

export interface Choice {
  value: string;
  label: unknown;
  /** The input's id, for an error summary that links to the group's first choice. */
  id?: string;
}

export interface ChoiceGroup {
  /** The question: text, or a template (a screen heading). */
  legend: unknown;
  name: string;
  choices: readonly Choice[];
  checked: (value: string) => boolean;
  onChange?: (event: Event) => void;
  type?: 'radio' | 'checkbox';
  hint?: unknown;
  /** The problem with this answer, shown above the choices and read with the group. */
  error?: string;
  /** Prefix of the group's hint and error ids. */
  id: string;
}

/**
 * A question answered by radio buttons or checkboxes, drawn as tiles: the whole tile is the
 * target (at least 44 px tall), the control keeps its size when the label wraps, and focus
 * rings the tile. Hint and error are tied to the group with `aria-describedby`.
 */
export function choiceGroup(t: UiTerms, group: ChoiceGroup) {
  const { id, hint, error, type = 'radio' } = group;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();
  return html`<fieldset class="choice-group" part="question" aria-describedby=${describedBy || nothing}>
    <legend>${group.legend}</legend>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing} ${error ? fieldError(t, `${id}-error`, error) : nothing}
    <div class="choices">
      ${group.choices.map(
        (choice) => html`<label class="choice" part="option">
          <input type=${type} name=${group.name} id=${choice.id ?? nothing} .value=${choice.value} .checked=${group.checked(choice.value)} @change=${group.onChange} />
          <span>${choice.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

export const choiceStyles = css`
  .choice-group {
    min-inline-size: 0;
    margin: 0 0 var(--_space-l);
    padding: 0;
    border: 0;
  }
  .choice-group > legend {
    margin-bottom: var(--_space-s);
    padding: 0;
    font-size: var(--_text-l);
    font-weight: 600;
    line-height: 1.3;
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space-s);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space-m);
    min-height: 2.75rem;
    padding: var(--_space-s) var(--_space-m);
    overflow-wrap: anywhere;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choice:hover {
    background: var(--_surface-alt);
  }
  .choice:has(:checked) {
    background: var(--_surface-alt);
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  /* The ring goes around the whole tile, which is what the visitor clicks. */
  .choice:has(:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .choice input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice input:focus-visible {
    outline: none;
  }
  .choice-group[aria-describedby*='-error'] {
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_error);
  }
`;
