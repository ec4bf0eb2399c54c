import { VERSION } from './version.js';

/** A custom element class that says which release of this library it comes from. */
type VersionedElement = CustomElementConstructor & { version?: string };

const warned = new Set<string>();

/**
 * Registers `tag` unless it is already registered.
 *
 * A clinic's page may load our script twice (a plugin and a theme both add it, or the
 * classic and module builds sit side by side). `customElements.define` would throw on the
 * second call and take the rest of that script down with it, so we skip quietly when the
 * same version got there first, and warn once when a different version did, because the
 * page then runs whichever copy loaded first.
 */
export function define(tag: string, constructor: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor && existing.version !== VERSION && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `<${tag}>: recovery-widgets ${VERSION} was loaded, but version ${existing.version ?? 'unknown'} ` +
        `already defined this element and stays in use. Load the library once.`,
    );
  }
}
