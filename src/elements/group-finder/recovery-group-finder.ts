import '../quick-exit/recovery-quick-exit.js';
import { define } from '../../shared/define.js';
import { RecoveryGroupFinder } from './group-finder.js';

define('recovery-group-finder', RecoveryGroupFinder);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-group-finder': RecoveryGroupFinder;
  }
}
