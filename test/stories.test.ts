import { expect, fixture } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import * as faqStories from '../stories/faq.stories.js';
import * as scholarshipStories from '../stories/scholarship-check.stories.js';
import { watchErrors } from './helpers.js';

type StoryModule = { default: Meta<Record<string, unknown>> } & Record<string, StoryObj<Record<string, unknown>> | Meta<Record<string, unknown>>>;
type Play = (context: { canvasElement: HTMLElement }) => Promise<void>;

/**
 * Every story, rendered as Storybook would (meta args + story args, story render or meta
 * render, then its `play` function), must be axe-clean: designers review these states,
 * visitors meet them.
 */
function storiesOf(module: StoryModule) {
  const { default: meta, ...stories } = module;
  return Object.entries(stories).map(([name, story]) => {
    const { args = {}, render: storyRender, play } = story as StoryObj<Record<string, unknown>>;
    const renderStory = (storyRender ?? meta.render)!;
    return { name, play: play as Play | undefined, template: () => renderStory({ ...meta.args, ...args } as never, {} as never) as TemplateResult };
  });
}

/** Each module: its title in test names, its element, and what a rendered story shows. */
const modules: Array<{ title: string; module: unknown; tag: string; ready: string }> = [
  { title: 'FAQ', module: faqStories, tag: 'recovery-faq', ready: '.question' },
  { title: 'Scholarship check', module: scholarshipStories, tag: 'recovery-scholarship-check', ready: '.heading' },
];

describe('stories', () => {
  for (const { title, module, tag, ready } of modules) {
    for (const { name, template, play } of storiesOf(module as StoryModule)) {
      it(`${title} / ${name} renders axe-clean`, async () => {
        const { result: container } = await watchErrors(async () => {
          const host = await fixture<HTMLElement>('<div></div>');
          render(template(), host);
          const element = host.querySelector(tag)!;
          await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          // Let a `src` load and the first render after it finish.
          await new Promise((resolve) => setTimeout(resolve, 100));
          await play?.({ canvasElement: host });
          return host;
        });
        const element = container.querySelector(tag)!;
        const expected = /Error$/.test(name) && !/Validation/.test(name) ? '[part="error"]' : ready;
        expect(element.shadowRoot!.querySelector(expected), `shows ${expected}`).to.exist;
        await expect(element).to.be.accessible();
      });
    }
  }
});
