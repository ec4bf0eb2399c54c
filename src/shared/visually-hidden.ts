import { css } from './css.js';

/**
 * For text meant for screen readers only. In its own module (like buttons.ts) so that widgets
 * without the class do not carry it.
 */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
