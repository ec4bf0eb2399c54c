import { define } from '../../shared/define.js';
import { RecoveryProvider } from './provider.js';

define('recovery-provider', RecoveryProvider);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-provider': RecoveryProvider;
  }
}
