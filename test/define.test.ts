import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { define } from '../src/shared/define.js';
import { VERSION } from '../src/shared/version.js';

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('define()', () => {
  it('registers a tag once and stays quiet when the same version defines it again', () => {
    class First extends LitElement {
      static version = VERSION;
    }
    class Second extends LitElement {
      static version = VERSION;
    }
    const warnings = captureWarnings(() => {
      define('test-define-same', First);
      define('test-define-same', Second);
    });
    expect(customElements.get('test-define-same')).to.equal(First);
    expect(warnings).to.be.empty;
  });

  it('warns once, naming the tag and both versions, when another version got there first', () => {
    class Old extends LitElement {
      static version = '0.0.1';
    }
    class Current extends LitElement {
      static version = VERSION;
    }
    define('test-define-other', Old);
    const warnings = captureWarnings(() => {
      define('test-define-other', Current);
      define('test-define-other', Current);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<test-define-other>').and.contain('0.0.1').and.contain(VERSION);
  });

  it("the built files carry package.json's version, which the build puts in", async () => {
    const { version } = await (await fetch('/package.json')).json();
    // dist/ is built by `npm test` before the browser tests: the bundle and the npm build (tsc's).
    const bundle = await import(/* @vite-ignore */ `${'/dist/recovery-widgets.js'}`);
    const npm = await import(/* @vite-ignore */ `${'/dist/npm/shared/version.js'}`);
    expect(bundle.VERSION).to.equal(version);
    expect(npm.VERSION).to.equal(version);
    expect(VERSION, 'the sources as the tests compile them').to.equal(version);
  });
});
