import { createHash, hkdfSync, pbkdf2Sync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  RECEIPT_ITERATIONS,
  RECEIPT_LENGTH,
  SealError,
  checkReceipt,
  dammCheckDigit,
  deriveFollowUp,
  followUpRegistrationSchema,
  formatReceipt,
  lookupTokenSchema,
  newReceipt,
  openEnvelope,
  openMessage,
  officeCopySchema,
  sealMessage,
  sealOfficeReply,
  sealReport,
  sealedMessageSchema,
  sealedReportSchema,
  type OfficeKey,
  type SealErrorCode,
} from '../src/seal/index.js';
import { fromBase64url, toBase64url } from '../src/seal/bytes.js';
import { publicJwkOf } from '../src/seal/keys.js';

const KAT = JSON.parse(readFileSync(new URL('./fixtures/follow-up-kat.json', import.meta.url), 'utf8'));

async function refusal(promise: Promise<unknown>): Promise<SealErrorCode> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (e: unknown) => e,
  );
  if (!(error instanceof SealError)) throw error;
  return error.code;
}

async function sessionKey(kid: string): Promise<OfficeKey> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const point = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { kid, privateKey: pair.privateKey, publicJwk: publicJwkOf(point, kid) };
}

describe('receipts', () => {
  it("Damm's check digit: the published example 572 → 4, and a valid number checks to 0", () => {
    expect(dammCheckDigit('572')).toBe(4);
    expect(dammCheckDigit('5724')).toBe(0);
  });

  it('a new receipt is 20 digits whose check digit holds, and is formatted in five groups of four', () => {
    const r = newReceipt();
    expect(r).toMatch(/^\d{20}$/);
    expect(r).toHaveLength(RECEIPT_LENGTH);
    expect(dammCheckDigit(r)).toBe(0);
    expect(formatReceipt(r)).toMatch(/^\d{4} \d{4} \d{4} \d{4} \d{4}$/);
    expect(newReceipt()).not.toBe(r);
  });

  it('draws bytes of 250 and above again, so every digit is equally likely', () => {
    // A source that gives only 250..255 at first, then 9, 19, 29 …: the first bytes must be skipped.
    let calls = 0;
    const source = (b: Uint8Array) => {
      calls++;
      b.set(calls === 1 ? b.map((_, i) => 250 + (i % 6)) : b.map((_, i) => (i * 10 + 9) % 250));
      return b;
    };
    const r = newReceipt(source);
    expect(calls).toBe(2);
    expect(r.slice(0, 19)).toBe('9'.repeat(19));
  });

  it('digits come out uniform over many receipts (chi-square, 9 degrees of freedom)', () => {
    const counts = Array<number>(10).fill(0);
    for (let i = 0; i < 2000; i++) for (const d of newReceipt().slice(0, 19)) counts[Number(d)]!++;
    const expected = (2000 * 19) / 10;
    const chi = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // 27.9 is the 99.9th percentile of chi-square with 9 degrees of freedom.
    expect(chi).toBeLessThan(27.9);
  });

  it('reads a typed receipt with spaces, dashes and Arabic-Indic digits; finds a wrong or swapped digit', () => {
    const r = KAT.receipt as string;
    expect(checkReceipt(formatReceipt(r))).toEqual({ ok: true, digits: r });
    expect(checkReceipt(r.replace(/(\d{4})/g, '$1-'))).toEqual({ ok: true, digits: r });
    const arabic = [...r].map((d) => String.fromCodePoint(0x0660 + Number(d))).join('');
    expect(checkReceipt(arabic)).toEqual({ ok: true, digits: r });
    expect(checkReceipt(r.slice(0, 19))).toEqual({ ok: false, reason: 'length' });
    expect(checkReceipt(`${r}x`)).toEqual({ ok: false, reason: 'length' });
    for (let i = 0; i < 20; i++) {
      const wrong = r.slice(0, i) + String((Number(r[i]) + 3) % 10) + r.slice(i + 1);
      expect(checkReceipt(wrong)).toEqual({ ok: false, reason: 'check' });
    }
    for (let i = 0; i < 19; i++) {
      if (r[i] === r[i + 1]) continue;
      const swapped = r.slice(0, i) + r[i + 1] + r[i] + r.slice(i + 2);
      expect(checkReceipt(swapped)).toEqual({ ok: false, reason: 'check' });
    }
  });
});

