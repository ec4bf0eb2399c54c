// The demo page's language switch. It only sets <html lang>: the page's CSS shows the
// matching copy, and every widget follows its nearest `lang` by itself.
const buttons = document.querySelectorAll('[data-set-lang]');
function setLanguage(lang) {
  document.documentElement.lang = lang;
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.setLang === lang));
}
for (const button of buttons) button.addEventListener('click', () => setLanguage(button.dataset.setLang));
const requested = new URLSearchParams(location.search).get('lang');
if (requested === 'es' || requested === 'en') setLanguage(requested);
