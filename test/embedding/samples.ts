/**
 * One sample of every element, as a site would write it, for the embedding tests: the markup,
 * what shows it has rendered, and how a visitor uses it. Add each new element here.
 */
export interface Sample {
  tag: string;
  markup: string;
  /** A selector in the element's shadow root that exists once it has rendered. */
  rendered: string;
  /** Text a visitor can read before any script runs (the no-JavaScript fallback), if any. */
  fallbackText?: string;
  /** What a visitor does with it (clicks, typing), in the element's own window. */
  use?: (element: HTMLElement) => Promise<void> | void;
}

const click = (element: HTMLElement, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector)!.click();

export const SAMPLES: Sample[] = [
  {
    tag: 'recovery-faq',
    markup: `<recovery-faq searchable structured-data>
      <details id="what-is-it"><summary>What is parallel recovery?</summary><p>Each of you does your own recovery work.</p></details>
      <details><summary>Is it free?</summary><p>Yes.</p></details>
    </recovery-faq>`,
    rendered: '.question',
    fallbackText: 'What is parallel recovery?',
    use: (faq) => {
      click(faq, '.question');
      const input = faq.shadowRoot!.querySelector('input')!;
      input.value = 'free';
      input.dispatchEvent(new Event('input'));
    },
  },
  {
    tag: 'recovery-quick-exit',
    markup: `<recovery-quick-exit inline href="/test-api/neutral"></recovery-quick-exit>`,
    rendered: 'button',
  },
  {
    tag: 'recovery-provider',
    markup: `<recovery-provider org-name="Front Range Recovery Collective" phone="+1-303-555-0142"><p id="inside">Inside the provider</p></recovery-provider>`,
    rendered: 'slot',
    fallbackText: 'Inside the provider',
  },
];
