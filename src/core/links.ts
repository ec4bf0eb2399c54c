/**
 * The one rule for links that leave the visitor's page. Plain function, no DOM.
 *
 * A link to another site opens in a new tab, so what the visitor was doing here (a result,
 * half-typed answers) stays open; a link on the same site, a `tel:` or `sms:` link stays in
 * place. `origin` is the page's (`location.origin`).
 */
export function opensNewTab(href: string, origin: string): boolean {
  if (!/^https?:/i.test(href.trim())) return false;
  try {
    return new URL(href).origin !== origin;
  } catch {
    return false;
  }
}
