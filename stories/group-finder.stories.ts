import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import localGroups from '../demo/content/groups.json';
import { jsonScript } from './content.js';

interface GroupFinderArgs {
  exclude?: string;
  'heading-level': number;
  'quick-exit': boolean;
  'org-name'?: string;
  theme?: 'light' | 'dark' | 'auto';
  src?: string;
}

/**
 * Answers the questions the way a visitor would (clicks), then asks for results (or all
 * programs, or the rest of the results), so a story can open on that state. Works in
 * Storybook and in the stories test alike.
 */
const answer = (answers: Record<string, string>, then: 'results' | 'all' | 'more' = 'results') =>
  ref(async (element) => {
    if (!element) return;
    // Storybook may render a story before the preview has defined the elements.
    await customElements.whenDefined('recovery-group-finder');
    const finder = element as HTMLElement & { updateComplete: Promise<unknown> };
    await finder.updateComplete;
    const root = () => finder.shadowRoot!;
    while (!finder.shadowRoot?.querySelector('form')) await new Promise((resolve) => setTimeout(resolve, 20));
    for (const [name, value] of Object.entries(answers)) {
      root().querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.click();
      await finder.updateComplete;
    }
    root()
      .querySelector<HTMLButtonElement>(then === 'all' ? '.actions button.button' : 'button[part="submit"]')!
      .click();
    if (then !== 'more') return;
    await finder.updateComplete;
    root().querySelector<HTMLButtonElement>('button.more')?.click();
  });

const meta: Meta<GroupFinderArgs> = {
  title: 'Widgets/Group finder',
  component: 'recovery-group-finder',
  args: { 'heading-level': 3, 'quick-exit': false },
  render: (args) => html`
    <recovery-group-finder
      exclude=${args.exclude ?? nothing}
      heading-level=${args['heading-level']}
      ?quick-exit=${args['quick-exit']}
      org-name=${args['org-name'] ?? nothing}
      theme=${args.theme ?? nothing}
      src=${args.src ?? nothing}
    ></recovery-group-finder>
  `,
};
export default meta;

type Story = StoryObj<GroupFinderArgs>;

/** The questions. “Who are you” has no answer until the visitor gives one; the others start on “not sure” / “no preference”. */
export const Default: Story = {};

/** “Show groups that fit” with no answer to “who are you”: the error summary, and the question’s error. */
export const NoAnswerChosen: Story = {
  render: () => html`<recovery-group-finder ${answer({})}></recovery-group-finder>`,
};

/** A partner whose loved one is not in treatment: CRAFT programs come first. */
export const PartnerResults: Story = {
  render: () => html`<recovery-group-finder ${answer({ role: 'partner', situation: 'not-in-treatment' })}></recovery-group-finder>`,
};

/** A partner, no other answer: the top five, then “Show 4 more” pressed, so all nine show. */
export const AllResultsShown: Story = {
  render: () => html`<recovery-group-finder ${answer({ role: 'partner' }, 'more')}></recovery-group-finder>`,
};

/** A parent worried about opioids: Learn to Cope and PAL. */
export const ParentResults: Story = {
  render: () => html`<recovery-group-finder ${answer({ role: 'parent', substance: 'opioids' })}></recovery-group-finder>`,
};

/** A teenager: Alateen and Narateen. */
export const TeenResults: Story = {
  render: () => html`<recovery-group-finder ${answer({ role: 'teen' })}></recovery-group-finder>`,
};

/** Another relative or a friend who would rather meet by phone. */
export const RelativeOrFriendResults: Story = {
  render: () => html`<recovery-group-finder ${answer({ role: 'family', format: 'phone' })}></recovery-group-finder>`,
};

/** The person in recovery, who is not asked about a loved one: AA and NA for 12-step. */
export const InRecoveryResults: Story = {
  render: () => html`<recovery-group-finder ${answer({ role: 'self', approach: '12-step' })}></recovery-group-finder>`,
};

/** A grieving parent asking for phone meetings: GRASP, with a note that the format was set aside. */
export const BereavedResults: Story = {
  render: () => html`<recovery-group-finder ${answer({ role: 'parent', situation: 'bereaved', format: 'phone' })}></recovery-group-finder>`,
};

/** “See all programs”: the whole directory, no questions asked, in two groups: for family and friends, and for the person in recovery. */
export const AllPrograms: Story = {
  render: () => html`<recovery-group-finder ${answer({}, 'all')}></recovery-group-finder>`,
};

/** The clinic's own groups (child JSON), listed first and marked "near you" with its name from the provider. */
export const LocalGroups: Story = {
  render: () => html`<recovery-provider org-name="Front Range Recovery Collective">
    <recovery-group-finder ${answer({ role: 'partner', situation: 'not-in-treatment' })}>${jsonScript(localGroups)}</recovery-group-finder>
  </recovery-provider>`,
};

/** `exclude="celebrate-recovery, pal"`: a clinic hides programs it does not refer to. */
export const Exclude: Story = {
  render: () =>
    html`<recovery-group-finder exclude="celebrate-recovery, pal" ${answer({ role: 'partner', approach: 'faith' })}></recovery-group-finder>`,
};

/** With `quick-exit`: “Leave this page” above the questions. */
export const WithQuickExit: Story = { args: { 'quick-exit': true } };

/** In Spanish (the nearest `lang`), with the results for a parent. */
export const Spanish: Story = {
  render: () => html`<div lang="es">
    <recovery-group-finder quick-exit ${answer({ role: 'parent' })}>${jsonScript(localGroups)}</recovery-group-finder>
  </div>`,
};

/** `theme="dark"`, results for a teenager. */
export const DarkTheme: Story = {
  parameters: { backgrounds: { default: 'dark' } },
  render: () => html`<div style="background: #15191e; padding: 1rem">
    <recovery-group-finder theme="dark" quick-exit ${answer({ role: 'teen' })}></recovery-group-finder>
  </div>`,
};

/** Broken local-groups JSON: a short polite message; the national programs still work; details go to the console. */
export const ConfigurationError: Story = {
  render: () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '[{"id": "family-circle", "formats": ["zoom"]';
    return html`<recovery-group-finder>${script}</recovery-group-finder>`;
  },
};
