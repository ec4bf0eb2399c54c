import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Controls and docs come from the same manifest editors and CMSs read.
setCustomElementsManifest(manifest);

/**
 * A control for each attribute from its TypeScript type in the manifest: text for
 * `string | undefined` (Storybook would offer an object editor), a select for a union of
 * string literals, a switch for `boolean`, a number field for `number`, text for a CSS
 * custom property, none for parts and events. A story's own `argTypes` still win.
 */
const controlsFromTypes: ArgTypesEnhancer = (context) => {
  const typed = Object.entries(context.argTypes).map(([name, argType]) => {
    const text = String((argType as StrictInputType).table?.type?.summary ?? '')
      .replace(/\s*\|\s*undefined/g, '')
      .trim();
    const literals = text.split('|').map((part) => part.trim());
    const control =
      text === 'string'
        ? { type: 'text' }
        : text === 'boolean'
          ? { type: 'boolean' }
          : text === 'number'
            ? { type: 'number' }
            : literals.length > 1 && literals.every((part) => /^'[^']*'$/.test(part))
              ? { type: 'select', options: literals.map((part) => part.slice(1, -1)) }
              : undefined;
    const options = control && 'options' in control ? { options: control.options } : {};
    if (control && !(argType as StrictInputType).control) return [name, { ...argType, control, ...options }];
    // A CSS custom property takes any CSS value as text; parts and events are documented, not set.
    const category = String((argType as StrictInputType).table?.category ?? '');
    if (name.startsWith('--')) return [name, { ...argType, control: { type: 'text' } }];
    if (/parts|events/i.test(category)) return [name, { ...argType, control: false }];
    return [name, argType];
  });
  return Object.fromEntries(typed);
};

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Every story must be axe-clean: a violation fails the story in the test runner and shows in red.
    a11y: { test: 'error' },
    layout: 'padded',
    options: { storySort: { order: ['Introduction', 'Widgets'] } },
  },
  argTypesEnhancers: [controlsFromTypes],
  tags: ['autodocs'],
};

export default preview;
