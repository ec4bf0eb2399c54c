import type { ProgramWords } from '../core/groups.js';

/**
 * The built-in programs in Spanish, by id: what `PROGRAMS` (programs.ts) says in English.
 * Loaded with the group finder's Spanish file, so an English page never carries it. A
 * program missing here shows its English.
 */
export const PROGRAMS_ES: Readonly<Record<string, ProgramWords>> = {
  'al-anon': {
    description: 'Para quien sufre por la forma de beber de otra persona, con el foco en su propio bienestar.',
  },
  alateen: {
    description: 'Los grupos de Al-Anon para adolescentes, con padrinos adultos capacitados; en línea hay que inscribirse.',
  },
  'nar-anon': {
    description: 'Para familiares y amistades de alguien que consume drogas. Narateen es para adolescentes.',
  },
  'families-anonymous': {
    description: 'Para familiares y amistades preocupados por el consumo o la conducta de alguien.',
  },
  'invitation-to-change': {
    description: 'Formas amables y eficaces de ayudar a un ser querido a cambiar y de cuidarse, de CMC: Foundation for Change.',
  },
  'smart-family': {
    description: 'Herramientas laicas de la TCC y de CRAFT para quienes quieren a alguien con una adicción, y un foro.',
  },
  pal: {
    description: 'Un curso de nueve lecciones basado en la evidencia, para padres y familiares adultos, abierto a la fe.',
  },
  'learn-to-cope': {
    description: 'Apoyo entre pares para familias ante el consumo de opioides, con naloxona en las reuniones; sobre todo en Massachusetts.',
  },
  'partnership-parent-coaching': {
    name: 'Orientación para padres (Partnership to End Addiction)',
    description: 'Orientación individual para padres, basada en CRAFT, de la antigua Partnership for Drug-Free Kids.',
  },
  grasp: {
    description: 'Grief Recovery After a Substance Passing: grupos para quien ha perdido a alguien por el consumo de sustancias.',
  },
  coda: {
    description: 'Para quien quiere relaciones más sanas, haya o no sustancias de por medio.',
  },
  'celebrate-recovery': {
    description: 'Un programa cristiano de doce pasos, en iglesias y en línea, para sus propias luchas o las de un ser querido.',
  },
  aa: {
    description: 'La primera comunidad de doce pasos, para quienes quieren dejar de beber.',
  },
  na: {
    description: 'Para quienes se recuperan de la adicción a cualquier droga.',
  },
  'smart-recovery': {
    description: 'Cuatro puntos: motivación, impulsos, pensamientos y emociones, y una vida equilibrada.',
  },
  'recovery-dharma': {
    description: 'Prácticas budistas, como la meditación, para recuperarse de cualquier adicción.',
  },
  lifering: {
    description: 'Apoyo laico entre pares que acoge a quienes toman medicamentos para la adicción.',
  },
};
