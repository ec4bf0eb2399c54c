#!/usr/bin/env node
/**
 * `npm run fuzz -- [--cases 5000] [--seed N] [--tag recovery-faq] [--path P]`: runs the fuzz
 * test (test/fuzz/fuzz.test.ts) alone, with more cases or another seed than `npm test` uses.
 * A failure prints the command that replays it (seed, element and fast-check path).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const OPTIONS = { cases: 'FUZZ_CASES', seed: 'FUZZ_SEED', tag: 'FUZZ_TAG', path: 'FUZZ_PATH' };
const env = { ...process.env };
const args = process.argv.slice(2);
for (let index = 0; index < args.length; index++) {
  const [flag, inline] = args[index].split('=', 2);
  const name = flag.replace(/^--/, '');
  const value = inline ?? args[++index];
  if (!(name in OPTIONS) || value === undefined) {
    console.error(
      `Unknown or empty option ${args[index - (inline ? 0 : 1)] ?? flag}. Usage: npm run fuzz -- [--cases 5000] [--seed N] [--tag recovery-faq] [--path P]`,
    );
    process.exit(2);
  }
  env[OPTIONS[name]] = value;
}
env.FUZZ_CASES ??= '5000';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
console.log(`Fuzzing ${env.FUZZ_TAG ?? 'every element'}: ${env.FUZZ_CASES} cases, seed ${env.FUZZ_SEED ?? 'the default'}.`);
const runner = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', 'test/fuzz/fuzz.test.ts'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
runner.on('exit', (code, signal) => {
  console.log(`Fuzzing took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  process.exit(code ?? (signal ? 1 : 0));
});
