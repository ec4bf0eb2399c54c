/// <reference types="mocha" />
import fc from 'fast-check';
import '../../src/index.js';
import { caseFor, runCase, TAGS, type ElementInfo, type PropertyInfo, type Tag } from './cases.js';
import { KNOWN_FAILURES, withoutKnownFailures } from './known-failures.js';
import { PageWatch } from './watch.js';

/**
 * Property-based fuzzing of every element, in Chromium, from the sources: random attributes,
 * property values of every JavaScript type, hostile child JSON and DOM operations (see
 * cases.ts). A case fails on an error thrown into the page, an unhandled rejection, a dialog,
 * a request to another origin, a polluted prototype, configuration rendered as HTML, a
 * `javascript:` link, or a widget left blank.
 *
 * Fixed seed and a few hundred cases in `npm test`; `npm run fuzz -- --cases 5000 --seed N`
 * for more (scripts/fuzz.mjs hands these to the page through `/__fuzz__/config.json`).
 * A failure prints its seed, path and shrunk case, and the command that replays it.
 */

interface FuzzConfig {
  /** Cases in all, shared evenly between the elements. */
  cases: number;
  seed: number;
  /** fast-check's path to one counterexample, to replay it alone. */
  path?: string;
  /** Only this element. */
  tag?: string;
}

const DEFAULTS: FuzzConfig = { cases: 490, seed: 13_2026 };

/** Valid child JSON per element, so that mutated cases reach past the first check. */
const SAMPLES: Partial<Record<Tag, string>> = {};
const SAMPLE_URLS: Partial<Record<Tag, string>> = {
  'recovery-faq': '/demo/content/faq.en.json',
  'recovery-self-check': '/test-api/self-check.json',
  'recovery-group-finder': '/demo/content/groups.json',
  'recovery-scholarship-check': '/demo/content/scholarship-rules.example.json',
};
const PROVIDER_SAMPLE = JSON.stringify({
  crisisLines: [
    { name: { en: 'Front Range warmline', es: 'Línea de apoyo' }, call: '+1-303-555-0100', note: 'Every day, 8 a.m. to 10 p.m.' },
  ],
  strings: { 'recovery-faq': { es: { searchLabel: 'Buscar' } } },
});

async function readConfig(): Promise<FuzzConfig> {
  const global = (globalThis as { __FUZZ__?: Partial<FuzzConfig> }).__FUZZ__ ?? {};
  let served: Partial<FuzzConfig> = {};
  try {
    const response = await fetch('/__fuzz__/config.json');
    if (response.ok) served = await response.json();
  } catch {
    // No route (another runner): the defaults.
  }
  const pick = <K extends keyof FuzzConfig>(key: K) => served[key] ?? global[key] ?? DEFAULTS[key];
  return { cases: Number(pick('cases')), seed: Number(pick('seed')), path: pick('path'), tag: pick('tag') };
}

type PropertyOptions = { attribute?: string | boolean; state?: boolean };

/** Each element's public properties (from its class) and attributes (from the class and custom-elements.json). */
async function elementInfos(): Promise<Map<Tag, ElementInfo>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }> }> }>;
  };
  const documented = new Map<string, string[]>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName)
        documented.set(
          declaration.tagName,
          (declaration.attributes ?? []).map((attribute) => attribute.name),
        );
    }
  }
  const infos = new Map<Tag, ElementInfo>();
  for (const tag of TAGS) {
    const ctor = customElements.get(tag) as
      (CustomElementConstructor & { elementProperties: Map<PropertyKey, PropertyOptions> }) | undefined;
    if (!ctor) throw new Error(`<${tag}> is not defined`);
    const properties: PropertyInfo[] = [...ctor.elementProperties]
      .filter(([name, options]) => typeof name === 'string' && !options.state)
      .map(([name, options]) => ({
        name: name as string,
        attribute:
          options.attribute === false
            ? undefined
            : typeof options.attribute === 'string'
              ? options.attribute
              : (name as string).toLowerCase(),
      }));
    const attributes = [
      ...new Set([...properties.flatMap((each) => (each.attribute ? [each.attribute] : [])), ...(documented.get(tag) ?? [])]),
    ];
    infos.set(tag, { tag, properties, attributes, sample: tag === 'recovery-provider' ? PROVIDER_SAMPLE : SAMPLES[tag] });
  }
  return infos;
}

/** Shows each widget once in Spanish, so that lazily loaded language files are in before timing matters. */
async function warmUp(): Promise<void> {
  const root = document.createElement('div');
  root.lang = 'es';
  root.innerHTML = TAGS.map((tag) => `<${tag}></${tag}>`).join('');
  document.body.append(root);
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 25));
  root.remove();
}

/** Tells the test server how the run goes (the page's own fetch, before the watch wraps it). */
const realFetch = window.fetch.bind(window);
function tellServer(event: 'start' | 'progress', text: string): void {
  realFetch('/__fuzz__/progress', { method: 'POST', body: JSON.stringify({ event, text }) }).catch(() => {});
}

describe('fuzz: nothing a site sets breaks a widget', () => {
  const watch = new PageWatch();
  let config: FuzzConfig;
  let infos: Map<Tag, ElementInfo>;

  before(async function (this: Mocha.Context) {
    this.timeout(30_000);
    config = await readConfig();
    for (const [tag, url] of Object.entries(SAMPLE_URLS)) SAMPLES[tag as Tag] = await (await fetch(url)).text();
    infos = await elementInfos();
    await warmUp();
    watch.install();
  });

  after(() => watch.uninstall());

  for (const [index, tag] of TAGS.entries()) {
    it(`<${tag}>`, async function (this: Mocha.Context) {
      if (config.tag && config.tag !== tag) this.skip();
      this.timeout(0);
      const seed = config.seed + index;
      const numRuns = Math.max(1, Math.ceil(config.cases / TAGS.length));
      const known = KNOWN_FAILURES.filter((failure) => failure.element === tag).length;
      let run = 0;
      const started = performance.now();
      const property = fc.asyncProperty(
        caseFor(infos.get(tag)!, infos).map((c) => withoutKnownFailures(c, infos.get(tag)!.sample)),
        async (c) => {
          if (++run % 100 === 0) tellServer('progress', `<${tag}> ${run} cases (${((performance.now() - started) / 1000).toFixed(0)} s)`);
          tellServer('start', `<${tag}> seed ${seed}, case ${run}: ${fc.stringify(c).slice(0, 4000)}`);
          await runCase(c, { watch, infos });
        },
      );
      const details = await fc.check(property, { seed, numRuns, path: config.path, endOnFailure: false });
      tellServer(
        'progress',
        `<${tag}> done: ${details.numRuns} cases in ${((performance.now() - started) / 1000).toFixed(1)} s${details.failed ? ', failed' : ''}`,
      );
      if (details.failed) {
        const replay =
          `npm run fuzz -- --tag ${tag} --seed ${config.seed}` +
          (details.counterexamplePath ? ` --path ${details.counterexamplePath}` : '');
        throw new Error(
          `<${tag}> failed a fuzz case (run seed ${config.seed}, this element's seed ${seed}; ${known} known failure class(es) excluded).\nReplay: ${replay}\n${fc.defaultReportMessage(details)}\n${(details.errorInstance as Error)?.message ?? details.errorInstance}`,
        );
      }
    });
  }
});
