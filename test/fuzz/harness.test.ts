/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { checkPage } from './cases.js';
import { MARKER } from './values.js';
import { PageWatch } from './watch.js';

/**
 * The fuzz test is only as good as its checks: each is shown here to catch the failure it
 * names, with a deliberately broken element or page script.
 */

/** A stand-in widget whose shadow root holds `markup` (set as HTML: that is the point). */
class BrokenWidget extends HTMLElement {
  set markup(markup: string) {
    // eslint-disable-next-line wc/attach-shadow-constructor -- a stand-in, given its markup after construction
    (this.shadowRoot ?? this.attachShadow({ mode: 'open' })).innerHTML = markup;
  }
}
customElements.define('fuzz-broken-widget', BrokenWidget);

function broken(markup: string): BrokenWidget {
  const widget = document.createElement('fuzz-broken-widget') as BrokenWidget;
  widget.markup = markup;
  document.body.append(widget);
  return widget;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('fuzz harness: each check catches what it names', () => {
  const watch = new PageWatch();
  const widgets: HTMLElement[] = [];

  beforeEach(() => {
    watch.install();
    watch.begin();
  });

  afterEach(async () => {
    await nextTask();
    watch.take();
    watch.uninstall();
    widgets.splice(0).forEach((widget) => widget.remove());
  });

  function inspect(widget: HTMLElement): string[] {
    widgets.push(widget);
    checkPage([widget], watch);
    return watch.take();
  }

  it('configuration rendered as HTML', () => {
    expect(inspect(broken(`<p>${MARKER}</p>`)).join()).to.contain('configuration rendered as HTML');
  });

  it('a javascript: link, however it is spelled', () => {
    expect(inspect(broken('<p>x <a href=" JaVa&#09;Script:alert(1)">link</a></p>')).join()).to.contain('script link');
  });

  it('a widget left blank', () => {
    expect(inspect(broken('<div><span></span></div>')).join()).to.contain('is blank');
    expect(inspect(broken('<div>Some text</div>'))).to.deep.equal([]);
  });

  it('an error thrown into the page', async () => {
    setTimeout(() => {
      throw new Error('thrown by a timer');
    });
    await nextTask();
    expect(watch.take().join()).to.contain('uncaught error: Error: thrown by a timer');
  });

  it('an unhandled rejection', async () => {
    void Promise.reject(new Error('nobody caught me'));
    // The browser reports it from a task of its own, after the rejecting one.
    await nextTask();
    await nextTask();
    expect(watch.take().join()).to.contain('unhandled rejection: Error: nobody caught me');
  });

  it('a dialog', () => {
    window.alert('hello');
    expect(watch.take().join()).to.contain('dialog: window.alert("hello")');
  });

  it('a request to another origin, which never leaves the page', async () => {
    let error: unknown;
    await fetch('https://example.org/tracker.gif').catch((caught) => (error = caught));
    expect(error).to.be.instanceOf(TypeError);
    expect(watch.take().join()).to.contain('request to another origin: GET https://example.org/tracker.gif');
  });

  it('a resource from another origin (an image), seen through resource timing', async () => {
    const image = new Image();
    const done = new Promise((resolve) => (image.onerror = image.onload = resolve));
    image.src = `http://127.0.0.1:9/pixel.png?${Math.random()}`;
    await done;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(watch.take().join()).to.contain('request to another origin: http://127.0.0.1:9/pixel.png');
  });

  it('a polluted Object.prototype, cleaned up for the next case', () => {
    Object.assign(Object.prototype, { polluted: 'yes' });
    expect(watch.take().join()).to.contain('Object.prototype polluted with polluted');
    expect(({} as { polluted?: string }).polluted).to.equal(undefined);
  });

  it('nothing, for a page that did nothing wrong', async () => {
    const widget = broken('<p>Fine.</p><a href="https://example.org/">A link</a>');
    await fetch('/package.json');
    expect(inspect(widget)).to.deep.equal([]);
  });
});
