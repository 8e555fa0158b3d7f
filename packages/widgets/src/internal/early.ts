/**
 * The kit's fetch for its own files (catalogs, content), with no credentials. The self-hosted
 * autoloader starts the files an element always needs beside that element's modules (loader.ts,
 * `fetchEarly`) and leaves the pending responses on the page under a shared symbol; the first request
 * for the same address takes it from there instead of asking the network again.
 */
const EARLY = Symbol.for('hrc-kit.early');

export function kitFetch(url: string): Promise<Response> {
  const early = (globalThis as { [EARLY]?: Map<string, Promise<Response>> })[EARLY];
  const pending = early?.get(url);
  if (pending) {
    // A response body can be read once: whoever takes it owns it.
    early!.delete(url);
    return pending;
  }
  return fetch(url, { credentials: 'omit' });
}
