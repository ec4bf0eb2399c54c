// The Lit floor: the least a LitElement can do around the same content (a shadow root and a
// slot for the <details>). recovery-faq is measured against this, in the same run.
import { LitElement, html } from 'lit';

class LitFloor extends LitElement {
  render() {
    return html`<slot></slot>`;
  }
}
customElements.define('lit-floor', LitFloor);
