import { expect, fixture } from '@open-wc/testing';
import { watchErrors } from './helpers.js';
import { renderStory, stories } from './story-harness.js';

/**
 * Every story, rendered as Storybook would (meta args + story args, story render or meta
 * render, then its `play` step), must show its state and be axe-clean: designers review these
 * states and visitors meet them. Only the configuration-error stories may log an error.
 */
describe('stories', () => {
  for (const story of stories) {
    it(`${story.label} shows its state and is axe-clean`, async () => {
      const { result: element, errors } = await watchErrors(async () => renderStory(story, await fixture<HTMLElement>('<div></div>')));
      expect(errors, 'only a configuration-error story logs an error').to.have.length(story.configError ? 1 : 0);
      await expect(element).to.be.accessible();
    });
  }
});
