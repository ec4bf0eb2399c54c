import { define } from '../../shared/define.js';
import { RecoveryFaq } from './faq.js';

define('recovery-faq', RecoveryFaq);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-faq': RecoveryFaq;
  }
}
