/**
 * Dev-server middleware for tests (Koa style): real HTTP answers the widgets meet on real
 * sites. Each route is small and says what it simulates.
 */

/** `/test-api/faq.json?delay=ms&first=text` — a valid FAQ, optionally slow, its first question optionally named. */
async function faqJson(ctx, next) {
  if (ctx.path !== '/test-api/faq.json') return next();
  const delay = Number(ctx.query.delay ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  ctx.type = 'application/json';
  ctx.body = JSON.stringify([
    { question: ctx.query.first || 'Served over HTTP?', answer: 'Yes, from the test server.' },
    { id: 'second', question: 'A second question', answer: 'First paragraph.\n\nSecond paragraph.' },
  ]);
}

/** `/test-api/not-json` — a 200 answer that is HTML, like a CMS's "page not found" page. */
async function notJson(ctx, next) {
  if (ctx.path !== '/test-api/not-json') return next();
  ctx.type = 'text/html';
  ctx.body = '<!doctype html><title>Not found</title>';
}

/** `/test-api/self-check.json` — a provider's own item set: two statements, Yes/No, two bands. */
async function selfCheckJson(ctx, next) {
  if (ctx.path !== '/test-api/self-check.json') return next();
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({
    id: 'served',
    source: 'Test server',
    license: 'For tests only',
    title: 'Served check-in',
    prompt: 'Is this true for you?',
    options: [
      { value: 0, label: 'No' },
      { value: 1, label: 'Yes' },
    ],
    items: [{ text: 'Served statement one' }, { text: 'Served statement two' }],
    bands: [
      { id: 'none', min: 0, max: 0, title: 'None of these', meaning: 'Nothing stood out.' },
      {
        id: 'any',
        min: 1,
        max: 2,
        title: 'Some of these',
        meaning: 'Something stood out.',
        steps: [{ text: 'Read more', href: '/more', label: 'More' }],
      },
    ],
  });
}

/** `/test-api/neutral` — where the quick exit goes in tests: a page with nothing to see. */
async function neutral(ctx, next) {
  if (ctx.path !== '/test-api/neutral') return next();
  ctx.type = 'text/html';
  ctx.body = '<!doctype html><title>Weather</title><p>Sunny.</p>';
}

/**
 * `/test-api/page?element=<tag>&attrs=<url-encoded attributes>` — a page, loaded in an
 * iframe, holding one element built from the TypeScript sources. For behaviour that leaves
 * or reloads the page (quick exit), which a test cannot do to its own page.
 */
async function elementPage(ctx, next) {
  if (ctx.path !== '/test-api/page') return next();
  const tag = String(ctx.query.element ?? '');
  if (!/^recovery-[a-z-]+$/.test(tag)) return next();
  const folder = tag.replace(/^recovery-/, '');
  const attrs = String(ctx.query.attrs ?? '');
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="en"><title>Sensitive page</title>
<script type="module" src="/src/elements/${folder}/${tag}.ts"></script>
<body><h1>Sensitive page</h1><${tag} ${attrs}></${tag}></body></html>`;
}

/**
 * `/test-api/widgets?elements=<folder>,<folder>&body=<url-encoded HTML>` — a page, loaded in
 * an iframe, built from the TypeScript sources of the listed elements (`quick-exit`,
 * `intake`, …), with the given body: several widgets on one page, for the quick exit's
 * behaviour across them (one shortcut, forgetting everything, leaving for real).
 */
async function widgetsPage(ctx, next) {
  if (ctx.path !== '/test-api/widgets') return next();
  const folders = String(ctx.query.elements ?? '').split(',');
  if (!folders.every((folder) => /^[a-z-]+$/.test(folder))) return next();
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="en"><title>Sensitive page</title>
${folders.map((folder) => `<script type="module" src="/src/elements/${folder}/recovery-${folder}.ts"></script>`).join('\n')}
<body><h1 id="sensitive-page">Sensitive page</h1>${String(ctx.query.body ?? '')}</body></html>`;
}

/** The strict policy DESIGN.md promises the widgets work under. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html recovery-widgets',
].join('; ');

/**
 * `/test-api/embed?bundle=<dist file>&body=<url-encoded HTML>[&csp=1][&css=hostile][&script=head|end|none]`
 * — a page that embeds a built bundle the way a site would: in `<head>` before the elements
 * are parsed (a classic `.iife.js` then runs synchronously), at the end of `<body>`, or not at
 * all (to see the no-JavaScript fallback). `csp=1` adds the strict policy header;
 * `css=hostile` adds a theme stylesheet that styles everything with `!important`.
 */
async function embedPage(ctx, next) {
  if (ctx.path !== '/test-api/embed') return next();
  const bundle = String(ctx.query.bundle ?? 'recovery-widgets.js');
  if (!/^[\w./-]+\.js$/.test(bundle) || bundle.includes('..')) return next();
  const tag = bundle.endsWith('.iife.js')
    ? `<script src="/dist/${bundle}"></script>`
    : `<script type="module" src="/dist/${bundle}"></script>`;
  const placement = String(ctx.query.script ?? 'head');
  if (ctx.query.csp) ctx.set('Content-Security-Policy', STRICT_CSP);
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="en"><head><title>Embedding test</title>
<script src="/test/fixtures/csp-probe.js"></script>
${ctx.query.css === 'hostile' ? '<link rel="stylesheet" href="/test/fixtures/hostile.css">' : ''}
${placement === 'head' ? tag : ''}</head>
<body>${String(ctx.query.body ?? '')}${placement === 'end' ? tag : ''}</body></html>`;
}

/** What the callback endpoint saw, per test: every request, and the keys it accepted. */
const intakeLogs = new Map();

/**
 * `POST /test-api/intake/<id>?script=<steps>` — a callback endpoint with scripted faults,
 * one step per request (the last step repeats):
 *   `200`, `400`, `503`, …  answer with that status;
 *   `429`                   429 with `Retry-After: 1`;
 *   `hang`                  never answer (the client's timeout must give up);
 *   `slow`                  accept the request, but answer only after the client gave up;
 *   `drop`                  close the connection without an answer;
 *   `drop-after`            accept the request, then close the connection without an answer;
 *   `redirect`              302 to another URL.
 * Like a careful real endpoint, it accepts each `Idempotency-Key` once: a repeat is answered
 * 200 but not counted again. `GET /test-api/intake/<id>` returns `{requests, accepted}`.
 */
async function intake(ctx, next) {
  const match = /^\/test-api\/intake\/([\w-]+)$/.exec(ctx.path);
  if (!match) return next();
  const log = intakeLogs.get(match[1]) ?? { requests: [], keys: new Set() };
  intakeLogs.set(match[1], log);
  if (ctx.method === 'GET') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ requests: log.requests, accepted: log.keys.size });
    return;
  }
  if (ctx.method !== 'POST') return next();
  let text = '';
  for await (const chunk of ctx.req) text += chunk;
  const steps = String(ctx.query.script ?? '200').split(',');
  const step = steps[Math.min(log.requests.length, steps.length - 1)];
  const key = ctx.get('Idempotency-Key');
  const entry = {
    key,
    body: JSON.parse(text),
    contentType: ctx.get('Content-Type'),
    cookie: ctx.get('Cookie'),
    referer: ctx.get('Referer'),
    at: Date.now(),
    step,
    duplicate: log.keys.has(key),
  };
  log.requests.push(entry);
  const accept = () => key && log.keys.add(key);
  const clientGone = () => new Promise((resolve) => (ctx.req.socket.destroyed ? resolve() : ctx.req.socket.once('close', resolve)));
  const drop = () => {
    ctx.respond = false;
    ctx.req.socket.destroy();
  };
  if (step === 'drop') return drop();
  if (step === 'drop-after') {
    accept();
    return drop();
  }
  if (step === 'hang' || step === 'slow') {
    if (step === 'slow') accept();
    await Promise.race([clientGone(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    return drop();
  }
  if (step === 'redirect') {
    ctx.redirect('/test-api/neutral');
    return;
  }
  const status = Number(step);
  if (status === 429) ctx.set('Retry-After', '1');
  if (status >= 200 && status < 300) accept();
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({ received: status < 300 });
}

export const testEndpoints = [faqJson, notJson, selfCheckJson, neutral, elementPage, widgetsPage, embedPage, intake];
