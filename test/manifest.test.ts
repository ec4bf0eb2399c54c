import { expect, fixture } from '@open-wc/testing';
import { watchErrors } from './helpers.js';
import { renderStory, stories } from './story-harness.js';

/**
 * custom-elements.json (and so the reference pages, Storybook's controls and editors'
 * autocomplete) says what each element takes and draws. These tests hold it to the code:
 * every documented attribute is one the element observes, and the other way round; every
 * documented slot and CSS part is drawn in at least one state a story shows, and nothing
 * is drawn that is not documented.
 */

interface Declaration {
  tagName?: string;
  attributes?: Array<{ name: string }>;
  slots?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
}

async function documented(): Promise<Map<string, Declaration>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: Array<{ declarations?: Declaration[] }> };
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  return new Map(elements.map((declaration) => [declaration.tagName!, declaration]));
}

const names = (entries: Array<{ name: string }> = []) => entries.map((entry) => entry.name);

/** "documented but not in the code" and "in the code but not documented", one line each. */
function difference(tag: string, what: string, inManifest: string[], inCode: string[]): string[] {
  const show = (name: string) => (name === '' ? 'the default slot' : `${what} "${name}"`);
  return [
    ...inManifest
      .filter((name) => !inCode.includes(name))
      .map((name) => `<${tag}> documents ${show(name)}, which it does not ${what === 'attribute' ? 'observe' : 'draw in any story'}`),
    ...inCode
      .filter((name) => !inManifest.includes(name))
      .map((name) => `<${tag}> ${what === 'attribute' ? 'observes' : 'draws'} ${show(name)}, which custom-elements.json does not document`),
  ];
}

describe('custom-elements.json matches the code', () => {
  let elements: Map<string, Declaration>;
  /** What each element drew, over every story: slot names ('' for the default slot) and part names. */
  const drawn = new Map<string, { slots: Set<string>; parts: Set<string> }>();

  before(async function (this: Mocha.Context) {
    this.timeout(120_000);
    elements = await documented();
    for (const story of stories) {
      const canvas = await fixture<HTMLElement>('<div></div>');
      const { result: widget } = await watchErrors(() => renderStory(story, canvas));
      const seen = drawn.get(story.tag) ?? { slots: new Set(), parts: new Set() };
      drawn.set(story.tag, seen);
      for (const slot of widget.shadowRoot!.querySelectorAll('slot')) seen.slots.add(slot.name);
      for (const element of widget.shadowRoot!.querySelectorAll('[part]'))
        for (const part of element.getAttribute('part')!.split(/\s+/)) if (part) seen.parts.add(part);
      canvas.remove();
    }
  });

  it('documents every element the library defines', () => {
    expect([...elements.keys()].sort()).to.deep.equal([
      'recovery-faq',
      'recovery-group-finder',
      'recovery-intake',
      'recovery-provider',
      'recovery-quick-exit',
      'recovery-scholarship-check',
      'recovery-self-check',
    ]);
    for (const tag of elements.keys()) expect(customElements.get(tag), tag).to.exist;
  });

  it('each element documents exactly the attributes it observes', () => {
    const wrong = [...elements].flatMap(([tag, declaration]) => {
      const observed = (customElements.get(tag) as unknown as { observedAttributes?: string[] }).observedAttributes ?? [];
      return difference(tag, 'attribute', names(declaration.attributes), observed);
    });
    expect(wrong).to.deep.equal([]);
  });

  // A named slot an element fills with its own children (the FAQ's answer-0, answer-1, …) is
  // not for sites, so only the default slot must be documented whenever it is drawn.
  it('each element draws every slot it documents, and documents its default slot', () => {
    const wrong = [...elements].flatMap(([tag, declaration]) => {
      const slots = [...(drawn.get(tag)?.slots ?? [])];
      return difference(
        tag,
        'slot',
        names(declaration.slots),
        slots.filter((slot) => slot === '' || names(declaration.slots).includes(slot)),
      );
    });
    expect(wrong).to.deep.equal([]);
  });

  it('each element documents exactly the CSS parts it draws', () => {
    const wrong = [...elements].flatMap(([tag, declaration]) =>
      difference(tag, 'part', names(declaration.cssParts), [...(drawn.get(tag)?.parts ?? [])]),
    );
    expect(wrong).to.deep.equal([]);
  });
});
