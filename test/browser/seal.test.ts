// The sealing module in Chromium, where residents and offices run it: the RFC 9180 vectors, a sealed
// report opened again, and an office key file unlocked. The same checks run in Node in
// packages/framework/test/seal.test.ts; this shows the browser's WebCrypto agrees.
import { expect } from '@open-wc/testing';
import {
  SealError,
  createOfficeKey,
  deriveKeyPair,
  openEnvelope,
  sealReport,
  unlockOfficeKey,
} from '@hrc/framework/seal';
import { openAuth, openBase, sealAuth, sealBase } from '../../packages/framework/dist/seal/hpke.js';

interface Vector {
  info: string;
  ikmE: string;
  ikmR: string;
  skEm: string;
  skRm: string;
  pkEm: string;
  pkRm: string;
  skSm?: string;
  pkSm?: string;
  enc: string;
  encryptions: { aad: string; pt: string; ct: string }[];
}

const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));
const toHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const b64url = (b: Uint8Array) =>
  btoa(String.fromCharCode(...b))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const P256 = { name: 'ECDH', namedCurve: 'P-256' };

async function vector(mode = ''): Promise<Vector> {
  const res = await fetch(`/packages/framework/test/fixtures/hpke-rfc9180-p256-sha256-aes256gcm${mode}.json`);
  return ((await res.json()) as { vector: Vector }).vector;
}

async function privateKey(skm: string, pkm: string) {
  const p = hex(pkm);
  const jwk = {
    kty: 'EC',
    crv: 'P-256',
    x: b64url(p.subarray(1, 33)),
    y: b64url(p.subarray(33)),
    d: b64url(hex(skm)),
  };
  return crypto.subtle.importKey('jwk', jwk, P256, false, ['deriveBits']);
}

describe('sealing in the browser', () => {
  it('passes the RFC 9180 test vectors (P-256, HKDF-SHA256, AES-256-GCM)', async () => {
    const v = await vector();
    const derived = await deriveKeyPair(hex(v.ikmR), true);
    expect(toHex(derived.skm!)).to.equal(v.skRm);
    const ephemeral = {
      privateKey: await privateKey(v.skEm, v.pkEm),
      publicKey: await crypto.subtle.importKey('raw', hex(v.pkEm), P256, true, []),
    };
    const [e] = v.encryptions;
    const sealed = await sealBase(hex(v.pkRm), hex(v.info), hex(e!.aad), hex(e!.pt), ephemeral);
    expect(toHex(sealed.enc)).to.equal(v.enc);
    expect(toHex(sealed.ct)).to.equal(e!.ct);
    const skR = await privateKey(v.skRm, v.pkRm);
    const opened = await openBase(hex(v.enc), skR, hex(v.pkRm), hex(v.info), hex(e!.aad), hex(e!.ct));
    expect(toHex(opened)).to.equal(e!.pt);
  });

  it('passes the RFC 9180 auth-mode test vector (P-256, HKDF-SHA256, AES-256-GCM)', async () => {
    const v = await vector('-auth');
    const ephemeral = {
      privateKey: await privateKey(v.skEm, v.pkEm),
      publicKey: await crypto.subtle.importKey('raw', hex(v.pkEm), P256, true, []),
    };
    const sender = { privateKey: await privateKey(v.skSm!, v.pkSm!), publicKey: hex(v.pkSm!) };
    const [e] = v.encryptions;
    const sealed = await sealAuth(hex(v.pkRm), hex(v.info), hex(e!.aad), hex(e!.pt), sender, ephemeral);
    expect(toHex(sealed.enc)).to.equal(v.enc);
    expect(toHex(sealed.ct)).to.equal(e!.ct);
    const skR = await privateKey(v.skRm, v.pkRm);
    const args = [hex(v.enc), skR, hex(v.pkRm), hex(v.info), hex(e!.aad), hex(e!.ct)] as const;
    expect(toHex(await openAuth(...args, hex(v.pkSm!)))).to.equal(e!.pt);
    let refused = false;
    await openAuth(...args, hex(v.pkRm)).catch(() => (refused = true));
    expect(refused).to.equal(true);
  });

  it('seals a report to a new office key and opens it with the unlocked key file', async () => {
    const { file, publicJwk, kid } = await createOfficeKey('tulip canal bicycle rain');
    const envelope = await sealReport(
      { description: 'marker-7f3a', antiAbuse: { honeypot: '', fillMs: 9000 } },
      publicJwk,
      kid,
    );
    expect(JSON.stringify(envelope)).not.to.contain('marker-7f3a');
    const key = await unlockOfficeKey(JSON.parse(JSON.stringify(file)), 'tulip canal bicycle rain');
    expect(key.privateKey.extractable).to.equal(false);
    expect(await openEnvelope(envelope, key)).to.deep.equal({
      description: 'marker-7f3a',
      antiAbuse: { honeypot: '', fillMs: 9000 },
    });
    const error = await unlockOfficeKey(file, 'tulip canal bicycle rail').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(SealError);
    expect((error as SealError).code).to.equal('wrong-passphrase');
  });
});
