/**
 * Measurements of a rendered story, for test/layout.test.ts: what a visitor on a small phone
 * would run into. Each check returns problems worded so a developer can fix them without
 * re-running anything: the element (tag, class, part, text) and the sizes measured.
 *
 * The page is walked as it is drawn (the flat tree): into every open shadow root, nested
 * widgets such as `<recovery-quick-exit>` included, and through slots to what is assigned.
 */

export type Check = 'page-scroll' | 'overflow' | 'target-size' | 'squashed-control' | 'phone-wrap';

export interface Problem {
  check: Check;
  message: string;
}

/** WCAG 2.2, 2.5.8 Target Size (Minimum). */
const MIN_TARGET = 24;
/** Sub-pixel layout and rounding. */
const TOLERANCE = 1;

const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** A US phone number as the widgets print it: "(303) 555-0142", "303-555-0142", "1-800-662-4357". */
const PHONE = /\(?\d{3}\)?[ .\-\u2011]\d{3}[-\u2011]\d{4}|\d[-\u2011]\d{3}[-\u2011]\d{3}[-\u2011]\d{4}/g;

interface Entry {
  node: Element | Text;
  /** Inside something `position: fixed` (the floating intake's corner, a non-inline quick exit): not in the host's box by design. */
  fixed: boolean;
  /** Inside the top layer (an open modal `<dialog>`): measured against the viewport, not the host. */
  topLayer: boolean;
  /** Inside a visually-hidden helper (clipped to 1 px): for screen readers only. */
  helper: boolean;
  /** Element nesting from the host down, for messages ("recovery-self-check › recovery-quick-exit › button"). */
  path: string;
}

/** Children as drawn: a host's shadow root, a slot's assigned nodes (or its fallback), else the child nodes. */
function drawnChildren(node: Node): Node[] {
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    if (assigned.length) return assigned;
  }
  return [...node.childNodes];
}

/**
 * Visually hidden, for screen readers (or bots) only: clipped away (`clip-path: inset(50%)`,
 * `clip: rect(…)`), squeezed to a pixel with its overflow hidden, or moved off the page
 * (`left: -10000px`).
 */
