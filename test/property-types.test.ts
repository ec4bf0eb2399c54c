import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, type ReactiveElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../src/index.js';
import { RecoveryElement } from '../src/shared/recovery-element.js';
import { WIDGET_TAGS } from './embedding/samples.js';
import { watchErrors } from './helpers.js';

/** A widget with one property of each kind the check knows, declared as the widgets declare theirs. */
class TypedWidget extends RecoveryElement {
  @property() text?: string;
  @property({ attribute: 'two-words' }) twoWords?: string;
  @property({ type: Boolean }) flag = false;
  @property({ type: Number }) count?: number;
  @property({ attribute: false }) scriptOnly?: unknown;
  @property({ checkType: false }) anything?: unknown;
  @state() private inner = '';

  protected override render() {
    return litHtml`<p>${String(this.text ?? '')} ${this.flag} ${this.inner}</p>`;
  }
}
customElements.define('test-typed-widget', TypedWidget);

type Values = Record<string, unknown>;

async function typedWidget(markup = '<test-typed-widget></test-typed-widget>'): Promise<TypedWidget> {
  const container = await fixture<HTMLElement>(`<div>${markup}</div>`);
  const widget = container.firstElementChild as TypedWidget;
  await widget.updateComplete;
  return widget;
}

describe('checkPropertyTypes: a property set from script with a type its attribute could never give', () => {
  const refused: Array<[property: string, shown: string, value: () => unknown, message: string]> = [
    ['text', 'a number', () => 42, 'text: expected text, got a number; ignoring it'],
    ['text', 'a URL object', () => new URL('https://example.org/'), 'text: expected text, got an object; ignoring it'],
    ['text', 'an array', () => ['a'], 'text: expected text, got an array; ignoring it'],
    ['text', 'a Symbol', () => Symbol('x'), 'text: expected text, got a symbol; ignoring it'],
    ['text', 'a BigInt', () => 5n, 'text: expected text, got a bigint; ignoring it'],
    ['text', 'true', () => true, 'text: expected text, got a boolean; ignoring it'],
    ['twoWords', 'a number', () => 1, 'two-words: expected text, got a number; ignoring it'],
    ['flag', '"yes"', () => 'yes', 'flag: expected a boolean, got a string; ignoring it'],
    ['flag', '1', () => 1, 'flag: expected a boolean, got a number; ignoring it'],
    ['count', '"3"', () => '3', 'count: expected a number, got a string; ignoring it'],
    ['count', 'an object', () => ({ valueOf: () => 3 }), 'count: expected a number, got an object; ignoring it'],
  ];
  for (const [name, shown, value, message] of refused) {
    it(`${name} = ${shown}: one console error naming the attribute, then absent`, async () => {
      const widget = await typedWidget();
      const { errors, thrown } = await watchErrors(async () => {
        (widget as unknown as Values)[name] = value();
        await widget.updateComplete;
        // Set again: said once, not on every update.
        (widget as unknown as Values)[name] = value();
        await widget.updateComplete;
      });
      expect(thrown).to.deep.equal([]);
      expect(errors).to.deep.equal([`<test-typed-widget> ${message}`]);
      expect((widget as unknown as Values)[name], 'unset').to.equal(undefined);
      expect(widget.shadowRoot!.textContent).not.to.contain('[object');
    });
  }

  const accepted: Array<[property: string, shown: string, value: unknown]> = [
    ['text', 'text', 'hello'],
    ['text', 'empty text', ''],
    ['text', 'null (a removed attribute)', null],
    ['text', 'undefined', undefined],
    ['flag', 'true', true],
    ['flag', 'false', false],
    ['count', '0', 0],
    // A number, if not a usable one: whether it is, is the widget's to say (e.g. heading-level 2–6).
    ['count', 'NaN', Number.NaN],
    ['scriptOnly', 'anything (no attribute)', new Date(0)],
    ['anything', 'an object (checkType: false)', { es: { key: 'texto' } }],
    ['inner', 'a number (state)', 5],
  ];
  for (const [name, shown, value] of accepted) {
    it(`${name} = ${shown}: kept, no message`, async () => {
      const widget = await typedWidget();
      const { errors, thrown } = await watchErrors(async () => {
        (widget as unknown as Values)[name] = value;
        await widget.updateComplete;
      });
      expect([errors, thrown]).to.deep.equal([[], []]);
      expect((widget as unknown as Values)[name]).to.deep.equal(value);
    });
  }

  it('what attributes give is never refused, even a number that is not one', async () => {
    const { result: widget, errors } = await watchErrors(() =>
      typedWidget('<test-typed-widget text="42" two-words="a b" flag count="many"></test-typed-widget>'),
    );
    expect(errors).to.deep.equal([]);
    expect([widget.text, widget.twoWords, widget.flag, widget.count]).to.deep.equal(['42', 'a b', true, Number.NaN]);
  });

  it('a value set before the element is upgraded is checked at its first update', async () => {
    const { result: widget, errors } = await watchErrors(async () => {
      const element = document.createElement('test-typed-widget') as TypedWidget;
      (element as unknown as Values).flag = 'yes';
      (await fixture<HTMLElement>('<div></div>')).append(element);
      await element.updateComplete;
      return element;
    });
    expect(errors).to.deep.equal(['<test-typed-widget> flag: expected a boolean, got a string; ignoring it']);
    expect(widget.flag).to.equal(undefined);
    expect(widget.shadowRoot!.textContent, 'rendered as absent').not.to.contain('yes');
  });
});

describe('every widget checks each of its properties this way', () => {
  type Declaration = { type?: unknown; attribute?: string | boolean; state?: boolean; checkType?: false };
  const words = (type: unknown) => (type === Boolean ? 'a boolean' : type === Number ? 'a number' : 'text');

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: each property set to a Symbol gives one console error naming its attribute, is unset, and nothing is thrown`, async () => {
      const declared = (customElements.get(tag) as unknown as typeof ReactiveElement).elementProperties as Map<PropertyKey, Declaration>;
      const checked = [...declared].filter(([, options]) => options.attribute !== false && options.checkType !== false);
      expect(checked.map(([name]) => name)).to.include.members(['theme']);
      for (const [name, options] of checked) {
        const host = await fixture<HTMLElement>(html`<div></div>`);
        const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        host.append(element);
        await element.updateComplete;
        const { errors, thrown } = await watchErrors(async () => {
          (element as unknown as Values)[name as string] = Symbol('x');
          await element.updateComplete;
        });
        const attribute = typeof options.attribute === 'string' ? options.attribute : String(name);
        expect(thrown, String(name)).to.deep.equal([]);
        expect(errors, String(name)).to.deep.equal([`<${tag}> ${attribute}: expected ${words(options.type)}, got a symbol; ignoring it`]);
        expect((element as unknown as Values)[name as string], String(name)).to.equal(undefined);
        expect(element.hasAttribute(attribute), `${String(name)} is not reflected`).to.be.false;
        host.remove();
      }
    });
  }
});
