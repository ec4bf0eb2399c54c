import { define } from '../../shared/define.js';
import '../quick-exit/recovery-quick-exit.js';
import { RecoveryScholarshipCheck } from './scholarship-check.js';

define('recovery-scholarship-check', RecoveryScholarshipCheck);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-scholarship-check': RecoveryScholarshipCheck;
  }
}
