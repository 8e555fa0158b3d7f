// The proof that a sealed report is unreadable where it is kept: a report with unique markers (in its
// description, name and e-mail address) is sealed as the form seals it and sent to the real hrc-receiver
// bin, configured with the office key, on a SQLite file and on a real PostgreSQL server. No file the
// receiver wrote (the database, -wal, -shm, its log) and no PostgreSQL row or data file holds a marker,
// while the same places do hold the envelope's ciphertext (so the search looks where the report went).
// Then the office page in Chromium opens the report with the key file and passphrase, and the markers
// are there again.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficeKey, sealReport, type OfficePublicJwk } from '@hrc/framework/seal';
import { STORE_KINDS, TOKEN, newDatabase, postReport, validReport, type DatabaseHandle } from './helpers.js';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const tsc = fileURLToPath(new URL('../../../node_modules/typescript/bin/tsc', import.meta.url));
const PASSPHRASE = 'zeef lantaarn vijver ochtend';

/** Every file under `dir`, recursively, as bytes. */
function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, bytes: readFileSync(path) }));
}

/** Where a needle occurs, as UTF-8 bytes (and as UTF-16, in case anything stored wide text). */
function holders(files: { path: string; bytes: Buffer }[], needle: string): string[] {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  return files.filter((f) => forms.some((form) => f.bytes.includes(form))).map((f) => f.path);
}

/** The same for large folders (PostgreSQL's), one file at a time. */
function holdersUnder(dir: string, needles: string[]): string[] {
  const forms = needles.flatMap((n) => [Buffer.from(n, 'utf8'), Buffer.from(n, 'utf16le')]);
  const found: string[] = [];
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    if (forms.some((form) => bytes.includes(form))) found.push(path);
  }
  return found;
}

/** The data directory and log of the local PostgreSQL cluster (Debian's pg_lsclusters), if any. */
function cluster(): { dir?: string; log?: string } {
  try {
    const line = execFileSync('pg_lsclusters', ['-h'], { encoding: 'utf8' }).trim().split('\n')[0];
    const [, , , , , dir, log] = line?.split(/\s+/) ?? [];
    return { dir, log };
  } catch {
    return {};
  }
}

interface Started {
  child: ChildProcess;
  base: string;
}

function startBin(kind: string, db: DatabaseHandle, keyFile: string, log: string): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, HRC_RECEIVER_TOKEN: TOKEN };
  if (kind === 'postgres') env.DATABASE_URL = db.location;
  else delete env.DATABASE_URL;
  const args = [
    bin,
    '--port',
    '0',
    '--office-key',
    keyFile,
    ...(kind === 'sqlite' ? ['--db', db.location] : []),
  ];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Everything the receiver prints goes to a log file next to its database, as a service manager would.
  const out = createWriteStream(log);
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (c: Buffer) => {
      text += c.toString();
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(text);
      if (m) resolve({ child, base: m[1]! });
    });
    child.once('exit', (code) => reject(new Error(`hrc-receiver exited (${code}): ${text}`)));
  });
}

async function stopBin(s: Started): Promise<void> {
  const exited = new Promise((resolve) => s.child.once('exit', resolve));
  s.child.kill('SIGTERM');
  await exited;
}

