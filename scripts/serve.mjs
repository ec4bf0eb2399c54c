// `npm start`: serves the demo page and the built bundle from the project folder.
// A plain Node server with no dependencies, so what runs is exactly what a site would get.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Types worth compressing: text. Images like PNG are compressed already. */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.txt', '.svg']);

/** Path segments never served, wherever they are under the root. */
const hidden = new Set(['node_modules', '.git']);

/** Answered for `/favicon.ico` when the root has none, so no page logs a 404 for it. */
const defaultFavicon = fileURLToPath(new URL('../demo/favicon.svg', import.meta.url));

const compressors = {
  // Quality 11 (the smallest) takes about a second per megabyte: files over 256 KB get 6.
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: body.length > 256_000 ? 6 : 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};

/**
 * The encoding to answer with for an Accept-Encoding header: brotli if accepted, else gzip,
 * else none. Honours `q` weights (`br;q=0` refuses brotli) and `*`.
 */
export function pickEncoding(header = '') {
  const weights = new Map();
  for (const part of String(header).toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((item) => item.trim());
    if (!name) continue;
    const q = params.map((param) => /^q=([0-9.]+)$/.exec(param)).find(Boolean);
    weights.set(name, q ? Number(q[1]) : 1);
  }
  const weight = (name) => weights.get(name) ?? weights.get('*') ?? 0;
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return undefined;
}

/** Thrown for a request the server will not map to a file; `status` is the answer. */
class Refused extends Error {
  constructor(status) {
    super(String(status));
    this.status = status;
  }
}

const messages = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found', 500: 'Server error' };

/**
 * A static file server for `root`. `routes` answer some paths first (the benchmark's pages,
 * later the demo's intake endpoint): a function (request, response, url) that returns true
 * when it answered.
 *
 * Paths are decoded, normalised and checked with `path.relative` (symbolic links included):
 * nothing outside `root` is served, nor anything in node_modules or .git. A bad
 * percent-escape is a 400. Text is sent with brotli or gzip when the browser accepts it.
 */
export function createStaticServer({ root = resolve('.'), routes = [] } = {}) {
  root = resolve(root);
  const realRoot = realpath(root).catch(() => root);
  /** Compressed bodies by file and encoding, kept while the file's mtime and size are unchanged. */
  const compressed = new Map();

  /** True when `path` is `base` or inside it. */
  const inside = (base, path) => {
    const rel = relative(base, path);
    return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
  };

  /** Maps a URL path (still percent-encoded) to a file inside `root`, or throws `Refused`. */
  async function fileFor(urlPath) {
    let decoded;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      throw new Refused(400); // a bad percent-escape, such as /%E0%A4%A
    }
    // A NUL byte is never a file name; a backslash is a separator on Windows.
    if (decoded.includes('\0') || decoded.includes('\\')) throw new Refused(400);
    const path = join(root, decoded); // join() normalises `.` and `..`
    if (!inside(root, path)) throw new Refused(403);
    if (
      relative(root, path)
        .split(sep)
        .some((segment) => hidden.has(segment))
    )
      throw new Refused(404);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new Refused(404);
    // A symbolic link under the root must not lead out of it either.
    if (!inside(await realRoot, await realpath(path))) throw new Refused(403);
    if (info.isDirectory()) return fileFor(`${urlPath.replace(/\/$/, '')}/index.html`);
    if (!info.isFile()) throw new Refused(404);
    return { path, info };
  }

  /**
   * The body to send for `file`, compressed with `encoding` when that makes it smaller.
   * Compressed bodies are kept (as promises, so requests at once share the work) until the
   * file's mtime or size changes.
   */
  async function bodyFor({ path, info }, encoding) {
    if (!encoding) return { body: await readFile(path) };
    const key = `${path}\0${encoding}`;
    const version = `${info.mtimeMs}:${info.size}`;
    let entry = compressed.get(key);
    if (entry?.version !== version) {
      const result = readFile(path).then(async (raw) => {
        const body = await compressors[encoding](raw);
        return body.length < raw.length ? { body, encoding } : { body: raw };
      });
      entry = { version, result };
      compressed.delete(key);
      compressed.set(key, entry);
      result.catch(() => compressed.get(key) === entry && compressed.delete(key));
      if (compressed.size > 1000) compressed.delete(compressed.keys().next().value);
    }
    return entry.result;
  }

  async function answer(request, response) {
    let url;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      throw new Refused(400);
    }
    for (const route of routes) if (await route(request, response, url)) return;
    let file;
    try {
      file = await fileFor(url.pathname);
    } catch (error) {
      if (!(error instanceof Refused && error.status === 404 && url.pathname === '/favicon.ico')) throw error;
      file = { path: defaultFavicon, info: await stat(defaultFavicon) };
    }
    const extension = extname(file.path);
    const headers = { 'content-type': types[extension] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    let encoding;
    if (compressible.has(extension)) {
      headers.vary = 'Accept-Encoding';
      encoding = pickEncoding(request.headers['accept-encoding']);
    }
    const result = await bodyFor(file, encoding);
    if (result.encoding) headers['content-encoding'] = result.encoding;
    headers['content-length'] = result.body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : result.body);
  }

  return createServer(async (request, response) => {
    try {
      await answer(request, response);
    } catch (error) {
      const status = error instanceof Refused ? error.status : 500;
      if (status === 500) console.error(error);
      if (response.headersSent) response.destroy();
      else response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(messages[status]);
    }
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
  console.log(
    `${new Date().toISOString()} POST /demo/intake Idempotency-Key: ${key}${duplicate ? ' (duplicate: already accepted, not taken again)' : ''}`,
  );
  console.log(JSON.stringify(data, null, 2));
  return answer(200, { received: true, duplicate });
}

/**
 * Starts the demo server: the project folder (or `root`) with `POST /demo/intake`, on `port`
 * (0 for any free one) and `host`. Resolves with the listening server; rejects with the listen
 * error (`EADDRINUSE` when the port is taken).
 */
export function startDemoServer({ port = 8000, host = '127.0.0.1', root = resolve('.') } = {}) {
  const server = createStaticServer({ root, routes: [demoIntake] });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done(server);
    });
  });
}

/** One line a person can act on, for a listen error they can fix; undefined for any other. */
function explain(error, port, host) {
  const other = port > 0 && port < 65535 ? port + 1 : 8001;
  if (error.code === 'EADDRINUSE') return `Port ${port} is in use. Start on another port with PORT=${other} npm start.`;
  if (error.code === 'EACCES')
    return `Port ${port} needs privileges this user does not have. Start on another port with PORT=${other > 1023 ? other : 8000} npm start.`;
  if (error.code === 'EADDRNOTAVAIL') return `This machine has no address ${host} to listen on. Start with HOST=127.0.0.1 npm start.`;
  return undefined;
}

// `node scripts/serve.mjs` (`npm start`): PORT and HOST choose where it listens.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const portText = process.env.PORT || '8000';
  const host = process.env.HOST || '127.0.0.1';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    console.error(`PORT must be a number from 0 to 65535, not "${portText}". Start with, for example, PORT=8001 npm start.`);
    process.exit(1);
  }
  try {
    const server = await startDemoServer({ port, host });
    const origin = `http://${host}:${server.address().port}`;
    console.log(`Demo: ${origin}/  (Spanish: ${origin}/?lang=es)`);
    console.log(`Configurator for website editors: ${origin}/dist/configurator.html`);
  } catch (error) {
    const line = explain(error, port, host);
    if (!line) throw error;
    console.error(line);
    process.exitCode = 1;
  }
}
