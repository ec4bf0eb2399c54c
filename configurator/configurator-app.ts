import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { elementsOf, snippet, type ElementInfo, type Field, type Manifest, type Values } from './manifest.js';
import { fallbackLabel, GROUPS, NEEDS, ORGANIZATION, SETTINGS, WIDGETS, type Group } from './plain-words.js';
import { previewFragment } from './sanitize.js';

/** Content to start from, for the widgets that take some. */
const SAMPLE_CONTENT: Record<string, string> = {
  'recovery-faq': `<details>
  <summary>What is parallel recovery?</summary>
  <p>Each of you does your own recovery work, at the same time.</p>
</details>
<details>
  <summary>Is there a cost?</summary>
  <p>No. Our family groups are free.</p>
</details>`,
};

/**
 * The configurator: pick a widget, fill in its attributes (a form generated from
 * custom-elements.json), see it live, copy the snippet. For CMS editors who never write
 * JavaScript. Rendered in the light DOM so the page's stylesheet (configurator.html) styles it.
 */
export class ConfiguratorApp extends LitElement {
  static override properties: PropertyDeclarations = {
    manifestSrc: { attribute: 'manifest-src' },
    integritySrc: { attribute: 'integrity-src' },
    elements: { state: true },
    tag: { state: true },
    values: { state: true },
    providerValues: { state: true },
    content: { state: true },
    base: { state: true },
    singleFile: { state: true },
    copied: { state: true },
    loadError: { state: true },
  };

  /** Where custom-elements.json is (next to the page in dist/). */
  manifestSrc = 'custom-elements.json';
  /** Where integrity.json is. */
  integritySrc = 'integrity.json';

  private elements: ElementInfo[] = [];
  private provider?: ElementInfo;
  private integrity: Record<string, string> = {};
  private tag = '';
  private values: Values = {};
  private providerValues: Values = {};
  private content = '';
  private base = '/assets/recovery-widgets/';
  private singleFile = false;
  private copied = '';
  private loadError = '';

  protected override createRenderRoot() {
    return this;
  }

  override async connectedCallback(): Promise<void> {
    super.connectedCallback();
    try {
      const [manifest, integrity] = await Promise.all([
        fetch(this.manifestSrc).then((response) => response.json() as Promise<Manifest>),
        fetch(this.integritySrc).then((response) => (response.ok ? response.json() : {})),
      ]);
      const all = elementsOf(manifest);
      this.provider = all.find((element) => element.tag === 'recovery-provider');
      this.elements = all.filter((element) => element !== this.provider);
      this.integrity = integrity;
      this.choose(new URLSearchParams(location.search).get('widget') ?? this.elements[0]?.tag ?? '');
    } catch (error) {
      this.loadError = `The list of widgets could not be loaded (${(error as Error).message}).`;
    }
  }

  private get current(): ElementInfo | undefined {
    return this.elements.find((element) => element.tag === this.tag);
  }

  private choose(tag: string): void {
    this.tag = this.elements.some((element) => element.tag === tag) ? tag : (this.elements[0]?.tag ?? '');
    this.values = {};
    this.content = SAMPLE_CONTENT[this.tag] ?? '';
    this.copied = '';
  }

  private get code(): string {
    const current = this.current;
    if (!current) return '';
    return snippet({
      tag: current.tag,
      fields: current.fields,
      values: this.values,
      content: this.content,
      providerFields: this.provider?.fields ?? [],
      providerValues: this.providerValues,
      base: this.base.endsWith('/') ? this.base : `${this.base}/`,
      integrity: this.integrity,
      singleFile: this.singleFile,
    });
  }

  private previewFor = '';
  private previewNode?: Node;

  /**
   * The live preview: the element as the snippet describes it, built with DOM calls. Rebuilt
   * only when the snippet changes, so a visitor's clicks in the preview survive other updates.
   */
  private preview(): Node {
    const code = this.code;
    if (code !== this.previewFor || !this.previewNode) {
      this.previewFor = code;
      this.previewNode = this.buildPreview();
    }
    return this.previewNode;
  }

