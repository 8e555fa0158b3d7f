// The office page opens sealed reports in real Chromium, under its own CSP and Trusted Types: key files
// unlocked with their passphrase into this tab's memory, reports checked against the report schema after
// opening, a clear message for each report that does not open, the CSV made in the browser, and a new
// key made on the page with its key file, public key, recovery sheet and the way back from the sheet.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficeKey, sealReport, unlockOfficeKey, type OfficeKeyFile } from '@hrc/framework/seal';
import { TOKEN, postReport, startReceiver, validReport, type Running } from './helpers.js';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string }[] }> } }
    ).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
    return result.violations.map((v) => v.id);
  });
}

const PASS_A = 'kikker paraplu fietsbel winter';
const PASS_B = 'lantaarn ochtend rivier zeven';

describe('the office page opens sealed reports in Chromium', () => {
  let r: Running;
  let browser: Browser;
  let dir: string;
  let fileA: OfficeKeyFile;
  const refs: Record<string, string> = {};
  const marker = { a: `marker-a-${Date.now()}`, b: `marker-b-${Date.now()}` };
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hrc-office-'));
    const a = await createOfficeKey(PASS_A, { kid: 'office-a' });
    const b = await createOfficeKey(PASS_B, { kid: 'office-b' });
    fileA = a.file;
    writeFileSync(join(dir, 'office-key-a.json'), JSON.stringify(a.file));
    writeFileSync(join(dir, 'office-key-b.json'), JSON.stringify(b.file));
    writeFileSync(join(dir, 'not-a-key.json'), JSON.stringify({ hello: 'world' }));
    r = await startReceiver('sqlite', {
      officeKeys: [a.publicJwk, b.publicJwk],
      officeNotice: 'Testomgeving',
    });
    const send = async (name: string, body: unknown) => {
      const res = await postReport(r.base, body);
      expect(res.status, await res.clone().text()).toBe(201);
      refs[name] = ((await res.json()) as { reference: string }).reference;
      // Distinct receipt times, so the list's order is known.
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    await send(
      'a',
      await sealReport(
        validReport({
          description: `Bij de bezichtiging ${marker.a}`,
          domain: 'work',
          when: { precision: 'day', date: '2025-09-14' },
          equality: { gender: 'non-binary' },
        }),
        a.publicJwk,
        'office-a',
      ),
    );
    await send(
      'b',
      await sealReport(validReport({ description: `In de tram ${marker.b}` }), b.publicJwk, 'office-b'),
    );
    const good = await sealReport(validReport(), a.publicJwk, 'office-a');
    const flipped = good.ciphertext[100] === 'A' ? 'B' : 'A';
    await send('tampered', {
      ...good,
      ciphertext: `${good.ciphertext.slice(0, 100)}${flipped}${good.ciphertext.slice(101)}`,
    });
    // Sealed to key B, then relabelled as key A (the receiver knows both ids, so it cannot tell).
    await send('relabelled', {
      ...(await sealReport(validReport(), b.publicJwk, 'office-b')),
      kid: 'office-a',
    });
    // A real envelope whose content is not a report.
    await send(
      'not-a-report',
      await sealReport(
        { hello: 'world', antiAbuse: { honeypot: '', fillMs: 9000 } },
        a.publicJwk,
        'office-a',
      ),
    );
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'unlocks key files, opens what they open, and says why the rest does not open',
    { timeout: 120_000 },
    async () => {
      const context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${r.base}/admin`);
      await expect.poll(() => page.locator('#notice').textContent()).toBe('Testomgeving');
      await page.getByLabel('Office token').fill(TOKEN);
      await page.keyboard.press('Enter');
      await page.getByRole('table').waitFor();
      const status = () => page.getByRole('status').textContent();
      const row = (ref: string) => page.getByRole('row').filter({ hasText: ref });
      expect(await row(refs.a!).getByRole('cell').allTextContents()).toEqual([
        refs.a,
        expect.any(String),
        'New',
        'Sealed',
        'Sealed',
        'Yes, key office-a: closed',
      ]);
      expect(await page.locator('#receiver-keys').textContent()).toBe(
        'This receiver accepts reports sealed to: office-a, office-b.',
      );
      expect(await axe(page)).toEqual([]);

      // Not a key file; then the right file with a wrong passphrase.
      await page.getByLabel('Key file').setInputFiles(join(dir, 'not-a-key.json'));
      await page.getByLabel('Passphrase', { exact: true }).fill(PASS_A);
      await page.getByRole('button', { name: 'Unlock key' }).click();
      await expect.poll(status).toMatch(/^That file is not an office key file/);
      await page.getByLabel('Key file').setInputFiles(join(dir, 'office-key-a.json'));
      await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase at all');
      await page.getByRole('button', { name: 'Unlock key' }).click();
      await expect
        .poll(status, { timeout: 20_000 })
        .toBe('The passphrase does not open key “office-a” (or the file was changed).');
      expect(await page.getByLabel('Passphrase', { exact: true }).inputValue()).toBe('');

      await page.getByLabel('Key file').setInputFiles(join(dir, 'office-key-a.json'));
      await page.getByLabel('Passphrase', { exact: true }).fill(PASS_A);
      await page.getByRole('button', { name: 'Unlock key' }).click();
      await expect.poll(status, { timeout: 20_000 }).toBe('Key “office-a” is unlocked in this tab.');
      expect(await page.locator('#key-list').textContent()).toBe('office-a');
      expect(await row(refs.a!).getByRole('cell').allTextContents()).toEqual([
        refs.a,
        expect.any(String),
        'New',
        'Work',
        'Advice about what I can do',
        'Yes, key office-a: opened',
      ]);
      expect(await row(refs.tampered!).getByRole('cell').last().textContent()).toBe('Yes: cannot be opened');

      // The opened report, in words, checked against the report schema.
      await row(refs.a!).getByRole('button').click();
      await page.getByText(marker.a).waitFor();
      const details = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('#fields dt')].map((dt) => [
            dt.textContent,
            dt.nextElementSibling?.textContent,
          ]),
        ),
      );
      expect(details).toMatchObject({
        'Key id': 'office-a',
        'Area of life': 'Work',
        When: 'September 14, 2025',
        Gender: 'Non-binary',
      });
      expect(await page.locator('#detail-problem').isHidden()).toBe(true);
      expect(await axe(page)).toEqual([]);

      const detailOf = async (ref: string) => {
        await page.getByRole('button', { name: 'Back to the list' }).click();
        await row(ref).getByRole('button').click();
        await expect.poll(() => page.locator('#detail-title').textContent()).toBe(`Reference ${ref}`);
        return page.locator('#detail-problem').textContent();
      };
      expect(await detailOf(refs.tampered!)).toBe(
        'This report cannot be opened with key “office-a”: it was changed after it was sealed (its content, key id or statistics), or it was sealed to another key with the same id. It is not shown.',
      );
      expect(await page.locator('#fields').textContent()).not.toContain('Stationsstraat');
      expect(await detailOf(refs['not-a-report']!)).toMatch(
        /^The report opened, but what it holds is not a valid report \(.*description.*\)\. It is not shown\.$/,
      );
      expect(await detailOf(refs.b!)).toBe(
        'This report is sealed to key “office-b”, which is not unlocked. Unlock that key’s file above to read it.',
      );
      // Unlocked while the report is shown: it opens where it is.
      await page.getByLabel('Key file').setInputFiles(join(dir, 'office-key-b.json'));
      await page.getByLabel('Passphrase', { exact: true }).fill(PASS_B);
      await page.getByRole('button', { name: 'Unlock key' }).click();
      await page.getByText(marker.b).waitFor({ timeout: 20_000 });
      expect(await page.locator('#detail-problem').isHidden()).toBe(true);
      // With both keys unlocked, the envelope moved from key B to key A is recognised as such.
      expect(await detailOf(refs.relabelled!)).toBe(
        'This report is labelled with key “office-a” but was sealed to key “office-b”: it was moved under another key after sealing. It is not shown; treat the stored copy as tampered with.',
      );

      // The CSV is made here, opened reports in full, the rest with their readable fields only.
      await page.getByRole('button', { name: 'Back to the list' }).click();
      await page.getByRole('table').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export as CSV' }).click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv.startsWith('\uFEFF"reference","receivedAt"')).toBe(true);
      expect(csv).toContain(marker.a);
      expect(csv).toContain(marker.b);
      expect(csv.trim().split('\r\n')).toHaveLength(6);
      await expect
        .poll(status)
        .toMatch(/^The CSV file is ready in your downloads\. 3 sealed report\(s\) could not be opened/);
      for (const ref of [refs.tampered, refs.relabelled, refs['not-a-report']])
        expect(await status()).toContain(ref);

      // Forgetting the keys closes the reports again.
      await page.getByRole('button', { name: 'Forget the unlocked keys' }).click();
      await expect.poll(status).toBe('The keys are forgotten. Sealed reports are closed again.');
      expect(await row(refs.a!).getByRole('cell').last().textContent()).toBe('Yes, key office-a: closed');
      expect(await page.evaluate(() => document.body.textContent)).not.toContain(marker.a);

      // Nothing in browser storage, ever.
      expect(
        await page.evaluate(async () => [
          localStorage.length,
          sessionStorage.length,
          document.cookie,
          (await indexedDB.databases()).length,
        ]),
      ).toEqual([0, 0, '', 0]);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it(
    'makes a key: file, public key, a plain warning, the recovery sheet and the way back from it',
    { timeout: 120_000 },
    async () => {
      const context = await browser.newContext({ locale: 'nl-NL', acceptDownloads: true });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: r.base });
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${r.base}/admin`);
      const status = () => page.getByRole('status').textContent();
      await page.getByText('Een nieuwe sleutel maken').click();
      expect(await page.locator('#make-key .warning').first().textContent()).toMatch(
        /^Sleutel kwijt is meldingen kwijt\./,
      );
      await page
        .getByLabel('Naam van de organisatie (voor het herstelblad)')
        .fill('Antidiscriminatiebureau Middelstad');
      await page.getByLabel(/^Wachtzin \(12 tekens/).fill('te kort');
      await page.getByLabel('Wachtzin nog eens').fill('te kort');
      await page.getByRole('button', { name: 'Sleutel maken' }).click();
      await expect.poll(status).toMatch(/^De wachtzin moet minstens 12 tekens hebben/);
      await page.getByLabel(/^Wachtzin \(12 tekens/).fill('molen tulp klompen dijk');
      await page.getByLabel('Wachtzin nog eens').fill('molen tulp klompen dyk');
      await page.getByRole('button', { name: 'Sleutel maken' }).click();
      await expect.poll(status).toBe('De twee wachtzinnen verschillen.');
      await page.getByLabel(/^Wachtzin \(12 tekens/).fill('molen tulp klompen dijk');
      await page.getByLabel('Wachtzin nog eens').fill('molen tulp klompen dijk');
      await page.getByRole('button', { name: 'Sleutel maken' }).click();
      await expect
        .poll(status, { timeout: 30_000 })
        .toMatch(/^Sleutel “[\w.-]+” is gemaakt en ontgrendeld in dit tabblad\./);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('made-title');
      expect(await axe(page)).toEqual([]);

      const publicJwk = JSON.parse(await page.getByLabel(/^Publieke sleutel/).inputValue()) as {
        kid: string;
        d?: string;
      };
      expect(publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
      expect(publicJwk).not.toHaveProperty('d');
      await page.getByRole('button', { name: 'Publieke sleutel kopiëren' }).click();
      await expect.poll(status).toBe('De publieke sleutel is gekopieerd.');
      expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(publicJwk);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Sleutelbestand downloaden' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`office-key-${publicJwk.kid}.json`);
      const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as OfficeKeyFile;
      expect(file.publicKey).toEqual(publicJwk);
      // The file opens with its passphrase outside the browser too (hrc-keygen --check does the same).
      const unlocked = await unlockOfficeKey(file, 'molen tulp klompen dijk');
      expect(unlocked.kid).toBe(publicJwk.kid);
      expect(unlocked.privateKey.extractable).toBe(false);

      // The recovery sheet: only the sheet is printed; each line carries its check code.
      await page.evaluate(() => {
        window.print = () => {};
      });
      await page.getByRole('button', { name: 'Herstelblad afdrukken' }).click();
      await page.locator('#sheet h2').waitFor();
      expect(await page.locator('#sheet h2').textContent()).toBe(`Herstelblad voor sleutel ${publicJwk.kid}`);
      expect(await page.locator('#sheet').textContent()).toContain('Antidiscriminatiebureau Middelstad');
      const lines = await page
        .locator('#sheet .sheet-lines tr')
        .evaluateAll((rows) =>
          rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join('  ')),
        );
      expect(lines.length).toBeGreaterThan(10);
      for (const line of lines) expect(line).toMatch(/^\d\d {2}([\w-]{1,4} ?)+ {2}[0-9a-f]{4}$/);
      expect(await page.evaluate(() => document.documentElement.classList.contains('printing-sheet'))).toBe(
        true,
      );
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('main').isVisible()).toBe(false);
      expect(await page.locator('#sheet').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

      // Typed back in: a mistake is found on its line; the right lines give the file back.
      await page.getByText('Een sleutelbestand terugtypen van het herstelblad').click();
      const typo = [...lines];
      typo[4] = typo[4]!.replace(/ ([\w-])/, (_, c: string) => ` ${c === 'x' ? 'y' : 'x'}`);
      await page.getByLabel(/^Regels van het blad/).fill(typo.join('\n'));
      await page.getByRole('button', { name: 'Regels controleren en sleutelbestand herstellen' }).click();
      await expect.poll(status).toBe('Regel 5 klopt niet met de controlecode: vergelijk hem met het blad.');
      await page.getByLabel(/^Regels van het blad/).fill(lines.join('\n'));
      await page.getByRole('button', { name: 'Regels controleren en sleutelbestand herstellen' }).click();
      await expect
        .poll(status)
        .toBe(
          `Het sleutelbestand voor “${publicJwk.kid}” is hersteld. Download het en ontgrendel het onder “Sleutels van de organisatie”.`,
        );
      const [rebuilt] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Hersteld sleutelbestand downloaden' }).click(),
      ]);
      const { note: _note, ...withoutNote } = file;
      expect(JSON.parse(readFileSync((await rebuilt.path())!, 'utf8'))).toEqual(withoutNote);
      expect(await axe(page)).toEqual([]);
      expect(
        await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
      ).toEqual([0, 0, '']);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('flags a key file under the office key id that holds another key, and it opens nothing', async () => {
    // A wrong key file: made by someone under the office's key id, or a mix-up of files.
    const impostor = await createOfficeKey(PASS_B, { kid: 'office-a' });
    writeFileSync(join(dir, 'impostor.json'), JSON.stringify(impostor.file));
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${r.base}/admin`);
    await page.getByLabel('Office token').fill(TOKEN);
    await page.keyboard.press('Enter');
    await page.getByRole('table').waitFor();
    await page.getByLabel('Key file').setInputFiles(join(dir, 'impostor.json'));
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS_B);
    await page.getByRole('button', { name: 'Unlock key' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 20_000 })
      .toBe(
        'Key “office-a” is unlocked in this tab. Warning: key “office-a” is not the public key this receiver was given under that id. Reports sealed with the page’s key cannot be opened with this file.',
      );
    await page.getByRole('row').filter({ hasText: refs.a! }).getByRole('button').click();
    await expect
      .poll(() => page.locator('#detail-problem').textContent())
      .toMatch(/^This report cannot be opened with key “office-a”: it was changed after it was sealed/);
    expect(await page.locator('#fields').textContent()).not.toContain(marker.a);
    await context.close();
  });

  it('never hands a key or the plaintext to the receiver', async () => {
    // The page talks to its own origin only (CSP connect-src 'self'); what it sends is the token and the
    // status changes. A request log of a whole session shows no passphrase and no report content.
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const sent: string[] = [];
    page.on('request', (req) => sent.push(`${req.method()} ${req.url()} ${req.postData() ?? ''}`));
    await page.goto(`${r.base}/admin`);
    await page.getByLabel('Office token').fill(TOKEN);
    await page.keyboard.press('Enter');
    await page.getByRole('table').waitFor();
    await page.getByLabel('Key file').setInputFiles(join(dir, 'office-key-a.json'));
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS_A);
    await page.getByRole('button', { name: 'Unlock key' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 20_000 })
      .toBe('Key “office-a” is unlocked in this tab.');
    await page.getByRole('row').filter({ hasText: refs.a! }).getByRole('button').click();
    await page.getByText(marker.a).waitFor();
    await page.getByLabel('Status').selectOption('in-progress');
    await page.getByRole('button', { name: 'Save status' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Status saved: In progress.');
    const log = sent.join('\n');
    expect(log).toContain('PATCH');
    expect(log).not.toContain(PASS_A);
    expect(log).not.toContain(marker.a);
    expect(log).not.toContain(fileA.wrappedKey);
    for (const line of sent) expect(new URL(line.split(' ')[1]!).origin).toBe(r.base);
    await context.close();
  });
});
