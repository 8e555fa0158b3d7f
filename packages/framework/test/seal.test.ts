import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSchema, type ReportPayload } from '../src/schemas/index.js';
import {
  PADDING_BUCKETS,
  PBKDF2_ITERATIONS,
  SealError,
  createOfficeKey,
  deriveKeyPair,
  openEnvelope,
  reportStatistics,
  sealReport,
  sealedReportSchema,
  unlockOfficeKey,
  type OfficeKey,
  type SealErrorCode,
} from '../src/seal/index.js';
import {
  MODE_AUTH,
  decap,
  encap,
  keySchedule,
  openAuth,
  openBase,
  sealAuth,
  sealBase,
} from '../src/seal/hpke.js';
import { fromBase64url, toBase64url } from '../src/seal/bytes.js';
import { pad, unpad } from '../src/seal/padding.js';
import { publicJwkOf } from '../src/seal/keys.js';

const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const { vector: V } = readJson('./fixtures/hpke-rfc9180-p256-sha256-aes256gcm.json');
const { vector: A } = readJson('./fixtures/hpke-rfc9180-p256-sha256-aes256gcm-auth.json');
const report = reportSchema.parse(readJson('../examples/report.example.json')) as ReportPayload;

const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));
const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** A P-256 key pair from the vectors' raw scalar and point. */
async function importPair(skm: string, pkm: string): Promise<CryptoKeyPair> {
  const jwk = { ...publicJwkOf(hex(pkm)), d: toBase64url(hex(skm)) };
  const alg = { name: 'ECDH', namedCurve: 'P-256' };
  return {
    privateKey: await crypto.subtle.importKey('jwk', jwk, alg, false, ['deriveBits']),
    publicKey: await crypto.subtle.importKey('raw', hex(pkm), alg, true, []),
  };
}

/** The SealError a promise is rejected with. */
async function refused(promise: Promise<unknown>): Promise<SealError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (e: unknown) => e,
  );
  if (!(error instanceof SealError)) throw error;
  return error;
}
const refusal = async (promise: Promise<unknown>): Promise<SealErrorCode> => (await refused(promise)).code;

/** An office key made without the passphrase file, for tests that are not about the file. */
async function sessionKey(kid: string): Promise<OfficeKey> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const point = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { kid, privateKey: pair.privateKey, publicJwk: publicJwkOf(point, kid) };
}

describe('HPKE against the RFC 9180 test vectors (base mode, P-256, HKDF-SHA256, AES-256-GCM)', () => {
  it('is the suite the fixture holds', () => {
    expect([V.mode, V.kem_id, V.kdf_id, V.aead_id]).toEqual([0, 0x10, 1, 2]);
  });

  it('DeriveKeyPair gives skEm/pkEm from ikmE and skRm/pkRm from ikmR', async () => {
    for (const [ikm, sk, pk] of [
      [V.ikmE, V.skEm, V.pkEm],
      [V.ikmR, V.skRm, V.pkRm],
    ]) {
      const derived = await deriveKeyPair(hex(ikm), true);
      expect(toHex(derived.skm!)).toBe(sk);
      expect(toHex(fromBase64url(derived.publicJwk.x!))).toBe(pk.slice(2, 66));
      expect(toHex(fromBase64url(derived.publicJwk.y!))).toBe(pk.slice(66));
      expect(derived.privateKey.extractable).toBe(false);
    }
  });

  it('Encap with the vector ephemeral key gives enc and the shared secret; Decap gives it back', async () => {
    const ephemeral = await importPair(V.skEm, V.pkEm);
    const { enc, sharedSecret } = await encap(hex(V.pkRm), ephemeral);
    expect(toHex(enc)).toBe(V.enc);
    expect(toHex(sharedSecret)).toBe(V.shared_secret);
    const recipient = await importPair(V.skRm, V.pkRm);
    expect(toHex(await decap(hex(V.enc), recipient.privateKey, hex(V.pkRm)))).toBe(V.shared_secret);
  });

  it('the key schedule gives the context, secret, key and base nonce', async () => {
    const ks = await keySchedule(hex(V.shared_secret), hex(V.info));
    expect(toHex(ks.context)).toBe(V.key_schedule_context);
    expect(toHex(ks.secret)).toBe(V.secret);
    expect(toHex(ks.key)).toBe(V.key);
    expect(toHex(ks.baseNonce)).toBe(V.base_nonce);
  });

  it('seals the first encryption to its ciphertext and opens it again', async () => {
    const [e] = V.encryptions;
    expect(e.nonce).toBe(V.base_nonce);
    const ephemeral = await importPair(V.skEm, V.pkEm);
    const sealed = await sealBase(hex(V.pkRm), hex(V.info), hex(e.aad), hex(e.pt), ephemeral);
    expect(toHex(sealed.enc)).toBe(V.enc);
    expect(toHex(sealed.ct)).toBe(e.ct);
    const recipient = await importPair(V.skRm, V.pkRm);
    const opened = await openBase(
      hex(V.enc),
      recipient.privateKey,
      hex(V.pkRm),
      hex(V.info),
      hex(e.aad),
      hex(e.ct),
    );
    expect(toHex(opened)).toBe(e.pt);
  });

  it('opening fails when the info differs (another key id)', async () => {
    const [e] = V.encryptions;
    const recipient = await importPair(V.skRm, V.pkRm);
    const otherInfo = hex(`${V.info}00`);
    await expect(
      openBase(hex(V.enc), recipient.privateKey, hex(V.pkRm), otherInfo, hex(e.aad), hex(e.ct)),
    ).rejects.toThrow();
  });
});

