import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpolate } from '../core/text.js';
import type { StringOverrides } from '../core/config.js';

/** A widget's built-in strings: English is complete; Spanish too; a site may add more languages. */
export type Translations<Key extends string> = { en: Record<Key, string>; es: Record<Key, string> };

/** "matches" when the table has "matches_other". */
export type PluralKey<Key extends string> = Key extends `${infer Base}_other` ? Base : never;

/** What a localised element offers the controller: where it sits, and the site's overrides. */
export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** The site's overrides for this element, most specific first (its own, then the provider's). */
  stringOverrides(): Array<StringOverrides | undefined>;
}

const hosts = new Set<LocalizedHost>();
let observer: MutationObserver | undefined;

/**
 * One observer for every widget on the page, watching only `lang` attributes anywhere in
 * the document, so a widget follows its nearest `lang` when a page's language switcher
 * changes it on `<html>`, a section, a `<recovery-provider>` or the widget itself.
 */
function watchLanguageChanges(): void {
  observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The `lang` of the element or its nearest ancestor, looking through shadow roots; "" if none. */
export function nearestLang(element: Element): string {
  for (let node: Element | null = element; node;) {
    const owner = node.closest('[lang]');
    if (owner) return owner.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/**
 * Per-element localisation. `@lit/localize` sets one locale for the whole page and
 * `@shoelace-style/localize` reads only the element's own `lang` and `<html lang>`; a widget
 * living in someone else's page must follow its nearest `lang` (a Spanish section beside
 * an English one) and take per-site overrides, which neither does. Built-in tables stay
 * small: English and Spanish for each widget.
 */
export class Localize<Key extends string, Shared extends string = never> implements ReactiveController {
  constructor(
    protected readonly host: LocalizedHost,
    /** English, and Spanish as a table or (in `LazyLocalize`) a loader. */
    protected readonly builtIn: { en: Record<Key, string>; es: unknown },
    /** Strings of the shared UI pieces the widget uses (`uiStrings`), looked up after its own. */
    protected readonly shared?: { en: Record<Shared, string>; es?: Record<Shared, string> },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchLanguageChanges();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** The primary language subtag the host is shown in: "es" for `lang="es-MX"`. */
  get lang(): string {
    const primary = this.requested;
    if (this.table(primary)) return primary;
    // A language the site supplied strings for is honoured; otherwise English. It must be a
    // language tag: widgets hand it to `Intl`, which throws on `lang="x-invalid-"` or "__proto__".
    return isLanguage(primary) && this.host.stringOverrides().some((table) => own(table, primary)) ? primary : 'en';
  }

  /** The string for `key` (the widget's own, or a shared piece's) in the host's language, site overrides first, `{placeholders}` filled. */
  term(key: Key | Shared, values?: Record<string, string | number>): string {
    return interpolate(pick(this.tables(), key) ?? key, values);
  }

  /** @internal Where a key is looked up, in order: the site's overrides, the built-in language, English. */
  tables(lang = this.lang): Array<Record<string, string> | undefined> {
    return [
      ...this.host.stringOverrides().map((table) => own(table, lang)),
      this.table(lang),
      own(this.shared, lang),
      this.builtIn.en,
      this.shared?.en,
    ];
  }

  /** The language the nearest `lang` asks for, whether or not it is built in. */
  protected get requested(): string {
    return nearestLang(this.host).split('-')[0].toLowerCase();
  }

  /** A built-in language's strings, if it is built in. */
  protected table(lang: string): Record<string, string> | undefined {
    return own(this.builtIn as Record<string, Record<string, string>>, lang);
  }
}

/**
 * `tables[lang]` when `lang` is the table's own key. `lang` comes from the page (`lang="__proto__"`
 * is an attribute like any other): a plain `tables[lang]` would reach `Object.prototype`.
 */
function own<T>(tables: Record<string, T> | undefined, lang: string): T | undefined {
  return tables && Object.hasOwn(tables, lang) ? tables[lang] : undefined;
}

function isLanguage(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * "3 programs": the form of `key` for `values.count` under the language's plural rules
 * ("key_one", "key_other", … as CLDR names them), `{placeholders}` filled. A function rather
 * than a method, so that a widget without plurals does not carry it.
 */
export function plural<Key extends string>(
  localize: Localize<Key>,
  key: PluralKey<Key>,
  values: { count: number } & Record<string, string | number>,
): string {
  const lang = localize.lang;
  const tables = localize.tables(lang);
  const template = pick(tables, `${key}_${new Intl.PluralRules(lang).select(values.count)}`) ?? pick(tables, `${key}_other`) ?? key;
  return interpolate(template, values);
}

function pick(tables: Array<Record<string, string> | undefined>, key: string): string | undefined {
  for (const table of tables) if (table && Object.hasOwn(table, key) && typeof table[key] === 'string') return table[key];
  return undefined;
}
