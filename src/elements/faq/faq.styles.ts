import { css } from '../../shared/css.js';

export const faqStyles = css`
  .base {
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
    border-top: 1px solid var(--recovery-faq-border-color, var(--_border));
  }
  .heading {
    font-size: var(--recovery-faq-question-font-size, 1.0625em);
    font-weight: 600;
    line-height: 1.35;
  }
  /*
   * The chevron is the button's background: no icon font, no SVG request, it follows
   * currentColor, and it adds no box and no transform to lay out and paint per question, which
   * pages with hundreds of questions pay for. In a 0.8em × 0.4em box, each arm is a 2px line
   * at 45°: the line through the box's top corner and its bottom centre lies 0.1414em
   * (0.2em / √2) before the box's centre along the gradient.
   */
  .question {
    --_arm: transparent calc(50% - 0.1414em - 1.5px), currentColor calc(50% - 0.1414em - 1px) calc(50% - 0.1414em + 1px), transparent calc(50% - 0.1414em + 1.5px);
    display: block;
    width: 100%;
    min-height: 3rem;
    margin: 0;
    padding: calc(var(--_space) * 0.875) var(--_space);
    padding-inline-end: calc(var(--_space) * 2 + 1em);
    font: inherit;
    color: var(--recovery-faq-question-color, var(--_text));
    text-align: start;
    background: linear-gradient(45deg, var(--_arm)), linear-gradient(-45deg, var(--_arm));
    background-position: right calc(var(--_space) + 0.2em) center;
    background-size: 0.8em 0.4em;
    background-repeat: no-repeat;
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .question:dir(rtl) {
    background-position-x: left calc(var(--_space) + 0.2em);
  }
  .question[aria-expanded='true'] {
    background-image: linear-gradient(135deg, var(--_arm)), linear-gradient(-135deg, var(--_arm));
  }
  .question:hover {
    background-color: var(--recovery-faq-question-hover-background, var(--_surface-alt));
  }
  .question:focus-visible {
    outline-offset: -3px;
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
    .search {
      display: none;
    }
  }
`;