describe('HPKE against the RFC 9180 test vectors (auth mode, P-256, HKDF-SHA256, AES-256-GCM)', () => {
  it('is the suite the fixture holds', () => {
    expect([A.mode, A.kem_id, A.kdf_id, A.aead_id]).toEqual([MODE_AUTH, 0x10, 1, 2]);
  });

  it('DeriveKeyPair gives the sender key skSm/pkSm from ikmS', async () => {
    const derived = await deriveKeyPair(hex(A.ikmS), true);
    expect(toHex(derived.skm!)).toBe(A.skSm);
    expect(toHex(fromBase64url(derived.publicJwk.x!))).toBe(A.pkSm.slice(2, 66));
  });

  it('AuthEncap with the vector keys gives enc and the shared secret; AuthDecap gives it back', async () => {
    const ephemeral = await importPair(A.skEm, A.pkEm);
    const sender = await importPair(A.skSm, A.pkSm);
    const { enc, sharedSecret } = await encap(hex(A.pkRm), ephemeral, {
      privateKey: sender.privateKey,
      publicKey: hex(A.pkSm),
    });
    expect(toHex(enc)).toBe(A.enc);
    expect(toHex(sharedSecret)).toBe(A.shared_secret);
    const recipient = await importPair(A.skRm, A.pkRm);
    expect(toHex(await decap(hex(A.enc), recipient.privateKey, hex(A.pkRm), hex(A.pkSm)))).toBe(
      A.shared_secret,
    );
  });

  it('the key schedule in auth mode gives the context, secret, key and base nonce', async () => {
    const ks = await keySchedule(hex(A.shared_secret), hex(A.info), MODE_AUTH);
    expect(toHex(ks.context)).toBe(A.key_schedule_context);
    expect(toHex(ks.secret)).toBe(A.secret);
    expect(toHex(ks.key)).toBe(A.key);
    expect(toHex(ks.baseNonce)).toBe(A.base_nonce);
  });

  it('seals the first encryption to its ciphertext and opens it with the sender public key', async () => {
    const [e] = A.encryptions;
    const ephemeral = await importPair(A.skEm, A.pkEm);
    const sender = await importPair(A.skSm, A.pkSm);
    const sealed = await sealAuth(
      hex(A.pkRm),
      hex(A.info),
      hex(e.aad),
      hex(e.pt),
      { privateKey: sender.privateKey, publicKey: hex(A.pkSm) },
      ephemeral,
    );
    expect(toHex(sealed.enc)).toBe(A.enc);
    expect(toHex(sealed.ct)).toBe(e.ct);
    const recipient = await importPair(A.skRm, A.pkRm);
    const opened = await openAuth(
      hex(A.enc),
      recipient.privateKey,
      hex(A.pkRm),
      hex(A.info),
      hex(e.aad),
      hex(e.ct),
      hex(A.pkSm),
    );
    expect(toHex(opened)).toBe(e.pt);
  });

  it('does not open with another sender key, nor in base mode', async () => {
    const [e] = A.encryptions;
    const recipient = await importPair(A.skRm, A.pkRm);
    const args = [hex(A.enc), recipient.privateKey, hex(A.pkRm), hex(A.info), hex(e.aad), hex(e.ct)] as const;
    await expect(openAuth(...args, hex(A.pkRm))).rejects.toThrow();
    await expect(openBase(...args)).rejects.toThrow();
    // A base-mode message to the same recipient does not open as authenticated by anyone.
    const base = await sealBase(hex(A.pkRm), hex(A.info), hex(e.aad), hex(e.pt));
    await expect(
      openAuth(base.enc, recipient.privateKey, hex(A.pkRm), hex(A.info), hex(e.aad), base.ct, hex(A.pkSm)),
    ).rejects.toThrow();
  });
});

