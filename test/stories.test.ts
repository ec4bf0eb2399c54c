import { expect, fixture, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import * as faqStories from '../stories/faq.stories.js';
import * as groupFinderStories from '../stories/group-finder.stories.js';
import * as selfCheckStories from '../stories/self-check.stories.js';
import { watchErrors } from './helpers.js';

type StoryModule = { default: Meta<Record<string, unknown>> } & Record<string, StoryObj<Record<string, unknown>> | Meta<Record<string, unknown>>>;

/**
 * Every story, rendered as Storybook would (meta args + story args, story render or meta
 * render), must be axe-clean: designers review these states, visitors meet them.
 */
function storiesOf(module: StoryModule) {
  const { default: meta, ...stories } = module;
  return Object.entries(stories).map(([name, story]) => {
    const { args = {}, render: storyRender, play } = story as StoryObj<Record<string, unknown>>;
    const renderStory = (storyRender ?? meta.render)!;
    return {
      name,
      template: () => renderStory({ ...meta.args, ...args } as never, {} as never) as TemplateResult,
      // A story's `play` puts the widget in the state it shows (a question, a result).
      play: (canvasElement: HTMLElement) => play?.({ canvasElement } as never),
    };
  });
}

describe('stories', () => {
  for (const { name, template } of storiesOf(faqStories as unknown as StoryModule)) {
    it(`FAQ / ${name} renders axe-clean`, async () => {
      const { result: container } = await watchErrors(async () => {
        const host = await fixture<HTMLElement>('<div></div>');
        render(template(), host);
        const faq = host.querySelector('recovery-faq')!;
        await (faq as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        // Let a `src` load and the first render after it finish.
        await new Promise((resolve) => setTimeout(resolve, 100));
        return host;
      });
      const faq = container.querySelector('recovery-faq')!;
      const expected = name === 'ConfigurationError' ? '[part="error"]' : '.question';
      expect(faq.shadowRoot!.querySelector(expected), `shows ${expected}`).to.exist;
      await expect(faq).to.be.accessible();
    });
  }

  for (const { name, template } of storiesOf(groupFinderStories as unknown as StoryModule)) {
    it(`Group finder / ${name} renders axe-clean`, async () => {
      // Stories that open on results answer the questions themselves; wait for what each shows.
      const expected = name === 'ConfigurationError' ? '[part="error"]' : ['Default', 'WithQuickExit'].includes(name) ? 'form' : '.card';
      const { result: finder } = await watchErrors(async () => {
        const host = await fixture<HTMLElement>('<div></div>');
        render(template(), host);
        const element = host.querySelector('recovery-group-finder')!;
        await waitUntil(() => element.shadowRoot?.querySelector(expected), `shows ${expected}`);
        return element;
      });
      await expect(finder).to.be.accessible();
    });
  }

  for (const { name, template, play } of storiesOf(selfCheckStories as unknown as StoryModule)) {
    it(`Self-check / ${name} renders axe-clean`, async () => {
      const { result: container, errors } = await watchErrors(async () => {
        const host = await fixture<HTMLElement>('<div></div>');
        render(template(), host);
        await host.querySelector('recovery-self-check')!.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        await play(host);
        return host;
      });
      const check = container.querySelector('recovery-self-check')!;
      const expected = name === 'ConfigurationError' ? '[part="error"]' : name.startsWith('Result') ? '[part~="result"]' : '[data-focus]';
      expect(check.shadowRoot!.querySelector(expected), `shows ${expected}`).to.exist;
      expect(errors, 'only the broken story logs an error').to.have.length(name === 'ConfigurationError' ? 1 : 0);
      await expect(check).to.be.accessible();
    });
  }
});
