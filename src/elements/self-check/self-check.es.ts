import { UI_STRINGS_ES } from '../../shared/ui/ui.strings.js';
import type { SelfCheckLanguageFile } from './self-check.strings.js';

/**
 * The self-check in Spanish: the widget loads this file the first time it is shown in
 * Spanish (built as a file of its own, see `LanguageFile`). It holds the shared pieces'
 * Spanish too; the help lines' is in `data/crisis-lines.ts`, one table for both languages.
 */
export { SELF_CHECK_WORDS_ES as items } from '../../data/self-check-items.es.js';

export const strings: SelfCheckLanguageFile['strings'] = {
  ...UI_STRINGS_ES,
  title: 'Un momento para usted, en privado',
  intro: 'Estas {count} frases breves tratan de cómo le afecta el consumo de alcohol o drogas de alguien. Toma unos 2\u00a0minutos.',
  notice: 'Esto no es un diagnóstico ni un examen. Le ayuda a notar patrones y elegir el apoyo que le sirva.',
  privacy: 'Sus respuestas se quedan en este navegador, no van a nadie y desaparecen al salir de esta página.',
  privacyRemember:
    'Sus respuestas se quedan en este navegador y no van a nadie. Esta pestaña las guarda hasta que termine o empiece de nuevo.',
  start: 'Empezar',
  resume: 'Continuar',
  next: 'Siguiente',
  back: 'Atrás',
  finish: 'Ver mi resultado',
  required: 'Elija una respuesta para seguir. Cualquiera está bien.',
  missing: 'Elija una respuesta para la frase {number}',
  result: 'Su resultado',
  nextSteps: 'Qué podría ayudar',
  groups: 'Buscar un grupo de apoyo',
  talk: 'Hablar con alguien',
  startOver: 'Borrar mis respuestas y empezar de nuevo',
  cleared: 'Sus respuestas se borraron.',
  unavailable: 'Lo sentimos, esta revisión no se puede mostrar ahora.',
};
