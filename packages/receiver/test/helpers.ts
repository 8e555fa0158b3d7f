import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { sealReport, type OfficeKey, type SealedReport, type SealOptions } from '@hrc/framework/seal';
import { createReceiver, type Receiver, type ReceiverOptions } from '../src/server.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/types.js';
import { freshDatabase } from './pg.js';

export const STORE_KINDS = ['sqlite', 'postgres'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export const TOKEN = 'office-token-for-tests-0123456789';

/** A valid report, sent now, filled in three minutes. */
export function validReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    locale: 'nl',
    description: 'Bij een bezichtiging zei de verhuurder dat hij niet aan mensen met een hoofddoek verhuurt.',
    when: { precision: 'month', month: 9, year: 2025 },
    place: 'Stationsstraat, Middelstad',
    domain: 'housing',
    grounds: ['religion-or-belief'],
    groundUnknown: false,
    role: 'victim',
    contact: { kind: 'contact', name: 'Samira', email: 'samira@example.org', language: 'nl' },
    wish: 'advice',
    consent: true,
    sentAt: new Date().toISOString(),
    antiAbuse: { honeypot: '', fillMs: 184_000 },
    ...overrides,
  };
}

export interface DatabaseHandle {
  location: string;
  cleanup(): Promise<void>;
}

/** A real database of the given kind: a SQLite file in a temp dir, or a fresh PostgreSQL database. */
export async function newDatabase(kind: StoreKind): Promise<DatabaseHandle> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'hrc-receiver-'));
    return {
      location: join(dir, 'reports.sqlite'),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const db = await freshDatabase();
  return { location: db.url, cleanup: db.drop };
}

export interface Running {
  base: string;
  receiver: Receiver;
  store: Store;
  close(): Promise<void>;
}

/** A receiver on a loopback port over a fresh database of `kind`. */
export async function startReceiver(
  kind: StoreKind,
  options: Omit<ReceiverOptions, 'db'> = {},
): Promise<Running> {
  const db = await newDatabase(kind);
  const store = await openStore(db.location);
  const receiver = await createReceiver({
    db: store,
    token: TOKEN,
    origins: ['https://www.middelstad.nl'],
    rateLimit: false,
    log: () => {},
    ...options,
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    receiver,
    store,
    async close() {
      await receiver.shutdown();
      await store.close();
      await db.cleanup();
    },
  };
}

export interface PostOptions {
  key?: string | null;
  headers?: Record<string, string>;
  raw?: string;
}

export async function postReport(base: string, body: unknown, options: PostOptions = {}): Promise<Response> {
  const key = options.key === undefined ? randomUUID() : options.key;
  return fetch(`${base}/reports`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(key === null ? {} : { 'Idempotency-Key': key }),
      ...options.headers,
    },
    body: options.raw ?? JSON.stringify(body),
  });
}

export const office = (base: string, path: string, init: RequestInit = {}) =>
  fetch(`${base}${path}`, { ...init, headers: { Authorization: `Bearer ${TOKEN}`, ...init.headers } });

/** An office key for one test run: made in memory, no key file, no passphrase. */
export async function sessionKey(kid: string): Promise<OfficeKey> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { kid, privateKey: pair.privateKey, publicJwk: { kty: 'EC', crv: 'P-256', x: x!, y: y!, kid } };
}

/** A valid report sealed to `key`, as the form sends it. */
export function sealedReport(
  key: OfficeKey,
  overrides: Record<string, unknown> = {},
  options: SealOptions = {},
): Promise<SealedReport> {
  return sealReport(validReport(overrides), key.publicJwk, key.kid, options);
}
