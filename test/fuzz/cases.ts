import fc from 'fast-check';
import { attributeValue, jsonSpec, jsonText, materialize, MARKER, propertyValue, type JsonSpec, type ValueSpec } from './values.js';
import { describeError, type PageWatch } from './watch.js';

/**
 * One fuzz case: how a widget is created (in this page, parsed from HTML, or in another
 * document and adopted), what a site gives it (attributes, properties, child JSON, a
 * provider around it), and what then happens to it (moves, clones, language changes,
 * replaced JSON, clicks and typing). `runCase` plays it and says what went wrong.
 */

export const TAGS = [
  'recovery-faq',
  'recovery-self-check',
  'recovery-group-finder',
  'recovery-scholarship-check',
  'recovery-intake',
  'recovery-quick-exit',
  'recovery-provider',
] as const;
export type Tag = (typeof TAGS)[number];

/** A public property and the attribute it reads, if any. */
export interface PropertyInfo {
  name: string;
  attribute?: string;
}

/** What the fuzz test knows about one element. */
export interface ElementInfo {
  tag: Tag;
  properties: PropertyInfo[];
  /** Every attribute: the properties' and those in custom-elements.json. */
  attributes: string[];
  /** Valid child JSON for it, if it reads any. */
  sample?: string;
}

export type Attr = [name: string, value: string];
export type Prop = [name: string, value: ValueSpec];

export type Creation =
  'create' | 'create-connected' | 'parse' | 'html-document' | 'dom-parser' | 'template' | 'template-import' | 'connect-in-other-document';

export type Op =
  | { t: 'remove-and-add'; wait: boolean }
  | { t: 'move' }
  | { t: 'clone' }
  | { t: 'travel'; via: 'html-document' | 'dom-parser' | 'template'; wait: boolean }
  | { t: 'lang'; on: 'self' | 'parent' | 'html'; value: string | null }
  | { t: 'json'; how: 'replace' | 'text' | 'remove' | 'add'; spec: JsonSpec }
  | { t: 'attr'; name: string; value: string | null }
  | { t: 'prop'; name: string; value: ValueSpec }
  | { t: 'nullify' }
  | { t: 'wait'; for: 'microtask' | 'task' | 'update' | 'settle' }
  | { t: 'click'; n: number }
  | { t: 'type'; n: number; text: string };

export interface Case {
  tag: Tag;
  creation: Creation;
  /** Props are set before the element is in the page, or after. */
  propsFirst: boolean;
  attrs: Attr[];
  props: Prop[];
  json?: JsonSpec;
  /** FAQ `<details>` questions (their text only: a site's own HTML is trusted). */
  details?: string[];
  parentLang?: string;
  /** A `<recovery-provider>` around the widget. */
  provider?: { attrs: Attr[]; props: Prop[]; json?: JsonSpec };
  /** For the provider itself: a widget inside it, with a few attributes. */
  inner?: { tag: Tag; attrs: Attr[] };
  ops: Op[];
}

const LANGS = ['__proto__', 'constructor', 'x-invalid-', 'es', 'en-US', 'es-MX', 'fr', 'x', ''];

function attrs(info: ElementInfo, max: number): fc.Arbitrary<Attr[]> {
  const names = [...info.attributes, 'lang'];
  return fc.array(
    fc.constantFrom(...names).chain((name) => attributeValue(name).map((value): Attr => [name, value])),
    { maxLength: max },
  );
}

function props(info: ElementInfo, max: number): fc.Arbitrary<Prop[]> {
  if (!info.properties.length) return fc.constant([]);
  return fc.array(
    fc.constantFrom(...info.properties).chain(({ name, attribute }) => propertyValue(name, attribute).map((value): Prop => [name, value])),
    { maxLength: max },
  );
}

