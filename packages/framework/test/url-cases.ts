/**
 * Hostile and ordinary addresses with what the kit's URL check makes of them, against a page at
 * BASE. Shared by the Node test (packages/framework/test/url.test.ts) and the Chromium test
 * (test/browser/url.test.ts), so both URL parsers are held to the same answers.
 */
import type { UrlKind } from '../src/url.js';

export const BASE = 'https://city.example/report/';

/** [value, kind, expected href or undefined]. */
export const URL_CASES: readonly (readonly [unknown, UrlKind, string | undefined])[] = [
  // Script and other schemes, however they are written.
  ['javascript:alert(1)', 'web', undefined],
  ['JAVASCRIPT:alert(1)', 'web', undefined],
  ['JaVaScRiPt:alert(1)', 'web', undefined],
  ['java\tscript:alert(1)', 'web', undefined],
  ['java\nscript:alert(1)', 'web', undefined],
  ['java\rscript:alert(1)', 'web', undefined],
  ['\u0001javascript:alert(1)', 'web', undefined],
  ['\u0000 \u001fjavascript:alert(1)', 'web', undefined],
  ['  javascript:alert(1)  ', 'web', undefined],
  ['javascript:alert(1)\u0000', 'web', undefined],
  ['javascript:alert(1)', 'contact', undefined],
  ['javascript&colon;alert(1)', 'web', undefined],
  ['&#106;avascript:alert(1)', 'web', undefined],
  ['&#x6A;avascript:alert(1)', 'web', undefined],
  ['&#106avascript:alert(1)', 'web', undefined],
  ['javascript&#58;alert(1)', 'web', undefined],
  ['javascript&#x3a;alert(1)', 'web', undefined],
  ['java&#x09;script:alert(1)', 'web', undefined],
  ['data:text/html,<script>alert(1)</script>', 'web', undefined],
  ['DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'contact', undefined],
  ['vbscript:msgbox(1)', 'web', undefined],
  ['VBScript:msgbox(1)', 'contact', undefined],
  ['blob:https://city.example/5b1e1d4e-0000-4000-8000-000000000000', 'web', undefined],
  ['file:///etc/passwd', 'web', undefined],
  ['about:blank', 'web', undefined],
  ['ftp://files.example/report.txt', 'web', undefined],
  // mailto and tel only where the field is an address to contact.
  ['mailto:office@city.example', 'web', undefined],
  ['tel:+31301234567', 'web', undefined],
  ['mailto:office@city.example', 'contact', 'mailto:office@city.example'],
  ['MAILTO:office@city.example', 'contact', 'mailto:office@city.example'],
  ['tel:+31301234567', 'contact', 'tel:+31301234567'],
  // Addresses that hide where they lead.
  ['https://user:secret@city.example/', 'web', undefined],
  ['https://city.example@evil.example/', 'web', undefined],
  // Not valid addresses at all.
  ['http://[::1', 'web', undefined],
  ['https://', 'web', undefined],
  ['', 'web', undefined],
  ['   ', 'web', undefined],
  [undefined, 'web', undefined],
  [null, 'web', undefined],
  [42, 'web', undefined],
  // Written oddly, but plain web addresses: the answer is what the browser would follow.
  ['  https://weather.example/  \n', 'web', 'https://weather.example/'],
  ['HTTPS://Weather.Example/Today', 'web', 'https://weather.example/Today'],
  ['ht\ttps://weather.example/', 'web', 'https://weather.example/'],
  ['//elsewhere.example/page', 'web', 'https://elsewhere.example/page'],
  ['\\\\elsewhere.example\\page', 'web', 'https://elsewhere.example/page'],
  ['/\\elsewhere.example/', 'web', 'https://elsewhere.example/'],
  ['https:\\\\elsewhere.example\\page', 'web', 'https://elsewhere.example/page'],
  ['https://city.example/?a=1&b=2', 'web', 'https://city.example/?a=1&b=2'],
  ['http://localhost:8080/reports', 'web', 'http://localhost:8080/reports'],
  // Relative addresses resolve against the page, so they take its scheme.
  ['/privacy', 'web', 'https://city.example/privacy'],
  ['privacy.html', 'web', 'https://city.example/report/privacy.html'],
  ['?ground=age', 'web', 'https://city.example/report/?ground=age'],
  ['#top', 'contact', 'https://city.example/report/#top'],
  // Not a scheme, so a path on the page's own site: harmless, whatever it looks like.
  ['%6Aavascript:alert(1)', 'web', 'https://city.example/report/%6Aavascript:alert(1)'],
  ['\u00a0javascript:alert(1)', 'web', 'https://city.example/report/%C2%A0javascript:alert(1)'],
  ['java\u0001script:alert(1)', 'web', 'https://city.example/report/java%01script:alert(1)'],
];
