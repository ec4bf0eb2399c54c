import type { CrisisLine } from '../core/provider-config.js';

/** The built-in crisis block in Spanish: the same lines as `crisis-lines.ts`. Imports types only. */
export const DEFAULT_CRISIS_LINES_ES: CrisisLine[] = [
  { name: '988 Línea de Prevención del Suicidio y Crisis', call: '988', text: '988', note: 'Llame o envíe un texto, a cualquier hora. Atención en español.' },
  { name: 'Línea Nacional contra la Violencia Doméstica', call: '1-800-799-7233', text: '88788', keyword: 'START', note: 'Si no está a salvo en casa.' },
  { name: 'Colorado Crisis Services', call: '1-844-493-8255', text: '38255', keyword: 'TALK' },
  { name: 'Línea Nacional de Ayuda de SAMHSA', call: '1-800-662-4357', note: 'Orientación gratuita y confidencial sobre tratamiento, 24/7, en español.' },
  { name: 'Emergencias', call: '911', note: 'Si alguien está en peligro inmediato.' },
];