describe('sealReport and openEnvelope', () => {
  it('round trip: the opened report is the report, and passes the report schema again', async () => {
    const key = await sessionKey('office-a');
    const envelope = await sealReport(report, key.publicJwk, 'office-a');
    expect(sealedReportSchema.safeParse(envelope).success).toBe(true);
    expect(Object.keys(envelope).sort()).toEqual([
      'antiAbuse',
      'ciphertext',
      'enc',
      'kid',
      'schemaVersion',
      'type',
    ]);
    expect(JSON.stringify(envelope)).not.toContain(report.description.slice(0, 20));
    const opened = await openEnvelope(envelope, key);
    expect(opened).toEqual(JSON.parse(JSON.stringify(report)));
    expect(reportSchema.safeParse(opened).success).toBe(true);
  });

  it('each sealing uses a fresh ephemeral key: the same report seals differently every time', async () => {
    const key = await sessionKey('office-a');
    const a = await sealReport(report, key.publicJwk, 'office-a');
    const b = await sealReport(report, key.publicJwk, 'office-a');
    expect(a.enc).not.toBe(b.enc);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('carries statistics only when given, and binds them to the ciphertext', async () => {
    const key = await sessionKey('office-a');
    const statistics = reportStatistics(report, 'north');
    // The example happened "roughly in September 2026": month precision.
    expect(statistics).toEqual({
      month: '2026-09',
      domain: 'housing',
      grounds: ['religion-or-belief'],
      role: 'victim',
      wish: 'advice',
      area: 'north',
    });
    expect(
      reportStatistics({
        ...report,
        when: { precision: 'day', date: '2026-03-05' },
        groundOther: 'accent',
        groundUnknown: true,
      }).month,
    ).toBe('2026-03');
    const envelope = await sealReport(report, key.publicJwk, 'office-a', { statistics });
    expect(envelope.statistics).toEqual(statistics);
    expect(await openEnvelope(envelope, key)).toEqual(JSON.parse(JSON.stringify(report)));

    const changed = { ...envelope, statistics: { ...statistics, domain: 'police' as const } };
    expect(changed.statistics.domain).not.toBe(statistics.domain);
    expect(await refusal(openEnvelope(changed, key))).toBe('unreadable');
    const { statistics: _dropped, ...stripped } = envelope;
    expect(await refusal(openEnvelope(stripped, key))).toBe('unreadable');
  });

  it('refuses a tampered ciphertext', async () => {
    const key = await sessionKey('office-a');
    const envelope = await sealReport(report, key.publicJwk, 'office-a');
    const bytes = fromBase64url(envelope.ciphertext);
    bytes[100]! ^= 1;
    const error = await refused(openEnvelope({ ...envelope, ciphertext: toBase64url(bytes) }, key));
    expect(error.code).toBe('unreadable');
    expect(error.message).toMatch(/changed after sealing/);
  });

  it('refuses a tampered encapsulated key', async () => {
    const key = await sessionKey('office-a');
    const envelope = await sealReport(report, key.publicJwk, 'office-a');
    const other = await sealReport(report, key.publicJwk, 'office-a');
    expect(await refusal(openEnvelope({ ...envelope, enc: other.enc }, key))).toBe('unreadable');
    const bytes = fromBase64url(envelope.enc);
    bytes[40]! ^= 1; // no longer a point on the curve
    expect(await refusal(openEnvelope({ ...envelope, enc: toBase64url(bytes) }, key))).toBe('unreadable');
  });

  it('refuses the wrong key: another key under the same key id', async () => {
    const right = await sessionKey('office-a');
    const wrong = await sessionKey('office-a');
    const envelope = await sealReport(report, right.publicJwk, 'office-a');
    expect(await refusal(openEnvelope(envelope, wrong))).toBe('unreadable');
  });

  it('refuses an envelope replayed under another key id', async () => {
    const a = await sessionKey('office-a');
    const b = await sessionKey('office-b');
    const envelope = await sealReport(report, a.publicJwk, 'office-a');
    const relabelled = { ...envelope, kid: 'office-b' };
    // With both keys unlocked, the envelope is tried with key b, the one it names: it does not open.
    expect(await refusal(openEnvelope(relabelled, [a, b]))).toBe('unreadable');
    // With key a alone, the names do not match and it is refused before decrypting.
    const error = await refused(openEnvelope(relabelled, a));
    expect(error.code).toBe('unknown-key');
    expect(error.message).toContain('"office-b"');
    // Key a with the name changed to match: the key id is bound to the ciphertext (HPKE info).
    expect(await refusal(openEnvelope(relabelled, { ...a, kid: 'office-b' }))).toBe('unreadable');
  });

  it('opens reports sealed to several keys with one key ring (rotation)', async () => {
    const old = await sessionKey('2025-01-01-old');
    const current = await sessionKey('2026-01-01-new');
    const e1 = await sealReport({ n: 1 }, old.publicJwk, old.kid);
    const e2 = await sealReport({ n: 2 }, current.publicJwk, current.kid);
    expect(await openEnvelope(e1, [current, old])).toEqual({ n: 1 });
    expect(await openEnvelope(e2, [current, old])).toEqual({ n: 2 });
  });

  it('refuses envelopes that are not sealed reports', async () => {
    const key = await sessionKey('office-a');
    const envelope = await sealReport(report, key.publicJwk, 'office-a');
    for (const bad of [
      null,
      { ...envelope, schemaVersion: 2 },
      { ...envelope, contact: { kind: 'anonymous' } },
      { ...envelope, ciphertext: envelope.ciphertext.slice(4) },
      { ...envelope, ciphertext: `${envelope.ciphertext.slice(1)}=` },
      { ...envelope, kid: 'with space' },
    ]) {
      expect(await refusal(openEnvelope(bad, key))).toBe('invalid-envelope');
    }
  });

  it('refuses a private key, a key that is not P-256, and a key id that does not match', async () => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    expect(await refusal(sealReport(report, privateJwk, 'k'))).toBe('invalid-public-key');
    const p384 = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
    expect(await refusal(sealReport(report, await crypto.subtle.exportKey('jwk', p384.publicKey), 'k'))).toBe(
      'invalid-public-key',
    );
    expect(await refusal(sealReport(report, 'not a key', 'k'))).toBe('invalid-public-key');
    const good = await sessionKey('k');
    const offCurve = { ...good.publicJwk, y: good.publicJwk.x };
    expect(await refusal(sealReport(report, offCurve, 'k'))).toBe('invalid-public-key');
    const key = await sessionKey('office-a');
    expect(await refusal(sealReport(report, key.publicJwk, 'office-b'))).toBe('invalid-key-id');
    expect(await refusal(sealReport(report, key.publicJwk, '../etc'))).toBe('invalid-key-id');
  });
});

describe('padding', () => {
  it('pads to the smallest bucket that holds the plaintext and its marker, and takes it off again', () => {
    for (const [length, bucket] of [
      [0, 2048],
      [2047, 2048],
      [2048, 8192],
      [8191, 8192],
      [8192, 32768],
      [65535, 65536],
    ] as const) {
      const plaintext = new Uint8Array(length).fill(0x41);
      const padded = pad(plaintext);
      expect(padded.length).toBe(bucket);
      expect(Buffer.from(unpad(padded)).equals(plaintext)).toBe(true);
    }
    // Trailing zero bytes of the plaintext itself survive: the marker, not the zeros, ends it.
    expect(unpad(pad(Uint8Array.of(1, 0, 0)))).toEqual(Uint8Array.of(1, 0, 0));
    expect(() => pad(new Uint8Array(65536))).toThrow(SealError);
    expect(() => unpad(new Uint8Array(2048))).toThrow(SealError);
  });

  it('hides the length of a report within a bucket, and sealing refuses what no bucket holds', async () => {
    const key = await sessionKey('office-a');
    const short = { ...report, description: 'x' };
    const longer = { ...report, description: 'x'.repeat(1200) };
    const long = { ...report, description: 'x'.repeat(5000) };
    const sizes = await Promise.all(
      [short, longer, long].map(
        async (r) => (await sealReport(r, key.publicJwk, 'office-a')).ciphertext.length,
      ),
    );
    expect(sizes[0]).toBe(sizes[1]);
    expect(sizes[0]).toBe(Math.ceil(((PADDING_BUCKETS[0] + 16) * 4) / 3));
    expect(sizes[2]).toBe(Math.ceil(((PADDING_BUCKETS[1] + 16) * 4) / 3));
    expect(await refusal(sealReport({ text: 'x'.repeat(70_000) }, key.publicJwk, 'office-a'))).toBe(
      'too-large',
    );
  });
});

describe('the envelope JSON Schema (for PHP receivers)', () => {
  it('is written with the padding buckets as the only ciphertext lengths', () => {
    const schema = readJson('../dist/schema/sealed-report.schema.json');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['type', 'schemaVersion', 'kid', 'enc', 'ciphertext']);
    expect(schema.properties.ciphertext.anyOf.map((s: { minLength: number }) => s.minLength)).toEqual(
      PADDING_BUCKETS.map((b) => Math.ceil(((b + 16) * 4) / 3)),
    );
    expect(schema.properties.statistics.additionalProperties).toBe(false);
  });
});

