import { css } from '../../shared/css.js';

export const groupFinderStyles = css`
  .base {
    padding: var(--_space);
    border: 1px solid var(--_border);
  }
  recovery-quick-exit {
    margin-bottom: var(--_space);
  }
  p {
    margin: 0;
  }
  fieldset {
    min-inline-size: 0;
    margin: 0 0 calc(var(--_space) * 1.25);
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 600;
    font-size: 1.0625em;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.5rem;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_control-border);
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
  }
  .option:hover {
    background: var(--_surface-alt);
  }
  .option:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_surface-alt);
  }
  /* The ring goes around the whole choice, which is what the visitor clicks. */
  .option:has(:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  input:focus-visible {
    outline: none;
  }
  .hint,
  .answers,
  .count {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: var(--_space);
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    color: var(--_accent);
    background: transparent;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
  }
  button.primary {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  button:hover {
    text-decoration: underline;
  }
  .heading {
    margin: 0 0 0.25rem;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  /* Focus lands here only so reading starts at the new heading; it is not a control. */
  .heading:focus {
    outline: none;
  }
  .note,
  .hint {
    margin-top: 0.75rem;
  }
  .note {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .cards {
    display: grid;
    gap: var(--_space);
    margin: var(--_space) 0 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: grid;
    gap: 0.5rem;
    padding: calc(var(--_space) * 0.875);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card.local {
    border-inline-start: 4px solid var(--_accent);
  }
  .name {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .near {
    font-weight: 700;
    color: var(--_accent);
  }
  .why,
  dt {
    font-weight: 600;
  }
  .reasons {
    margin: -0.25rem 0 0;
    padding-inline-start: 1.5rem;
    list-style-type: '✓  ';
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5rem;
    margin: 0;
  }
  dd {
    margin: 0;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
  }
  .links a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    font-weight: 600;
  }
`;
