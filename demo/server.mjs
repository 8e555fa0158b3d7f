// A small static server for the demo city site, the strict-CSP test page and the benchmark: serves
// folders under URL prefixes with the kit's strict Content Security Policy, compresses text, and can
// forward `/reports` to a running receiver so the report form posts to the page's own origin.
import { createServer, request as httpRequest } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { CONTENT_TYPES as TYPES } from '../scripts/lib/serve-folder.mjs';

/**
 * The strict policy the kit is tested under: nothing inline, nothing from elsewhere, Trusted Types
 * enforced with Lit's own policy as the only one.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The demo site adds what any site should: no framing, forms post only to itself. */
export const DEMO_CSP = `${STRICT_CSP}; frame-ancestors 'none'; form-action 'self'`;

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

const compressed = new Map();

function encode(body, path, mtimeMs, acceptEncoding) {
  const wants = (name) => new RegExp(`\\b${name}\\b`).test(acceptEncoding ?? '');
  const encoding = wants('br') ? 'br' : wants('gzip') ? 'gzip' : undefined;
  if (!encoding || body.length < 512) return { body };
  const key = `${encoding}:${path}:${mtimeMs}`;
  let out = compressed.get(key);
  if (!out) {
    out =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 });
    compressed.set(key, out);
  }
  return { body: out, encoding };
}

async function findFile(folder, rest) {
  const root = resolve(folder);
  const decoded = decodeURIComponent(rest);
  if (decoded.includes('\0')) return undefined;
  let path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  let info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    path = join(path, 'index.html');
    info = await stat(path).catch(() => undefined);
  }
  return info?.isFile() ? { path, info } : undefined;
}

function forward(req, res, target) {
  const url = new URL(req.url, target);
  const headers = { ...req.headers, host: url.host };
  // The receiver sees a same-origin form: nothing identifying is passed on.
  delete headers.cookie;
  delete headers['x-forwarded-for'];
  const upstream = httpRequest(url, { method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) {
      res.writeHead(502, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    }
    res.end(
      JSON.stringify({ error: 'receiver-unavailable', message: 'The report receiver is not running.' }),
    );
  });
  req.pipe(upstream);
}

/**
 * Starts the server. `mounts` maps URL prefixes (ending in `/`) to folders; the longest prefix wins.
 * `proxy` maps URL prefixes to an origin that receives those requests unchanged.
 */
export function startStaticServer({
  port = 8080,
  host = '127.0.0.1',
  mounts,
  proxy = {},
  csp = STRICT_CSP,
  headers: extraHeaders = {},
}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      const proxied = Object.keys(proxy).find((p) => pathname === p || pathname.startsWith(`${p}/`));
      if (proxied) return forward(req, res, proxy[proxied]);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' });
        return res.end('Method not allowed');
      }
      const prefix = prefixes.find((p) => pathname.startsWith(p));
      const found = prefix ? await findFile(mounts[prefix], pathname.slice(prefix.length)) : undefined;
      if (!found) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': csp });
        return res.end('Not found');
      }
      const ext = extname(found.path);
      const raw = await readFile(found.path);
      const { body, encoding } = COMPRESSIBLE.has(ext)
        ? encode(raw, found.path, found.info.mtimeMs, req.headers['accept-encoding'])
        : { body: raw };
      res.writeHead(200, {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-cache',
        'content-security-policy': csp,
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
        ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
        ...extraHeaders,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Server error');
    }
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolveStart({
        server,
        port: address.port,
        /** For people: `localhost` reads better than the loopback address. */
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}/`,
        /** For programs: no name lookup, no IPv6 detour. */
        origin: `http://${host}:${address.port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
