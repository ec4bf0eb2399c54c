import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { LazyLocalize, type LanguageFile } from '../src/shared/lazy-localize.js';
import { RecoveryElement } from '../src/shared/recovery-element.js';
import { watchErrors } from './helpers.js';

interface ProbeFile extends LanguageFile<'hello' | 'count'> {
  extra: string;
}

/**
 * A widget built as the self-check is: it shows nothing until its language is ready, then
 * its strings and the language file's own content. Its Spanish is a real module served by
 * the test server, or one that does not exist (the 404 in the log is this test's).
 */
function probeClass(loader: () => Promise<ProbeFile>) {
  return class extends RecoveryElement {
    static override properties: PropertyDeclarations = { ready: { state: true } };
    ready = false;
    readonly localize = new LazyLocalize(this, { en: { hello: 'Hello', count: '{n} statements' }, es: loader });

    override async connectedCallback() {
      super.connectedCallback();
      await this.localize.ready();
      this.ready = true;
    }

    protected override render() {
      return this.ready
        ? html`<p>${this.localize.term('hello')}, ${this.localize.term('count', { n: 12 })}, ${this.localize.file?.extra ?? 'no file'}</p>`
        : nothing;
    }
  };
}

customElements.define(
  'lazy-probe',
  probeClass(() => import('./fixtures/language-es.js') as Promise<ProbeFile>),
);
// Its own loader and URL, so its file is not already in the page when the test switches language.
customElements.define(
  'lazy-probe-switch',
  probeClass(() => import('./fixtures/language-es.js?switch' as string) as Promise<ProbeFile>),
);
customElements.define(
  'lazy-probe-lost',
  probeClass(() => import('./fixtures/no-such-language.js' as string) as Promise<ProbeFile>),
);

const text = (element: Element) => element.shadowRoot!.querySelector('p')?.textContent;
const requestsFor = (name: string) => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(name));

describe('LazyLocalize (a language in a file of its own)', () => {
  it('loads nothing for an English page', async () => {
    const probe = await fixture(`<lazy-probe lang="en"></lazy-probe>`);
    await waitUntil(() => text(probe), 'rendered');
    expect(text(probe)).to.equal('Hello, 12 statements, no file');
    expect(requestsFor('language-es')).to.have.length(0);
  });

  it('shows Spanish from the first render, with the file’s content, and loads the file once for every widget', async () => {
    const container = await fixture(`<div lang="es-MX"><lazy-probe></lazy-probe><lazy-probe></lazy-probe></div>`);
    const probes = [...container.querySelectorAll('lazy-probe')];
    await waitUntil(() => probes.every(text), 'both rendered');
    expect(probes.map(text)).to.deep.equal(['Hola, 12 frases, contenido en español', 'Hola, 12 frases, contenido en español']);
    expect(requestsFor('language-es')).to.have.length(1);
  });

  it('loads the file when the page switches to Spanish after the first render, and follows it back', async () => {
    const container = await fixture(`<div lang="en"><lazy-probe-switch></lazy-probe-switch></div>`);
    const probe = container.querySelector('lazy-probe-switch')!;
    await waitUntil(() => text(probe), 'rendered');
    expect(requestsFor('language-es.js?switch')).to.have.length(0);
    container.setAttribute('lang', 'es');
    await waitUntil(() => text(probe)?.startsWith('Hola'), 'switched to Spanish');
    expect(requestsFor('language-es.js?switch')).to.have.length(1);
    container.setAttribute('lang', 'en');
    await waitUntil(() => text(probe)?.startsWith('Hello'), 'back to English');
  });

  it('a file that cannot be loaded: English, one console.error naming the element and lang, nothing thrown', async () => {
    const { errors, thrown, result } = await watchErrors(async () => {
      const container = await fixture(
        `<div lang="es"><lazy-probe-lost></lazy-probe-lost><lazy-probe-lost></lazy-probe-lost><lazy-probe></lazy-probe></div>`,
      );
      const elements = [...container.children];
      await waitUntil(() => elements.every(text), 'all rendered');
      return elements.map(text);
    });
    expect(result).to.deep.equal([
      'Hello, 12 statements, no file',
      'Hello, 12 statements, no file',
      'Hola, 12 frases, contenido en español',
    ]);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^<lazy-probe-lost> lang: the "es" text could not be loaded \(.+\); showing English$/);
    expect(thrown).to.deep.equal([]);
  });
});
