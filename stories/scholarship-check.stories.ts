import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import customRules from '../demo/content/scholarship-rules.example.json';
import { jsonScript } from './content.js';

interface ScholarshipArgs {
  'apply-href'?: string;
  phone?: string;
  'finder-href'?: string;
  src?: string;
  theme?: 'light' | 'dark' | 'auto';
  'quick-exit': boolean;
}

/** An answer to click (a radio's value), text to type (fields by name), or null: just press the primary button. */
type Step = string | Record<string, string> | null;

/**
 * Drives the check to a screen the way a visitor would: Start, then each answer and
 * Continue. Stories use it as their `play` function; test/stories.test.ts runs it too.
 */
function answering(...steps: Step[]) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const check = canvasElement.querySelector('recovery-scholarship-check')!;
    const root = () => check.shadowRoot!;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
    for (let tries = 0; !root()?.querySelector('.primary') && tries < 100; tries++) await settle();
    for (const step of [null, ...steps]) {
      if (typeof step === 'string') root().querySelector<HTMLInputElement>(`input[value="${step}"]`)?.click();
      else if (step)
        for (const [name, value] of Object.entries(step)) root().querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value = value;
      root().querySelector<HTMLButtonElement>('.primary')!.click();
      await settle();
    }
  };
}

/** Every Colorado question answered in a way that fits, uninsured. */
const FITS = ['yes', 'yes', 'yes', 'no', 'yes', 'none'];

const meta: Meta<ScholarshipArgs> = {
  title: 'Widgets/Scholarship check',
  component: 'recovery-scholarship-check',
  args: { 'apply-href': '/apply', phone: '+1-303-555-0142', 'finder-href': '/support-groups', 'quick-exit': false },
  render: (args) => html`
    <recovery-scholarship-check
      apply-href=${args['apply-href'] ?? nothing}
      phone=${args.phone ?? nothing}
      finder-href=${args['finder-href'] ?? nothing}
      src=${args.src ?? nothing}
      theme=${args.theme ?? nothing}
      ?quick-exit=${args['quick-exit']}
    ></recovery-scholarship-check>
  `,
};
export default meta;

type Story = StoryObj<ScholarshipArgs>;

/** The intro: what the check is and is not, how long it takes, that answers stay in the browser; 988 at the bottom of every screen. */
export const Intro: Story = {};

/** A yes-no question, one per screen, answered with the family's choice tiles, with Continue and Back. */
export const Question: Story = { play: answering() };

/** A choice question (health insurance). */
export const ChoiceQuestion: Story = { play: answering(...FITS.slice(0, 5)) };

/** The income question: household size and yearly income, compared with the poverty guideline. */
export const IncomeQuestion: Story = { play: answering(...FITS.slice(0, 5), 'covered') };

/** Answers that cannot be read: "There is a problem" takes focus and links to each field, and each field says what is wrong. */
export const ValidationError: Story = { play: answering(...FITS.slice(0, 5), 'covered', { size: '0', amount: 'about 30k' }) };

/** "Check your answers", with a Change link for each. */
export const CheckAnswers: Story = { play: answering(...FITS) };

/** Likely eligible, with the reasons why: apply, or call. */
export const Eligible: Story = { play: answering(...FITS, null) };

/** Not sure about house rules: "we'd like to talk with you". */
export const Review: Story = { play: answering('yes', 'yes', 'yes', 'yes', 'unsure', 'none', null) };

/** "Under 18" ends the questions at once: the reason, then what else can help (the group finder, SAMHSA's helpline, a call). */
export const Ineligible: Story = { play: answering('no') };

/** Living outside Colorado, found out on the second question. */
export const NotInColorado: Story = { play: answering('yes', 'no') };

/** No apply link and no phone: the next step is the intake below the outcome. */
export const NextStepIsTheIntake: Story = {
  args: { 'apply-href': undefined, phone: undefined },
  render: (args) => html`<recovery-scholarship-check finder-href=${args['finder-href'] ?? nothing}>
    <p slot="intake">(Your intake form or call-back request goes here.)</p>
  </recovery-scholarship-check>`,
  play: answering(...FITS, null),
};

/** A provider's own rule set from JSON (`src`): a number question, counties, a referral, 200% of the guideline. */
export const CustomRuleSet: Story = {
  args: { src: '/demo/content/scholarship-rules.example.json' },
  play: answering(),
};

/** The same rule set pasted as a child JSON script, as a CMS editor would. */
export const CustomRuleSetInline: Story = {
  render: () => html`<recovery-scholarship-check phone="+1-303-555-0142">${jsonScript(customRules)}</recovery-scholarship-check>`,
};

/** In Spanish: the nearest `lang` decides, for the widget's text and the rule set's. */
export const Spanish: Story = {
  render: (args) => html`<div lang="es">${meta.render!(args, {} as never)}</div>`,
  play: answering(...FITS.slice(0, 5), 'covered', { size: '3', amount: '' }, null),
};

/** `theme="dark"` with the quick exit. */
export const DarkWithQuickExit: Story = {
  args: { theme: 'dark', 'quick-exit': true },
  parameters: { backgrounds: { default: 'dark' } },
  play: answering('yes'),
};

/** A rule set with a mistake: a short polite message; the console says where the mistake is. */
export const RuleSetError: Story = {
  render: () =>
    html`<recovery-scholarship-check>${jsonScript({ ...customRules, rules: [{ ...customRules.rules[0], when: { '<': [{ var: 'agee' }, 18] } }] })}</recovery-scholarship-check>`,
};
