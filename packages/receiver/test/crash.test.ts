// The real `hrc-receiver` bin, killed with SIGKILL in the middle of a load and started again, still has
// every report it answered 201 for.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS, TOKEN, newDatabase, postReport, validReport, type DatabaseHandle } from './helpers.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const tsc = fileURLToPath(new URL('../../../node_modules/typescript/bin/tsc', import.meta.url));

interface Started {
  child: ChildProcess;
  base: string;
}

function startBin(db: DatabaseHandle, kind: string): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, HRC_RECEIVER_TOKEN: TOKEN };
  if (kind === 'postgres') env.DATABASE_URL = db.location;
  else delete env.DATABASE_URL;
  const args = [
    bin,
    '--port',
    '0',
    '--rate-limit',
    'off',
    ...(kind === 'sqlite' ? ['--db', db.location] : []),
  ];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) resolve({ child, base: m[1]! });
    });
    child.once('exit', (code) => reject(new Error(`hrc-receiver exited (${code}): ${err}`)));
  });
}

describe.each(STORE_KINDS)('SIGKILL under load on %s', (kind) => {
  let db: DatabaseHandle;
  beforeAll(async () => {
    // The test runs the built bin, so build it (incremental: quick when nothing changed).
    execFileSync(process.execPath, [tsc, '-b', packageDir], { stdio: 'inherit' });
    db = await newDatabase(kind);
  });
  afterAll(async () => db?.cleanup());

  it('keeps every report it confirmed', async () => {
    const first = await startBin(db, kind);
    const confirmed: string[] = [];
    let stop = false;
    const worker = async () => {
      while (!stop) {
        try {
          const res = await postReport(first.base, validReport(), { key: randomUUID() });
          if (res.status === 201) confirmed.push(((await res.json()) as { reference: string }).reference);
          else await res.body?.cancel();
        } catch {
          // The connection died with the process: this request was never confirmed.
          return;
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    // Kill once the load is well under way.
    while (confirmed.length < 150) await new Promise((resolve) => setTimeout(resolve, 10));
    const exited = new Promise((resolve) => first.child.once('exit', (_code, signal) => resolve(signal)));
    first.child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect(confirmed.length).toBeGreaterThanOrEqual(150);

    const second = await startBin(db, kind);
    try {
      const missing: string[] = [];
      for (const reference of confirmed) {
        const res = await fetch(`${second.base}/reports/${reference}`, {
          headers: { Authorization: `Bearer ${TOKEN}` },
        });
        if (res.status !== 200) missing.push(reference);
        await res.body?.cancel();
      }
      expect(missing).toEqual([]);
      const list = (await (
        await fetch(`${second.base}/reports?limit=1`, { headers: { Authorization: `Bearer ${TOKEN}` } })
      ).json()) as { total: number };
      expect(list.total).toBeGreaterThanOrEqual(confirmed.length);
      // And it goes on taking reports.
      expect((await postReport(second.base, validReport())).status).toBe(201);
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((resolve) => second.child.once('exit', resolve));
    }
  });
});
