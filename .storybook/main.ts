import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/introduction.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The demo's content files, so stories can load `src` URLs like a site does.
  staticDirs: [{ from: '../demo', to: '/demo' }],
  core: { disableTelemetry: true },
};

export default config;
