import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { RecoverySelfCheck } from '../src/elements/self-check/self-check.js';
import { jsonScript } from './content.js';

interface SelfCheckArgs {
  mode: 'steps' | 'list';
  remember: boolean;
  'quick-exit': boolean;
  'groups-href'?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/** The widget in a story, once it has drawn its first screen. */
async function widget(canvasElement: HTMLElement): Promise<RecoverySelfCheck> {
  const check = canvasElement.querySelector('recovery-self-check')!;
  while (!check.shadowRoot?.querySelector('[data-focus]')) await new Promise((resolve) => setTimeout(resolve, 20));
  return check;
}

/** Clicks through the check as a visitor would: Start, then one answer (0–3) per statement, Next each time. */
async function answer(canvasElement: HTMLElement, values: number[]): Promise<void> {
  const check = await widget(canvasElement);
  const root = check.shadowRoot!;
  root.querySelector<HTMLButtonElement>('button.primary')!.click();
  for (const value of values) {
    await check.updateComplete;
    root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[value].click();
    await check.updateComplete;
    root.querySelector<HTMLButtonElement>('button.primary')!.click();
  }
  await check.updateComplete;
}

const meta: Meta<SelfCheckArgs> = {
  title: 'Widgets/Self-check',
  component: 'recovery-self-check',
  args: { mode: 'steps', remember: false, 'quick-exit': false, 'groups-href': '#find-a-group' },
  render: (args) => html`
    <recovery-provider phone="+1-303-555-0142">
      <recovery-self-check
        mode=${args.mode}
        ?remember=${args.remember}
        ?quick-exit=${args['quick-exit']}
        groups-href=${args['groups-href'] ?? nothing}
        theme=${args.theme ?? nothing}
      ></recovery-self-check>
    </recovery-provider>
  `,
};
export default meta;

type Story = StoryObj<SelfCheckArgs>;

/** The first screen: what this is, that it is not a diagnosis, and where the answers go (nowhere). */
export const Intro: Story = {};

/** A statement, three of twelve in: "3 of 12" beside the bar, the statement, the question, four answers, Next and Back. */
export const Question: Story = {
  play: async ({ canvasElement }) => answer(canvasElement, [1, 2]),
};

/** Next without an answer: the message above the answers, which take focus. */
export const MissingAnswer: Story = {
  play: async ({ canvasElement }) => {
    await answer(canvasElement, [1]);
    const check = await widget(canvasElement);
    check.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await check.updateComplete;
  },
};

/** "More help lines" open above a statement: every other line, the statement still there. */
export const MoreHelpLines: Story = {
  play: async ({ canvasElement }) => {
    await answer(canvasElement, [1]);
    const check = await widget(canvasElement);
    check.shadowRoot!.querySelector<HTMLElement>('summary')!.click();
    await check.updateComplete;
  },
};

/** Result: few of these patterns (all "Never"). */
export const ResultFew: Story = {
  play: async ({ canvasElement }) => answer(canvasElement, Array(12).fill(0)),
};

/** Result: some of these patterns (all "Sometimes"). */
export const ResultSome: Story = {
  play: async ({ canvasElement }) => answer(canvasElement, Array(12).fill(1)),
};

/** Result: many of these patterns (all "Often"), with the talk link from the provider's phone. */
export const ResultMany: Story = {
  play: async ({ canvasElement }) => answer(canvasElement, Array(12).fill(2)),
};

/** `mode="list"`: every statement on one screen, one submit. */
export const List: Story = { args: { mode: 'list' } };

/** `mode="list"`, two statements left unanswered: "There is a problem", with a link to each. */
export const ListMissingAnswers: Story = {
  args: { mode: 'list' },
  play: async ({ canvasElement }) => {
    const check = await widget(canvasElement);
    const radios = check.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    for (let index = 0; index < 12; index++) if (index !== 2 && index !== 7) radios[index * 4 + 1].click();
    await check.updateComplete;
    check.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await check.updateComplete;
  },
};

/** In Spanish: the nearest `lang` decides. */
export const Spanish: Story = {
  render: () => html`<div lang="es"><recovery-self-check groups-href="#find-a-group"></recovery-self-check></div>`,
  play: async ({ canvasElement }) => answer(canvasElement, [1, 1, 0]),
};

/** `theme="dark"`, on a statement, with "More help lines" open. */
export const Dark: Story = {
  args: { theme: 'dark', 'quick-exit': true },
  parameters: { backgrounds: { default: 'dark' } },
  play: async ({ canvasElement }) => {
    await answer(canvasElement, [3]);
    const check = await widget(canvasElement);
    check.shadowRoot!.querySelector<HTMLElement>('summary')!.click();
    await check.updateComplete;
  },
};

/** A provider's own item set from a child JSON script: its statements, answers and bands. */
export const CustomItemSet: Story = {
  render: () => html`<recovery-self-check groups-href="#find-a-group">
    ${jsonScript({
      id: 'front-range-pilot',
      source: 'Front Range Recovery Collective, 2026',
      license: 'Used with permission',
      title: 'How are you doing this week?',
      prompt: 'Has this happened this week?',
      options: [
        { value: 0, label: 'No' },
        { value: 1, label: 'Yes' },
      ],
      items: [
        { text: 'I slept fewer than six hours most nights.' },
        { text: 'I talked with a friend about how I feel.', reverse: true },
        { text: 'I skipped something I enjoy.' },
      ],
      bands: [
        { id: 'steady', min: 0, max: 1, title: 'A steady week', meaning: 'Keep doing what helps you.' },
        {
          id: 'heavy',
          min: 2,
          max: 3,
          title: 'A heavy week',
          meaning: 'This week asked a lot of you.',
          steps: [{ text: 'A family group meets on Thursdays.', link: 'groups' }],
        },
      ],
    })}
  </recovery-self-check>`,
};

/** A broken item set: a short polite message, 988 still in sight; the details go to the console. */
export const ConfigurationError: Story = {
  render: () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"items": [{"text": "Missing the rest…"}';
    return html`<recovery-self-check>${script}</recovery-self-check>`;
  },
};

/** `quick-exit`: the "Leave this page" button (and Shift × 3) at the top. */
export const QuickExit: Story = { args: { 'quick-exit': true } };
