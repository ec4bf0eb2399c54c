import { expect, fixture, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import * as faqStories from '../stories/faq.stories.js';
import * as groupFinderStories from '../stories/group-finder.stories.js';
import * as scholarshipStories from '../stories/scholarship-check.stories.js';
import * as selfCheckStories from '../stories/self-check.stories.js';
import * as intakeStories from '../stories/intake.stories.js';
import { watchErrors } from './helpers.js';

type Args = Record<string, unknown>;
type StoryModule = { default: Meta<Args> } & Record<string, StoryObj<Args>>;
type Play = (context: { canvasElement: HTMLElement }) => Promise<void> | void;

/**
 * Every story, rendered as Storybook would (meta args + story args, story render or meta
 * render, then its `play` step), must show its state and be axe-clean: designers review these
 * states and visitors meet them. Only the configuration-error stories may log an error.
 */
function storiesOf(module: StoryModule) {
  const { default: meta, ...stories } = module;
  return Object.entries(stories).map(([name, story]) => {
    const { args = {}, render: storyRender, play } = story;
    const renderStory = (storyRender ?? meta.render)!;
    return { name, play: play as Play | undefined, template: () => renderStory({ ...meta.args, ...args } as never, { id: name } as never) as TemplateResult };
  });
}

const isConfigError = (name: string) => /^(ConfigurationError|RuleSetError)$/.test(name);

/** Each module: its title in test names, its element, and the selector a rendered story shows. */
const modules: Array<{ title: string; module: unknown; tag: string; shows: (story: string) => string }> = [
  { title: 'FAQ', module: faqStories, tag: 'recovery-faq', shows: () => '.question' },
  {
    title: 'Group finder',
    module: groupFinderStories,
    tag: 'recovery-group-finder',
    shows: (story) => (({ Default: 'form', WithQuickExit: 'form', NoAnswerChosen: '[part="error-summary"]', AllResultsShown: '.programs > li:nth-child(6)' }) as Record<string, string>)[story] ?? '.programs > li',
  },
  {
    title: 'Self-check',
    module: selfCheckStories,
    tag: 'recovery-self-check',
    shows: (story) => (story.startsWith('Result') ? '[part~="result"]' : '[data-focus]'),
  },
  { title: 'Scholarship check', module: scholarshipStories, tag: 'recovery-scholarship-check', shows: () => '.heading' },
  {
    title: 'Intake',
    module: intakeStories,
    tag: 'recovery-intake',
    // State stories send the form themselves (to a story-level fake endpoint) and settle here.
    shows: (story) =>
      ({
        Sending: '[role="status"]:not(:empty)',
        Sent: '#sent',
        SentWhileClosed: '#sent',
        Failed: '[part="notice"]',
        Refused: '[part="notice"]',
        Offline: '[role="status"].box',
        ValidationErrors: '[part="error-summary"]',
        Floating: '[part="launcher"]',
      })[story] ?? 'h2',
  },
];

describe('stories', () => {
  for (const { title, module, tag, shows } of modules) {
    for (const { name, template, play } of storiesOf(module as StoryModule)) {
      it(`${title} / ${name} shows its state and is axe-clean`, async () => {
        const expected = isConfigError(name) ? '[part="error"]' : shows(name);
        const { result: element, errors } = await watchErrors(async () => {
          const host = await fixture<HTMLElement>('<div></div>');
          render(template(), host);
          const widget = host.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(tag)!;
          await widget.updateComplete;
          // Let a `src` load and the first render after it finish.
          await new Promise((resolve) => setTimeout(resolve, 100));
          await play?.({ canvasElement: host });
          await waitUntil(() => widget.shadowRoot?.querySelector(expected), `shows ${expected}`);
          return widget;
        });
        expect(errors, 'only a configuration-error story logs an error').to.have.length(isConfigError(name) ? 1 : 0);
        await expect(element).to.be.accessible();
      });
    }
  }

});
