import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import '../configurator/configurator-app.js';
import { attributeText, controlFor, snippet, stringLiterals, type Field } from '../configurator/manifest.js';
import { previewFragment } from '../configurator/sanitize.js';

describe('configurator', () => {
  describe('form controls from manifest types', () => {
    const cases: Array<[string | undefined, ReturnType<typeof controlFor>]> = [
      ['boolean', { kind: 'checkbox' }],
      ['number', { kind: 'number' }],
      ["'light' | 'dark' | 'auto' | undefined", { kind: 'select', options: ['light', 'dark', 'auto'] }],
      ["'card' | 'banner'", { kind: 'select', options: ['card', 'banner'] }],
      ['string | undefined', { kind: 'text' }],
      ['string', { kind: 'text' }],
      [undefined, { kind: 'text' }],
      ["'a' | string", { kind: 'text' }],
    ];
    for (const [type, control] of cases) {
      it(`${type} → ${control.kind}`, () => expect(controlFor(type)).to.deep.equal(control));
    }
    it('stringLiterals ignores undefined and rejects mixed unions', () => {
      expect(stringLiterals("'x' | undefined")).to.deep.equal(['x']);
      expect(stringLiterals('number | string')).to.equal(undefined);
    });
  });

  describe('snippet', () => {
    const fields: Field[] = [
      { name: 'single', help: '', control: { kind: 'checkbox' } },
      { name: 'heading-level', help: '', control: { kind: 'number' } },
      { name: 'theme', help: '', control: { kind: 'select', options: ['light', 'dark'] } },
    ];
    const providerFields: Field[] = [{ name: 'phone', help: '', control: { kind: 'text' } }];
    const base = {
      tag: 'recovery-faq',
      fields,
      providerFields,
      base: '/assets/',
      integrity: { 'recovery-widgets.js': 'sha384-abc', 'elements/recovery-faq.js': 'sha384-faq' },
    };

    it('writes ticked booleans bare, skips empty values and escapes quotes', () => {
      expect(attributeText(fields, { single: true, 'heading-level': '', theme: 'dark"><x' })).to.equal('single theme="dark&quot;>&lt;x"');
    });

    it('is a script tag with integrity, then the element with its content', () => {
      expect(
        snippet({
          ...base,
          values: { single: true },
          content: '<details><summary>Q</summary>A</details>',
          providerValues: {},
          singleFile: false,
        }),
      ).to.equal(
        '<script type="module" src="/assets/recovery-widgets.js" integrity="sha384-abc" crossorigin="anonymous"></script>\n' +
          '<recovery-faq single>\n  <details><summary>Q</summary>A</details>\n</recovery-faq>\n',
      );
    });

    it('wraps in a provider, loading its file too when only single files are used', () => {
      expect(snippet({ ...base, values: {}, content: '', providerValues: { phone: '+1-303-555-0142' }, singleFile: true })).to.equal(
        '<script type="module" src="/assets/elements/recovery-provider.js"></script>\n' +
          '<script type="module" src="/assets/elements/recovery-faq.js" integrity="sha384-faq" crossorigin="anonymous"></script>\n' +
          '<recovery-provider phone="+1-303-555-0142">\n  <recovery-faq></recovery-faq>\n</recovery-provider>\n',
      );
    });
  });

  it('the preview keeps documented markup only', () => {
    const holder = document.createElement('div');
    holder.append(
      previewFragment(
        '<details id="a" onclick="x()"><summary>Q</summary><p>A <a href="javascript:x()">bad</a> <a href="/ok">ok</a></p><img src=x onerror=alert(1)><script>alert(1)</script></details><script type="application/json">[]</script>',
      ),
    );
    expect(holder.innerHTML).to.equal(
      '<details id="a"><summary>Q</summary><p>A <a>bad</a> <a href="/ok">ok</a></p></details><script type="application/json">[]</script>',
    );
  });

  describe('the page', () => {
    async function configurator() {
      const app = await fixture<HTMLElement>(
        html`<rw-configurator manifest-src="/custom-elements.json" integrity-src="/dist/integrity.json"></rw-configurator>`,
      );
      await waitUntil(() => app.querySelector('#widget'), 'form rendered');
      return app;
    }
    const code = (app: HTMLElement) => app.querySelector<HTMLTextAreaElement>('#snippet')!.value;

    it('is axe-clean and builds a form from the manifest: checkboxes, selects, text with help', async () => {
      const app = await configurator();
      const options = [...app.querySelectorAll<HTMLOptionElement>('#widget option')].map((option) => option.value);
      expect(options).to.include.members(['recovery-faq', 'recovery-quick-exit']);
      expect(options).to.not.include('recovery-provider');
      expect(app.querySelector<HTMLInputElement>('#attr-searchable')!.type).to.equal('checkbox');
      expect(app.querySelector('#provider-theme')!.localName).to.equal('select');
      expect(app.querySelector('#attr-src-help')!.textContent).to.contain('web address of a file');
      await expect(app).to.be.accessible();
    });

    it('speaks plain words: widget names, labels and help, settings in groups, each organization fact once', async () => {
      const app = await configurator();
      const names = [...app.querySelectorAll<HTMLOptionElement>('#widget option')].map((option) => option.textContent);
      expect(names).to.include.members(['Questions and answers (FAQ)', 'Contact us and callback form']);
      expect(names.join(' ')).to.not.contain('recovery-');
      expect(app.querySelector('label[for="attr-searchable"]')!.textContent!.trim()).to.equal('Add a search box');
      expect(app.querySelectorAll('.settings code'), 'no attribute names in monospace').to.have.length(0);
      expect([...app.querySelectorAll('legend')].map((legend) => legend.textContent)).to.include.members([
        'Content',
        'Look',
        'Advanced',
        'Your organization',
      ]);

      const widget = app.querySelector<HTMLSelectElement>('#widget')!;
      widget.value = 'recovery-intake';
      widget.dispatchEvent(new Event('change'));
      await waitUntil(() => app.querySelector('#attr-variant'), 'intake form');
      // The phone is asked once, in the organization section; the intake's own copy is not offered.
      expect(app.querySelectorAll('[id$="-phone"]')).to.have.length(1);
      expect(app.querySelector('#provider-phone')).to.exist;
      expect(app.querySelector('#attr-action')).to.be.null;
      // What the widget still needs is said beside the preview, and beside the setting.
      const missing = () => [...app.querySelectorAll('.missing li')].map((item) => item.textContent);
      expect(missing().join(' ')).to.contain('Where callback requests are sent: Without it, the callback form is hidden');
      expect(app.querySelector('label[for="provider-intake-action"]')!.textContent).to.contain('(needed)');
      const action = app.querySelector<HTMLInputElement>('#provider-intake-action')!;
      action.value = 'https://example.org/callbacks';
      action.dispatchEvent(new Event('input'));
      await waitUntil(() => missing().length === 1, 'one thing still missing');
      expect(code(app)).to.contain('intake-action="https://example.org/callbacks"');
      await expect(app).to.be.accessible();
    });

    it('the copy button copies the code and says so', async () => {
      const app = await configurator();
      app.querySelector<HTMLButtonElement>('.results button')!.click();
      await waitUntil(() => app.querySelector('.copied')!.textContent, 'confirmation shown');
      // Headless Chromium may refuse the clipboard: then the code is selected and the message says how to copy.
      expect(app.querySelector('.copied')!.textContent).to.match(/^(Copied\.|Your browser did not allow copying)/);
    });

    it('changing a field updates the preview and the snippet; another widget gets its own form', async () => {
      const app = await configurator();
      const searchable = app.querySelector<HTMLInputElement>('#attr-searchable')!;
      searchable.click();
      await waitUntil(() => app.querySelector('.preview recovery-faq[searchable]'), 'preview updated');
      expect(code(app)).to.contain('<recovery-faq searchable>');
      const preview = app.querySelector('.preview recovery-faq')!;
      await waitUntil(() => preview.shadowRoot?.querySelector('input[type="search"]'), 'the preview is the live widget');

      const phone = app.querySelector<HTMLInputElement>('#provider-phone')!;
      phone.value = '+1-303-555-0142';
      phone.dispatchEvent(new Event('input'));
      await waitUntil(() => code(app).includes('<recovery-provider phone="+1-303-555-0142">'), 'wrapped in a provider');

      const widget = app.querySelector<HTMLSelectElement>('#widget')!;
      widget.value = 'recovery-quick-exit';
      widget.dispatchEvent(new Event('change'));
      await waitUntil(() => app.querySelector('#attr-href'), 'quick-exit form');
      expect(app.querySelector('#attr-searchable')).to.be.null;
      expect(code(app)).to.contain('<recovery-quick-exit></recovery-quick-exit>');
    });

    it('the snippet pasted into a blank page renders the same widget', async () => {
      const app = await configurator();
      const base = app.querySelector<HTMLInputElement>('#base')!;
      base.value = '/dist/';
      base.dispatchEvent(new Event('input'));
      app.querySelector<HTMLInputElement>('#attr-single')!.click();
      await waitUntil(() => code(app).includes('recovery-faq single'), 'snippet updated');
      const frame = await fixture<HTMLIFrameElement>(html`<iframe></iframe>`);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = `/test-api/embed?script=none&body=${encodeURIComponent(code(app))}`;
      await loaded;
      const faq = frame.contentDocument!.querySelector('recovery-faq')!;
      await waitUntil(() => faq.shadowRoot?.querySelectorAll('.question').length === 2, 'pasted widget rendered');
      expect(faq.hasAttribute('single')).to.be.true;
      const integrity = frame.contentDocument!.querySelector('script[integrity]')!;
      expect(integrity.getAttribute('integrity')).to.match(/^sha384-/);
    });
  });
});
