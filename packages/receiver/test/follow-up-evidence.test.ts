// Evidence files with the resident's follow-up messages, on a SQLite file and a real PostgreSQL server
// (docs/follow-up.md, "Evidence files"): one multipart request stores the sealed message and its sealed
// files in one transaction under its Idempotency-Key; a retry is answered once; the office API lists the
// message and hands out each file as it came, and the office opens it; refusals store nothing; retention
// deletes the files with their report.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SEALED_EVIDENCE_SIZES,
  deriveFollowUp,
  newReceipt,
  openEvidenceFile,
  openMessage,
  sealMessage,
  sealMessageWithEvidence,
  splitEvidence,
  type EvidenceInput,
  type FollowUpKeys,
  type OfficeKey,
  type SealedMessage,
} from '@hrc/framework/seal';
import {
  STORE_KINDS,
  office,
  postReport,
  sealedReport,
  sessionKey,
  startReceiver,
  type Running,
} from './helpers.js';

const receipt = () => deriveFollowUp(newReceipt(), 1000);

async function sendWithReceipt(r: Running, key: OfficeKey, fu: FollowUpKeys) {
  const res = await postReport(
    r.base,
    await sealedReport(key, { contact: { kind: 'anonymous' }, wish: 'register' }, { followUp: fu }),
  );
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { reference: string }).reference;
}

/** The body the status page sends: the lookup token, the sealed message, and the sealed files. */
function multipart(lookup: string, message: unknown, files: readonly Uint8Array[]): FormData {
  const body = new FormData();
  body.append('lookup', lookup);
  body.append('message', JSON.stringify(message));
  for (const [i, f] of files.entries()) {
    body.append('evidence[]', new Blob([new Uint8Array(f)]), `evidence-${i}`);
  }
  return body;
}

const send = (base: string, body: FormData | string, key: string | null = randomUUID(), json = false) =>
  fetch(`${base}/follow-up`, {
    method: 'POST',
    headers: {
      ...(key ? { 'Idempotency-Key': key } : {}),
      ...(json ? { 'Content-Type': 'application/json' } : {}),
    },
    body,
  });

const file = (name: string, type: EvidenceInput['type'], text: string): EvidenceInput => ({
  name,
  type,
  data: new TextEncoder().encode(text),
});

interface OfficeMessages {
  messages: { id: number; from: string; message: SealedMessage }[];
}

