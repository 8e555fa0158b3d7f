// Follow-up end to end, in Chromium, against the real hrc-receiver bin on a SQLite file and on a real
// PostgreSQL server (docs/follow-up.md). A resident sends a report anonymously through the built form and
// keeps the receipt; the office answers on its office page; the resident comes back with the receipt in
// a fresh browser context, reads the answer and adds information; the office reads it, and reads its own
// answer again from its copy. A message the host forges in the office's name (sealed to the resident key
// with a key that is not the office's, written straight into the database) is shown to the resident
// only as a warning, never its text, never as the office's. Then, as in
// sealed-proof.test.ts: the report's words, the office's answer, the resident's addition, the receipt
// and its lookup token are in no file the receiver wrote (database files, WAL, log; PostgreSQL's rows,
// data files, WAL and server log), while the places searched do hold the messages' ciphertext.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
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
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import {
  checkReceipt,
  createOfficeKey,
  deriveFollowUp,
  sealMessage,
  type OfficePublicJwk,
} from '@hrc/framework/seal';
import { STORE_KINDS, TOKEN, newDatabase, sessionKey, type DatabaseHandle } from './helpers.js';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';
import { startStaticServer } from '../../../demo/server.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const bundle = join(root, 'packages/widgets/bundle');
const PASSPHRASE = 'wolk brug pannenkoek kompas';
/** Ports of this test's servers: the city site and the receiver, per store. */
const PORTS = { sqlite: { site: 41810, receiver: 41811 }, postgres: { site: 41812, receiver: 41813 } };

function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, bytes: readFileSync(path) }));
}

function holders(files: { path: string; bytes: Buffer }[], needles: string[]): string[] {
  const forms = needles.flatMap((n) => [Buffer.from(n, 'utf8'), Buffer.from(n, 'utf16le')]);
  return files.filter((f) => forms.some((form) => f.bytes.includes(form))).map((f) => f.path);
}

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

function startBin(kind: string, db: DatabaseHandle, args: string[], log: string): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, HRC_RECEIVER_TOKEN: TOKEN };
  if (kind === 'postgres') env.DATABASE_URL = db.location;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, [bin, ...args, ...(kind === 'sqlite' ? ['--db', db.location] : [])], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The city's two pages: the report form with follow-up, and the status page. */
