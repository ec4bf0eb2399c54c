/**
 * Dev-server middleware for tests (Koa style): real HTTP answers the widgets meet on real
 * sites. Each route is small and says what it simulates.
 */

/** `/test-api/faq.json?delay=ms` — a valid FAQ, optionally slow. */
async function faqJson(ctx, next) {
  if (ctx.path !== '/test-api/faq.json') return next();
  const delay = Number(ctx.query.delay ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  ctx.type = 'application/json';
  ctx.body = JSON.stringify([
    { question: 'Served over HTTP?', answer: 'Yes, from the test server.' },
    { id: 'second', question: 'A second question', answer: 'First paragraph.\n\nSecond paragraph.' },
  ]);
}

/** `/test-api/not-json` — a 200 answer that is HTML, like a CMS's "page not found" page. */
async function notJson(ctx, next) {
  if (ctx.path !== '/test-api/not-json') return next();
  ctx.type = 'text/html';
  ctx.body = '<!doctype html><title>Not found</title>';
}

export const testEndpoints = [faqJson, notJson];
