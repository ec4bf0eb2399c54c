// Prints raw, gzip and brotli bytes of every script file in dist/ and fails when a file is
// over its brotli budget. Budgets come from the issues; 1 KB = 1000 bytes (the stricter reading).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { distFiles } from './targets.mjs';

/** Brotli budgets in KB. A file without a budget is reported, not checked. */
export const BUDGETS_KB = {
  'recovery-widgets.js': 30,
  'elements/recovery-faq.js': 11,
  'elements/recovery-intake.js': 14,
};

/** What CDNs serve: gzip -9 and brotli at its highest quality. */
export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let over = 0;
  const rows = distFiles().map((file) => {
    const size = sizes(readFileSync(`dist/${file}`));
    const budget = BUDGETS_KB[file];
    const ok = budget === undefined || size.brotli <= budget * 1000;
    if (!ok) over++;
    return { file: `dist/${file}`, ...size, budget: budget === undefined ? '' : `${budget} KB`, status: ok ? '' : 'OVER BUDGET' };
  });
  const pad = (value, width, left = false) => (left ? String(value).padEnd(width) : String(value).padStart(width));
  console.log(`${pad('file', 40, true)}${pad('raw', 8)}${pad('gzip', 8)}${pad('brotli', 8)}  budget`);
  for (const row of rows) {
    console.log(`${pad(row.file, 40, true)}${pad(row.raw, 8)}${pad(row.gzip, 8)}${pad(row.brotli, 8)}  ${row.budget} ${row.status}`);
  }
  if (over) {
    console.error(`${over} file(s) over the brotli budget.`);
    process.exit(1);
  }
}
