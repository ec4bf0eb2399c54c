import type { RuleSet } from '../core/scholarship-rules.js';

/**
 * The built-in rule set: a template for Colorado recovery-residence scholarships, from the
 * default criteria in CONTENT.md (statewide voucher criteria are unconfirmed, so a provider
 * replaces this with its own program's rules). Each criterion is its own rule with its own
 * reason, and `eligible` rules say why a visitor likely fits; taking prescribed medication
 * for addiction never counts against anyone.
 * The income limit is the default: 300% of the current federal poverty guidelines.
 * docs/scholarship-check.md walks through this file as the worked example.
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
        en: 'Living here now counts, even if you’re in treatment or staying in a shelter.',
        es: 'Cuenta si vive aquí ahora, aunque esté en tratamiento o en un albergue.',
      },
    },
    {
      id: 'recovery',
      type: 'yes-no',
      label: {
        en: 'Are you in recovery from a substance use disorder?',
        es: '¿Está en recuperación de un trastorno por consumo de sustancias?',
      },
      hint: { en: 'You don’t need a diagnosis: your word is enough.', es: 'No necesita un diagnóstico: basta con su palabra.' },
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
        { value: 'unsure', label: { en: 'I’m not sure', es: 'No lo sé' } },
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
      reason: { en: 'This scholarship is for adults, 18 or older.', es: 'Esta beca es para personas adultas, de 18 años o más.' },
    },
    {
      id: 'is-adult',
      when: { '==': [{ var: 'age' }, 'yes'] },
      outcome: 'eligible',
      reason: { en: 'You’re 18 or older.', es: 'Tiene 18 años o más.' },
    },
    {
      id: 'colorado-resident',
      when: { '==': [{ var: 'resident' }, 'no'] },
      outcome: 'ineligible',
      reason: { en: 'This scholarship is for people who live in Colorado.', es: 'Esta beca es para personas que viven en Colorado.' },
    },
    {
      id: 'lives-in-colorado',
      when: { '==': [{ var: 'resident' }, 'yes'] },
      outcome: 'eligible',
      reason: { en: 'You live in Colorado.', es: 'Vive en Colorado.' },
    },
    {
      id: 'in-recovery',
      when: { '==': [{ var: 'recovery' }, 'no'] },
      outcome: 'ineligible',
      reason: {
        en: 'This scholarship is for people in recovery from a substance use disorder.',
        es: 'Esta beca es para personas en recuperación de un trastorno por consumo de sustancias.',
      },
    },
    {
      id: 'is-in-recovery',
      when: { '==': [{ var: 'recovery' }, 'yes'] },
      outcome: 'eligible',
      reason: {
        en: 'You’re in recovery from a substance use disorder.',
        es: 'Está en recuperación de un trastorno por consumo de sustancias.',
      },
    },
    {
      id: 'medication-welcome',
      when: { '==': [{ var: 'medication' }, 'yes'] },
      outcome: 'eligible',
      reason: {
        en: 'Your medication for addiction is welcome: it never counts against you.',
        es: 'Su medicamento para la adicción es bienvenido: nunca cuenta en su contra.',
      },
    },
    {
      id: 'house-rules',
      when: { '==': [{ var: 'house-rules' }, 'no'] },
      outcome: 'ineligible',
      reason: {
        en: 'This scholarship pays only for certified homes, and every one of them has house rules.',
        es: 'Esta beca solo paga hogares certificados, y todos tienen normas de convivencia.',
      },
    },
    {
      id: 'house-rules-unsure',
      when: { '==': [{ var: 'house-rules' }, 'unsure'] },
      outcome: 'review',
      reason: {
        en: 'You’re not sure about house rules yet. We can tell you what they’re like.',
        es: 'Todavía tiene dudas sobre las normas. Podemos contarle cómo son.',
      },
    },
    {
      id: 'accepts-house-rules',
      when: { '==': [{ var: 'house-rules' }, 'yes'] },
      outcome: 'eligible',
      reason: { en: 'You’re willing to follow a certified home’s rules.', es: 'Acepta seguir las normas de un hogar certificado.' },
    },
    {
      id: 'insurance-gap',
      when: { in: [{ var: 'insurance' }, ['none', 'under']] },
      outcome: 'eligible',
      reason: {
        en: 'You don’t have insurance that fully covers your care: this scholarship is meant for that.',
        es: 'No tiene un seguro que cubra toda su atención: esta beca es justamente para eso.',
      },
    },
    {
      id: 'income-over-limit',
      when: { '==': [{ var: 'household.withinLimit' }, false] },
      outcome: 'ineligible',
      reason: {
        en: 'Your household income is over this program’s limit (300% of the federal poverty guideline), and your insurance covers your care.',
        es: 'Los ingresos de su hogar superan el límite del programa (300% de la guía federal de pobreza) y su seguro cubre su atención.',
      },
    },
    {
      id: 'income-within-limit',
      when: { '==': [{ var: 'household.withinLimit' }, true] },
      outcome: 'eligible',
      reason: {
        en: 'Your household income is within the program’s limit.',
        es: 'Los ingresos de su hogar están dentro del límite del programa.',
      },
    },
    {
      id: 'insurance-unsure',
      when: { '==': [{ var: 'insurance' }, 'unsure'] },
      outcome: 'review',
      reason: {
        en: 'You weren’t sure about your insurance. We can check it with you.',
        es: 'Tenía dudas sobre su seguro. Podemos revisarlo con usted.',
      },
    },
    {
      id: 'income-unknown',
      when: { '==': [{ var: 'household.known' }, false] },
      outcome: 'review',
      reason: {
        en: 'You weren’t sure of your income. We can work it out with you.',
        es: 'No sabía sus ingresos. Podemos calcularlos con usted.',
      },
    },
  ],
};
