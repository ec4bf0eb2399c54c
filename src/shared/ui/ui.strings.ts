import type { Translations } from '../localize.js';

/** Every key of the shared UI pieces' strings. A widget's own table must not reuse these keys. */
export type UiTerm =
  'errorSummaryTitle' | 'errorPrefix' | 'newTab' | 'progress' | 'crisisLead' | 'moreLines' | 'call' | 'text' | 'textKeyword';

/** The shared UI pieces' strings in English. */
export const UI_STRINGS_EN: Record<UiTerm, string> = {
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  newTab: '(opens in a new tab)',
  progress: '{current} of {total}',
  crisisLead: 'Need help now?',
  moreLines: 'More help lines',
  call: 'Call {number}',
  text: 'Text {number}',
  textKeyword: 'Text {keyword} to {number}',
};

/**
 * In Spanish. A widget whose Spanish is a file of its own (`LazyLocalize`) puts these in that
 * file too, so that its English page does not carry them.
 */
export const UI_STRINGS_ES: Record<UiTerm, string> = {
  errorSummaryTitle: 'Hay un problema',
  errorPrefix: 'Error:',
  newTab: '(se abre en una pestaña nueva)',
  progress: '{current} de {total}',
  crisisLead: '¿Necesita ayuda ahora?',
  moreLines: 'Más líneas de ayuda',
  call: 'Llamar al {number}',
  text: 'Enviar texto al {number}',
  textKeyword: 'Enviar {keyword} al {number}',
};

/**
 * The strings of the shared UI pieces (error summary, links, progress, crisis lines), written
 * once for every widget that uses them: `new Localize(this, ownStrings, uiStrings)`. A site
 * overrides them per widget like any other string.
 */
export const uiStrings: Translations<UiTerm> = { en: UI_STRINGS_EN, es: UI_STRINGS_ES };

/** What a shared piece needs from the widget's `Localize`: its language and its terms. */
export interface UiTerms {
  readonly lang: string;
  term(key: UiTerm, values?: Record<string, string | number>): string;
}
