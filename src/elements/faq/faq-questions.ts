import { html, render } from 'lit';

/**
 * The FAQ's questions in the DOM: read from `<details>` children, built once per set of
 * questions, then kept up to date. Hundreds of FAQs of twenty questions sit on some pages, so
 * a question is a clone of one small DOM structure, with no template instance, binding or
 * listener of its own (the element's one delegated listener serves them all): a question
 * costs the page its DOM nodes and nothing more.
 */

/**
 * A question as rendered: its answer is either paragraphs from JSON or the site's HTML from a
 * `<details>` child, moved into a `wrapper` that is slotted into our panel. `id` is the one
 * the site gave, if any. Nothing else is kept per question.
 */
export interface Question {
  id?: string;
  question: string;
  paragraphs?: string[];
  wrapper?: HTMLElement;
}

/** The answer as plain text, for search and structured data: read when needed, not kept. */
export function answerText(item: Question): string {
  return item.paragraphs?.join('\n\n') ?? item.wrapper?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Light-DOM answers we wrapped, so a re-read (reconnect, new children) wraps each once. */
const answerWrappers = new WeakMap<HTMLDetailsElement, HTMLElement>();

/**
 * The host's `<details>` children as questions. Each answer's nodes move into a wrapper that
 * is slotted into our panel, so the site's HTML stays in the light DOM (styled by the site,
 * read by crawlers and reader modes) while the `<details>` shells are left unrendered. A
 * `<details>` whose `<summary>` has no words has nothing to show or to find: it is left out.
 */
export function readDetails(details: NodeListOf<HTMLDetailsElement>): Question[] {
  const questions: Question[] = [];
  for (const element of details) {
    const first = element.firstElementChild;
    const summary = first?.localName === 'summary' ? first : element.querySelector(':scope > summary');
    const question = summary?.textContent?.trim();
    if (!question) continue;
    const slot = `answer-${questions.length}`;
    let wrapper = answerWrappers.get(element);
    if (wrapper) wrapper.slot = slot;
    else {
      wrapper = document.createElement('div');
      wrapper.slot = slot;
      for (let node = element.firstChild; node;) {
        const next = node.nextSibling;
        if (node.nodeName !== 'SUMMARY') wrapper.append(node);
        node = next;
      }
      element.after(wrapper);
      answerWrappers.set(element, wrapper);
    }
    questions.push({ id: element.id || undefined, question, wrapper });
  }
  return questions;
}

/** Beyond six panels, `region` landmarks crowd a screen reader's landmark list (WAI-ARIA APG). */
const MAX_REGIONS = 6;

/** One question's markup in its first state (collapsed, level 3, its answer a slot), cloned for each question. */
let shell: HTMLElement | undefined;

function createShell(): HTMLElement {
  const holder = document.createElement('div');
  render(
    html`<div class="item" part="item">
      <div class="heading" role="heading" aria-level="3">
        <button class="question" part="question" type="button" aria-expanded="false"></button>
      </div>
      <div class="answer" part="answer"><slot></slot></div>
    </div>`,
    holder,
  );
  // Set here rather than in the template: template checks know `hidden` only as a boolean.
  // "until-found" keeps collapsed answers findable with the browser's find-in-page.
  holder.querySelector('.answer')!.setAttribute('hidden', 'until-found');
  return holder.querySelector('.item')!;
}

/**
 * The markup of `count` questions in their first state, with their ids and slot names: question
 * `n`'s answer is `#a-n`, slotting `answer-n` (and, when answers are regions, labelled by its
 * button `#q-n`). Built once per count and cloned whole, which is cheaper than building each
 * question on every FAQ of a page that has hundreds.
 */
const blocks = new Map<number, DocumentFragment>();

function questionsBlock(count: number): DocumentFragment {
  let block = blocks.get(count);
  if (!block) {
    block = document.createDocumentFragment();
    for (let index = 0; index < count; index++) {
      const question = (shell ??= createShell()).cloneNode(true) as HTMLElement;
      const button = question.firstElementChild!.firstElementChild!;
      const answer = question.lastElementChild!;
      button.setAttribute('aria-controls', (answer.id = `a-${index}`));
      (answer.firstElementChild as HTMLSlotElement).name = `answer-${index}`;
      if (count <= MAX_REGIONS) {
        button.id = `q-${index}`;
        answer.setAttribute('role', 'region');
        answer.setAttribute('aria-labelledby', button.id);
      }
      block.append(question);
    }
    // A page's FAQs come in a few sizes: more than that, and the oldest is dropped.
    if (blocks.size >= 16) blocks.delete(blocks.keys().next().value!);
    blocks.set(count, block);
  }
  return block.cloneNode(true) as DocumentFragment;
}

/** Builds the questions in `container`, collapsed. A question from `<details>` slots its answer's wrapper; one from JSON gets paragraphs. */
export function buildQuestions(container: HTMLElement, questions: readonly Question[]): void {
  container.replaceChildren(questionsBlock(questions.length));
  let question = container.firstElementChild;
  for (const item of questions) {
    question!.firstElementChild!.firstElementChild!.textContent = item.question;
    if (!item.wrapper) {
      question!.lastElementChild!.firstElementChild!.replaceWith(
        ...item.paragraphs!.map((text) => Object.assign(document.createElement('p'), { textContent: text })),
      );
    }
    question = question!.nextElementSibling;
  }
}

/**
 * Brings every question's heading level, open state and visibility (`shown`, from the search;
 * every question when undefined) up to date, touching only what changed.
 */
export function syncQuestions(container: Element, level: number, isOpen: (index: number) => boolean, shown?: readonly boolean[]): void {
  [...container.children].forEach((question, index) => {
    const heading = question.firstElementChild!;
    const button = heading.firstElementChild!;
    const open = String(isOpen(index));
    const hidden = shown?.[index] === false;
    if ((question as HTMLElement).hidden !== hidden) (question as HTMLElement).hidden = hidden;
    if (heading.getAttribute('aria-level') !== String(level)) heading.setAttribute('aria-level', String(level));
    if (button.getAttribute('aria-expanded') === open) return;
    button.setAttribute('aria-expanded', open);
    // Collapsed answers stay findable with find-in-page (`beforematch` opens them).
    if (open === 'true') question.lastElementChild!.removeAttribute('hidden');
    else question.lastElementChild!.setAttribute('hidden', 'until-found');
  });
}

/** Whether two lists hold the same nodes in the same order (new children that changed no `<details>`). */
export function sameNodes(a: NodeList, b: NodeList): boolean {
  return a.length === b.length && [...a].every((node, index) => node === b[index]);
}
