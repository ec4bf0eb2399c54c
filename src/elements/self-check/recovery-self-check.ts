import { define } from '../../shared/define.js';
import { RecoverySelfCheck } from './self-check.js';
// The self-check shows the quick exit when asked to; this one file must bring it along.
import '../quick-exit/recovery-quick-exit.js';

define('recovery-self-check', RecoverySelfCheck);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-self-check': RecoverySelfCheck;
  }
}