function isHelper(element: Element, style: CSSStyleDeclaration): boolean {
  if (style.position !== 'absolute' && style.position !== 'fixed') return false;
  const rect = element.getBoundingClientRect();
  const clipped = /^inset\(50%/.test(style.clipPath) || /^rect\(/.test(style.clip);
  const squeezed = rect.width <= 1 && rect.height <= 1;
  const offPage = rect.right + scrollX <= 0 || rect.bottom + scrollY <= 0;
  return clipped || offPage || (squeezed && style.overflow !== 'visible');
}

/** Every element and non-blank text node drawn under `root` (not `root` itself), skipping what is not drawn at all. */
function walk(root: Element): Entry[] {
  const entries: Entry[] = [];
  const visit = (node: Node, context: Omit<Entry, 'node'>) => {
    for (const child of drawnChildren(node)) {
      if (child instanceof Text) {
        if (child.data.trim()) entries.push({ node: child, ...context });
        continue;
      }
      if (!(child instanceof Element) || child instanceof HTMLStyleElement || child instanceof HTMLScriptElement) continue;
      const style = getComputedStyle(child);
      if (style.display === 'none') continue;
      // No box of its own (a <slot>, `<recovery-provider>`): only its children are drawn.
      if (style.display === 'contents') {
        visit(child, context);
        continue;
      }
      // Not drawn: a closed <details>' content, a closed <dialog>, content-visibility: hidden.
      if (!child.checkVisibility()) continue;
      const childContext = {
        fixed: context.fixed || style.position === 'fixed',
        topLayer: context.topLayer || child.matches(':modal, :popover-open'),
        helper: context.helper || isHelper(child, style),
        path: `${context.path} › ${child.localName}`,
      };
      entries.push({ node: child, ...childContext });
      visit(child, childContext);
    }
  };
  visit(root, { fixed: false, topLayer: false, helper: false, path: root.localName });
  return entries;
}

const rectOf = (node: Element | Text): DOMRect => {
  if (node instanceof Element) return node.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
};

const px = (value: number) => `${Math.round(value * 10) / 10}`;

/** `<a class="x y" part="z"> "Call 303-555-…"` (for a text node: its element, then the text). */
export function describeNode(node: Element | Text): string {
  const element = node instanceof Element ? node : node.parentElement!;
  const attributes = ['id', 'class', 'part', 'type', 'href', 'name', 'value']
    .map((name) => [name, element.getAttribute(name)] as const)
    .filter(([, value]) => value)
    .map(([name, value]) => ` ${name}="${value!.length > 40 ? `${value!.slice(0, 40)}…` : value}"`)
    .join('');
  const rawText =
    node instanceof Text
      ? node.data
      : element instanceof HTMLInputElement
        ? (element.labels?.[0]?.textContent ?? '')
        : (element.textContent ?? '');
  const text = rawText.replace(/\s+/g, ' ').trim();
  const snippet = text ? ` "${text.length > 50 ? `${text.slice(0, 50)}…` : text}"` : '';
  return `${node instanceof Text ? 'text in ' : ''}<${element.localName}${attributes}>${snippet}`;
}

/**
 * Of the entries that break a rule, the ones whose parent does not (where the trouble
 * starts), with how many more descendants break it too.
 */
function roots(offending: Entry[]): { shown: Entry[]; more: number } {
  const set = new Set(offending.map((entry) => entry.node));
  const parentOf = (node: Node): Node | null => {
    const slot = node instanceof Element || node instanceof Text ? node.assignedSlot : null;
    if (slot) return slot;
    const parent = node.parentNode;
    return parent instanceof ShadowRoot ? parent.host : parent;
  };
  const isRoot = (node: Node) => {
    for (let parent = parentOf(node); parent; parent = parentOf(parent)) {
      if (set.has(parent as Element)) return false;
      // Elements between (display: contents, slots) are not measured; keep climbing a little.
      if (parent instanceof Element && parent.getBoundingClientRect().width > 0) return true;
    }
    return true;
  };
  const rootEntries = offending.filter((entry) => isRoot(entry.node));
  return { shown: rootEntries.slice(0, 6), more: offending.length - Math.min(rootEntries.length, 6) };
}

/**
 * The widgets in the canvas whose boxes bound their content: custom elements in the canvas
 * (the story's own markup) with an open shadow root and a box. Widgets nested in a widget's
 * shadow root (`<recovery-quick-exit>`) are measured against the outer host.
 */
function hosts(canvas: Element): Element[] {
  return [...canvas.querySelectorAll('*')].filter((element) => {
    if (!element.localName.includes('-') || !element.shadowRoot) return false;
    const style = getComputedStyle(element);
    // `<recovery-provider>` is display: contents; a corner quick exit is fixed on purpose.
    if (style.display === 'contents' || style.position === 'fixed') return false;
    return element.checkVisibility() && element.getBoundingClientRect().width > 0;
  });
}

/** The document never scrolls sideways; when it does, what reaches past the viewport. */
export function checkPageScroll(canvas: Element): Problem[] {
  const { scrollWidth, clientWidth } = document.documentElement;
  if (scrollWidth <= clientWidth) return [];
  const beyond = walk(canvas).filter(({ node, fixed, helper }) => {
    if (fixed || helper) return false;
    const rect = rectOf(node);
    return rect.width > 0 && rect.right > clientWidth + TOLERANCE;
  });
  const { shown, more } = roots(beyond);
  const culprits = shown.map(({ node, path }) => {
    const rect = rectOf(node);
    return `\n      ${describeNode(node)} (${path}) spans ${px(rect.left)}–${px(rect.right)} px, ${px(rect.width)} wide`;
  });
  return [
    {
      check: 'page-scroll',
      message: `the page scrolls sideways: scrollWidth ${scrollWidth} px > clientWidth ${clientWidth} px${culprits.join('')}${more ? `\n      (+${more} more inside those)` : ''}`,
    },
  ];
}

/** Nothing inside a widget's shadow root reaches past the left or right edge of its host's box (modal dialogs: the viewport's). */
export function checkOverflow(canvas: Element): Problem[] {
  const problems: Problem[] = [];
  for (const host of hosts(canvas)) {
    const box = host.getBoundingClientRect();
    const viewport = { left: 0, right: document.documentElement.clientWidth };
    const outside = (entry: Entry) => {
      if (entry.fixed || entry.helper) return false;
      const rect = rectOf(entry.node);
      if (rect.width === 0 && rect.height === 0) return false;
      const bounds = entry.topLayer ? viewport : box;
      return rect.right > bounds.right + TOLERANCE || rect.left < bounds.left - TOLERANCE;
    };
    const offending = walk(host).filter(outside);
    if (!offending.length) continue;
    const { shown, more } = roots(offending);
    for (const { node, path, topLayer } of shown) {
      const rect = rectOf(node);
      const bounds = topLayer ? viewport : box;
      const past = [
        rect.left < bounds.left - TOLERANCE && `${px(bounds.left - rect.left)} px past the left edge`,
        rect.right > bounds.right + TOLERANCE && `${px(rect.right - bounds.right)} px past the right edge`,
      ]
        .filter(Boolean)
        .join(' and ');
      const of = topLayer
        ? `the viewport (0–${px(bounds.right)})`
        : `<${host.localName}> (${px(box.left)}–${px(box.right)}, ${px(box.width)} px wide)`;
      problems.push({
        check: 'overflow',
        message: `${describeNode(node)} (${path}) spans ${px(rect.left)}–${px(rect.right)} px (${px(rect.width)} wide): ${past} of ${of}`,
      });
    }
    if (more)
      problems.push({
        check: 'overflow',
        message: `(+${more} more elements inside <${host.localName}> past its edges, inside those above)`,
      });
  }
  return problems;
}

/** The nearest ancestor (through shadow roots) that is not laid out inline: the paragraph a link sits in. */
function blockAround(element: Element): Element | null {
  for (let node: Node | null = element.parentNode; node; node = node.parentNode) {
    if (node instanceof ShadowRoot) node = node.host;
    if (!(node instanceof Element)) return null;
    if (!/^inline|^contents$/.test(getComputedStyle(node).display)) return node;
  }
  return null;
}

/** Drawn and not visually hidden, or a box-less wrapper (a slot) whose children may be. */
function drawnOrContents(element: Element): boolean {
  const style = getComputedStyle(element);
  if (style.display === 'contents') return true;
  return element.checkVisibility() && !isHelper(element, style);
}

/** Words in `block` outside any control: the sentence a link sits in. */
function textAround(block: Element): string {
  let text = '';
  const visit = (node: Node) => {
    for (const child of drawnChildren(node)) {
      if (child instanceof Text) text += child.data;
      else if (child instanceof Element && !child.matches(INTERACTIVE) && drawnOrContents(child)) visit(child);
    }
  };
  visit(block);
  return text;
}

/**
 * WCAG 2.5.8's inline exception: "The target is in a sentence or its size is otherwise
 * constrained by the line-height of non-target text." A link laid out inline whose paragraph
 * has words of its own besides the links in it (a phone link in a sentence too: it is the
 * sentence that constrains it).
 */
function isInlineInSentence(element: Element): boolean {
  if (element.localName !== 'a' || getComputedStyle(element).display !== 'inline') return false;
  const block = blockAround(element);
  return !!block && /\p{L}{2,}/u.test(textAround(block));
}

/**
 * Every control a visitor can click or tap, drawn on the page, is at least 24 × 24 CSS px
 * (WCAG 2.2, 2.5.8), but for links inline in a sentence. A radio or checkbox may be smaller
 * when its label, which takes the click as well, is at least 24 × 24.
 *
 * Stricter than WCAG in one way: the "spacing" exception (an undersized target with nothing
 * else within a 24 px circle) is not applied; the widgets are meant to meet the size itself.
 */
export function checkTargets(canvas: Element): Problem[] {
  const problems: Problem[] = [];
  const small = (rect: DOMRect) => rect.width < MIN_TARGET - 0.01 || rect.height < MIN_TARGET - 0.01;
  const size = (rect: DOMRect) => `${px(rect.width)}×${px(rect.height)} px`;
  for (const { node, path, helper } of walk(canvas)) {
    if (!(node instanceof Element) || !node.matches(INTERACTIVE)) continue;
    if (node instanceof HTMLInputElement && (node.type === 'radio' || node.type === 'checkbox')) {
      const own = node.getBoundingClientRect();
      const labels = [...(node.labels ?? [])].filter((label) => label.checkVisibility());
      if (!helper && !small(own) && own.width > 0) continue;
      if (labels.some((label) => !small(label.getBoundingClientRect()))) continue;
      const labelSizes = labels.map((label) => `its <label> is ${size(label.getBoundingClientRect())}`).join(', ') || 'no label';
      problems.push({
        check: 'target-size',
        message: `${describeNode(node)} (${path}) is ${size(own)}${helper ? ' (visually hidden)' : ''} and ${labelSizes}: the control or its label must be at least 24×24 px`,
      });
      continue;
    }
    if (helper) continue; // A skip link or the like, shown only on focus.
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || !node.checkVisibility({ visibilityProperty: true })) continue;
    if (!small(rect) || isInlineInSentence(node)) continue;
    problems.push({
      check: 'target-size',
      message: `${describeNode(node)} (${path}) is ${size(rect)}, under 24×24 px (display: ${getComputedStyle(node).display})`,
    });
  }
  return problems;
}

/**
 * A radio button or checkbox is drawn as the browser draws it, round or square: not squeezed
 * into an ellipse by a flex row when its label wraps (issue 11 saw a 17×20 px radio).
 */
export function checkControlShapes(canvas: Element): Problem[] {
  const problems: Problem[] = [];
  for (const { node, path, helper } of walk(canvas)) {
    if (helper || !(node instanceof HTMLInputElement) || (node.type !== 'radio' && node.type !== 'checkbox')) continue;
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || getComputedStyle(node).opacity === '0') continue;
    if (Math.abs(rect.width - rect.height) <= TOLERANCE) continue;
    problems.push({
      check: 'squashed-control',
      message: `${describeNode(node)} (${path}) is drawn ${px(rect.width)}×${px(rect.height)} px, not square: give it flex-shrink: 0 (or a fixed size)`,
    });
  }
  return problems;
}