function op(info: ElementInfo): fc.Arbitrary<Op> {
  const names = [...info.attributes, 'lang'];
  return fc.oneof(
    fc.boolean().map((wait): Op => ({ t: 'remove-and-add', wait })),
    fc.constant<Op>({ t: 'move' }),
    fc.constant<Op>({ t: 'clone' }),
    fc
      .record({ via: fc.constantFrom('html-document' as const, 'dom-parser' as const, 'template' as const), wait: fc.boolean() })
      .map((r): Op => ({ t: 'travel', ...r })),
    fc
      .record({
        on: fc.constantFrom('self' as const, 'parent' as const, 'html' as const),
        value: fc.option(fc.constantFrom(...LANGS), { nil: null }),
      })
      .map((r): Op => ({ t: 'lang', ...r })),
    fc
      .record({ how: fc.constantFrom('replace' as const, 'text' as const, 'remove' as const, 'add' as const), spec: jsonSpec })
      .map((r): Op => ({ t: 'json', ...r })),
    fc
      .constantFrom(...names)
      .chain((name) => fc.option(attributeValue(name), { nil: null }).map((value): Op => ({ t: 'attr', name, value }))),
    props(info, 1)
      .filter((list) => list.length === 1)
      .map(([[name, value]]): Op => ({ t: 'prop', name, value })),
    fc.constant<Op>({ t: 'nullify' }),
    fc.constantFrom('microtask' as const, 'task' as const, 'update' as const, 'settle' as const).map((w): Op => ({ t: 'wait', for: w })),
    { arbitrary: fc.nat(40).map((n): Op => ({ t: 'click', n })), weight: 3 },
    fc
      .record({
        n: fc.nat(10),
        text: fc.oneof(
          fc.constantFrom('42', '3035550142', 'Ana', '0', '-1', '1e9', MARKER, 'javascript:alert(1)', ''),
          fc.string({ maxLength: 12 }),
        ),
      })
      .map((r): Op => ({ t: 'type', ...r })),
  );
}

const CREATIONS: Creation[] = [
  'create',
  'create-connected',
  'parse',
  'html-document',
  'dom-parser',
  'template',
  'template-import',
  'connect-in-other-document',
];

/** Cases for one element. */
export function caseFor(info: ElementInfo, all: Map<Tag, ElementInfo>): fc.Arbitrary<Case> {
  const provider = all.get('recovery-provider')!;
  const widgets = [...all.values()].filter((each) => each.tag !== 'recovery-provider');
  return fc.record(
    {
      tag: fc.constant(info.tag),
      creation: fc.constantFrom(...CREATIONS),
      propsFirst: fc.boolean(),
      attrs: attrs(info, 6),
      props: props(info, 4),
      json: info.sample
        ? fc.option(jsonSpec, { nil: undefined, freq: 4 })
        : fc.option(jsonSpec, { nil: undefined, freq: 1, depthSize: 'small' }).map((spec) => (spec?.t === 'valid' ? undefined : spec)),
      details:
        info.tag === 'recovery-faq'
          ? fc.option(fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constant(MARKER)), { maxLength: 3 }), { nil: undefined })
          : fc.constant(undefined),
      parentLang: fc.option(fc.constantFrom(...LANGS), { nil: undefined }),
      provider:
        info.tag === 'recovery-provider'
          ? fc.constant(undefined)
          : fc.option(fc.record({ attrs: attrs(provider, 5), props: props(provider, 2), json: fc.option(jsonSpec, { nil: undefined }) }), {
              nil: undefined,
            }),
      inner:
        info.tag === 'recovery-provider'
          ? fc.record({ tag: fc.constantFrom(...widgets.map((each) => each.tag)), attrs: fc.constant<Attr[]>([]) })
          : fc.constant(undefined),
      ops: fc.array(op(info), { maxLength: 6 }),
    },
    { requiredKeys: ['tag', 'creation', 'propsFirst', 'attrs', 'props', 'ops'] },
  ) as fc.Arbitrary<Case>;
}

