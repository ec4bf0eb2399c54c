import type { ItemSetWords } from './self-check-items.js';

/**
 * The built-in self-check in Spanish (usted): the same statements, order, options and bands
 * as the English set. Loaded with the self-check's Spanish file, so it imports types only.
 */
export const SELF_CHECK_WORDS_ES: ItemSetWords = {
  prompt: 'Durante el último mes, ¿con qué frecuencia le ha pasado esto?',
  options: ['Nunca', 'A veces', 'A menudo', 'Casi siempre'],
  items: [
    'Vuelvo a pensar una y otra vez en si está bebiendo o consumiendo.',
    'Organizo mis días en torno a su consumo de alcohol o drogas.',
    'Me quedo sin dormir, sin comer o sin cuidar mi salud por su consumo.',
    'Dejo amistades o cosas que disfruto para estar pendiente de esa persona.',
    'Escondo, tiro o cuento su alcohol, sus pastillas o su dinero para que no consuma.',
    'Pongo reglas, hago tratos o doy advertencias para que deje de consumir.',
    'Me callo lo que me molesta para que no haya una pelea.',
    'Aparento calma o alegría aunque sienta miedo o enojo.',
    'Reviso su teléfono, bolso, auto o aliento buscando señales de consumo.',
    'Doy excusas por esa persona ante su trabajo, la familia o las amistades.',
    'Mi ánimo sube o baja según si se mantuvo sin consumir.',
    'Cuando consume, siento que fallé o que no hice lo suficiente.',
  ],
  steps: {
    groups: 'Un grupo de apoyo para familias puede ayudarle a mantener su propio equilibrio.',
    talk: 'Un coach de recuperación o un terapeuta propio puede ayudarle a hablar de lo que vive.',
  },
  bands: [
    [
      'Pocos de estos patrones por ahora',
      'Por ahora estos patrones no parecen marcar mucho sus días. Hay apoyo para usted cuando lo desee.',
    ],
    [
      'Algunos de estos patrones por ahora',
      'Varios de estos patrones forman parte de sus días. Es común cuando se quiere a alguien que bebe o consume drogas. El apoyo propio ayuda, y en un grupo para familias como Al-Anon o Nar-Anon puede solo escuchar.',
    ],
    [
      'Muchos de estos patrones por ahora',
      'Mucha de su energía se va en vigilar y controlar, y eso agota a cualquiera. No significa que usted haya hecho algo mal. Quizá sea momento de hablar con alguien de confianza, esta semana si puede.',
      'Si no se siente a salvo, o todo le parece demasiado, las líneas de ayuda de arriba son gratuitas, día y noche.',
    ],
  ],
};