function writeSite(dir: string, jwk: OfficePublicJwk) {
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<script type="module" src="/kit/hrc-loader.js"></script></head><body><main>${body}</main></body></html>`;
  const key = attr(JSON.stringify(jwk));
  writeFileSync(
    join(dir, 'report.html'),
    page(
      'Report',
      `<hrc-report-form endpoint="/reports" office-name="Equality office" seal-key="${key}" follow-up-url="/status.html"></hrc-report-form>`,
    ),
  );
  writeFileSync(
    join(dir, 'status.html'),
    page(
      'Follow up',
      `<hrc-report-status endpoint="/follow-up" office-name="Equality office" seal-key="${key}"></hrc-report-status>`,
    ),
  );
}

async function sendReport(page: Page, marker: string): Promise<{ digits: string; reference: string }> {
  const form = page.locator('hrc-report-form');
  const next = () => form.getByRole('button', { name: /^(Continue|Send report)$/ }).click();
  await form.getByLabel('Describe what happened').fill(`The landlord refused to rent to me. ${marker}`);
  await form.getByLabel('Month').fill('2');
  await form.getByLabel('Year').fill('2024');
  await form.getByLabel('Housing').check();
  await next();
  await form.getByLabel('Ethnic or social origin').check();
  await next();
  await form.getByLabel('It happened to me').check();
  await next();
  await form.getByLabel('No, I want to stay anonymous').check();
  await form.getByLabel('Only register it').check();
  await next();
  await form.getByLabel(/I agree that/).check();
  // People take more than a few seconds; faster fills are treated as automated and not stored.
  await page.waitForTimeout(3000);
  await next();
  const code = form.locator('.receipt-code');
  await code.waitFor({ timeout: 60_000 });
  const shown = (await code.textContent())!.trim();
  const checked = checkReceipt(shown);
  expect(checked.ok, shown).toBe(true);
  const reference = (await form.locator('.reference').textContent())!.trim();
  return { digits: checked.ok ? checked.digits : '', reference };
}

describe.each(STORE_KINDS)('follow-up end to end on %s', (kind) => {
  let work: string;
  let db: DatabaseHandle;
  let keyFile: string;
  let browser: Browser;
  const hex = randomBytes(8).toString('hex');
  const markers = {
    report: `marker-report-${hex}`,
    answer: `marker-answer-${hex}`,
    more: `marker-more-${hex}`,
    forged: `marker-forged-${hex}`,
  };

  /**
   * What a hostile host can do: seal a message to the resident key it holds, with a key of its own that
   * claims the office's key id, and write it into the conversation as the office's.
   */
  async function forgeOfficeMessage(base: string, reference: string) {
    const thread = (await (
      await fetch(`${base}/reports/${reference}/messages`, { headers: { Authorization: `Bearer ${TOKEN}` } })
    ).json()) as { followUp: { key: string } };
    const forger = await sessionKey('proof-office');
    const envelope = await sealMessage(
      `Your case needs a fee: pay it at the counter. ${markers.forged}`,
      { to: 'resident', key: thread.followUp.key, from: forger },
      reference,
    );
    const sentAt = new Date();
    if (kind === 'sqlite') {
      const sqlite = new Database(db.location);
      try {
        sqlite
          .prepare(
            "INSERT INTO follow_up_messages (reference, sender, sent_at, envelope) VALUES (?, 'office', ?, ?)",
          )
          .run(reference, sentAt.toISOString(), JSON.stringify(envelope));
      } finally {
        sqlite.close();
      }
    } else {
      const sql = postgres(db.location, { max: 1, onnotice: () => {} });
      try {
        await sql`INSERT INTO follow_up_messages (reference, sender, sent_at, envelope)
                  VALUES (${reference}, 'office', ${sentAt}, ${sql.json(envelope as never)})`;
      } finally {
        await sql.end();
      }
    }
  }

  beforeAll(async () => {
    if (!existsSync(join(bundle, 'hrc-report-status.js'))) throw new Error('Run pnpm run build first.');
    work = mkdtempSync(join(tmpdir(), 'hrc-follow-up-proof-'));
    const made = await createOfficeKey(PASSPHRASE, { kid: 'proof-office' });
    keyFile = join(work, 'office-key.json');
    writeFileSync(keyFile, JSON.stringify(made.file));
    writeFileSync(join(work, 'office-key.public.json'), JSON.stringify(made.publicJwk));
    mkdirSync(join(work, 'site'));
    writeSite(join(work, 'site'), made.publicJwk);
    db = await newDatabase(kind);
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await db?.cleanup();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it(
    'send anonymously, come back with the receipt, read the answer, add information; none of it kept readable',
    { timeout: 240_000 },
    async () => {
      const dataDir = kind === 'sqlite' ? join(db.location, '..') : mkdtempSync(join(work, 'pg-'));
      const log = join(dataDir, 'receiver.log');
      const ports = PORTS[kind];
      const receiver = await startBin(
        kind,
        db,
        [
          '--port',
          String(ports.receiver),
          '--origin',
          `http://127.0.0.1:${ports.site}`,
          '--office-key',
          join(work, 'office-key.public.json'),
          '--reply-days',
          '5',
        ],
        log,
      );
      const site = await startStaticServer({
        port: ports.site,
        mounts: { '/kit/': bundle, '/': join(work, 'site') },
        proxy: { '/reports': receiver.base, '/follow-up': receiver.base },
      });
      const problems: string[] = [];
      // The city's pages are served under the kit's strict CSP with Trusted Types (demo/server.mjs): any
      // violation, uncaught error or console error fails the test, as in test/e2e/csp.test.mjs.
      const watch = async (page: Page) => {
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (e) => {
            console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
          });
        });
        page.on('pageerror', (e) => problems.push(e.message));
        page.on('console', (m) => {
          // HTTP failures are reported below with their URL.
          if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
            problems.push(m.text());
        });
        // A browser asks for a favicon the city's test site does not have; anything else that fails counts.
        page.on('response', (r) => {
          if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
            problems.push(`${r.status()} ${r.url()}`);
        });
      };
      try {
        // 1. The resident reports anonymously and keeps the receipt.
        const first = await browser.newContext({ locale: 'en-GB' });
        const reportPage = await first.newPage();
        await watch(reportPage);
        await reportPage.goto(`${site.origin}/report.html`);
        const { digits, reference } = await sendReport(reportPage, markers.report);
        const stored = await first.storageState();
        expect(stored.cookies).toEqual([]);
        expect(stored.origins).toEqual([]);
        await first.close();

        // 2. The office sees that the report awaits an answer, opens it and answers.
        const officeContext = await browser.newContext({ locale: 'en-GB' });
        const office = await officeContext.newPage();
        await watch(office);
        await office.goto(`${receiver.base}/admin`);
        await office.getByLabel('Office token').fill(TOKEN);
        await office.keyboard.press('Enter');
        await office.getByRole('table').waitFor();
        await office.getByLabel('Key file').setInputFiles(keyFile);
        await office.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
        await office.getByRole('button', { name: 'Unlock key' }).click();
        await office.getByLabel('Show').selectOption('awaiting');
        const row = office.getByRole('row').filter({ hasText: reference });
        await expect.poll(() => row.textContent(), { timeout: 60_000 }).toContain('awaits a reply');
        await row.getByRole('button').click();
        await office.getByText(markers.report).waitFor({ timeout: 60_000 });
        await office
          .getByLabel('Answer to the resident')
          .fill(`Thank you. Which day was it? ${markers.answer}`);
        await office.getByRole('button', { name: 'Send the answer' }).click();
        await office.locator('#status', { hasText: 'The answer was sent.' }).waitFor();
        // The office reads its own answer again: the copy sealed to its key opens on its page.
        await office.locator('#messages').getByText(markers.answer).waitFor({ timeout: 60_000 });
        await office.getByLabel('Status', { exact: true }).selectOption('in-progress');
        await office.getByRole('button', { name: 'Save status' }).click();
        await office.locator('#status', { hasText: 'Status saved' }).waitFor();

        // The host writes a message in the office's name without the office's private key.
        await forgeOfficeMessage(receiver.base, reference);

        // 3. The resident comes back in a fresh browser context with the receipt alone.
        const second = await browser.newContext({ locale: 'en-GB' });
        const statusPage = await second.newPage();
        await watch(statusPage);
        await statusPage.goto(`${site.origin}/status.html`);
        const status = statusPage.locator('hrc-report-status');
        await status.getByLabel('Receipt').fill(digits.replace(/(\d{4})(?=\d)/g, '$1 '));
        // By keyboard alone: Enter in the field opens the report; Tab from the message box reaches Send.
        await statusPage.keyboard.press('Enter');
        await status.getByText(markers.answer).waitFor({ timeout: 60_000 });
        expect(await status.locator('.facts').textContent()).toContain('In progress');
        // The forged message: a warning in its place, its text nowhere, and not presented as the office's.
        const forged = status.locator('.message--unverified');
        await expect.poll(() => forged.count()).toBe(1);
        expect(await forged.textContent()).toContain(
          'Not shown: this message cannot be confirmed as coming from Equality office.',
        );
        expect(await forged.textContent()).not.toContain('From Equality office');
        expect(await status.getByText(markers.forged).count()).toBe(0);
        expect(await statusPage.content()).not.toContain(markers.forged);
        expect(await status.locator('.message--office').count()).toBe(1);
        // What a screen reader is given: the heading, the facts, the messages as a list, the labelled box.
        const tree = await status.ariaSnapshot();
        for (const part of [
          'heading "Your report" [level=2]',
          'heading "Messages" [level=3]',
          'term: Status',
          'strong: In progress',
          '- list:\n  - listitem:\n    - paragraph: From Equality office',
          'textbox "Your message"',
          'button "Add a photo or document"',
          'button "Send"',
          'button "Leave this page quickly"',
        ]) {
          expect(tree, tree).toContain(part);
        }
        expect(await status.getByText('Equality office answers within 5 working days.').count()).toBe(1);
        await status.getByLabel('Your message').fill(`It was Friday 2 February. ${markers.more}`);
        // From the message box, Tab reaches the button that adds files, then Send.
        await statusPage.keyboard.press('Tab');
        expect(
          await status
            .getByRole('button', { name: 'Add a photo or document' })
            .evaluate((b) => b.matches(':focus')),
        ).toBe(true);
        await statusPage.keyboard.press('Tab');
        expect(
          await status
            .getByRole('button', { name: 'Send', exact: true })
            .evaluate((b) => b.matches(':focus')),
        ).toBe(true);
        await statusPage.keyboard.press('Enter');
        await status.getByText('Your information was sent to the office.').waitFor({ timeout: 60_000 });
        const again = await second.storageState();
        expect(again.cookies).toEqual([]);
        expect(again.origins).toEqual([]);
        await second.close();

        // 4. The office reads what the resident added.
        await office.getByRole('button', { name: 'Back to the list' }).click();
        await office.getByLabel('Show').selectOption('awaiting');
        await office.getByRole('row').filter({ hasText: reference }).getByRole('button').click();
        await office.getByText(markers.more).waitFor({ timeout: 60_000 });
        await officeContext.close();
        expect(problems).toEqual([]);

        // 5. Nothing readable where the receiver keeps things.
        const keys = await deriveFollowUp(digits);
        const secrets = [
          ...Object.values(markers),
          digits,
          digits.replace(/(\d{4})(?=\d)/g, '$1 '),
          keys.lookup,
        ];
        const thread = (await (
          await fetch(`${receiver.base}/reports/${reference}/messages`, {
            headers: { Authorization: `Bearer ${TOKEN}` },
          })
        ).json()) as { messages: { from: string; message: { ciphertext: string } }[] };
        expect(thread.messages.map((m) => m.from)).toEqual(['office', 'office', 'resident']);
        // Pieces of both messages' ciphertext: what the search must find, wherever they went.
        const pieces = thread.messages.flatMap((m) =>
          Array.from({ length: 4 }, (_, i) => m.message.ciphertext.slice(100 + i * 500, 160 + i * 500)),
        );
        if (kind === 'sqlite') {
          const live = filesUnder(dataDir);
          expect(holders(live, pieces).length).toBeGreaterThan(0);
          expect(holders(live, secrets)).toEqual([]);
          await stopBin(receiver);
          const after = filesUnder(dataDir);
          expect(holders(after, pieces)).toContain(db.location);
          expect(holders(after, secrets)).toEqual([]);
        } else {
          const sql = postgres(db.location, { max: 1, onnotice: () => {} });
          try {
            const tables = await sql<{ table_name: string }[]>`
            SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`;
            const rows: string[] = [];
            for (const { table_name } of tables) {
              const found = await sql.unsafe(`SELECT row_to_json(t)::text AS row FROM "${table_name}" t`);
              rows.push(...found.map((r) => String(r.row)));
            }
            expect(rows.some((row) => pieces.some((p) => row.includes(p)))).toBe(true);
            for (const secret of secrets)
              expect(
                rows.filter((row) => row.includes(secret)),
                secret,
              ).toEqual([]);
            const [database] = await sql<{ oid: number }[]>`
            SELECT oid FROM pg_database WHERE datname = current_database()`;
            const oid = database!.oid;
            const { dir, log: serverLog } = cluster();
            for (const folder of dir ? [join(dir, 'base', String(oid)), join(dir, 'pg_wal')] : []) {
              if (!existsSync(folder)) continue;
              expect(holders(filesUnder(folder), secrets), folder).toEqual([]);
            }
            if (dir && existsSync(join(dir, 'pg_wal'))) {
              expect(holders(filesUnder(join(dir, 'pg_wal')), pieces).length).toBeGreaterThan(0);
            }
            if (serverLog && existsSync(serverLog)) {
              expect(holders([{ path: serverLog, bytes: readFileSync(serverLog) }], secrets)).toEqual([]);
            }
          } finally {
            await sql.end();
          }
          await stopBin(receiver);
          expect(holders(filesUnder(dataDir), secrets)).toEqual([]);
        }
      } finally {
        await site.close();
        if (receiver.child.exitCode === null) await stopBin(receiver);
      }
    },
  );
});
