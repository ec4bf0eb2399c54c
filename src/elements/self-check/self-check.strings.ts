import type { Translations } from '../../shared/localize.js';

/**
 * Every visible string of `<recovery-self-check>` outside the item set. Sites override any
 * of them with `strings` or the provider. The tone is a kind conversation: no verdicts, no
 * labels, and the visitor always knows where their answers go (nowhere).
 */
export const selfCheckStrings: Translations<
  | 'title'
  | 'intro'
  | 'notice'
  | 'privacy'
  | 'privacyRemember'
  | 'start'
  | 'resume'
  | 'progress'
  | 'next'
  | 'back'
  | 'finish'
  | 'required'
  | 'errorSummary'
  | 'missing'
  | 'result'
  | 'score'
  | 'nextSteps'
  | 'groups'
  | 'talk'
  | 'call'
  | 'text'
  | 'textKeyword'
  | 'startOver'
  | 'cleared'
  | 'crisis'
  | 'backToCheck'
  | 'unavailable'
> = {
  en: {
    title: 'A private check-in for you',
    intro: 'These {count} short statements are about how someone’s drinking or drug use may affect you. It takes about two minutes.',
    notice: 'This is not a diagnosis or a test. It helps you notice patterns and choose support that fits you.',
    privacy: 'Your answers stay in this browser, go to no one, and are gone when you leave this page.',
    privacyRemember: 'Your answers stay in this browser and go to no one. This tab keeps them until you finish or start over.',
    start: 'Start',
    resume: 'Continue',
    progress: '{current} of {total}',
    next: 'Next',
    back: 'Back',
    finish: 'See my result',
    required: 'Choose an answer to go on. Any answer is fine.',
    errorSummary: 'Some statements need an answer',
    missing: 'Statement {number}',
    result: 'Your result',
    score: 'Score: {score} of {max}',
    nextSteps: 'What could help',
    groups: 'Find a support group',
    talk: 'Talk with someone',
    call: 'Call {number}',
    text: 'Text {number}',
    textKeyword: 'Text {keyword} to {number}',
    startOver: 'Clear my answers and start over',
    cleared: 'Your answers were cleared.',
    crisis: 'Need help now? Crisis and safety lines',
    backToCheck: 'Back to the check-in',
    unavailable: 'Sorry, this check-in can’t be shown right now.',
  },
  es: {
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
  },
};
