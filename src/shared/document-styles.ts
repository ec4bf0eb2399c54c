import { adoptStyles, supportsAdoptingStyleSheets, type LitElement } from 'lit';

/**
 * Lit adopts an element's constructed style sheets into its shadow root once, on first
 * connection. Those sheets belong to this page's document, and a page can move an element
 * through another one: created and first connected inside `createHTMLDocument()` or
 * `DOMParser`'s document, or parked in a `<template>`. Adopting them there throws
 * `NotAllowedError` (and the widget never renders), and a shadow root that travels to
 * another document and back comes back without them. So the styles are adopted when the
 * element is in this page's document, and again whenever it comes back without them.
 * A document without a window draws nothing, so it needs none.
 */
type Styled = LitElement & { readonly renderOptions: { renderBefore?: ChildNode | null } };

/** `createRenderRoot()` for our elements: Lit's, except that it never adopts into another document. */
export function createStyledRoot(element: Styled): ShadowRoot {
  const root = element.shadowRoot ?? element.attachShadow((element.constructor as typeof LitElement).shadowRootOptions);
  // Without constructed sheets Lit writes <style> elements, which work in any document.
  if (!supportsAdoptingStyleSheets) adoptStyles(root, (element.constructor as typeof LitElement).elementStyles);
  else restyle(element);
  // As LitElement does: content renders after any <style> already in the root.
  element.renderOptions.renderBefore ??= root.firstChild;
  return root;
}

/** Adopts the element's style sheets if it is in this page's document and its shadow root lost them. Call on every connection. */
export function restyle(element: LitElement): void {
  const root = element.shadowRoot;
  if (!supportsAdoptingStyleSheets || !root || element.ownerDocument !== document || root.adoptedStyleSheets.length) return;
  adoptStyles(root, (element.constructor as typeof LitElement).elementStyles);
}
