import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Controls and docs come from the same manifest editors and CMSs read.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Every story must be axe-clean: a violation fails the story in the test runner and shows in red.
    a11y: { test: 'error' },
    layout: 'padded',
  },
  tags: ['autodocs'],
};

export default preview;
