import type { Translations } from '../../shared/localize.js';

/** Every visible string of `<recovery-faq>`. Sites override any of them with `strings` or the provider. */
export const faqStrings: Translations<'searchLabel' | 'searchHint' | 'matches_one' | 'matches_other' | 'noMatches' | 'unavailable'> = {
  en: {
    searchLabel: 'Search these questions',
    searchHint: 'Type a word, like “therapy” or “relapse”.',
    matches_one: '{count} of {total} questions matches.',
    matches_other: '{count} of {total} questions match.',
    noMatches: 'No question matches “{query}”. Try a different word.',
    unavailable: 'Sorry, these questions can’t be shown right now.',
  },
  es: {
    searchLabel: 'Buscar en estas preguntas',
    searchHint: 'Escriba una palabra, como “terapia” o “recaída”.',
    matches_one: '{count} de {total} preguntas coincide.',
    matches_other: '{count} de {total} preguntas coinciden.',
    noMatches: 'Ninguna pregunta coincide con “{query}”. Pruebe con otra palabra.',
    unavailable: 'Lo sentimos, estas preguntas no se pueden mostrar en este momento.',
  },
};
