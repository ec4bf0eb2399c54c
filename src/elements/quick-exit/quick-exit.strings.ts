import type { Translations } from '../../shared/localize.js';

export const quickExitStrings: Translations<'leave' | 'shortcut' | 'pressedOnce' | 'pressedTwice'> = {
  en: {
    leave: 'Leave this page',
    shortcut: 'or press Shift 3 times',
    // Announced (politely, never shown) after each press of the shortcut, so a screen-reader
    // user knows the press was heard and what remains.
    pressedOnce: 'Shift pressed once: press it 2 more times to leave this page',
    pressedTwice: 'Shift pressed twice: press it once more to leave this page',
  },
  es: {
    leave: 'Salir de esta página',
    shortcut: 'o presione Mayús 3 veces',
    pressedOnce: 'Presionó Mayús una vez: presiónela 2 veces más para salir de esta página',
    pressedTwice: 'Presionó Mayús dos veces: presiónela una vez más para salir de esta página',
  },
};