/* ---------------------------------------------------------------- running a case */

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Every element under `node`, looking into shadow roots. */
function* deepElements(node: ParentNode): Generator<Element> {
  for (const element of node.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

function* shadowRoots(node: ParentNode): Generator<ShadowRoot> {
  for (const element of deepElements(node)) if (element.shadowRoot) yield element.shadowRoot;
}

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Waits until requests are answered and every widget has finished updating. */
async function settle(root: Element, watch: PageWatch): Promise<void> {
  for (let round = 0; round < 4; round++) {
    await nextTask();
    for (let waited = 0; watch.inflight > 0 && waited < 200; waited++) await new Promise((resolve) => setTimeout(resolve, 5));
    const pending = [...deepElements(root)].map((element) => (element as Updating).updateComplete).filter(Boolean);
    await Promise.all(
      pending.map((promise) => promise!.catch((error) => watch.report(`updateComplete rejected: ${describeError(error)}`))),
    );
  }
}

/** A document without a browsing context, made one of three ways. */
function otherDocument(via: 'html-document' | 'dom-parser'): Document {
  return via === 'html-document'
    ? document.implementation.createHTMLDocument('other')
    : new DOMParser().parseFromString('<!doctype html><body>', 'text/html');
}

function setAttribute(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

function build(doc: Document, tag: string, c: { attrs: Attr[]; json?: JsonSpec; details?: string[] }, sample: string): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of c.attrs) setAttribute(element, name, value);
  for (const question of c.details ?? []) {
    const details = doc.createElement('details');
    const summary = doc.createElement('summary');
    summary.textContent = question;
    details.append(summary, doc.createTextNode(`${question} (answer)`));
    element.append(details);
  }
  if (c.json) element.append(jsonScript(doc, c.json, sample));
  return element;
}

function jsonScript(doc: Document, spec: JsonSpec, sample: string): HTMLScriptElement {
  const script = doc.createElement('script');
  script.type = 'application/json';
  script.textContent = jsonText(spec, sample);
  return script;
}

export interface CaseContext {
  watch: PageWatch;
  infos: Map<Tag, ElementInfo>;
}

function setProperty(element: HTMLElement, [name, spec]: Prop, watch: PageWatch): void {
  try {
    (element as unknown as Record<string, unknown>)[name] = materialize(spec);
  } catch (error) {
    watch.report(`setting .${name} = ${JSON.stringify(spec)} threw: ${describeError(error)}`);
  }
}

/** Creates the widget as `c.creation` says and puts it in `parent`. */
async function create(c: Case, parent: Element, ctx: CaseContext): Promise<HTMLElement> {
  const sample = ctx.infos.get(c.tag)?.sample ?? '[]';
  const setProps = (element: HTMLElement) => c.props.forEach((prop) => setProperty(element, prop, ctx.watch));
  let element: HTMLElement;
  switch (c.creation) {
    case 'create':
    case 'create-connected':
    case 'connect-in-other-document': {
      element = build(document, c.tag, c, sample);
      if (c.propsFirst || c.creation !== 'create-connected') setProps(element);
      if (c.creation === 'connect-in-other-document') {
        // Upgraded here, first connected in a document without a window, then brought in.
        otherDocument('html-document').body.append(element);
        await nextTask();
      }
      parent.append(element);
      if (!c.propsFirst && c.creation === 'create-connected') setProps(element);
      return element;
    }
    case 'parse': {
      const html = build(document.implementation.createHTMLDocument(''), c.tag, c, sample).outerHTML;
      parent.insertAdjacentHTML('beforeend', html);
      element = parent.lastElementChild as HTMLElement;
      setProps(element);
      return element;
    }
    case 'html-document':
    case 'dom-parser': {
      // Created where no element is defined, so it upgrades only on arriving in this page.
      const doc = otherDocument(c.creation);
      element = build(doc, c.tag, c, sample);
      doc.body.append(element);
      if (c.propsFirst) setProps(element);
      parent.append(document.adoptNode(element));
      if (!c.propsFirst) setProps(element);
      return element;
    }
    case 'template':
    case 'template-import': {
      const template = document.createElement('template');
      template.innerHTML = build(document.implementation.createHTMLDocument(''), c.tag, c, sample).outerHTML;
      if (c.creation === 'template-import') {
        parent.append(document.importNode(template.content, true));
        element = parent.lastElementChild as HTMLElement;
      } else {
        element = template.content.firstElementChild as HTMLElement;
        if (c.propsFirst) setProps(element);
        parent.append(element);
      }
      if (!c.propsFirst || c.creation === 'template-import') setProps(element);
      return element;
    }
  }
}

interface Scene {
  root: HTMLElement;
  /** Two places in the page the widget moves between. */
  places: [HTMLElement, HTMLElement];
  element: HTMLElement;
  /** Widgets whose content must be visible at the end (clones and a provider's inner widget too). */
  widgets: Set<HTMLElement>;
  formGuard: (event: Event) => void;
}

async function play(o: Op, scene: Scene, c: Case, ctx: CaseContext): Promise<void> {
  const { element } = scene;
  const sample = ctx.infos.get(c.tag)?.sample ?? '[]';
  const home = () => (element.isConnected && element.parentElement ? element.parentElement : scene.places[0]);
  switch (o.t) {
    case 'remove-and-add': {
      const parent = home();
      element.remove();
      if (o.wait) await nextTask();
      parent.append(element);
      return;
    }
    case 'move':
      (element.parentElement === scene.places[1] ? scene.places[0] : scene.places[1]).append(element);
      return;
    case 'clone': {
      const clone = element.cloneNode(true) as HTMLElement;
      scene.places[1].append(clone);
      scene.widgets.add(clone);
      return;
    }
    case 'travel': {
      const parent = home();
      const next = element.nextSibling;
      if (o.via === 'template') document.createElement('template').content.append(element);
      else otherDocument(o.via).body.append(element);
      if (o.wait) await nextTask();
      parent.insertBefore(element, next && next.parentNode === parent ? next : null);
      return;
    }
    case 'lang': {
      const target = o.on === 'self' ? element : o.on === 'parent' ? home() : document.documentElement;
      setAttribute(target, 'lang', o.value);
      return;
    }
    case 'json': {
      const current = element.querySelector(':scope > script[type="application/json"]');
      if (o.how === 'remove') current?.remove();
      else if (o.how === 'text' && current) current.textContent = jsonText(o.spec, sample);
      else if (o.how === 'replace' && current) current.replaceWith(jsonScript(document, o.spec, sample));
      else element.append(jsonScript(document, o.spec, sample));
      return;
    }
    case 'attr':
      setAttribute(element, o.name, o.value);
      return;
    case 'prop':
      setProperty(element, [o.name, o.value], ctx.watch);
      return;
    case 'nullify':
      for (const { name } of ctx.infos.get(c.tag)?.properties ?? []) setProperty(element, [name, { t: 'null' }], ctx.watch);
      return;
    case 'wait':
      if (o.for === 'microtask') await Promise.resolve();
      else if (o.for === 'task') await nextTask();
      else if (o.for === 'update')
        await (element as Updating).updateComplete?.catch((error) => ctx.watch.report(`updateComplete rejected: ${describeError(error)}`));
      else await settle(scene.root, ctx.watch);
      return;
    case 'click': {
      // Only the widget's own controls: never a link (it would leave the page) and never a
      // quick exit, on its own or nested (it would replace the page).
      const root = element.shadowRoot;
      if (!root || element.localName === 'recovery-quick-exit') return;
      root.addEventListener('submit', scene.formGuard);
      const controls = [
        ...root.querySelectorAll<HTMLElement>('button:not([disabled]), input[type="radio"], input[type="checkbox"], summary'),
      ];
      controls[o.n % Math.max(controls.length, 1)]?.click();
      return;
    }
    case 'type': {
      const fields = [
        ...(element.shadowRoot?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
          'input:not([type="radio"]):not([type="checkbox"]):not([type="hidden"]), textarea, select',
        ) ?? []),
      ];
      const field = fields[o.n % Math.max(fields.length, 1)];
      if (!field) return;
      if (field instanceof HTMLSelectElement) field.selectedIndex = o.text.length % Math.max(field.options.length, 1);
      else field.value = o.text;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      return;
    }
  }
}

