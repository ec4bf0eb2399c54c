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
  /*
   * Questions far off screen are not styled or laid out until the visitor scrolls near them
   * (pages with hundreds of questions exist); buildQuestions gives their estimated height. The clip
   * margin keeps a site's focus rings and wide answers from being cut at the edge.
   */
  .items {
    content-visibility: auto;
    overflow-clip-margin: 100vw;
  }
  .item + .item {
    border-top: 1px solid var(--recovery-faq-border-color, var(--_border));
  }
  .heading {
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
    color: var(--recovery-faq-question-color, var(--_text));
    text-align: start;
    background: none;
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .question:hover {
    background: var(--recovery-faq-question-hover-background, var(--_surface-alt));
  }
  .question:focus-visible {
    outline-offset: -3px;
  }
  /*
   * A chevron drawn with two gradients, one per arm: no icon font, no SVG request, it follows
   * currentColor, and no transform (a transform per question is a paint layer per question,
   * which pages with hundreds of questions pay for).
   */
  .question::after {
    --_arm: transparent calc(50% - 1.5px), currentColor calc(50% - 1px) calc(50% + 1px), transparent calc(50% + 1.5px);
    content: '';
    flex: none;
    width: 0.75em;
    height: 0.4em;
    margin-inline-end: 0.25em;
    background:
      linear-gradient(to top right, var(--_arm)) left / 50% 100% no-repeat,
      linear-gradient(to top left, var(--_arm)) right / 50% 100% no-repeat;
  }
  [aria-expanded='true']::after {
    background-image: linear-gradient(to bottom right, var(--_arm)), linear-gradient(to bottom left, var(--_arm));
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
    .items {
      content-visibility: visible;
    }
  }
`;