describe('deriving from a receipt', () => {
  it('gives the known answers (computed with node:crypto, independently of WebCrypto)', async () => {
    const keys = await deriveFollowUp(KAT.receipt);
    expect(keys.lookup).toBe(KAT.lookup);
    expect(keys.verifier).toBe(KAT.verifier);
    expect(keys.key).toBe(KAT.key);
    expect(keys.privateKey.extractable).toBe(false);
    expect(RECEIPT_ITERATIONS).toBe(KAT.iterations);
  });

  it('the fixture itself follows from the receipt with OpenSSL', () => {
    const stretched = pbkdf2Sync(KAT.receipt, KAT.salt, KAT.iterations, 32, 'sha256');
    expect(stretched.toString('hex')).toBe(KAT.stretched);
    const lookup = Buffer.from(hkdfSync('sha256', stretched, Buffer.alloc(0), 'hrc-follow-up/v1/lookup', 32));
    expect(lookup.toString('base64url')).toBe(KAT.lookup);
    expect(createHash('sha256').update(lookup).digest('base64url')).toBe(KAT.verifier);
  });

  it('the verifier is not the lookup token, and neither is the key; another receipt gives other values', async () => {
    const a = await deriveFollowUp(KAT.receipt, 1000);
    const b = await deriveFollowUp(newReceipt(), 1000);
    expect(a.verifier).not.toBe(a.lookup);
    expect([b.lookup, b.verifier, b.key]).not.toContain(a.lookup);
    expect(lookupTokenSchema.safeParse(a.lookup).success).toBe(true);
    expect(followUpRegistrationSchema.safeParse({ verifier: a.verifier, key: a.key }).success).toBe(true);
  });
});

describe('a report with a follow-up registration', () => {
  it('carries the verifier and key readable, bound to the ciphertext', async () => {
    const office = await sessionKey('office-1');
    const fu = await deriveFollowUp(newReceipt(), 1000);
    const env = await sealReport({ description: 'x' }, office.publicJwk, office.kid, { followUp: fu });
    expect(env.followUp).toEqual({ verifier: fu.verifier, key: fu.key });
    expect(JSON.stringify(env)).not.toContain(fu.lookup);
    expect(sealedReportSchema.safeParse(env).success).toBe(true);
    expect(await openEnvelope(env, office)).toEqual({ description: 'x' });
    const other = await deriveFollowUp(newReceipt(), 1000);
    // A host that swaps the key the office's answers go to, or drops it, makes the report unopenable.
    const swapped = { ...env, followUp: { verifier: fu.verifier, key: other.key } };
    expect(await refusal(openEnvelope(swapped, office))).toBe('unreadable');
    const { followUp: _dropped, ...without } = env;
    expect(await refusal(openEnvelope(without, office))).toBe('unreadable');
  });

  it('an envelope without follow-up opens as before (same additional data)', async () => {
    const office = await sessionKey('office-1');
    const env = await sealReport({ description: 'y' }, office.publicJwk, office.kid);
    expect('followUp' in env).toBe(false);
    expect(await openEnvelope(env, office)).toEqual({ description: 'y' });
  });
});