/** Text a person can see in a widget's shadow root. */
function visibleText(widget: Element): string {
  const root = widget.shadowRoot;
  if (!root) return '';
  let text = '';
  for (const child of root.children) {
    if (child instanceof HTMLElement) text += child.innerText;
    if (child.shadowRoot) text += visibleText(child);
  }
  for (const nested of root.querySelectorAll('*')) if (nested.shadowRoot) text += visibleText(nested);
  return text.trim();
}

/** Why a widget may rightly show nothing, or undefined when it must show something. */
function mayBeBlank(widget: HTMLElement): string | undefined {
  if (widget.localName === 'recovery-provider') return 'it renders only its children';
  if (widget.hidden) return 'it is hidden';
  if (widget.localName === 'recovery-faq') {
    const script = widget.querySelector(':scope > script[type="application/json"]');
    if (script) {
      try {
        if (JSON.stringify(JSON.parse(script.textContent ?? '')) === '[]') return 'its JSON holds no questions';
      } catch {
        return undefined;
      }
      return undefined;
    }
    if (widget.querySelector(':scope > details')) return undefined;
    const src = (widget as HTMLElement & { src?: unknown }).src;
    // A `src` that is not text is treated as absent.
    if (typeof src !== 'string' || !src) return 'it was given no questions';
  }
  return undefined;
}

const LINK_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href'];

/**
 * What the page shows after a case: configuration rendered as HTML anywhere, a script link in
 * any shadow root, structured data that is not JSON, and any of `widgets` (in this page) left
 * blank or never upgraded. Problems go to `watch`.
 */
