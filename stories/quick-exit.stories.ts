import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

interface QuickExitArgs {
  inline: boolean;
  href?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/** Presses Shift once, as a visitor would: the hidden status then tells a screen reader what remains. */
function pressShift(): void {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', shiftKey: true }));
  document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' }));
}

const meta: Meta<QuickExitArgs> = {
  title: 'Widgets/Quick exit',
  component: 'recovery-quick-exit',
  // Stories stay in Storybook: the button "leaves" to a fragment of this page rather than to
  // another site. As on a real page, the preview is hidden at once; reload the story to see it again.
  args: { inline: true, href: '#left-the-page' },
  render: (args) =>
    html`<recovery-quick-exit ?inline=${args.inline} href=${args.href ?? nothing} theme=${args.theme ?? nothing}></recovery-quick-exit>`,
};
export default meta;

type Story = StoryObj<QuickExitArgs>;

/** In the flow of the page, as a sensitive widget shows it at its top. */
export const Inline: Story = {};

/** Fixed to the top corner of the window (the default), above everything else on the page. */
export const FixedInTheCorner: Story = { args: { inline: false } };

/** In Spanish: the nearest `lang` decides. */
export const Spanish: Story = {
  render: (args) => html`<div lang="es"><recovery-quick-exit inline href=${args.href ?? nothing}></recovery-quick-exit></div>`,
};

/** `theme="dark"`, on a dark page. */
export const DarkTheme: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  render: (args) => html`<div style="background: #15191e; padding: 1rem">
    <recovery-quick-exit inline theme="dark" href=${args.href ?? nothing}></recovery-quick-exit>
  </div>`,
};

/** After one press of Shift: "Shift pressed once: press it 2 more times to leave this page", heard, not shown. */
export const AfterOneShiftPress: Story = {
  play: () => pressShift(),
};
