// `npm start`: serves the demo page and the built bundle from the project folder.
// A plain Node server with no dependencies, so what runs is exactly what a site would get.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve('.');
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Maps a URL path to a file inside the project, never outside it. */
async function fileFor(urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root) || path.includes(`${root}/node_modules`)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return fileFor(join(urlPath, 'index.html'));
  return info?.isFile() ? path : undefined;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://${host}`);
  const file = await fileFor(url.pathname);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  response.end(await readFile(file));
});

server.listen(port, host, () => console.log(`Demo: http://${host}:${port}/  (Spanish: http://${host}:${port}/?lang=es)`));
