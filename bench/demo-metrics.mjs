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
          scripts: e.scripts.map((s) => ({
            url: s.sourceURL,
            start: s.startTime,
            duration: s.duration,
            invoker: s.invoker,
          })),
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
    const kitScripts = raw.frames.flatMap((f) => f.scripts.filter((s) => s.url.includes('/kit/')));
    // A long task (a task over 50 ms, from the Long Tasks API) is the kit's when the kit's own scripts
    // in it ran for more than 50 ms: the kit alone made it long. Scripts belong to the task they
    // started in.
    const kitTimeIn = (t) =>
      kitScripts
        .filter((s) => s.start >= t.start - 1 && s.start < t.start + t.duration)
        .reduce((a, s) => a + s.duration, 0);
    const kitTasks = raw.longTasks.map((t) => ({ ...t, kitMs: kitTimeIn(t) })).filter((t) => t.kitMs > 50);
    // Stricter, reported for information: frames that blocked and in which the kit's scripts, possibly
    // in several short tasks, add up to more than 50 ms.
    const kitTime = (f) =>
      f.scripts.filter((s) => s.url.includes('/kit/')).reduce((a, s) => a + s.duration, 0);
    const kitFrames = raw.frames.filter((f) => f.blocking > 0 && kitTime(f) > 50);
    const tbt = raw.longTasks
      .filter((t) => raw.fcp === undefined || t.start + t.duration > raw.fcp)
      .reduce((a, t) => a + Math.max(0, t.duration - 50), 0);
    return {
      cls,
      shifts: raw.shifts,
      longTasks: raw.longTasks.length,
      kitLongTasks: kitTasks.length,
      kitLongTaskDetails: kitTasks,
      kitBusyFrames: kitFrames.length,
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