describe.each(STORE_KINDS)('evidence files with follow-up messages on %s', (kind) => {
  let key: OfficeKey;
  let r: Running;
  beforeAll(async () => {
    key = await sessionKey('2026-12-06-f11e0001');
    r = await startReceiver(kind, { officeKeys: [key.publicJwk] });
  });
  afterAll(async () => r?.close());

  it('stores a message with its files; the office lists them, downloads them and opens them', async () => {
    const fu = await receipt();
    const reference = await sendWithReceipt(r, key, fu);
    const id = randomUUID();
    const marker = `marker-${randomUUID()}`;
    const inputs = [
      file('photo.jpg', 'image/jpeg', 'a photo'),
      file('letter.pdf', 'application/pdf', `%PDF-1.4 ${marker}`),
    ];
    const { message, sealed } = await sealMessageWithEvidence(
      'Here is the letter they sent me.',
      inputs,
      key.publicJwk,
      key.kid,
      reference,
      id,
    );
    const before = await r.store.countEvidence();
    const res = await send(r.base, multipart(fu.lookup, message, sealed), id);
    expect(res.status, await res.clone().text()).toBe(201);
    const conversation = (await res.json()) as { messages: { from: string; files?: number }[] };
    expect(conversation.messages).toEqual([{ from: 'resident', sentAt: expect.any(String), files: 2 }]);
    expect(await r.store.countEvidence()).toBe(before + 2);

    const listed = (await (await office(r.base, `/reports/${reference}/messages`)).json()) as OfficeMessages;
    const m = listed.messages[0]!;
    expect(m.message.evidence).toEqual(sealed.map((f) => ({ bytes: f.length })));
    expect(JSON.stringify(listed)).not.toContain(marker);

    const opened = await openMessage(m.message, reference, { to: 'office', keys: key });
    expect(opened.text).toBe('Here is the letter they sent me.');
    const { evidence } = splitEvidence(opened, m.message.evidence);
    for (const i of [0, 1]) {
      const answer = await office(r.base, `/reports/${reference}/messages/${m.id}/evidence/${i}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/octet-stream');
      const bytes = new Uint8Array(await answer.arrayBuffer());
      expect(bytes).toEqual(sealed[i]);
      const { entry, data } = await openEvidenceFile(bytes, key, key.kid, evidence!, i);
      expect(entry.name).toBe(inputs[i]!.name);
      expect(data).toEqual(inputs[i]!.data);
    }
    // Another place, another message, another report, or no token: nothing.
    expect((await office(r.base, `/reports/${reference}/messages/${m.id}/evidence/2`)).status).toBe(404);
    expect((await office(r.base, `/reports/${reference}/messages/${m.id + 1000}/evidence/0`)).status).toBe(
      404,
    );
    expect((await office(r.base, `/reports/HRC-2222-3333/messages/${m.id}/evidence/0`)).status).toBe(404);
    expect((await fetch(`${r.base}/reports/${reference}/messages/${m.id}/evidence/0`)).status).toBe(401);
    // A file opened at another place of the list does not open.
    const first = new Uint8Array(
      await (await office(r.base, `/reports/${reference}/messages/${m.id}/evidence/0`)).arrayBuffer(),
    );
    await expect(openEvidenceFile(first, key, key.kid, evidence!, 1)).rejects.toMatchObject({
      code: 'unreadable',
    });
  });

  it('answers a retry with the same key once, and refuses other files under that key', async () => {
    const fu = await receipt();
    const reference = await sendWithReceipt(r, key, fu);
    const id = randomUUID();
    const { message, sealed } = await sealMessageWithEvidence(
      'Photo attached.',
      [file('photo.png', 'image/png', 'pixels')],
      key.publicJwk,
      key.kid,
      reference,
      id,
    );
    const before = await r.store.countEvidence();
    const first = await send(r.base, multipart(fu.lookup, message, sealed), id);
    expect(first.status).toBe(201);
    const again = await send(r.base, multipart(fu.lookup, message, sealed), id);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    const other = sealed[0]!.slice();
    other[200] = other[200]! ^ 1;
    const changed = await send(r.base, multipart(fu.lookup, message, [other]), id);
    expect(changed.status).toBe(422);
    expect(((await changed.json()) as { error: string }).error).toBe('idempotency-key-reused');
    expect(await r.store.countEvidence()).toBe(before + 1);
    expect((await r.store.listMessages(reference)).length).toBe(1);
  });

  it('refuses, with a reason and storing nothing, what does not fit', async () => {
    const fu = await receipt();
    const reference = await sendWithReceipt(r, key, fu);
    const id = randomUUID();
    const two = await sealMessageWithEvidence(
      'Two files.',
      [file('a.png', 'image/png', 'a'), file('b.png', 'image/png', 'b')],
      key.publicJwk,
      key.kid,
      reference,
      id,
    );
    const plain = await sealMessage(
      'No files.',
      { to: 'office', publicJwk: key.publicJwk, kid: key.kid },
      reference,
    );
    const before = await r.store.countEvidence();
    const cases: [string, Response, number, string][] = [
      [
        'a file left out',
        await send(r.base, multipart(fu.lookup, two.message, two.sealed.slice(0, 1))),
        400,
        'evidence-mismatch',
      ],
      [
        'a file of another size',
        await send(
          r.base,
          multipart(fu.lookup, two.message, [two.sealed[0]!, new Uint8Array(SEALED_EVIDENCE_SIZES[1]!)]),
        ),
        400,
        'evidence-mismatch',
      ],
      [
        'four files',
        await send(r.base, multipart(fu.lookup, two.message, [...two.sealed, ...two.sealed])),
        413,
        'evidence-too-large',
      ],
      [
        'a file over the largest sealed size',
        await send(
          r.base,
          multipart(fu.lookup, two.message, [
            two.sealed[0]!,
            new Uint8Array(Math.max(...SEALED_EVIDENCE_SIZES) + 1),
          ]),
        ),
        413,
        'evidence-too-large',
      ],
      [
        'files with a message that lists none',
        await send(r.base, multipart(fu.lookup, plain, two.sealed.slice(0, 1))),
        400,
        'evidence-mismatch',
      ],
      [
        'the message without its files (JSON)',
        await send(r.base, JSON.stringify({ lookup: fu.lookup, message: two.message }), randomUUID(), true),
        400,
        'evidence-mismatch',
      ],
      [
        'no Idempotency-Key',
        await send(r.base, multipart(fu.lookup, two.message, two.sealed), null),
        400,
        'idempotency-key-missing',
      ],
      [
        'no lookup part',
        await send(
          r.base,
          (() => {
            const f = multipart(fu.lookup, two.message, two.sealed);
            f.delete('lookup');
            return f;
          })(),
        ),
        400,
        'malformed-multipart',
      ],
      [
        'the lookup part twice',
        await send(
          r.base,
          (() => {
            const f = multipart(fu.lookup, two.message, two.sealed);
            f.append('lookup', fu.lookup);
            return f;
          })(),
        ),
        400,
        'malformed-multipart',
      ],
      [
        'the message part not JSON',
        await send(
          r.base,
          (() => {
            const f = multipart(fu.lookup, two.message, two.sealed);
            f.set('message', '{not json');
            return f;
          })(),
        ),
        400,
        'malformed-json',
      ],
    ];
    for (const [what, res, status, error] of cases) {
      expect(res.status, what).toBe(status);
      const body = (await res.json()) as { error: string; message: string };
      expect(body.error, what).toBe(error);
      expect(body.message, what).not.toBe('');
    }
    expect(await r.store.countEvidence()).toBe(before);
    expect(await r.store.listMessages(reference)).toEqual([]);
  });

  it('deletes the files with their report when retention deletes it', async () => {
    const days = await startReceiver(kind, { officeKeys: [key.publicJwk], retentionDays: 30 });
    try {
      const fu = await receipt();
      const reference = await sendWithReceipt(days, key, fu);
      const id = randomUUID();
      const { message, sealed } = await sealMessageWithEvidence(
        'Old.',
        [file('a.png', 'image/png', 'a')],
        key.publicJwk,
        key.kid,
        reference,
        id,
      );
      expect((await send(days.base, multipart(fu.lookup, message, sealed), id)).status).toBe(201);
      const [m] = await days.store.listMessages(reference);
      expect(await days.store.getMessageEvidence(reference, m!.id, 0)).toEqual(sealed[0]);
      expect(await days.store.countEvidence()).toBe(1);
      // What retention runs, with a cutoff after the report arrived (as 30 days later).
      expect(await days.store.deleteReportsBefore(new Date(Date.now() + 1000))).toBe(1);
      expect(await days.store.getMessageEvidence(reference, m!.id, 0)).toBeUndefined();
      expect(await days.store.countEvidence()).toBe(0);
    } finally {
      await days.close();
    }
  });
});