export function checkPage(widgets: Iterable<HTMLElement>, watch: PageWatch): void {
  const roots: ParentNode[] = [document, ...shadowRoots(document.body)];
  for (const root of roots) {
    const marked = root.querySelector('[data-fuzz-marker]');
    if (marked) {
      const host = root instanceof ShadowRoot ? `<${root.host.localName}>'s shadow root` : 'the document';
      watch.report(
        `configuration rendered as HTML: <${marked.localName} data-fuzz-marker> in ${host}: ${marked.parentElement?.outerHTML.slice(0, 300)}`,
      );
    }
    if (root === document) continue;
    for (const element of root.querySelectorAll('*')) {
      for (const name of LINK_ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (value === null) continue;
        let protocol = '';
        try {
          protocol = new URL(value, document.baseURI).protocol;
        } catch {
          continue;
        }
        if (protocol === 'javascript:' || protocol === 'vbscript:') {
          watch.report(`script link: <${element.localName} ${name}="${value.slice(0, 80)}"> in <${(root as ShadowRoot).host.localName}>`);
        }
      }
    }
  }
  const ld = document.getElementById('recovery-faq-structured-data');
  if (ld) {
    try {
      JSON.parse(ld.textContent ?? '');
    } catch (error) {
      watch.report(`structured data is not JSON: ${describeError(error)}`);
    }
  }
  for (const widget of widgets) {
    if (!widget.isConnected || widget.ownerDocument !== document) continue;
    if (!customElements.get(widget.localName) || !(widget instanceof customElements.get(widget.localName)!)) {
      watch.report(`<${widget.localName}> was never upgraded`);
      continue;
    }
    if (!mayBeBlank(widget) && !visibleText(widget))
      watch.report(`<${widget.localName}> is blank: its shadow root shows no text (${widget.outerHTML.slice(0, 300)})`);
  }
}

/** Plays a case in the page and throws, listing every problem, if anything went wrong. */
export async function runCase(c: Case, ctx: CaseContext): Promise<void> {
  const { watch } = ctx;
  const htmlLang = document.documentElement.getAttribute('lang');
  const root = document.createElement('div');
  root.className = 'fuzz-root';
  const places: [HTMLElement, HTMLElement] = [document.createElement('section'), document.createElement('section')];
  root.append(...places);
  document.body.append(root);
  const scene: Scene = {
    root,
    places,
    element: undefined as unknown as HTMLElement,
    widgets: new Set(),
    formGuard: (event) => {
      if (event.defaultPrevented) return;
      event.preventDefault();
      watch.report(`a form in <${(event.currentTarget as ShadowRoot).host.localName}> was submitted to the page (no preventDefault)`);
    },
  };
  watch.begin();
  try {
    if (c.parentLang !== undefined) places[0].setAttribute('lang', c.parentLang);
    let parent: Element = places[0];
    if (c.provider) {
      const provider = build(document, 'recovery-provider', c.provider, ctx.infos.get('recovery-provider')?.sample ?? '{}');
      c.provider.props.forEach((prop) => setProperty(provider, prop, watch));
      places[0].append(provider);
      parent = provider;
    }
    scene.element = await create(c, parent, ctx);
    scene.widgets.add(scene.element);
    if (c.inner) {
      const inner = build(document, c.inner.tag, c.inner, ctx.infos.get(c.inner.tag)?.sample ?? '[]');
      // Its valid content, so that only the provider's settings are on trial.
      if (ctx.infos.get(c.inner.tag)?.sample) inner.append(jsonScript(document, { t: 'valid' }, ctx.infos.get(c.inner.tag)!.sample!));
      scene.element.append(inner);
      scene.widgets.add(inner);
    }
    for (const each of c.ops) await play(each, scene, c, ctx);
    await settle(root, watch);
    checkPage(scene.widgets, watch);
  } catch (error) {
    watch.report(`the case itself threw: ${describeError(error)}`);
  } finally {
    root.remove();
    setAttribute(document.documentElement, 'lang', htmlLang);
    sessionStorage.clear();
    // Late errors from this case (a timer, a load, a rejection, reported from a task of its
    // own) are pinned on it, not on the next one.
    await nextTask();
    await nextTask();
  }
  // One line per distinct problem: an error in every update would otherwise repeat many times.
  const counts = new Map<string, number>();
  for (const problem of watch.take()) counts.set(problem, (counts.get(problem) ?? 0) + 1);
  const problems = [...counts].map(([problem, count]) => (count > 1 ? `${problem} (×${count})` : problem));
  if (problems.length) {
    const log = watch.consoleErrors.length ? `\nconsole.error during the case:\n  ${watch.consoleErrors.slice(0, 8).join('\n  ')}` : '';
    throw new Error(`${problems.length} problem(s):\n- ${problems.join('\n- ')}${log}`);
  }
}
