// Regenerates custom-elements.json; with --check, fails if the committed one is out of date.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const check = process.argv.includes('--check');
// The analyzer joins --outdir to the working directory, so the scratch copy lives under node_modules.
const outdir = check ? 'node_modules/.cache/cem-check' : '.';
execFileSync('node_modules/.bin/cem', ['analyze', '--quiet', '--outdir', outdir], { stdio: 'inherit' });
if (check) {
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  rmSync(outdir, { recursive: true, force: true });
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // Nothing committed yet: everything is new.
  }
  if (fresh !== committed) {
    const freshLines = fresh.split('\n');
    const committedLines = committed.split('\n');
    const line = freshLines.findIndex((text, index) => text !== committedLines[index]);
    console.error(`custom-elements.json is out of date: run \`npm run manifest\` and commit it.`);
    console.error(
      `First difference at line ${line + 1}: committed ${JSON.stringify(committedLines[line])}, fresh ${JSON.stringify(freshLines[line])}`,
    );
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
}
