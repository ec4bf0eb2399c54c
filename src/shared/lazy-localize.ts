import { Localize, type LocalizedHost } from './localize.js';

/**
 * A language kept in a file of its own and fetched the first time a widget is shown in it
 * (as `@lit/localize` loads locales in runtime mode): its strings (the shared UI pieces'
 * too), and whatever else the widget shows in that language (statements). The build makes
 * it a file that imports nothing, so that loading it can never load a second copy of the
 * widget and of Lit (`vite.config.ts`; `scripts/check-package.mjs` checks the built files).
 */
export interface LanguageFile<Key extends string> {
  strings: Record<Key, string>;
}

/** English in the widget's own file; Spanish loaded on first use. */
export type LazyTranslations<Key extends string, File extends LanguageFile<Key>> = {
  en: Record<Key, string>;
  es: () => Promise<File>;
};

type Loader = () => Promise<LanguageFile<string>>;

/**
 * Language files by their loader, shared by every widget on the page: the load while it
 * runs, then the file, or `null` when it failed (those widgets then stay in English).
 */
const languageFiles = new Map<Loader, Promise<void> | LanguageFile<string> | null>();

/**
 * `Localize` for a widget whose Spanish would put its file over its size budget: Spanish is
 * a file of its own, loaded the first time the widget is shown in Spanish, so an English
 * page never carries it. Widgets that fit keep plain `Localize` and pay nothing for this.
 *
 * The widget awaits `ready()` before its first render of content, so a Spanish page never
 * sees English first; when the page switches to Spanish later, the widget stays in English
 * until the file is in, then renders again.
 */
export class LazyLocalize<Key extends string, File extends LanguageFile<Key>, Shared extends string = never> extends Localize<Key, Shared> {
  /**
   * `shared`: the shared UI pieces' strings. A widget may pass their English only
   * (`UI_STRINGS_EN`) and carry their Spanish in its Spanish file, with its own.
   */
  constructor(
    host: LocalizedHost,
    builtIn: LazyTranslations<Key, File>,
    shared?: { en: Record<Shared, string>; es?: Record<Shared, string> },
  ) {
    super(host, builtIn, shared);
  }

  hostUpdate(): void {
    this.ready()?.then(() => this.host.requestUpdate());
  }

  /** The current language's file, once loaded: its content beyond strings. */
  get file(): File | undefined {
    return this.#loaded(this.lang);
  }

  /**
   * Loads the file of the language the host is asked to show in (once per page) and returns
   * the promise of it while it loads; nothing when there is nothing to wait for. A file that
   * fails to load is reported once, and the widgets stay in English.
   */
  ready(): Promise<void> | undefined {
    const lang = this.requested;
    const loader = this.#loader(lang);
    if (!loader) return undefined;
    if (!languageFiles.has(loader)) {
      languageFiles.set(
        loader,
        loader().then(
          (file) => void languageFiles.set(loader, file),
          (error: Error) => {
            languageFiles.set(loader, null);
            console.error(`<${this.host.localName}> lang: the "${lang}" text could not be loaded (${error.message}); showing English`);
          },
        ),
      );
    }
    const state = languageFiles.get(loader);
    return state instanceof Promise ? state : undefined;
  }

  /** A language file's strings once it has loaded; English as it is. */
  protected override table(lang: string): Record<string, string> | undefined {
    return this.#loader(lang) ? this.#loaded(lang)?.strings : super.table(lang);
  }

  #loader(lang: string): Loader | undefined {
    // Own keys only: `lang="constructor"` must not find Object's constructor and call it.
    const entry = Object.hasOwn(this.builtIn, lang) ? this.builtIn[lang as 'es'] : undefined;
    return typeof entry === 'function' ? (entry as Loader) : undefined;
  }

  #loaded(lang: string): File | undefined {
    const state = languageFiles.get(this.#loader(lang)!);
    return state && !(state instanceof Promise) ? (state as File) : undefined;
  }
}
