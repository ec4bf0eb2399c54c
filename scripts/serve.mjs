// `npm start`: serves the demo page and the built bundle from the project folder.
// A plain Node server with no dependencies, so what runs is exactly what a site would get.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * A static file server for `root`. `routes` answer some paths first (the benchmark's pages,
 * later the demo's intake endpoint): a function (request, response, url) that returns true
 * when it answered.
 */
export function createStaticServer({ root = resolve('.'), routes = [] } = {}) {
  /** Maps a URL path to a file inside `root`, never outside it nor in node_modules. */
  async function fileFor(urlPath) {
    const path = normalize(join(root, decodeURIComponent(urlPath)));
    if (!path.startsWith(root) || path.includes(`${root}/node_modules`)) return undefined;
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) return fileFor(join(urlPath, 'index.html'));
    return info?.isFile() ? path : undefined;
  }

  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    for (const route of routes) if (await route(request, response, url)) return;
    const file = await fileFor(url.pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    response.end(await readFile(file));
  });
}

/** Idempotency-Keys already accepted by the demo endpoint, so a retried request is not taken twice. */
const accepted = new Set();

/**
 * `POST /demo/intake`: the demo's callback endpoint, and a model for a real one. It logs what
 * it receives (a real endpoint would store it, and never log it), answers 200, and accepts
 * each Idempotency-Key once: a retry of a request whose answer was lost is answered 200
 * again but not taken twice. See the README, "Deduplicating by Idempotency-Key".
 */
async function demoIntake(request, response, url) {
  if (url.pathname !== '/demo/intake' || request.method !== 'POST') return false;
  const answer = (status, body) => {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    return true;
  };
  const key = request.headers['idempotency-key'];
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > 16_000) return answer(413, { error: 'too large' });
  }
  let data;
  try {
    data = JSON.parse(body);
  } catch {
    return answer(400, { error: 'not JSON' });
  }
  if (!key || !request.headers['content-type']?.startsWith('application/json')) {
    return answer(400, { error: 'Idempotency-Key and Content-Type: application/json are required' });
  }
  const duplicate = accepted.has(key);
  accepted.add(key);
  console.log(`${new Date().toISOString()} POST /demo/intake Idempotency-Key: ${key}${duplicate ? ' (duplicate: already accepted, not taken again)' : ''}`);
  console.log(JSON.stringify(data, null, 2));
  return answer(200, { received: true, duplicate });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8000);
  const host = process.env.HOST ?? '127.0.0.1';
  createStaticServer({ routes: [demoIntake] }).listen(port, host, () => {
    console.log(`Demo: http://${host}:${port}/  (Spanish: http://${host}:${port}/?lang=es)`);
    console.log(`Configurator for website editors: http://${host}:${port}/dist/configurator.html`);
  });
}
