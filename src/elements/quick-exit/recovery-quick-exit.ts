import { define } from '../../shared/define.js';
import { RecoveryQuickExit } from './quick-exit.js';

define('recovery-quick-exit', RecoveryQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-quick-exit': RecoveryQuickExit;
  }
}
