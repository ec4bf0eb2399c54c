// `npm run check-storybook` (after `npm run build-storybook`): serves storybook-static/ on a
// free port and runs @storybook/test-runner over every story against it. What it checks is in
// .storybook/test-runner.ts, the browser it uses in test-runner-jest.config.js.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createStaticServer } from './serve.mjs';

const server = createStaticServer({ root: resolve('storybook-static') });
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const runner = spawn('node_modules/.bin/test-storybook', ['--url', `http://127.0.0.1:${server.address().port}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
runner.on('exit', (code, signal) => {
  server.close();
  process.exit(code ?? (signal ? 1 : 0));
});
