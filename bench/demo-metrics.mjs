// Layout shift, long tasks and total blocking time on a demo page, measured in the page itself with
// PerformanceObserver. Long animation frames name the scripts that ran in them, which is how a long
// task is attributed to the kit (a script under /kit/).

function observe() {
  const perf = (window.__benchPerf = { shifts: [], longTasks: [], frames: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) {
        perf.shifts.push({
          value: e.value,
          at: e.startTime,
          sources: (e.sources ?? []).map((s) => s.node?.nodeName ?? '?'),
        });
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) perf.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        perf.frames.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: e.scripts.map((s) => ({ url: s.sourceURL, duration: s.duration, invoker: s.invoker })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
}

/**
 * Loads `url` (CPU slowed `slowdown` times, as Lighthouse assumes for a mid-range phone) and returns
 * CLS, long tasks, the long tasks caused by the kit, and TBT.
 */
export async function demoPageMetrics(browser, url, { slowdown = 4 } = {}) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.addInitScript(observe);
    await page.goto(url, { waitUntil: 'load' });
    // Every kit element on the page defined and rendered (a synchronous check: waitForFunction does
    // not wait for promises), then quiet time for late work to show.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('hrc-'))
          .every((el) => customElements.get(el.localName) && el.hasUpdated && !el.isUpdatePending),
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(3000);
    const raw = await page.evaluate(() => ({
      ...window.__benchPerf,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
    const cls = raw.shifts.reduce((a, s) => a + s.value, 0);
    // A long task is the kit's when it blocked the main thread (a task over 50 ms in that frame) and
    // the kit's own scripts in it ran for more than 50 ms.
    const kitTime = (f) =>
      f.scripts.filter((s) => s.url.includes('/kit/')).reduce((a, s) => a + s.duration, 0);
    const kitFrames = raw.frames.filter((f) => f.blocking > 0 && kitTime(f) > 50);
    const tbt = raw.longTasks
      .filter((t) => raw.fcp === undefined || t.start + t.duration > raw.fcp)
      .reduce((a, t) => a + Math.max(0, t.duration - 50), 0);
    return {
      cls,
      shifts: raw.shifts,
      // Counted from the same frames as the kit's, so the two figures agree (a frame that blocked held
      // at least one task over 50 ms); without that API, from the long task entries.
      longTasks: raw.frames.length ? raw.frames.filter((f) => f.blocking > 0).length : raw.longTasks.length,
      kitLongTasks: kitFrames.length,
      kitLongFrames: kitFrames,
      slowdown,
      tbt,
      fcp: raw.fcp,
    };
  } catch (error) {
    return { error: String(error?.message ?? error).split('\n')[0] };
  } finally {
    await context.close();
  }
}
