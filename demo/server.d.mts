// Types of demo/server.mjs, for the TypeScript tests that serve pages with it.
import type { Server } from 'node:http';

export declare const STRICT_CSP: string;
export declare const DEMO_CSP: string;

export interface StaticServer {
  server: Server;
  port: number;
  /** For people: `localhost` reads better than the loopback address. */
  url: string;
  /** For programs: no name lookup, no IPv6 detour. */
  origin: string;
  close(): Promise<void>;
}

export declare function startStaticServer(options: {
  port?: number;
  host?: string;
  /** URL prefixes (ending in `/`) and the folders they serve; the longest prefix wins. */
  mounts: Record<string, string>;
  /** URL prefixes and the origin that receives those requests unchanged. */
  proxy?: Record<string, string>;
  csp?: string;
  headers?: Record<string, string>;
}): Promise<StaticServer>;
