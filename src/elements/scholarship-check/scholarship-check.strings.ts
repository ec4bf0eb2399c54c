import type { Translations } from '../../shared/localize.js';

/**
 * Every visible string of `<recovery-scholarship-check>` except the rule set's own
 * questions and reasons. Sites override any of them with `strings` or the provider.
 */
export const scholarshipStrings: Translations<
  | 'title'
  | 'introWhat'
  | 'introNot'
  | 'time'
  | 'introPrivate'
  | 'start'
  | 'continue'
  | 'back'
  | 'yes'
  | 'no'
  | 'unsure'
  | 'sizeLabel'
  | 'sizeHint'
  | 'amountLabel'
  | 'amountHint'
  | 'errorTitle'
  | 'errChoose'
  | 'errNumber'
  | 'errSize'
  | 'errAmount'
  | 'summaryTitle'
  | 'change'
  | 'seeResult'
  | 'people_one'
  | 'people_other'
  | 'perYear'
  | 'incomeUnknown'
  | 'eligibleTitle'
  | 'reviewTitle'
  | 'ineligibleTitle'
  | 'notDecision'
  | 'nextTitle'
  | 'next'
  | 'ineligibleNext'
  | 'apply'
  | 'call'
  | 'otherHelpTitle'
  | 'finder'
  | 'samhsa'
  | 'changeAnswers'
  | 'restart'
  | 'unavailable'
> = {
  en: {
    title: 'Could a scholarship help pay for sober housing?',
    introWhat: 'A few questions to see if you are likely to qualify for a scholarship toward a certified sober home. Asking for someone else? Answer for them.',
    introNot: 'It is not an application or a final decision.',
    time: 'It takes about {minutes} minutes.',
    introPrivate: 'Your answers stay in this browser: they are not sent or saved.',
    start: 'Start',
    continue: 'Continue',
    back: 'Back',
    yes: 'Yes',
    no: 'No',
    unsure: 'I’m not sure',
    sizeLabel: 'People in your household',
    sizeHint: 'You and anyone you share money with.',
    amountLabel: 'Yearly household income, before tax',
    amountHint: 'In dollars, roughly. Leave it empty if you don’t know.',
    errorTitle: 'There is a problem',
    errChoose: 'Choose an answer.',
    errNumber: 'Enter a whole number, like 24.',
    errSize: 'Enter a number of people from 1 to 20.',
    errAmount: 'Enter an amount in dollars, like 32000, or leave it empty.',
    summaryTitle: 'Check your answers',
    change: 'Change',
    seeResult: 'See my result',
    people_one: '{count} person',
    people_other: '{count} people',
    perYear: '{amount} a year',
    incomeUnknown: 'income not known',
    eligibleTitle: 'You are likely eligible',
    reviewTitle: 'We’d like to talk with you',
    ineligibleTitle: 'This scholarship may not fit you',
    notDecision: 'This is a guide, not a final decision.',
    nextTitle: 'What to do next',
    next: 'Apply now, or call us to talk it through.',
    ineligibleNext: 'Has something changed, or did we get it wrong? Call us.',
    apply: 'Apply for a scholarship',
    call: 'Call {phone}',
    otherHelpTitle: 'Other help',
    finder: 'Find a support group that fits you',
    samhsa: 'SAMHSA National Helpline, free and confidential, 24/7, in English and Spanish:',
    changeAnswers: 'Change my answers',
    restart: 'Start again',
    unavailable: 'Sorry, this check can’t be shown right now.',
  },
  es: {
    title: '¿Podría una beca ayudarle a pagar una vivienda sobria?',
    introWhat: 'Unas preguntas para saber si es probable que califique para una beca para un hogar sobrio certificado. ¿Pregunta por otra persona? Responda por ella.',
    introNot: 'No es una solicitud ni una decisión final.',
    time: 'Toma unos {minutes} minutos.',
    introPrivate: 'Sus respuestas se quedan en este navegador: no se envían ni se guardan.',
    start: 'Empezar',
    continue: 'Continuar',
    back: 'Atrás',
    yes: 'Sí',
    no: 'No',
    unsure: 'No estoy seguro/a',
    sizeLabel: 'Personas en su hogar',
    sizeHint: 'Usted y quienes comparten gastos con usted.',
    amountLabel: 'Ingresos anuales del hogar, antes de impuestos',
    amountHint: 'En dólares, aproximadamente. Déjelo vacío si no lo sabe.',
    errorTitle: 'Hay un problema',
    errChoose: 'Elija una respuesta.',
    errNumber: 'Escriba un número entero, como 24.',
    errSize: 'Escriba un número de personas de 1 a 20.',
    errAmount: 'Escriba una cantidad en dólares, como 32000, o déjelo vacío.',
    summaryTitle: 'Revise sus respuestas',
    change: 'Cambiar',
    seeResult: 'Ver mi resultado',
    people_one: '{count} persona',
    people_other: '{count} personas',
    perYear: '{amount} al año',
    incomeUnknown: 'ingresos desconocidos',
    eligibleTitle: 'Es probable que califique',
    reviewTitle: 'Nos gustaría hablar con usted',
    ineligibleTitle: 'Puede que esta beca no sea para usted',
    notDecision: 'Es una guía, no una decisión final.',
    nextTitle: 'Qué hacer ahora',
    next: 'Presente su solicitud, o llámenos para hablarlo.',
    ineligibleNext: '¿Algo cambió o nos equivocamos? Llámenos.',
    apply: 'Solicitar una beca',
    call: 'Llamar al {phone}',
    otherHelpTitle: 'Otra ayuda',
    finder: 'Encuentre un grupo de apoyo para usted',
    samhsa: 'Línea Nacional de Ayuda de SAMHSA, gratuita y confidencial, 24/7, en inglés y español:',
    changeAnswers: 'Cambiar mis respuestas',
    restart: 'Empezar de nuevo',
    unavailable: 'Lo sentimos, esta consulta no se puede mostrar ahora.',
  },
};
