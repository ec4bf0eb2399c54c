import { css } from '../../shared/css.js';

export const faqStyles = css`
  .base {
    --_item-border: var(--recovery-faq-border-color, var(--_border));
    --_question-color: var(--recovery-faq-question-color, var(--_text));
    --_question-hover: var(--recovery-faq-question-hover-background, var(--_surface-alt));
    padding: calc(var(--_space) * 0.25) 0;
  }
  .search {
    display: grid;
    gap: 0.25rem;
    padding: calc(var(--_space) * 0.5) var(--_space) var(--_space);
  }
  label {
    font-weight: 600;
  }
  .hint,
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  input {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_control-border);
    border-radius: calc(var(--_radius) * 0.75);
    width: 100%;
  }
  .item + .item {
    border-top: 1px solid var(--_item-border);
  }
  .item[hidden] {
    display: none;
  }
  .heading {
    margin: 0;
    font-size: var(--recovery-faq-question-font-size, 1.0625em);
    font-weight: 600;
    line-height: 1.35;
  }
  .question {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    width: 100%;
    min-height: 3rem;
    margin: 0;
    padding: calc(var(--_space) * 0.875) var(--_space);
    font: inherit;
    color: var(--_question-color);
    text-align: start;
    background: none;
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .question:hover {
    background: var(--_question-hover);
  }
  .question:focus-visible {
    outline-offset: -3px;
  }
  /* A chevron drawn with borders: no icon font, no SVG request, and it follows currentColor. */
  .question::after {
    content: '';
    flex: none;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.25em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
    transition: transform 150ms ease;
  }
  [aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }
  .answer {
    padding: 0 var(--_space) var(--_space);
    color: var(--_text);
  }
  /* hidden="until-found" collapses content but keeps the box (it stays searchable), so the padding must go too. */
  .answer[hidden] {
    padding-block: 0;
  }
  .answer p {
    margin: 0 0 0.75em;
    max-width: 70ch;
  }
  .answer p:last-child {
    margin-bottom: 0;
  }
  ::slotted(*) {
    max-width: 70ch;
  }
  @media (forced-colors: active) {
    .question:hover {
      outline: 1px solid CanvasText;
    }
  }
  @media print {
    /* A printed FAQ shows every answer. */
    .answer[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .question::after,
    .search {
      display: none;
    }
  }
`;
