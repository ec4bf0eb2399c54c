import { waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import * as faqStories from '../stories/faq.stories.js';
import * as groupFinderStories from '../stories/group-finder.stories.js';
import * as scholarshipStories from '../stories/scholarship-check.stories.js';
import * as selfCheckStories from '../stories/self-check.stories.js';
import * as intakeStories from '../stories/intake.stories.js';
import * as quickExitStories from '../stories/quick-exit.stories.js';
import * as providerStories from '../stories/provider.stories.js';
import { WIDGETS, isConfigError, settledSelector } from './story-states.mjs';

/**
 * Every story of every stories module, rendered as Storybook renders it (meta args + story
 * args, the story's render or the meta's, then its `play` step), for the tests that measure
 * what designers review and visitors meet: test/stories.test.ts (state and axe) and
 * test/layout.test.ts (overflow, target sizes, phone numbers).
 */

type Args = Record<string, unknown>;
type StoryModule = { default: Meta<Args> } & Record<string, StoryObj<Args>>;
type Play = (context: { canvasElement: HTMLElement }) => Promise<void> | void;

export type Widget = HTMLElement & { updateComplete: Promise<unknown> };

export interface Story {
  /** The widget's title in test names ("Intake"). */
  title: string;
  /** The story's export name ("ValidationErrors"). */
  name: string;
  /** "Intake / ValidationErrors": how tests and KNOWN lists name a story. */
  label: string;
  /** The element the story shows. */
  tag: string;
  /** A selector in the widget's shadow root, there once the story has settled. */
  shows: string;
  /** Only configuration-error stories log an error. */
  configError: boolean;
  template: () => TemplateResult;
  play?: Play;
}

const modules: Record<keyof typeof WIDGETS, unknown> = {
  faq: faqStories,
  'group-finder': groupFinderStories,
  'self-check': selfCheckStories,
  'scholarship-check': scholarshipStories,
  intake: intakeStories,
  'quick-exit': quickExitStories,
  provider: providerStories,
};

/** Every story, widget by widget, in the order of the stories files. */
export const stories: Story[] = Object.entries(modules).flatMap(([widget, module]) => {
  const { default: meta, ...exports } = module as StoryModule;
  const { title, tag } = WIDGETS[widget];
  return Object.entries(exports).map(([name, story]) => {
    const { args = {}, render: storyRender, play } = story;
    const renderStory = (storyRender ?? meta.render)!;
    return {
      title,
      name,
      label: `${title} / ${name}`,
      tag,
      shows: settledSelector(widget, name),
      configError: isConfigError(name),
      play: play as Play | undefined,
      template: () => renderStory({ ...meta.args, ...args } as never, { id: name } as never) as TemplateResult,
    };
  });
});

/**
 * Renders `story` into `canvas` (an element already in the document), runs its `play` step
 * with `canvas` as the canvas element, and resolves with the widget once the story shows its
 * state.
 */
export async function renderStory(story: Story, canvas: HTMLElement): Promise<Widget> {
  render(story.template(), canvas);
  const widget = canvas.querySelector<Widget>(story.tag)!;
  await widget.updateComplete;
  // Let a `src` load and the first render after it finish.
  await new Promise((resolve) => setTimeout(resolve, 100));
  await story.play?.({ canvasElement: canvas });
  await waitUntil(() => widget.shadowRoot?.querySelector(story.shows), `${story.label} shows ${story.shows}`);
  return widget;
}
