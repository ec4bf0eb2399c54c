import type { CrisisLine } from '../core/provider-config.js';

/**
 * The built-in crisis block (United States, with Colorado's state line). A provider
 * elsewhere replaces it through `<recovery-provider>`'s JSON (`crisisLines`).
 * Numbers from CONTENT.md "Help lines"; the wording is ours. Spanish is in
 * `crisis-lines.es.ts`, loaded with the self-check's Spanish text.
 */
export const DEFAULT_CRISIS_LINES: CrisisLine[] = [
  { name: '988 Suicide & Crisis Lifeline', call: '988', text: '988', note: 'Call or text, any time. Spanish available.' },
  { name: 'National Domestic Violence Hotline', call: '1-800-799-7233', text: '88788', keyword: 'START', note: 'If you are not safe at home.' },
  { name: 'Colorado Crisis Services', call: '1-844-493-8255', text: '38255', keyword: 'TALK' },
  { name: 'SAMHSA National Helpline', call: '1-800-662-4357', note: 'Free, confidential treatment referral, 24/7, in English and Spanish.' },
  { name: 'Emergency', call: '911', note: 'If someone is in immediate danger.' },
];
