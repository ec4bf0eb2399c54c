/**
 * Phone numbers, said once: the `tel:`/`sms:` link a phone dials and the way a number is
 * shown to people. Plain functions, no DOM. Numbers arrive written for people
 * (`+1-303-555-0142`, `1-800-662-4357`, `988`) from attributes, JSON or our own data.
 */

/**
 * `tel:`/`sms:` link for a number written for people: `+1 (303) 555-0142` → `tel:+13035550142`.
 * Undefined when there is no digit at all, so no widget ever renders a link that dials nothing.
 * Takes `unknown`: a property set from script may hold anything.
 */
export function dialHref(scheme: 'tel' | 'sms', number: unknown): string | undefined {
  if (typeof number !== 'string') return undefined;
  const dialable = number.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d/.test(dialable) ? `${scheme}:${dialable}` : undefined;
}

/**
 * A number as US visitors read it: ten-digit North American numbers (with or without the
 * leading 1 or +1) as `(303) 555-0142`; short codes (`988`, `911`, `741741`) and numbers
 * from elsewhere as written. The space after the area code is a no-break space, so the
 * number never breaks across lines even outside a `.phone` element.
 */
export function formatPhone(number: string): string {
  const digits = number.replace(/\D/g, '');
  const national = digits.length === 11 && digits[0] === '1' && !/^\+(?!1)/.test(number.trim()) ? digits.slice(1) : digits;
  if (national.length !== 10 || /^\+(?!1)/.test(number.trim())) return number.trim();
  return `(${national.slice(0, 3)})\u00a0${national.slice(3, 6)}-${national.slice(6)}`;
}
