import { getJestConfig } from '@storybook/test-runner';
import { findChrome } from './scripts/find-chrome.mjs';

// `npm run check-storybook`: the test runner's defaults, in the system's Chromium (Playwright
// must not download a browser of its own). --no-sandbox: CI runs as root.
const config = getJestConfig();

export default {
  ...config,
  testEnvironmentOptions: {
    'jest-playwright': {
      ...config.testEnvironmentOptions['jest-playwright'],
      browsers: ['chromium'],
      launchOptions: { executablePath: findChrome(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] },
    },
  },
};
