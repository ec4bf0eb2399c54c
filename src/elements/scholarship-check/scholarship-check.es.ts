import type { ScholarshipTerm } from './scholarship-check.strings.js';

/**
 * The scholarship check in Spanish: the widget loads this file the first time it is shown in
 * Spanish. It imports types only, so the built file stands alone (see `LanguageFile`). The
 * rule set's questions and reasons carry their own Spanish.
 */
export const strings: Record<ScholarshipTerm, string> = {
  title: '¿Podría una beca ayudarle a pagar una vivienda sobria?',
  introWhat:
    'Unas preguntas para saber si es probable que califique para una beca para un hogar sobrio certificado. ¿Pregunta por otra persona? Responda por ella.',
  introNot: 'No es una solicitud ni una decisión final.',
  time: 'Toma unos {minutes} minutos.',
  introPrivate: 'Sus respuestas se quedan en este navegador. No se envían ni se guardan.',
  start: 'Empezar',
  continue: 'Continuar',
  back: 'Atrás',
  yes: 'Sí',
  no: 'No',
  unsure: 'No lo sé',
  sizeLabel: 'Personas en su hogar',
  sizeHint: 'Usted y las personas con quienes comparte gastos.',
  amountLabel: 'Ingresos anuales del hogar, antes de impuestos',
  amountHint: 'En dólares. Basta con una cifra aproximada. Déjelo vacío si no lo sabe.',
  errChoose: 'Elija una respuesta.',
  errNumber: 'Escriba un número entero, como 24.',
  errSize: 'Escriba un número de personas del 1 al 20.',
  errAmount: 'Escriba una cantidad en dólares, como 32,000, o déjelo vacío.',
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
  eligibleReason: 'Sus respuestas encajan con lo que busca esta beca.',
  notDecision: 'Es una guía, no una decisión final.',
  nextTitle: 'Qué hacer ahora',
  nextApplyCall: 'Presente su solicitud, o llámenos para hablarlo.',
  nextApply: 'El siguiente paso es presentar su solicitud.',
  nextCall: 'Llámenos para hablarlo. Le ayudaremos con la solicitud.',
  nextContact: 'Comuníquese con nosotros para hablarlo. Le ayudaremos con la solicitud.',
  contactBelow: 'Puede comunicarse con nosotros aquí abajo.',
  contactPage: 'En esta página encontrará cómo comunicarse con nosotros.',
  apply: 'Solicitar una beca',
  helpTitle: 'Qué más le puede ayudar',
  finder: 'Encuentre un grupo de apoyo para usted',
  samhsa:
    'La Línea Nacional de Ayuda de SAMHSA puede ayudarle a encontrar tratamiento y apoyo: gratuita y privada, a toda hora, en inglés y español.',
  changed: '¿Algo cambió, o cree que nos equivocamos? Con gusto hablamos.',
  changeAnswers: 'Cambiar mis respuestas',
  restart: 'Empezar de nuevo',
  unavailable: 'Lo sentimos, esta consulta no se puede mostrar ahora.',
};
