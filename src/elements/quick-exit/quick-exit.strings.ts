import type { Translations } from '../../shared/localize.js';

export const quickExitStrings: Translations<'leave' | 'shortcut'> = {
  en: {
    leave: 'Leave this page',
    shortcut: 'or press Shift 3 times',
  },
  es: {
    leave: 'Salir de esta página',
    shortcut: 'o pulse Mayús 3 veces',
  },
};