describe('sealed messages', () => {
  it('resident → office: opens with the office key in the same conversation only', async () => {
    const office = await sessionKey('office-1');
    const m = await sealMessage('More: it happened twice.', { to: 'office', ...office }, 'HRC-AAAA-BBBB');
    expect(sealedMessageSchema.safeParse(m).success).toBe(true);
    expect(m.ciphertext).toHaveLength(2752);
    expect(await openMessage(m, 'HRC-AAAA-BBBB', { to: 'office', keys: [office] })).toEqual({
      text: 'More: it happened twice.',
    });
    expect(await refusal(openMessage(m, 'HRC-CCCC-DDDD', { to: 'office', keys: [office] }))).toBe(
      'unreadable',
    );
    const other = await sessionKey('office-2');
    expect(await refusal(openMessage(m, 'HRC-AAAA-BBBB', { to: 'office', keys: [other] }))).toBe(
      'unknown-key',
    );
    expect(
      await refusal(openMessage({ ...m, kid: 'office-2' }, 'HRC-AAAA-BBBB', { to: 'office', keys: [other] })),
    ).toBe('unreadable');
  });

  it('office → resident: opens with the key derived from the receipt and the office public key, not with another', async () => {
    const office = await sessionKey('office-1');
    const receipt = newReceipt();
    const fu = await deriveFollowUp(receipt, 1000);
    const m = await sealMessage(
      'Wij nemen contact op.',
      { to: 'resident', key: fu.key, from: office },
      'HRC-AAAA-BBBB',
    );
    expect(sealedMessageSchema.safeParse(m).success).toBe(true);
    expect(m.kid).toBe('office-1');
    // Coming back: the same receipt, derived again, opens it with the office's public key.
    const again = await deriveFollowUp(receipt, 1000);
    const officeKeys = [office.publicJwk];
    expect(await openMessage(m, 'HRC-AAAA-BBBB', { to: 'resident', ...again, officeKeys })).toEqual({
      text: 'Wij nemen contact op.',
    });
    const stranger = await deriveFollowUp(newReceipt(), 1000);
    expect(await refusal(openMessage(m, 'HRC-AAAA-BBBB', { to: 'resident', ...stranger, officeKeys }))).toBe(
      'unreadable',
    );
    expect(await refusal(openMessage(m, 'HRC-CCCC-DDDD', { to: 'resident', ...fu, officeKeys }))).toBe(
      'unreadable',
    );
    // Only the office's side opens messages to the office, and the other way round.
    expect(await refusal(openMessage(m, 'HRC-AAAA-BBBB', { to: 'office', keys: [] }))).toBe(
      'invalid-envelope',
    );
  });

  it('an answer not sent with the office private key does not open for the resident', async () => {
    const office = await sessionKey('office-1');
    const fu = await deriveFollowUp(newReceipt(), 1000);
    const officeKeys = [office.publicJwk];
    // Someone with every public key but not the office's private one: their own key under the office kid.
    const forger = await sessionKey('office-1');
    const forged = await sealMessage('Pay a fee to …', { to: 'resident', key: fu.key, from: forger }, 'R');
    expect(sealedMessageSchema.safeParse(forged).success).toBe(true);
    expect(await refusal(openMessage(forged, 'R', { to: 'resident', ...fu, officeKeys }))).toBe('unreadable');
    // Under a key id the resident does not know.
    const unknown = await sealMessage('x', { to: 'resident', key: fu.key, from: await sessionKey('z') }, 'R');
    expect(await refusal(openMessage(unknown, 'R', { to: 'resident', ...fu, officeKeys }))).toBe(
      'unknown-key',
    );
    // Without a key id (HPKE base mode, as before answers were sent with the office key).
    const { kid: _kid, ...unsigned } = forged;
    expect(await refusal(openMessage(unsigned, 'R', { to: 'resident', ...fu, officeKeys }))).toBe(
      'invalid-envelope',
    );
    expect(sealedMessageSchema.safeParse(unsigned).success).toBe(false);
  });

  it('key rotation: an answer sent with an older office key opens while that public key is still given', async () => {
    const old = await sessionKey('office-2025');
    const current = await sessionKey('office-2026');
    const fu = await deriveFollowUp(newReceipt(), 1000);
    const earlier = await sealMessage('first', { to: 'resident', key: fu.key, from: old }, 'R');
    const later = await sealMessage('second', { to: 'resident', key: fu.key, from: current }, 'R');
    const officeKeys = [current.publicJwk, old.publicJwk];
    expect(await openMessage(earlier, 'R', { to: 'resident', ...fu, officeKeys })).toEqual({ text: 'first' });
    expect(await openMessage(later, 'R', { to: 'resident', ...fu, officeKeys })).toEqual({ text: 'second' });
    // A key id moved to another office key: refused.
    const moved = { ...earlier, kid: 'office-2026' };
    expect(await refusal(openMessage(moved, 'R', { to: 'resident', ...fu, officeKeys }))).toBe('unreadable');
  });

  it("the office's copy of its answer opens with the office key alone, and never as a resident's message", async () => {
    const office = await sessionKey('office-1');
    const fu = await deriveFollowUp(newReceipt(), 1000);
    const { message, copy } = await sealOfficeReply('We will call you.', fu.key, office, 'R');
    expect(officeCopySchema.safeParse(copy).success).toBe(true);
    expect(sealedMessageSchema.safeParse(copy).success).toBe(false);
    expect(copy).toMatchObject({ to: 'office', kid: 'office-1', copy: true });
    expect(await openMessage(copy, 'R', { to: 'office', keys: [office] })).toEqual({
      text: 'We will call you.',
    });
    expect(
      await openMessage(message, 'R', { to: 'resident', ...fu, officeKeys: [office.publicJwk] }),
    ).toEqual({ text: 'We will call you.' });
    // The copy without its mark (posted as if the resident wrote it) does not open: another HPKE info.
    const { copy: _mark, ...unmarked } = copy;
    expect(await refusal(openMessage(unmarked, 'R', { to: 'office', keys: [office] }))).toBe('unreadable');
  });

  it('refuses empty and over-long texts, and a tampered ciphertext', async () => {
    const office = await sessionKey('office-1');
    const fu = await deriveFollowUp(newReceipt(), 1000);
    const to = { to: 'resident', key: fu.key, from: office } as const;
    expect(await refusal(sealMessage('  ', to, 'R'))).toBe('too-large');
    expect(await refusal(sealMessage('x'.repeat(5001), to, 'R'))).toBe('too-large');
    expect(await refusal(sealMessage('x', { ...to, key: 'AAAA' }, 'R'))).toBe('invalid-public-key');
    const m = await sealMessage('ok', to, 'R');
    const bytes = fromBase64url(m.ciphertext);
    bytes[10]! ^= 1;
    const tampered = { ...m, ciphertext: toBase64url(bytes) };
    expect(
      await refusal(openMessage(tampered, 'R', { to: 'resident', ...fu, officeKeys: [office.publicJwk] })),
    ).toBe('unreadable');
  });

  it('the schema refuses a message to the office without a key id, readable extras and unpadded lengths', async () => {
    const office = await sessionKey('office-1');
    const m = await sealMessage('x', { to: 'office', ...office }, 'R');
    const { kid: _kid, ...noKid } = m;
    expect(sealedMessageSchema.safeParse(noKid).success).toBe(false);
    expect(sealedMessageSchema.safeParse({ ...m, text: 'readable' }).success).toBe(false);
    expect(sealedMessageSchema.safeParse({ ...m, ciphertext: m.ciphertext.slice(4) }).success).toBe(false);
  });
});
