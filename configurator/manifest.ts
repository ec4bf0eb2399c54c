/**
 * Reads the Custom Elements Manifest into what the configurator needs: each element's
 * attributes with a control kind and help text. Plain functions, tested with tables.
 */

export interface ManifestAttribute {
  name: string;
  description?: string;
  default?: string;
  type?: { text?: string };
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
}
export interface Manifest {
  modules: Array<{ declarations?: ManifestDeclaration[] }>;
}

export type Control = { kind: 'checkbox' } | { kind: 'select'; options: string[] } | { kind: 'number' } | { kind: 'text' };

export interface Field {
  name: string;
  help: string;
  control: Control;
  /** The default as the manifest writes it (a code literal), for placeholders. */
  defaultValue?: string;
}

export interface ElementInfo {
  tag: string;
  summary: string;
  fields: Field[];
}

/** `'a' | 'b' | undefined` → ['a', 'b']; anything that is not a union of string literals → undefined. */
export function stringLiterals(type: string): string[] | undefined {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  if (!parts.length || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/** The form control for an attribute, from its TypeScript type. */
export function controlFor(type: string | undefined): Control {
  const text = (type ?? 'string').trim();
  if (text === 'boolean') return { kind: 'checkbox' };
  if (text === 'number') return { kind: 'number' };
  const options = stringLiterals(text);
  return options ? { kind: 'select', options } : { kind: 'text' };
}

/** Every custom element in the manifest, in tag order, with its attributes as form fields. */
export function elementsOf(manifest: Manifest): ElementInfo[] {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => ({
      tag: declaration.tagName!,
      summary: declaration.summary ?? '',
      fields: (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        help: attribute.description ?? '',
        control: controlFor(attribute.type?.text),
        defaultValue: attribute.default,
      })),
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Attribute values as the form holds them: text, or true for a ticked checkbox. */
export type Values = Record<string, string | boolean | undefined>;

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** `name="value"` pairs in field order, leaving out empty and unticked ones. */
export function attributeText(fields: readonly Field[], values: Values): string {
  return fields
    .map(({ name }) => {
      const value = values[name];
      if (value === true) return name;
      if (typeof value === 'string' && value.trim()) return `${name}="${escapeAttribute(value.trim())}"`;
      return '';
    })
    .filter(Boolean)
    .join(' ');
}

export interface SnippetInput {
  tag: string;
  fields: readonly Field[];
  values: Values;
  /** HTML the editor put inside the element (questions, JSON), as typed. */
  content: string;
  providerFields: readonly Field[];
  providerValues: Values;
  /** Where the site hosts the files, ending in "/". */
  base: string;
  /** `sha384-…` per file of dist/ (dist/integrity.json). */
  integrity: Record<string, string>;
  /** Load only this element's file (and the provider's, if used) instead of the whole bundle. */
  singleFile: boolean;
}

/** The snippet a CMS editor pastes: the script tag(s) with integrity, then the element (wrapped in a provider when set). */
export function snippet(input: SnippetInput): string {
  const providerAttributes = attributeText(input.providerFields, input.providerValues);
  const files = !input.singleFile
    ? ['recovery-widgets.js']
    : [...(providerAttributes ? ['elements/recovery-provider.js'] : []), `elements/${input.tag}.js`];
  const scripts = files.map((file) => {
    const hash = input.integrity[file];
    const integrity = hash ? ` integrity="${hash}" crossorigin="anonymous"` : '';
    return `<script type="module" src="${escapeAttribute(input.base + file)}"${integrity}></script>`;
  });
  const attributes = attributeText(input.fields, input.values);
  const content = input.content.trim();
  const element = `<${input.tag}${attributes ? ` ${attributes}` : ''}>${content ? `\n${indent(content)}\n` : ''}</${input.tag}>`;
  const body = providerAttributes ? `<recovery-provider ${providerAttributes}>\n${indent(element)}\n</recovery-provider>` : element;
  return `${scripts.join('\n')}\n${body}\n`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
}
