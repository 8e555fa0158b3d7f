// Requests per second and latency of POST /reports on SQLite and PostgreSQL: the built `hrc-receiver`
// bin in its own process, a bounded number of requests sent by a fixed number of concurrent clients
// over loopback. Run: `pnpm exec tsx packages/receiver/bench/bench.ts [--requests N] [--concurrency C]`.
// Prints a table, then the figures as one line of JSON; `runBench()` returns the same figures.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freshDatabase } from '../test/pg.js';

export interface BenchFigures {
  db: 'sqlite' | 'postgres';
  requests: number;
  concurrency: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
}

const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

function ensureBuilt(): void {
  if (existsSync(bin)) return;
  const tsc = fileURLToPath(new URL('../../../node_modules/typescript/bin/tsc', import.meta.url));
  execFileSync(process.execPath, [tsc, '-b', fileURLToPath(new URL('..', import.meta.url))], {
    stdio: 'inherit',
  });
}

function start(env: NodeJS.ProcessEnv, args: string[]): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [bin, '--port', '0', '--rate-limit', 'off', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) resolve({ child, base: m[1]! });
    });
    child.once('exit', (code) => reject(new Error(`hrc-receiver exited with ${code}`)));
  });
}

function payload(): string {
  return JSON.stringify({
    schemaVersion: 1,
    locale: 'nl',
    description: 'Bij een bezichtiging zei de verhuurder dat hij niet aan mensen met een hoofddoek verhuurt.',
    when: { precision: 'month', month: 9, year: 2025 },
    domain: 'housing',
    grounds: ['religion-or-belief'],
    groundUnknown: false,
    role: 'victim',
    contact: { kind: 'contact', email: 'samira@example.org' },
    wish: 'advice',
    consent: true,
    sentAt: new Date().toISOString(),
    antiAbuse: { honeypot: '', fillMs: 60_000 },
  });
}

async function load(base: string, requests: number, concurrency: number) {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const body = payload();
  const client = async () => {
    while (next < requests) {
      next++;
      const t0 = performance.now();
      try {
        const res = await fetch(`${base}/reports`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
          body,
        });
        await res.arrayBuffer();
        if (res.status !== 201) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    requestsPerSecond: Math.round(requests / seconds),
    p50Ms: round(at(0.5)),
    p99Ms: round(at(0.99)),
    maxMs: round(latencies.at(-1)!),
    errors,
  };
}

export async function runBench({ requests = 2000, concurrency = 32 } = {}): Promise<BenchFigures[]> {
  ensureBuilt();
  const figures: BenchFigures[] = [];
  for (const db of ['sqlite', 'postgres'] as const) {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DATABASE_URL;
    let args: string[] = [];
    let cleanup: () => Promise<void>;
    if (db === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'hrc-bench-'));
      args = ['--db', join(dir, 'reports.sqlite')];
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const pg = await freshDatabase();
      env.DATABASE_URL = pg.url;
      cleanup = pg.drop;
    }
    const { child, base } = await start(env, args);
    try {
      // Warm up connections, the JIT and the database's caches before measuring.
      await load(base, Math.min(200, requests), concurrency);
      figures.push({ db, requests, concurrency, ...(await load(base, requests, concurrency)) });
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await cleanup();
    }
  }
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: { requests: { type: 'string' }, concurrency: { type: 'string' } },
  });
  const figures = await runBench({
    requests: Number(values.requests ?? 2000),
    concurrency: Number(values.concurrency ?? 32),
  });
  console.log('receiver POST /reports (loopback, one receiver process)');
  console.log('db        requests  concurrency  req/s   p50 ms  p99 ms  max ms  errors');
  for (const f of figures) {
    console.log(
      `${f.db.padEnd(9)} ${String(f.requests).padStart(8)}  ${String(f.concurrency).padStart(11)}  ${String(f.requestsPerSecond).padStart(5)}  ${String(f.p50Ms).padStart(6)}  ${String(f.p99Ms).padStart(6)}  ${String(f.maxMs).padStart(6)}  ${String(f.errors).padStart(6)}`,
    );
  }
  console.log(JSON.stringify(figures));
}
