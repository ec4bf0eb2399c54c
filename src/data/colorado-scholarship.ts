import type { RuleSet } from '../core/scholarship-rules.js';

/**
 * The built-in rule set: a template for Colorado recovery-residence scholarships, from the
 * default criteria in CONTENT.md (statewide voucher criteria are unconfirmed, so a provider
 * replaces this with its own program's rules). Each criterion is its own rule with its own
 * reason; taking prescribed medication for addiction never counts against anyone.
 * The income limit is the default: 300% of the current federal poverty guidelines.
 * The README's scholarship section walks through this file as the worked example.
 */
export const COLORADO_SCHOLARSHIP: RuleSet = {
  questions: [
    {
      id: 'age',
      type: 'yes-no',
      label: { en: 'Are you 18 or older?', es: '¿Tiene 18 años o más?' },
    },
    {
      id: 'resident',
      type: 'yes-no',
      label: { en: 'Do you live in Colorado?', es: '¿Vive en Colorado?' },
      hint: {
        en: 'Living here now counts, even in treatment or a shelter.',
        es: 'Cuenta si vive aquí ahora, aunque sea en tratamiento o un albergue.',
      },
    },
    {
      id: 'recovery',
      type: 'yes-no',
      label: {
        en: 'Are you in recovery from a substance use disorder?',
        es: '¿Está en recuperación de un trastorno por consumo de sustancias?',
      },
      hint: { en: 'With or without a diagnosis: your word counts.', es: 'Con o sin diagnóstico: su palabra cuenta.' },
    },
    {
      id: 'medication',
      type: 'yes-no',
      label: {
        en: 'Do you take medication for addiction, like buprenorphine or methadone?',
        es: '¿Toma medicamentos para la adicción, como buprenorfina o metadona?',
      },
      hint: {
        en: 'This never counts against you: state-funded homes may not turn you away for it.',
        es: 'Esto nunca cuenta en su contra: los hogares con fondos del estado no pueden rechazarle por ello.',
      },
    },
    {
      id: 'house-rules',
      type: 'yes-no',
      unsure: true,
      label: {
        en: 'Would you live in a certified sober home and follow its rules, including drug tests?',
        es: '¿Viviría en un hogar sobrio certificado y seguiría sus normas, incluidas las pruebas de drogas?',
      },
    },
    {
      id: 'insurance',
      type: 'choice',
      label: { en: 'Do you have health insurance?', es: '¿Tiene seguro médico?' },
      hint: { en: 'Medicaid (Health First Colorado) counts.', es: 'Medicaid (Health First Colorado) cuenta.' },
      options: [
        { value: 'none', label: { en: 'No', es: 'No' } },
        { value: 'under', label: { en: 'Yes, but it doesn’t cover enough', es: 'Sí, pero no cubre lo suficiente' } },
        { value: 'covered', label: { en: 'Yes, and it covers my care', es: 'Sí, y cubre mi atención' } },
        { value: 'unsure', label: { en: 'I’m not sure', es: 'No estoy seguro/a' } },
      ],
    },
    {
      id: 'household',
      type: 'income',
      // Income matters only to people whose insurance covers their care.
      showIf: { '==': [{ var: 'insurance' }, 'covered'] },
      label: { en: 'Your household’s income', es: 'Los ingresos de su hogar' },
    },
  ],
  rules: [
    {
      id: 'adult',
      when: { '==': [{ var: 'age' }, 'no'] },
      outcome: 'ineligible',
      reason: { en: 'The scholarship is for adults (18 or older).', es: 'La beca es para personas adultas (18 años o más).' },
    },
    {
      id: 'colorado-resident',
      when: { '==': [{ var: 'resident' }, 'no'] },
      outcome: 'ineligible',
      reason: { en: 'The scholarship is for people who live in Colorado.', es: 'La beca es para personas que viven en Colorado.' },
    },
    {
      id: 'in-recovery',
      when: { '==': [{ var: 'recovery' }, 'no'] },
      outcome: 'ineligible',
      reason: {
        en: 'The scholarship is for people in recovery from a substance use disorder.',
        es: 'La beca es para personas en recuperación de un trastorno por consumo de sustancias.',
      },
    },
    {
      id: 'house-rules',
      when: { '==': [{ var: 'house-rules' }, 'no'] },
      outcome: 'ineligible',
      reason: {
        en: 'The scholarship pays only for certified homes, which all have house rules.',
        es: 'La beca solo paga hogares certificados, y todos tienen normas.',
      },
    },
    {
      id: 'house-rules-unsure',
      when: { '==': [{ var: 'house-rules' }, 'unsure'] },
      outcome: 'review',
      reason: {
        en: 'You are not sure about house rules yet: we can tell you what they are like.',
        es: 'Aún no está seguro/a de las normas: podemos contarle cómo son.',
      },
    },
    {
      id: 'income-over-limit',
      when: { '==': [{ var: 'household.withinLimit' }, false] },
      outcome: 'ineligible',
      reason: {
        en: 'Your household income is over the limit (300% of the federal poverty guideline), and you have insurance.',
        es: 'Los ingresos de su hogar superan el límite (300% de la guía federal de pobreza) y tiene seguro.',
      },
    },
    {
      id: 'insurance-unsure',
      when: { '==': [{ var: 'insurance' }, 'unsure'] },
      outcome: 'review',
      reason: {
        en: 'You were not sure about your insurance: we can check it with you.',
        es: 'No estaba seguro/a de su seguro: podemos revisarlo con usted.',
      },
    },
    {
      id: 'income-unknown',
      when: { '==': [{ var: 'household.known' }, false] },
      outcome: 'review',
      reason: {
        en: 'You were not sure of your income: we can work it out with you.',
        es: 'No sabía sus ingresos: podemos calcularlos con usted.',
      },
    },
  ],
};
