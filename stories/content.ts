import faqEnglish from '../demo/content/faq.en.json';
import faqSpanish from '../demo/content/faq.es.json';

/** The demo clinic's FAQ about parallel recovery, shared by the demo page, stories and screenshots. */
export { faqEnglish, faqSpanish };

/** A `<script type="application/json">` child holding `data`, as a CMS editor would paste it. */
export function jsonScript(data: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data, null, 2);
  return script;
}
