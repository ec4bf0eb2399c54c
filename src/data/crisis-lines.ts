import type { CrisisLine } from '../core/provider-config.js';

/**
 * The built-in help lines (United States, with Colorado's state line), in English and
 * Spanish. The first is always in sight in the crisis block ("Call 988 · Text 988"); the
 * others sit behind "More help lines". A provider elsewhere replaces the list through
 * `<recovery-provider>`'s JSON (`crisisLines`). Numbers from CONTENT.md "Help lines"; the
 * wording is ours. Types only are imported, so any file may include this data.
 */
export const DEFAULT_CRISIS_LINES: CrisisLine[] = [
  {
    name: { en: '988 Suicide & Crisis Lifeline', es: '988 Línea de Prevención del Suicidio y Crisis' },
    call: '988',
    text: '988',
    note: { en: 'Call or text, any time. Spanish available.', es: 'Llame o envíe un texto, a cualquier hora. Se atiende en español.' },
  },
  {
    name: { en: 'Crisis Text Line', es: 'Crisis Text Line (en inglés)' },
    text: '741741',
    keyword: 'HOME',
  },
  {
    name: { en: 'National Domestic Violence Hotline', es: 'Línea Nacional contra la Violencia Doméstica' },
    call: '1-800-799-7233',
    text: '88788',
    keyword: 'START',
    note: { en: 'If you don’t feel safe at home.', es: 'Si no se siente a salvo en casa.' },
  },
  { name: 'Colorado Crisis Services', call: '1-844-493-8255', text: '38255', keyword: 'TALK' },
  {
    name: { en: 'SAMHSA National Helpline', es: 'Línea Nacional de Ayuda de SAMHSA' },
    call: '1-800-662-4357',
    note: {
      en: 'Free, private help finding treatment, any time, in English and Spanish.',
      es: 'Ayuda gratuita y privada para encontrar tratamiento, a toda hora, en inglés y español.',
    },
  },
  {
    name: { en: 'Emergency', es: 'Emergencias' },
    call: '911',
    note: { en: 'If someone is in danger right now.', es: 'Si alguien está en peligro ahora mismo.' },
  },
];

/** SAMHSA's National Helpline, offered where a program may not fit (the scholarship check). */
export const SAMHSA_HELPLINE = DEFAULT_CRISIS_LINES[4];
