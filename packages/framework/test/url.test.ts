import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeUrl } from '../src/url.js';
import { BASE, URL_CASES } from './url-cases.js';

describe('safeUrl', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(
    URL_CASES.map(([value, kind, expected]) => [
      JSON.stringify(value) ?? String(value),
      kind,
      value,
      expected,
    ]),
  )('%s (%s)', (_name, kind, value, expected) => {
    expect(safeUrl(value, { kind, base: BASE })).toBe(expected);
  });

  it('refuses relative addresses when there is no base to resolve them against', () => {
    expect(safeUrl('/privacy')).toBeUndefined();
    expect(safeUrl('https://city.example/privacy')).toBe('https://city.example/privacy');
  });

  it('tells the page author once per source and value, and only when asked to', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const source = '<hrc-test quick-exit-url>';
    safeUrl('javascript:alert(1)', { base: BASE });
    expect(warn).not.toHaveBeenCalled();
    safeUrl('javascript:alert(1)', { base: BASE, source });
    safeUrl('javascript:alert(1)', { base: BASE, source });
    safeUrl('https://weather.example/', { base: BASE, source });
    safeUrl('', { base: BASE, source });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(
      /^<hrc-test quick-exit-url>: "javascript:alert\(1\)" is ignored/,
    );
    safeUrl('data:text/html,x', { base: BASE, source });
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
