import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

interface ProviderArgs {
  'org-name'?: string;
  phone?: string;
  hours?: string;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
  'quick-exit': boolean;
}

/** Wednesday mid-morning in Denver, so the intake's hours line reads the same whenever the story is opened. */
const WEDNESDAY_MORNING = new Date('2026-03-04T17:00:00Z');

const meta: Meta<ProviderArgs> = {
  title: 'Widgets/Provider',
  component: 'recovery-provider',
  args: {
    'org-name': 'Front Range Recovery Collective',
    phone: '+1-303-555-0142',
    hours: 'Mon-Fri 09:00-17:00; Sat 10:00-14:00',
    'quick-exit': true,
  },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'es'] } },
  // The provider draws nothing itself: the widgets inside show its settings (phone, hours, theme, language, quick exit).
  render: (args) => html`
    <recovery-provider
      org-name=${args['org-name'] ?? nothing}
      phone=${args.phone ?? nothing}
      hours=${args.hours ?? nothing}
      theme=${args.theme ?? nothing}
      lang=${args.lang ?? nothing}
      ?quick-exit=${args['quick-exit']}
    >
      <recovery-intake .now=${WEDNESDAY_MORNING}></recovery-intake>
      <p></p>
      <recovery-self-check></recovery-self-check>
    </recovery-provider>
  `,
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** The organization's phone and hours reach the intake; the self-check shows "Leave this page". */
export const SharedSettings: Story = {};

/** One `lang="es"` on the provider: every widget inside speaks Spanish. */
export const InSpanish: Story = { args: { lang: 'es' } };

/** One `theme="dark"` on the provider: every widget inside is dark. */
export const DarkForEveryWidget: Story = {
  args: { theme: 'dark' },
  render: (args, context) => html`<div style="background: #0e1114; padding: 1rem">${meta.render!(args, context)}</div>`,
};
