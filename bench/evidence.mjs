// Evidence files (issue 19): how long the form takes to re-encode a 5 MB photo (so its EXIF is gone)
// and seal it to the office key, in Chromium with the CPU slowed 4× as on a mid-range phone. The target
// is 2 s. The page runs the form's own modules (report-form.reencode.js, @hrc/framework/seal/evidence),
// bundled here for the test page, on a loopback server of its own (WebCrypto needs a secure context).
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
export const EVIDENCE_TARGET_MS = 2000;
const TARGET_BYTES = 5_000_000;

const PAGE = `<!doctype html><meta charset="utf-8"><title>evidence bench</title>
<script type="module" src="/bench.js"></script>`;

/** The code the page runs: make a photo-like JPEG of about 5 MB, then time re-encoding and sealing it. */
const ENTRY = `
import { reencodeImage } from './packages/widgets/dist/components/report-form/report-form.reencode.js';
import { sealEvidence } from './packages/framework/dist/seal/evidence-seal.js';

/** A 4000 × 3000 picture (a 12-megapixel phone photo) with gradients and grain, as a JPEG near 5 MB. */
async function photo(grain) {
  const canvas = new OffscreenCanvas(4000, 3000);
  const ctx = canvas.getContext('2d');
  const g = ctx.createLinearGradient(0, 0, 4000, 3000);
  g.addColorStop(0, '#8ab'); g.addColorStop(0.5, '#c96'); g.addColorStop(1, '#364');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, 4000, 3000);
  const tile = ctx.getImageData(0, 0, 500, 500);
  let seed = 7;
  for (let i = 0; i < tile.data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      tile.data[i + c] = Math.min(255, Math.max(0, tile.data[i + c] + ((seed >>> 24) - 128) * grain / 128));
    }
  }
  for (let x = 0; x < 4000; x += 500) for (let y = 0; y < 3000; y += 500) ctx.putImageData(tile, x, y);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
  return new File([blob], 'photo.jpg', { type: 'image/jpeg' });
}

window.makePhoto = async (target) => {
  let lo = 1, hi = 255, best;
  for (let i = 0; i < 8; i++) {
    const mid = (lo + hi) / 2;
    const f = await photo(mid);
    if (!best || Math.abs(f.size - target) < Math.abs(best.size - target)) best = f;
    if (f.size < target) lo = mid; else hi = mid;
  }
  window.photoFile = best;
  return best.size;
};

window.reencodeAndSeal = async (jwk) => {
  const t0 = performance.now();
  const out = await reencodeImage(window.photoFile);
  const data = new Uint8Array(await out.blob.arrayBuffer());
  const t1 = performance.now();
  const sealed = await sealEvidence([{ name: 'photo.jpg', type: out.type, data }], jwk, 'bench', 'bench-report');
  const t2 = performance.now();
  return { reencodeMs: t1 - t0, sealMs: t2 - t1, totalMs: t2 - t0, outBytes: data.length, sealedBytes: sealed.sealed[0].length };
};
`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Runs the measurement in `browser` (a Playwright Chromium); `runs` timed runs, the median reported. */
export async function evidenceBenchmark(browser, { runs = 3 } = {}) {
  const bundled = await build({
    stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'evidence-bench.js' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  const js = bundled.outputFiles[0].text;
  const server = createServer((req, res) => {
    const [type, body] = req.url === '/bench.js' ? ['text/javascript', js] : ['text/html', PAGE];
    res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8` });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => typeof window.reencodeAndSeal === 'function');
    const inputBytes = await page.evaluate((t) => window.makePhoto(t), TARGET_BYTES);
    const { publicKey } = await page.evaluate(async () => {
      const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
        'deriveBits',
      ]);
      const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
      return { publicKey: { kty, crv, x, y, kid: 'bench' } };
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const timings = [];
    for (let i = 0; i < runs; i++)
      timings.push(await page.evaluate((jwk) => window.reencodeAndSeal(jwk), publicKey));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return {
      inputBytes,
      width: 4000,
      height: 3000,
      runs,
      medianMs: median(timings.map((t) => t.totalMs)),
      // The fastest run: on a shared machine, the closest to what the code itself costs.
      fastestMs: Math.min(...timings.map((t) => t.totalMs)),
      medianReencodeMs: median(timings.map((t) => t.reencodeMs)),
      medianSealMs: median(timings.map((t) => t.sealMs)),
      outputBytes: timings[0].outBytes,
      sealedBytes: timings[0].sealedBytes,
      perRun: timings.map((t) => Math.round(t.totalMs)),
      targetMs: EVIDENCE_TARGET_MS,
      // The machine's load while it ran: on a shared machine, decoding alone can take seconds.
      loadAverage: Number(loadavg()[0].toFixed(1)),
    };
  } finally {
    await context.close();
    server.close();
  }
}

/** One line for the bench's output. */
export function formatEvidence(e) {
  if (e.error) return `Evidence file: could not run (${e.error})`;
  const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
  const ok = e.medianMs <= e.targetMs ? '✓' : '✗';
  return (
    `Evidence file, CPU slowed 4×: a ${mb(e.inputBytes)} JPEG (${e.width}×${e.height}) re-encoded and sealed in ` +
    `${Math.round(e.medianMs)} ms (median of ${e.runs}: re-encode ${Math.round(e.medianReencodeMs)} ms, seal ` +
    `${Math.round(e.medianSealMs)} ms; runs ${e.perRun.join(', ')} ms, fastest ${Math.round(e.fastestMs)} ms) ` +
    `${ok} target ${e.targetMs} ms; ` +
    `re-encoded ${mb(e.outputBytes)}, sealed ${mb(e.sealedBytes)}; machine load average ${e.loadAverage}`
  );
}
