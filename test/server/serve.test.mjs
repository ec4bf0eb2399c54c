// `npm run test:server` (node:test, no browser): the demo server of `npm start`
// (scripts/serve.mjs), which bench/ and check-storybook also use. Run alone with
// `node --test test/server/`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createStaticServer, pickEncoding, startDemoServer } from '../../scripts/serve.mjs';

const project = fileURLToPath(new URL('../../', import.meta.url));
const serveScript = join(project, 'scripts/serve.mjs');

/** One request with the path sent exactly as written (no client-side normalising). */
function get(origin, path, { headers = {}, method = 'GET' } = {}) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers, agent: false }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function listen(server) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${server.address().port}`;
}

function close(server) {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
}

/**
 * A root folder with a sibling whose name starts with the root's (`site` and `site-private`:
 * the case a `startsWith(root)` check lets through), a secret one level up, a symbolic link
 * out, node_modules and .git.
 */
const secret = 'SECRET-do-not-serve-7f3a';
let base, root, server, origin;
const appJs = `// A text file worth compressing.\n${'export const line = "recovery widgets, served compressed";\n'.repeat(400)}`;

before(async () => {
  base = mkdtempSync(join(tmpdir(), 'serve-test-'));
  root = join(base, 'site');
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(join(root, 'node_modules/pkg'), { recursive: true });
  mkdirSync(join(root, '.git'), { recursive: true });
  mkdirSync(join(base, 'site-private'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>root index</title>');
  writeFileSync(join(root, 'sub/index.html'), '<!doctype html><title>sub index</title>');
  writeFileSync(join(root, 'app.js'), appJs);
  writeFileSync(join(root, 'pic.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, ...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)]));
  writeFileSync(join(root, 'node_modules/pkg/index.js'), `export default '${secret}';`);
  writeFileSync(join(root, '.git/config'), `[core] ${secret}`);
  writeFileSync(join(base, 'site-private/secret.txt'), secret);
  writeFileSync(join(base, 'secret.txt'), secret);
  symlinkSync(join(base, 'site-private'), join(root, 'link'));
  server = createStaticServer({ root });
  origin = await listen(server);
});

after(async () => {
  await close(server);
  rmSync(base, { recursive: true, force: true });
});

describe('paths', () => {
  test('serves files and folders inside the root', async () => {
    assert.equal((await get(origin, '/')).body.toString(), '<!doctype html><title>root index</title>');
    assert.equal((await get(origin, '/sub/')).body.toString(), '<!doctype html><title>sub index</title>');
    assert.equal((await get(origin, '/sub')).status, 200);
    assert.equal((await get(origin, '/sub/../app.js')).status, 200);
    assert.equal((await get(origin, '/nothing-here.js')).status, 404);
  });

  const attempts = [
    '/..%2fsite-private/secret.txt',
    '/..%2f..%2fsite-private/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/site-private/secret.txt',
    '/%2e%2e%2fsite-private%2fsecret.txt',
    '/%2E%2E%2Fsite-private%2Fsecret.txt',
    '/.%2e/site-private/secret.txt',
    '/sub/..%2f..%2fsite-private/secret.txt',
    '//..%2fsite-private/secret.txt',
    '/%2f..%2fsite-private/secret.txt',
    '/..%5csite-private%5csecret.txt',
    '/%2e%2e%5csite-private%5csecret.txt',
    '/..\\site-private\\secret.txt',
    '/..%252fsite-private/secret.txt',
    '/..%2fsite-private/secret.txt%00.html',
    '/link/secret.txt',
    '/node_modules/pkg/index.js',
    '/sub/..%2fnode_modules/pkg/index.js',
    '/.git/config',
  ];
  for (const path of attempts) {
    test(`refuses ${path}`, async () => {
      const { status, body } = await get(origin, path);
      assert.ok([400, 403, 404].includes(status), `status ${status}`);
      assert.ok(!body.toString().includes(secret), 'answered with a file outside the root');
    });
  }

  test('refuses an absolute path to the sibling, encoded', async () => {
    const { status, body } = await get(origin, `/${encodeURIComponent(join(base, 'site-private/secret.txt'))}`);
    assert.ok([400, 403, 404].includes(status), `status ${status}`);
    assert.ok(!body.toString().includes(secret));
  });

  test('a bad percent-escape is a 400, and the server keeps serving', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/%zz', '/dist/%C0%AF']) {
      assert.equal((await get(origin, path)).status, 400, path);
    }
    const { status, body } = await get(origin, '/');
    assert.equal(status, 200);
    assert.match(body.toString(), /root index/);
  });
});

describe('compression', () => {
  test('brotli and gzip decode to the same bytes as the file, with Vary', async () => {
    const raw = readFileSync(join(root, 'app.js'));
    const plain = await get(origin, '/app.js');
    const br = await get(origin, '/app.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    const gz = await get(origin, '/app.js', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(plain.body, raw);
    assert.deepEqual(brotliDecompressSync(br.body), raw);
    assert.deepEqual(gunzipSync(gz.body), raw);
    assert.ok(br.body.length < raw.length / 4 && gz.body.length < raw.length / 4);
    for (const answer of [plain, br, gz]) {
      assert.match(answer.headers.vary ?? '', /accept-encoding/i);
      assert.equal(Number(answer.headers['content-length']), answer.body.length);
      assert.match(answer.headers['content-type'], /^text\/javascript/);
    }
  });

  test('HTML and SVG are compressed too; images are not', async () => {
    const headers = { 'accept-encoding': 'br' };
    assert.equal((await get(origin, '/', { headers })).headers['content-encoding'], 'br');
    assert.equal((await get(origin, '/favicon.ico', { headers })).headers['content-encoding'], 'br');
    const png = await get(origin, '/pic.png', { headers });
    assert.equal(png.headers['content-encoding'], undefined);
    assert.deepEqual(png.body, readFileSync(join(root, 'pic.png')));
  });

  test('HEAD gives the compressed length and no body', async () => {
    const headers = { 'accept-encoding': 'br' };
    const head = await get(origin, '/app.js', { headers, method: 'HEAD' });
    const full = await get(origin, '/app.js', { headers });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(head.headers['content-encoding'], 'br');
    assert.equal(Number(head.headers['content-length']), full.body.length);
  });

  test('a changed file is compressed again (the cache follows mtime)', async () => {
    const file = join(root, 'changing.js');
    writeFileSync(file, 'export const version = 1;\n'.repeat(100));
    const headers = { 'accept-encoding': 'br' };
    assert.match(brotliDecompressSync((await get(origin, '/changing.js', { headers })).body).toString(), /version = 1/);
    writeFileSync(file, 'export const version = 2;\n'.repeat(100));
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    assert.match(brotliDecompressSync((await get(origin, '/changing.js', { headers })).body).toString(), /version = 2/);
  });

  test('Accept-Encoding is read with its q weights', () => {
    assert.equal(pickEncoding(undefined), undefined);
    assert.equal(pickEncoding(''), undefined);
    assert.equal(pickEncoding('identity'), undefined);
    assert.equal(pickEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(pickEncoding('gzip'), 'gzip');
    assert.equal(pickEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(pickEncoding('br;q=0.5, gzip;q=1.0'), 'gzip');
    assert.equal(pickEncoding('BR'), 'br');
    assert.equal(pickEncoding('*'), 'br');
    assert.equal(pickEncoding('*, br;q=0'), 'gzip');
    assert.equal(pickEncoding('gzip;q=0, br;q=0'), undefined);
  });
});

describe('favicon', () => {
  test('/favicon.ico answers 200 with the SVG when the root has none', async () => {
    const { status, headers, body } = await get(origin, '/favicon.ico');
    assert.equal(status, 200);
    assert.equal(headers['content-type'], 'image/svg+xml');
    assert.match(body.toString(), /^<svg /);
  });

  test("/favicon.ico is the root's own when it has one", async () => {
    writeFileSync(join(root, 'favicon.ico'), 'own icon');
    try {
      assert.equal((await get(origin, '/favicon.ico')).body.toString(), 'own icon');
    } finally {
      rmSync(join(root, 'favicon.ico'));
    }
  });

  test('the demo pages link an icon that is served', async () => {
    const demo = await startDemoServer({ port: 0, root: project });
    const demoOrigin = `http://127.0.0.1:${demo.address().port}`;
    try {
      for (const page of ['/', '/demo/apply.html']) {
        const html = (await get(demoOrigin, page)).body.toString();
        const href = /<link\s+rel="icon"\s+href="([^"]+)"/.exec(html)?.[1];
        assert.ok(href, `${page} has no <link rel="icon">`);
        const icon = await get(demoOrigin, href);
        assert.equal(icon.status, 200, `${page}: ${href}`);
        assert.equal(icon.headers['content-type'], 'image/svg+xml');
      }
      assert.equal((await get(demoOrigin, '/favicon.ico')).status, 200);
    } finally {
      await close(demo);
    }
    // The configurator is copied into dist/ and served wherever a site puts it: its icon is inline.
    assert.match(
      readFileSync(join(project, 'configurator.html'), 'utf8'),
      /<link\s+rel="icon"\s+type="image\/svg\+xml"\s+href="data:image\/svg\+xml,<svg /,
    );
  });
});

describe('npm start', () => {
  /** Runs `node scripts/serve.mjs` with `env`; resolves when it exits or prints its first line. */
  function run(env, { untilListening = false } = {}) {
    const child = spawn(process.execPath, [serveScript], { cwd: project, env: { ...process.env, ...env } });
    let output = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error(`serve.mjs neither exited nor listened: ${output}`));
      }, 15_000);
      const collect = (chunk) => {
        output += chunk;
        if (untilListening && /Demo: /.test(output)) {
          clearTimeout(timer);
          resolve({ child, output });
        }
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, output });
      });
    });
  }

  test('a taken port prints one line and exits non-zero', async () => {
    const holder = createNetServer();
    await new Promise((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address();
    try {
      const { code, output } = await run({ PORT: String(port), HOST: '127.0.0.1' });
      assert.notEqual(code, 0);
      const lines = output.trim().split('\n');
      assert.equal(lines.length, 1, output);
      assert.equal(lines[0], `Port ${port} is in use. Start on another port with PORT=${port + 1} npm start.`);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  test('a PORT that is not a number prints one line and exits non-zero', async () => {
    const { code, output } = await run({ PORT: 'eight thousand' });
    assert.notEqual(code, 0);
    assert.equal(output.trim().split('\n').length, 1, output);
    assert.match(output, /^PORT must be a number/);
  });

  test('PORT is honoured', async () => {
    const probe = createNetServer();
    await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address();
    await new Promise((resolve) => probe.close(resolve));
    const { child, output } = await run({ PORT: String(port), HOST: '127.0.0.1' }, { untilListening: true });
    try {
      assert.match(output, new RegExp(`^Demo: http://127\\.0\\.0\\.1:${port}/ `));
      const { status, headers } = await get(`http://127.0.0.1:${port}`, '/', { headers: { 'accept-encoding': 'br' } });
      assert.equal(status, 200);
      assert.equal(headers['content-encoding'], 'br');
    } finally {
      child.kill();
    }
  });
});