/** Rects of a line box or a range that hold something (a zero-width rect marks an empty fragment at a line's end). */
const drawn = (rects: DOMRectList) => [...rects].filter((rect) => rect.width > 0.5);

/** A phone number is never broken across lines: each `tel:` / `sms:` link, and each number in the text. */
export function checkPhones(canvas: Element): Problem[] {
  const problems: Problem[] = [];
  const entries = walk(canvas).filter((entry) => !entry.helper);
  for (const { node, path } of entries) {
    if (!(node instanceof HTMLAnchorElement) || !/^(tel|sms):/i.test(node.getAttribute('href') ?? '')) continue;
    const rects = drawn(node.getClientRects());
    if (rects.length <= 1) continue;
    const lines = rects.map((rect) => `${px(rect.width)}×${px(rect.height)} at ${px(rect.left)},${px(rect.top)}`).join('; ');
    problems.push({ check: 'phone-wrap', message: `${describeNode(node)} (${path}) is broken over ${rects.length} lines: ${lines}` });
  }
  for (const { node, path } of entries) {
    if (!(node instanceof Text)) continue;
    for (const match of node.data.matchAll(PHONE)) {
      const range = document.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const rects = drawn(range.getClientRects());
      const tops = rects.map((rect) => rect.top);
      if (rects.length < 2 || Math.max(...tops) - Math.min(...tops) <= 2) continue;
      const pieces = rects.map((rect) => `${px(rect.width)} px at top ${px(rect.top)}`).join(' / ');
      problems.push({ check: 'phone-wrap', message: `"${match[0]}" in ${describeNode(node)} (${path}) wraps: ${pieces}` });
    }
  }
  return problems;
}
