import { expect } from '@open-wc/testing';
import { safeUrl } from '@hrc/framework/url';
import { BASE, URL_CASES } from '../../packages/framework/test/url-cases.js';

// The same table as the Node test, in the browser whose parser follows the links.
describe('the kit URL check in Chromium', () => {
  for (const [value, kind, expected] of URL_CASES) {
    it(`${JSON.stringify(value) ?? String(value)} (${kind})`, () => {
      expect(safeUrl(value, { kind, base: BASE })).to.equal(expected);
      if (typeof value !== 'string' || !value.trim()) return;
      // What a link with the raw value would do here, and that the check's answer leads to the same place.
      const raw = new URL(BASE);
      let rawProtocol: string | undefined;
      try {
        rawProtocol = new URL(value, raw).protocol;
      } catch {
        rawProtocol = undefined;
      }
      if (rawProtocol && !['http:', 'https:', 'mailto:', 'tel:'].includes(rawProtocol))
        expect(expected, `${rawProtocol} must be refused`).to.equal(undefined);
      if (expected) expect(new URL(expected).href).to.equal(expected);
    });
  }

  it('resolves relative addresses against the document base by default', () => {
    expect(safeUrl('/privacy')).to.equal(new URL('/privacy', document.baseURI).href);
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
  });
});
