import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openEnvelope, sealReport, unlockOfficeKey } from '@hrc/framework/seal';

const bin = fileURLToPath(new URL('../dist/keygen.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hrc-keygen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PASSPHRASE = 'tulip canal bicycle rain';
const run = (args: string[], input: string) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: dir });

describe('hrc-keygen', () => {
  const out = join(dir, 'office-key.json');

  it('writes an owner-only key file and prints the public key, which seals what the file opens', async () => {
    const r = run(['--out', out, '--kid', 'office-2026'], `${PASSPHRASE}\n`);
    expect(r.stderr).toContain('Keep this file and the passphrase safe');
    expect(r.status).toBe(0);
    const publicJwk = JSON.parse(r.stdout);
    expect(publicJwk).toEqual({
      kty: 'EC',
      crv: 'P-256',
      x: expect.any(String),
      y: expect.any(String),
      kid: 'office-2026',
    });
    expect(statSync(out).mode & 0o777).toBe(0o600);

    const file = JSON.parse(readFileSync(out, 'utf8'));
    expect(file.publicKey).toEqual(publicJwk);
    const key = await unlockOfficeKey(file, PASSPHRASE);
    const envelope = await sealReport({ marker: 'kg-1' }, publicJwk, 'office-2026');
    expect(await openEnvelope(envelope, key)).toEqual({ marker: 'kg-1' });
  });

  it('never overwrites a key file', () => {
    const before = readFileSync(out, 'utf8');
    const r = run(['--out', out], `${PASSPHRASE}\n`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/exists/);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('--check tells whether a passphrase opens the file', () => {
    const ok = run(['--check', out], `${PASSPHRASE}\n`);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).kid).toBe('office-2026');
    const wrong = run(['--check', out], 'tulip canal bicycle rail\n');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/passphrase does not open key "office-2026"/);
    expect(wrong.stdout).toBe('');
  });

  it('refuses a short passphrase and a key id of the wrong form', () => {
    expect(run(['--out', join(dir, 'a.json')], 'short\n').stderr).toMatch(/at least 12 characters/);
    const bad = run(['--out', join(dir, 'b.json'), '--kid', '../x'], `${PASSPHRASE}\n`);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/key id/);
  });
});
