import { define } from '../../shared/define.js';
import { RecoveryIntake } from './intake.js';

define('recovery-intake', RecoveryIntake);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-intake': RecoveryIntake;
  }
}
