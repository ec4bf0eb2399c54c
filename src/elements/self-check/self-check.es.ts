import type { SelfCheckTerm } from './self-check.strings.js';

/**
 * The self-check in Spanish: the widget loads this file the first time it is shown in
 * Spanish. It and the data it re-exports import types only, so the built file stands alone
 * (see `LanguageFile`).
 */
export { SELF_CHECK_WORDS_ES as items } from '../../data/self-check-items.es.js';

export const strings: Record<SelfCheckTerm, string> = {
  title: 'Un momento para usted, en privado',
  intro: 'Estas {count} frases breves tratan de cómo le afecta el consumo de alcohol o drogas de alguien. Toma unos dos minutos.',
  notice: 'Esto no es un diagnóstico ni un examen. Le ayuda a notar patrones y elegir el apoyo que le sirva.',
  privacy: 'Sus respuestas se quedan en este navegador, no van a nadie y desaparecen al salir de esta página.',
  privacyRemember: 'Sus respuestas se quedan en este navegador y no van a nadie. Esta pestaña las guarda hasta que termine o empiece de nuevo.',
  start: 'Empezar',
  resume: 'Continuar',
  progress: '{current} de {total}',
  next: 'Siguiente',
  back: 'Atrás',
  finish: 'Ver mi resultado',
  required: 'Elija una respuesta para seguir. Cualquiera está bien.',
  errorSummary: 'Algunas frases necesitan respuesta',
  missing: 'Frase {number}',
  result: 'Su resultado',
  score: 'Puntuación: {score} de {max}',
  nextSteps: 'Qué podría ayudar',
  groups: 'Buscar un grupo de apoyo',
  talk: 'Hablar con alguien',
  call: 'Llamar al {number}',
  text: 'Enviar un texto al {number}',
  textKeyword: 'Enviar {keyword} al {number}',
  startOver: 'Borrar mis respuestas y empezar de nuevo',
  cleared: 'Sus respuestas se borraron.',
  crisis: '¿Necesita ayuda ahora? Líneas de crisis y seguridad',
  backToCheck: 'Volver a la revisión',
  unavailable: 'Lo sentimos, esta revisión no se puede mostrar ahora.',
};