  private buildPreview(): Node {
    const current = this.current!;
    const element = document.createElement(current.tag);
    for (const field of current.fields) {
      const value = this.values[field.name];
      if (value === true) element.setAttribute(field.name, '');
      else if (typeof value === 'string' && value.trim()) element.setAttribute(field.name, value.trim());
    }
    element.append(previewFragment(this.content));
    const providerFields = this.provider?.fields.filter((field) => this.providerValues[field.name]) ?? [];
    if (!providerFields.length) return element;
    const provider = document.createElement('recovery-provider');
    for (const field of providerFields) {
      const value = this.providerValues[field.name];
      provider.setAttribute(field.name, value === true ? '' : String(value));
    }
    provider.append(element);
    return provider;
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.code);
      this.copied = 'Copied. Paste it into an HTML block of your page.';
    } catch {
      const output = this.querySelector<HTMLTextAreaElement>('#snippet');
      output?.select();
      this.copied = 'Your browser did not allow copying: the code is selected, press Ctrl+C (⌘C on a Mac).';
    }
  }

  /** The widget's own settings: those the organization section does not already hold (one place for each fact). */
  private get ownFields(): Field[] {
    const shared = new Set(this.provider?.fields.map((field) => field.name));
    // The intake's `action` is the organization's `intake-action`.
    return (this.current?.fields ?? []).filter((field) => !shared.has(field.name) && field.name !== 'action');
  }

  /** The organization settings the current widget needs but the editor left empty, with what happens without them. */
  private get missing(): string[] {
    return (NEEDS[this.tag] ?? [])
      .filter((name) => !this.providerValues[name])
      .map((name) => `${ORGANIZATION[name].label}: ${ORGANIZATION[name].needed}`);
  }

  private renderField(field: Field, values: Values, update: (values: Values) => void, prefix: string) {
    const id = `${prefix}-${field.name}`;
    const words = (prefix === 'provider' ? ORGANIZATION : SETTINGS)[field.name];
    const needed = prefix === 'provider' && NEEDS[this.tag]?.includes(field.name);
    // Plain words first; the manifest's description only for a setting the table does not know yet.
    const helpText = words?.help ?? field.help.replace(/`/g, '');
    const help = helpText
      ? html`<p class="help" id="${id}-help">${helpText}${needed ? html` <strong>${words!.needed}</strong>` : nothing}</p>`
      : nothing;
    const describedBy = helpText ? `${id}-help` : nothing;
    const label = html`${words?.label ?? fallbackLabel(field.name)}${needed ? html` <span class="needed">(needed)</span>` : nothing}`;
    const set = (value: string | boolean) => update({ ...values, [field.name]: value });
    // A value list named by plain words wins over what the manifest's type allows us to read.
    const choices =
      words?.choices ??
      (field.control.kind === 'select' ? Object.fromEntries(field.control.options.map((option) => [option, option])) : undefined);
    switch (choices ? 'select' : field.control.kind) {
      case 'checkbox':
        return html`<div class="field checkbox">
          <input id=${id} type="checkbox" aria-describedby=${describedBy} .checked=${values[field.name] === true}
            @change=${(event: Event) => set((event.target as HTMLInputElement).checked)} />
          <label for=${id}>${label}</label>${help}
        </div>`;
      case 'select':
        return html`<div class="field">
          <label for=${id}>${label}</label>${help}
          <select id=${id} aria-describedby=${describedBy} @change=${(event: Event) => set((event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!values[field.name]}>Default</option>
            ${Object.entries(choices!).map(([value, name]) => html`<option value=${value} ?selected=${values[field.name] === value}>${name}</option>`)}
          </select>
        </div>`;
      default:
        return html`<div class="field">
          <label for=${id}>${label}</label>${help}
          <input id=${id} type=${field.control.kind === 'number' ? 'number' : 'text'} aria-describedby=${describedBy}
            placeholder=${field.defaultValue?.replace(/^'|'$/g, '') ?? ''} .value=${String(values[field.name] ?? '')}
            @input=${(event: Event) => set((event.target as HTMLInputElement).value)} />
        </div>`;
    }
  }

  /** One group of the widget's own settings (Content, Contact, Look, Advanced), with the content box under Content. */
  private renderGroup(group: Group) {
    const current = this.current!;
    const fields = this.ownFields.filter((field) => (SETTINGS[field.name]?.group ?? 'Advanced') === group);
    const content = group === 'Content' && (current.tag in SAMPLE_CONTENT || this.content);
    if (!fields.length && !content) return nothing;
    return html`<fieldset>
      <legend>${group}</legend>
      ${fields.map((field) => this.renderField(field, this.values, (values) => (this.values = values), 'attr'))}
      ${
        content
          ? html`<div class="field">
            <label for="content">Content inside the widget</label>
            <p class="help" id="content-help">Plain HTML: each question in a &lt;details&gt; with its &lt;summary&gt;, as in the example.</p>
            <textarea id="content" rows="8" aria-describedby="content-help" .value=${this.content}
              @input=${(event: Event) => (this.content = (event.target as HTMLTextAreaElement).value)}></textarea>
          </div>`
          : nothing
      }
    </fieldset>`;
  }

  /** The organization's settings, asked once: the snippet wraps the widget in a provider holding them. */
  private renderOrganization() {
    if (!this.provider) return nothing;
    return html`<fieldset class="organization">
      <legend>Your organization</legend>
      <p class="help">Fill these in once: the code wraps the widget in your organization’s settings, which every widget inside uses.</p>
      ${this.provider.fields.map((field) => this.renderField(field, this.providerValues, (values) => (this.providerValues = values), 'provider'))}
    </fieldset>`;
  }

  protected override render() {
    if (this.loadError) return html`<p role="alert">${this.loadError}</p>`;
    const current = this.current;
    if (!current) return html`<p role="status">Loading the widgets…</p>`;
    const missing = this.missing;
    return html`
      <div class="layout">
        <form class="settings" @submit=${(event: Event) => event.preventDefault()}>
          <a class="skip" href="#results">Go to the preview and your code</a>
          <div class="field">
            <label for="widget">Widget</label>
            <select id="widget" aria-describedby="widget-help" @change=${(event: Event) => this.choose((event.target as HTMLSelectElement).value)}>
              ${this.elements.map((element) => html`<option value=${element.tag} ?selected=${element.tag === this.tag}>${WIDGETS[element.tag]?.name ?? element.tag}</option>`)}
            </select>
            <p class="help" id="widget-help">${WIDGETS[current.tag]?.purpose ?? current.summary.replace(/`/g, '')}</p>
          </div>
          ${GROUPS.filter((group) => group !== 'Advanced').map((group) => this.renderGroup(group))} ${this.renderOrganization()}
          ${this.renderGroup('Advanced')}
          <fieldset>
            <legend>Where your site keeps the files</legend>
            <div class="field">
              <label for="base">Folder address</label>
              <p class="help" id="base-help">Copy the files of the dist folder to this folder of your own site.</p>
              <input id="base" type="text" aria-describedby="base-help" .value=${this.base} @input=${(event: Event) => (this.base = (event.target as HTMLInputElement).value)} />
            </div>
            <div class="field checkbox">
              <input id="single" type="checkbox" .checked=${this.singleFile} @change=${(event: Event) => (this.singleFile = (event.target as HTMLInputElement).checked)} />
              <label for="single">Load only this widget’s file (smaller, if the page has one widget)</label>
            </div>
          </fieldset>
        </form>
        <div class="results" id="results" tabindex="-1">
          <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">Preview</h2>
            ${missing.length ? html`<ul class="missing" aria-label="Still missing">${missing.map((text) => html`<li>${text}</li>`)}</ul>` : nothing}
            <div class="preview">${this.preview()}</div>
          </section>
          <section aria-labelledby="snippet-heading">
            <h2 id="snippet-heading">Your code</h2>
            <label for="snippet">Paste this into an HTML block of your page</label>
            <textarea id="snippet" readonly rows="10" .value=${this.code}></textarea>
            <button type="button" @click=${this.copy}>Copy code</button>
            <p role="status" class="copied">${this.copied}</p>
          </section>
        </div>
      </div>
    `;
  }
}

customElements.define('rw-configurator', ConfiguratorApp);
