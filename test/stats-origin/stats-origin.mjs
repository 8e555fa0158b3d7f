// A second origin for the component tests: a small HTTP server on another port that serves the real
// published statistics example, as a city's receiver would, with and without CORS. `<hrc-report-stats>`
// tests read it cross-origin. The port is the system's choice, so parallel test runs never collide.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const example = new URL('../../packages/framework/examples/statistics.example.json', import.meta.url);

/** @type {import('node:http').Server | undefined} */
let server;
let origin = '';
/** Headers of the requests received, newest last, for the tests to inspect. */
const requests = [];
/** DevTools sessions by page, for media emulation. */
const devtools = new WeakMap();

async function handle(req, res) {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  requests.push({ path, headers: req.headers });
  if (requests.length > 50) requests.shift();
  const cors = !path.startsWith('/no-cors/');
  if (cors) res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cache-Control', 'no-store');
  // A slow server, so that the element's loading state can be seen.
  if (path.startsWith('/slow/')) await new Promise((resolve) => setTimeout(resolve, 1500));
  if (path.endsWith('/statistics.json')) {
    res.setHeader('Content-Type', 'application/json');
    res.end(readFileSync(example));
    return;
  }
  res.statusCode = 404;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify({ error: 'not-found', message: path }));
}

/** Test-runner plugin: starts the server with the runner; commands tell its origin and requests. */
export const statsOriginPlugin = {
  name: 'hrc-stats-origin',
  async serverStart() {
    server = createServer(handle);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  },
  async serverStop() {
    await new Promise((resolve) => server?.close(resolve));
  },
  async executeCommand({ command, payload, session }) {
    if (command === 'hrc-stats-origin') return origin;
    if (command === 'hrc-stats-requests') return requests.map((r) => ({ path: r.path, headers: r.headers }));
    if (command === 'hrc-forced-colors') {
      // Puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does. The
      // session stays open: emulation set through it ends with it.
      const page = session.browser.getPage(session.id);
      let cdp = devtools.get(page);
      if (!cdp) devtools.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload ? 'active' : 'none' }],
      });
      return true;
    }
    return undefined;
  },
};