describe.each(STORE_KINDS)('a sealed report on %s', (kind) => {
  let work: string;
  let db: DatabaseHandle;
  let keyFile: string;
  let publicJwk: OfficePublicJwk;
  let browser: Browser;
  const hex = randomBytes(8).toString('hex');
  const markers = [`marker-description-${hex}`, `Marker Naam ${hex}`, `m${hex}@example.org`];

  beforeAll(async () => {
    execFileSync(process.execPath, [tsc, '-b', packageDir], { stdio: 'inherit' });
    work = mkdtempSync(join(tmpdir(), 'hrc-proof-'));
    const made = await createOfficeKey(PASSPHRASE, { kid: 'proof-office' });
    publicJwk = made.publicJwk;
    keyFile = join(work, 'office-key.json');
    writeFileSync(keyFile, JSON.stringify(made.file));
    writeFileSync(join(work, 'office-key.public.json'), JSON.stringify(publicJwk));
    db = await newDatabase(kind);
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await db?.cleanup();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('is kept as ciphertext alone, and opens in the office page', { timeout: 180_000 }, async () => {
    const dataDir = kind === 'sqlite' ? join(db.location, '..') : mkdtempSync(join(work, 'pg-'));
    const log = join(dataDir, 'receiver.log');
    const receiver = await startBin(kind, db, join(work, 'office-key.public.json'), log);
    const report = validReport({
      description: `Bij de bezichtiging weigerde de verhuurder mij. ${markers[0]}`,
      contact: { kind: 'contact', name: markers[1], email: markers[2], language: 'nl' },
    });
    const envelope = await sealReport(report, publicJwk, 'proof-office');
    const res = await postReport(receiver.base, envelope);
    expect(res.status, await res.clone().text()).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    // A plain copy of the same report is refused (and so not stored either).
    expect((await postReport(receiver.base, report)).status).toBe(400);
    // A piece of the ciphertext: what the search must find, wherever the report went.
    const piece = envelope.ciphertext.slice(200, 260);

    if (kind === 'sqlite') {
      // While it runs (the WAL holds the latest commits) and after it stopped (checkpointed into the file).
      const live = filesUnder(dataDir);
      expect(live.map((f) => f.path)).toContain(`${db.location}-wal`);
      expect(holders(live, piece).length).toBeGreaterThan(0);
      for (const marker of markers) expect(holders(live, marker), marker).toEqual([]);
      await stopBin(receiver);
      const after = filesUnder(dataDir);
      expect(holders(after, piece)).toContain(db.location);
      for (const marker of markers) expect(holders(after, marker), marker).toEqual([]);
      expect(readFileSync(log, 'utf8')).toContain('listening on');
    } else {
      const sql = postgres(db.location, { max: 1, onnotice: () => {} });
      try {
        const tables = await sql<{ table_name: string }[]>`
          SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`;
        expect(tables.map((t) => t.table_name).sort()).toEqual([
          'follow_up_messages',
          'follow_ups',
          'idempotency_keys',
          'message_evidence',
          'report_evidence',
          'reports',
          'schema_version',
          'statistics_counters',
          'statistics_periods',
        ]);
        const rows: string[] = [];
        for (const { table_name } of tables) {
          const found = await sql.unsafe(`SELECT row_to_json(t)::text AS row FROM "${table_name}" t`);
          rows.push(...found.map((r) => String(r.row)));
        }
        expect(rows.some((row) => row.includes(piece))).toBe(true);
        for (const marker of markers)
          expect(
            rows.filter((row) => row.includes(marker)),
            marker,
          ).toEqual([]);
        // The server's own files for this database, and its write-ahead log, when the server is this
        // machine's cluster and its files are readable here (as root on Debian); the rows are the proof
        // otherwise.
        const [{ oid }] = await sql<[{ oid: number }]>`
          SELECT oid FROM pg_database WHERE datname = current_database()`;
        const { dir, log: serverLog } = cluster();
        const folders = dir ? [join(dir, 'base', String(oid)), join(dir, 'pg_wal')] : [];
        for (const folder of folders.filter((f) => existsSync(f))) {
          expect(holdersUnder(folder, markers), folder).toEqual([]);
        }
        if (serverLog && existsSync(serverLog)) {
          const text = readFileSync(serverLog);
          for (const marker of markers)
            expect(text.includes(marker), `${marker} in ${serverLog}`).toBe(false);
        }
        if (dir && existsSync(join(dir, 'pg_wal'))) {
          // The WAL has the report (as ciphertext): the search looks where it went. Several pieces, as
          // a WAL page header or a TOAST chunk boundary can fall inside any one of them.
          const pieces = Array.from({ length: 6 }, (_, i) =>
            envelope.ciphertext.slice(200 + i * 300, 260 + i * 300),
          );
          expect(holdersUnder(join(dir, 'pg_wal'), pieces).length).toBeGreaterThan(0);
        }
      } finally {
        await sql.end();
      }
      await stopBin(receiver);
      expect(holders(filesUnder(dataDir), piece)).toEqual([]);
      for (const marker of markers) expect(holders(filesUnder(dataDir), marker), marker).toEqual([]);
    }

    // The office page opens it, in the browser, with the key file and passphrase.
    const again = await startBin(
      kind,
      db,
      join(work, 'office-key.public.json'),
      join(dataDir, 'receiver-2.log'),
    );
    try {
      const page = await browser.newPage({ locale: 'en-GB' });
      await page.goto(`${again.base}/admin`);
      await page.getByLabel('Office token').fill(TOKEN);
      await page.keyboard.press('Enter');
      await page.getByRole('table').waitFor();
      await page.getByLabel('Key file').setInputFiles(keyFile);
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock key' }).click();
      await page.getByRole('row').filter({ hasText: reference }).getByRole('button').click();
      await page.getByText(markers[0]!).waitFor({ timeout: 30_000 });
      const shown = await page.locator('#fields').textContent();
      for (const marker of markers) expect(shown).toContain(marker);
      await page.close();
    } finally {
      await stopBin(again);
    }
    // Opening happened in the browser: the receiver's files still hold no marker.
    if (kind === 'sqlite') {
      for (const marker of markers) expect(holders(filesUnder(dataDir), marker), marker).toEqual([]);
    }
  });
});
