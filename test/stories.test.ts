import { expect, fixture, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import * as faqStories from '../stories/faq.stories.js';
import * as intakeStories from '../stories/intake.stories.js';
import { watchErrors } from './helpers.js';

type StoryModule = { default: Meta<Record<string, unknown>> } & Record<string, StoryObj<Record<string, unknown>> | Meta<Record<string, unknown>>>;

/**
 * Every story, rendered as Storybook would (meta args + story args, story render or meta
 * render), must be axe-clean: designers review these states, visitors meet them.
 */
function storiesOf(module: StoryModule) {
  const { default: meta, ...stories } = module;
  return Object.entries(stories).map(([name, story]) => {
    const { args = {}, render: storyRender } = story as StoryObj<Record<string, unknown>>;
    const renderStory = (storyRender ?? meta.render)!;
    return { name, template: () => renderStory({ ...meta.args, ...args } as never, { id: name } as never) as TemplateResult };
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

  /** What each intake story must show once it has settled (state stories send the form themselves). */
  const intakeShows: Record<string, string> = {
    Sending: '[role="status"]:not(:empty)',
    Sent: '#sent',
    SentWhileClosed: '#sent',
    Failed: '[part="notice"]',
    Refused: '[part="notice"]',
    Offline: '[role="status"].box',
    ValidationErrors: '[part="error-summary"]',
    ConfigurationError: '[part="error"]',
    Floating: '[part="launcher"]',
  };
  for (const { name, template } of storiesOf(intakeStories as unknown as StoryModule)) {
    it(`Intake / ${name} renders axe-clean`, async () => {
      const host = await fixture<HTMLElement>('<div></div>');
      render(template(), host);
      const intake = host.querySelector('recovery-intake')!;
      const expected = intakeShows[name] ?? 'h2';
      await waitUntil(() => intake.shadowRoot?.querySelector(expected), `${name} shows ${expected}`, { timeout: 4000 });
      await expect(intake).to.be.accessible();
    });
  }
});
