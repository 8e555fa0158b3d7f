// Lighthouse 12 (12.2.3: Lighthouse 13 needs Node 22) against the system Chromium, mobile defaults
// with simulated throttling; performance and accessibility only.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_ARGS } from '../scripts/lib/system.mjs';

export async function lighthouseScores(chromePath, url) {
  let chrome;
  try {
    chrome = await launch({ chromePath, chromeFlags: CHROME_ARGS, logLevel: 'silent' });
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const lhr = result?.lhr;
    if (!lhr) return { error: 'Lighthouse returned no result' };
    if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const score = (id) =>
      lhr.categories[id].score === null ? null : Math.round(lhr.categories[id].score * 100);
    const audit = (id) => lhr.audits[id]?.numericValue;
    const accessibilityFailures = lhr.categories.accessibility.auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => ref.id);
    return {
      version: lhr.lighthouseVersion,
      performance: score('performance'),
      accessibility: score('accessibility'),
      accessibilityFailures,
      fcp: Math.round(audit('first-contentful-paint')),
      lcp: Math.round(audit('largest-contentful-paint')),
      tbt: Math.round(audit('total-blocking-time')),
      cls: Number(audit('cumulative-layout-shift')?.toFixed(4)),
      warnings: lhr.runWarnings,
    };
  } catch (error) {
    return { error: String(error?.message ?? error).split('\n')[0] };
  } finally {
    await chrome?.kill();
  }
}