describe('office key files', () => {
  const passphrase = 'tulip canal bicycle rain';

  it('round trip: the file unlocks with its passphrase into a key that cannot be exported', async () => {
    const { file, publicJwk, kid } = await createOfficeKey(passphrase, {
      now: new Date('2026-11-26T10:00:00Z'),
    });
    expect(kid).toMatch(/^2026-11-26-[0-9a-f]{8}$/);
    expect(publicJwk).toEqual({ kty: 'EC', crv: 'P-256', x: expect.any(String), y: expect.any(String), kid });
    expect(file.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify(file)).not.toMatch(/"d":/);

    const stored = JSON.parse(JSON.stringify(file));
    const key = await unlockOfficeKey(stored, passphrase);
    expect(key.kid).toBe(kid);
    expect(key.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', key.privateKey)).rejects.toThrow();

    const envelope = await sealReport(report, publicJwk, kid);
    expect(await openEnvelope(envelope, key)).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('refuses a wrong passphrase, an edited file and a weak new passphrase', async () => {
    const { file } = await createOfficeKey(passphrase);
    expect(await refusal(unlockOfficeKey(file, 'tulip canal bicycle rail'))).toBe('wrong-passphrase');
    expect(await refusal(unlockOfficeKey({ ...file, kid: 'another-kid' }, passphrase))).toBe(
      'wrong-passphrase',
    );
    const other = await createOfficeKey(passphrase);
    const swapped = { ...file, publicKey: other.file.publicKey };
    expect(await refusal(unlockOfficeKey(swapped, passphrase))).toBe('wrong-passphrase');
    expect(
      await refusal(unlockOfficeKey({ ...file, kdf: { ...file.kdf, iterations: 1000 } }, passphrase)),
    ).toBe('invalid-key-file');
    expect(await refusal(unlockOfficeKey({ hello: 'world' }, passphrase))).toBe('invalid-key-file');
    expect(await refusal(createOfficeKey('short'))).toBe('weak-passphrase');
  });

  it('reads the passphrase the same however its accents are encoded', async () => {
    const composed = 'Straße café crème brûlée';
    const { file } = await createOfficeKey(composed);
    const key = await unlockOfficeKey(file, composed.normalize('NFD'));
    expect(key.kid).toBe(file.kid);
  });
});
