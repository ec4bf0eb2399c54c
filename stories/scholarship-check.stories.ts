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
      else if (step) for (const [name, value] of Object.entries(step)) root().querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value = value;
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

/** The intro: what the check is and is not, how long it takes, and that answers stay in the browser. */
export const Intro: Story = {};

/** A yes-no question, one per screen, with Continue and Back. */
export const Question: Story = { play: answering() };

/** A choice question (health insurance). */
export const ChoiceQuestion: Story = { play: answering(...FITS.slice(0, 5)) };

/** The income question: household size and yearly income, compared with the poverty guideline. */
export const IncomeQuestion: Story = { play: answering(...FITS.slice(0, 5), 'covered') };

/** Continue without an answer: the error summary takes focus and links to the field. */
export const ValidationError: Story = { play: answering(...FITS.slice(0, 5), 'covered', { size: '0', amount: 'about 30k' }) };

/** "Check your answers", with a Change link for each. */
export const CheckAnswers: Story = { play: answering(...FITS) };

/** Likely eligible: apply, or call. */
export const Eligible: Story = { play: answering(...FITS, null) };

/** Not sure about house rules: "we'd like to talk with you". */
export const Review: Story = { play: answering('yes', 'yes', 'yes', 'yes', 'unsure', 'none', null) };

/** Under 18 and outside Colorado: the reasons, then other help (the group finder, SAMHSA's helpline). */
export const Ineligible: Story = { play: answering('no', 'no', 'yes', 'no', 'yes', 'none', null) };

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

/** A rule set with a mistake: a short polite message; the console names the rule at fault. */
export const RuleSetError: Story = {
  render: () =>
    html`<recovery-scholarship-check>${jsonScript({ ...customRules, rules: [{ ...customRules.rules[0], when: { '<': [{ var: 'agee' }, 18] } }] })}</recovery-scholarship-check>`,
};
