import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { faqEnglish, faqSpanish, jsonScript } from './content.js';

interface FaqArgs {
  single: boolean;
  searchable: boolean;
  'heading-level': number;
  'structured-data': boolean;
  open?: string;
  theme?: 'light' | 'dark' | 'auto';
  src?: string;
}

/** The FAQ as a CMS editor writes it: plain `<details>` that also work without JavaScript. */
const detailsFrom = (items: typeof faqEnglish) =>
  items.map(
    ({ question, answer }) => html`<details>
      <summary>${question}</summary>
      ${answer.split('\n\n').map((paragraph) => html`<p>${paragraph}</p>`)}
    </details>`,
  );

const meta: Meta<FaqArgs> = {
  title: 'Widgets/FAQ',
  component: 'recovery-faq',
  args: { single: false, searchable: false, 'heading-level': 3, 'structured-data': false },
  render: (args) => html`
    <recovery-faq
      ?single=${args.single}
      ?searchable=${args.searchable}
      heading-level=${args['heading-level']}
      ?structured-data=${args['structured-data']}
      open=${args.open ?? nothing}
      theme=${args.theme ?? nothing}
      src=${args.src ?? nothing}
    >
      ${args.src ? nothing : detailsFrom(faqEnglish)}
    </recovery-faq>
  `,
};
export default meta;

type Story = StoryObj<FaqArgs>;

/** Five questions about parallel recovery, authored as `<details>` children. */
export const ParallelRecovery: Story = {};

/** Opening one question closes the others. */
export const SingleOpen: Story = { args: { single: true, open: 'what-is-parallel-recovery' } };

/** A labelled filter box; the number of matches is announced. */
export const Searchable: Story = { args: { searchable: true } };

/** Questions from a JSON file (`src`), plain-text answers with blank lines between paragraphs. */
export const FromJson: Story = { name: 'Questions from a file', args: { src: '/demo/content/faq.en.json' } };

/** In Spanish: the nearest `lang` decides, here a wrapper with `lang="es"`. */
export const Spanish: Story = {
  args: { searchable: true },
  render: (args) => html`<div lang="es">
    <recovery-faq ?searchable=${args.searchable} ?single=${args.single}>${jsonScript(faqSpanish)}</recovery-faq>
  </div>`,
};

/** `theme="dark"`. */
export const DarkTheme: Story = {
  args: { theme: 'dark', searchable: true },
  parameters: { backgrounds: { default: 'dark' } },
};

/** A clinic's brand through `--recovery-*` tokens, no other CSS. */
export const CustomTokens: Story = {
  render: () => html`<div
    style="--recovery-color-accent: #6b2a7a; --recovery-color-surface: #fbf7f2; --recovery-faq-border-color: #d8c7b5;
           --recovery-radius: 0; --recovery-font-family: Georgia, serif; --recovery-faq-question-color: #4b1d57"
  >
    <recovery-faq searchable>${jsonScript(faqEnglish)}</recovery-faq>
  </div>`,
};

/** Broken JSON: a short polite message for visitors; the details go to the console. */
export const ConfigurationError: Story = {
  render: () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '[{"question": "Missing the rest…"';
    return html`<recovery-faq>${script}</recovery-faq>`;
  },
};
