// Types for the parts of server.mjs that TypeScript tests use.
import type { Server } from 'node:http';

/** The strict policy the kit is tested under. */
export const STRICT_CSP: string;
/** The demo site's policy: the strict one, no framing, forms post only to itself. */
export const DEMO_CSP: string;

export interface StaticServer {
  server: Server;
  port: number;
  /** For people: `http://localhost:<port>/`. */
  url: string;
  /** For programs: `http://127.0.0.1:<port>`. */
  origin: string;
  close(): Promise<void>;
}

/** Serves `mounts` (URL prefix → folder) under `csp`; `proxy` forwards prefixes to an origin. */
export function startStaticServer(options: {
  port?: number;
  host?: string;
  mounts: Record<string, string>;
  proxy?: Record<string, string>;
  csp?: string;
  headers?: Record<string, string>;
}): Promise<StaticServer>;
