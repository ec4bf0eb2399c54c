import type { RuleSet } from '../core/scholarship-rules.js';

/**
 * The built-in rule set: a template for Colorado recovery-residence scholarships, from the
 * default criteria in CONTENT.md (statewide voucher criteria are unconfirmed, so a provider
 * replaces this with its own program's rules). Each criterion is its own rule with its own
 * reason; taking prescribed medication for addiction never counts against anyone.
 * The income limit is the default: 300% of the current federal poverty guidelines.
 * docs/scholarship-check.md walks through this file as the worked example.
 */
export const COLORADO_SCHOLARSHIP: RuleSet = {
  questions: [
    {
      id: 'age',
      type: 'yes-no',
      label: { en: 'Are you 18 or older?', es: '¿Tiene 18 años o más?' },
      hint: {
        en: 'If you are checking for someone else, answer for them.',
        es: 'Si lo consulta por otra persona, responda por ella.',
      },
    },
    {
      id: 'resident',
      type: 'yes-no',
      label: { en: 'Do you live in Colorado?', es: '¿Vive en Colorado?' },
      hint: {
        en: 'Living here now counts, including in treatment, in a shelter or without a fixed address.',
        es: 'Cuenta si vive aquí ahora, también en tratamiento, en un albergue o sin domicilio fijo.',
      },
    },
    {
      id: 'recovery',
      type: 'choice',
      label: {
        en: 'Are you in recovery from a substance use disorder?',
        es: '¿Está en recuperación de un trastorno por consumo de sustancias?',
      },
      hint: { en: 'You do not need a diagnosis: your own word counts.', es: 'No hace falta un diagnóstico: su palabra cuenta.' },
      options: [
        { value: 'diagnosed', label: { en: 'Yes, and I have a diagnosis', es: 'Sí, y tengo un diagnóstico' } },
        { value: 'self-identified', label: { en: 'Yes, I consider myself in recovery', es: 'Sí, me considero en recuperación' } },
        { value: 'no', label: { en: 'No', es: 'No' } },
      ],
    },
    {
      id: 'medication',
      type: 'yes-no',
      label: {
        en: 'Do you take a prescribed medication for addiction, such as buprenorphine, methadone or naltrexone?',
        es: '¿Toma un medicamento recetado para la adicción, como buprenorfina, metadona o naltrexona?',
      },
      hint: {
        en: 'This never counts against you. Residences paid with state money may not turn you away for taking prescribed medication.',
        es: 'Esto nunca cuenta en su contra. Las residencias pagadas con fondos del estado no pueden rechazarle por tomar un medicamento recetado.',
      },
    },
    {
      id: 'house-rules',
      type: 'yes-no',
      unsure: true,
      label: {
        en: 'Would you live in a certified recovery residence and follow its house rules, including drug testing?',
        es: '¿Viviría en una residencia de recuperación certificada y seguiría sus normas, incluidas las pruebas de drogas?',
      },
      hint: {
        en: 'Scholarships pay only for certified sober homes. Each one has rules, such as staying sober, drug tests and shared chores.',
        es: 'Las becas solo pagan hogares sobrios certificados. Cada uno tiene normas, como mantenerse sobrio, pruebas de drogas y tareas compartidas.',
      },
    },
    {
      id: 'insurance',
      type: 'choice',
      label: { en: 'Do you have health insurance?', es: '¿Tiene seguro médico?' },
      hint: { en: 'Health First Colorado (Medicaid) counts as insurance.', es: 'Health First Colorado (Medicaid) cuenta como seguro.' },
      options: [
        { value: 'none', label: { en: 'No', es: 'No' } },
        { value: 'under', label: { en: 'Yes, but it doesn’t cover enough of my care', es: 'Sí, pero no cubre lo suficiente de mi atención' } },
        { value: 'covered', label: { en: 'Yes, and it covers my care', es: 'Sí, y cubre mi atención' } },
        { value: 'unsure', label: { en: 'I’m not sure', es: 'No estoy seguro/a' } },
      ],
    },
    {
      id: 'household',
      type: 'income',
      // Without enough insurance, income does not matter: the question is skipped.
      showIf: { in: [{ var: 'insurance' }, ['covered', 'unsure']] },
      label: { en: 'Your household and its income', es: 'Su hogar y sus ingresos' },
      hint: {
        en: 'The scholarship is for people with a lower income or without enough health insurance.',
        es: 'La beca es para personas con ingresos más bajos o sin suficiente seguro médico.',
      },
    },
  ],
  rules: [
    {
      id: 'adult',
      when: { '==': [{ var: 'age' }, 'no'] },
      outcome: 'ineligible',
      reason: { en: 'The scholarship is for adults, 18 or older.', es: 'La beca es para personas adultas, de 18 años o más.' },
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
        en: 'The scholarship pays only for certified residences, and each one asks residents to follow house rules, including drug tests.',
        es: 'La beca solo paga residencias certificadas, y cada una pide seguir sus normas, incluidas las pruebas de drogas.',
      },
    },
    {
      id: 'house-rules-unsure',
      when: { '==': [{ var: 'house-rules' }, 'unsure'] },
      outcome: 'review',
      reason: {
        en: 'You are not sure about house rules yet. We can tell you what living in a certified residence is like.',
        es: 'Aún no está seguro/a de las normas. Podemos contarle cómo es vivir en una residencia certificada.',
      },
    },
    {
      id: 'income-over-limit',
      when: { and: [{ '==': [{ var: 'insurance' }, 'covered'] }, { '==': [{ var: 'household.withinLimit' }, false] }] },
      outcome: 'ineligible',
      reason: {
        en: 'Your household income is above the limit (300% of the federal poverty guideline), and your insurance covers your care.',
        es: 'Los ingresos de su hogar superan el límite (300% de la guía federal de pobreza) y su seguro cubre su atención.',
      },
    },
    {
      id: 'income-over-insurance-unsure',
      when: { and: [{ '==': [{ var: 'insurance' }, 'unsure'] }, { '==': [{ var: 'household.withinLimit' }, false] }] },
      outcome: 'review',
      reason: {
        en: 'Your income is above the limit, but people without enough insurance can still qualify. We can check your coverage together.',
        es: 'Sus ingresos superan el límite, pero quienes no tienen suficiente seguro aún pueden calificar. Podemos revisar su cobertura juntos.',
      },
    },
    {
      id: 'income-unknown',
      when: { '==': [{ var: 'household.known' }, false] },
      outcome: 'review',
      reason: {
        en: 'You were not sure of your household income. We can work it out with you.',
        es: 'No estaba seguro/a de los ingresos de su hogar. Podemos calcularlos con usted.',
      },
    },
    {
      id: 'medication-welcome',
      when: { '==': [{ var: 'medication' }, 'yes'] },
      outcome: 'eligible',
      reason: {
        en: 'Your prescribed medication for addiction is welcome: it never counts against you.',
        es: 'Su medicamento recetado para la adicción es bienvenido: nunca cuenta en su contra.',
      },
    },
  ],
};
