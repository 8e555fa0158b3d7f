// Follow-up with a receipt at the receiver, on a SQLite file and a real PostgreSQL server
// (docs/follow-up.md): a sealed report registers a receipt's verifier and resident key; the resident
// reads the conversation and adds to it with the lookup token alone; the office answers, sealed to the
// resident key; wrong receipts, deleted reports and rate limits answer alike; retention deletes the
// conversation with the report.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deriveFollowUp,
  newReceipt,
  openMessage,
  sealMessage,
  sealOfficeReply,
  type FollowUpKeys,
  type OfficeKey,
  type SealedMessage,
} from '@hrc/framework/seal';
import { verifierOf } from '../src/follow-up.js';
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

const lookup = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/follow-up`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

async function sendWithReceipt(r: Running, key: OfficeKey, fu: FollowUpKeys) {
  const res = await postReport(
    r.base,
    await sealedReport(key, { contact: { kind: 'anonymous' }, wish: 'register' }, { followUp: fu }),
  );
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { reference: string }).reference;
}

interface Conversation {
  reference: string;
  status: string;
  receivedAt: string;
  statusChangedAt: string;
  replyWithinWorkingDays?: number;
  messages: { from: string; sentAt: string; message?: SealedMessage }[];
}

describe.each(STORE_KINDS)('follow-up on %s', (kind) => {
  let key: OfficeKey;
  let r: Running;
  beforeAll(async () => {
    key = await sessionKey('2026-12-01-f0110001');
    r = await startReceiver(kind, { followUp: { replyWithinWorkingDays: 5 } });
  });
  afterAll(async () => r?.close());

  it('stores the verifier and resident key, never the lookup token, and finds the report by the token', async () => {
    const fu = await receipt();
    const reference = await sendWithReceipt(r, key, fu);
    const stored = await r.store.getFollowUp(reference);
    expect(stored).toMatchObject({ reference, verifier: fu.verifier, key: fu.key });
    expect(verifierOf(fu.lookup)).toBe(fu.verifier);
    const everything = JSON.stringify([await r.store.getReport(reference), stored]);
    expect(everything).not.toContain(fu.lookup);

    const res = await lookup(r.base, { lookup: fu.lookup });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const c = (await res.json()) as Conversation;
    expect(c).toMatchObject({ reference, status: 'new', replyWithinWorkingDays: 5, messages: [] });
    expect(c.statusChangedAt).toBe(c.receivedAt);
  });

  it('a conversation both ways: neither side readable by the receiver, each opened by its own key', async () => {
    const fu = await receipt();
    const reference = await sendWithReceipt(r, key, fu);

    // The office answers, sealed to the resident key it reads from the receiver.
    const thread = (await (await office(r.base, `/reports/${reference}/messages`)).json()) as {
      followUp: { key: string };
      messages: unknown[];
    };
    expect(thread.followUp.key).toBe(fu.key);
    const answer = `Thank you; can you tell us the date? ${randomUUID()}`;
    const sealed = await sealOfficeReply(answer, thread.followUp.key, key, reference);
    const posted = await office(r.base, `/reports/${reference}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(sealed),
    });
    expect(posted.status, await posted.clone().text()).toBe(201);
    await office(r.base, `/reports/${reference}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'in-progress' }),
    });

    // The resident comes back with the receipt: status, date and the office's message, opened locally.
    const c = (await (await lookup(r.base, { lookup: fu.lookup })).json()) as Conversation;
    expect(c.status).toBe('in-progress');
    expect(Date.parse(c.statusChangedAt)).toBeGreaterThanOrEqual(Date.parse(c.receivedAt));
    expect(c.messages).toHaveLength(1);
    expect(c.messages[0]!.from).toBe('office');
    expect(c.messages[0]).not.toHaveProperty('copy');
    const officeKeys = [key.publicJwk];
    expect(
      await openMessage(c.messages[0]!.message, reference, { to: 'resident', ...fu, officeKeys }),
    ).toEqual({ text: answer });

    // The resident adds information, sealed to the office key.
    const more = `It was on 3 March. ${randomUUID()}`;
    const mine = await sealMessage(more, { to: 'office', ...key }, reference);
    const added = await lookup(r.base, { lookup: fu.lookup, message: mine });
    expect(added.status, await added.clone().text()).toBe(201);
    const after = (await added.json()) as Conversation;
    // The resident sees that and when they wrote, not the sealed message itself.
    expect(after.messages.map((m) => m.from)).toEqual(['office', 'resident']);
    expect(after.messages[1]).not.toHaveProperty('message');

    const officeView = (await (await office(r.base, `/reports/${reference}/messages`)).json()) as {
      messages: { from: string; message: SealedMessage; copy?: SealedMessage }[];
    };
    expect(officeView.messages.map((m) => m.from)).toEqual(['office', 'resident']);
    // The office reads its own answer again from its copy.
    expect(await openMessage(officeView.messages[0]!.copy, reference, { to: 'office', keys: [key] })).toEqual(
      { text: answer },
    );
    expect(
      await openMessage(officeView.messages[1]!.message, reference, { to: 'office', keys: [key] }),
    ).toEqual({
      text: more,
    });
    const rows = JSON.stringify(await r.store.listMessages(reference));
    expect(rows).not.toContain(more);
    expect(rows).not.toContain(answer);
  });

  it('lists the reports that await the office: new with a receipt, or the resident wrote last; not closed', async () => {
    const fu = await receipt();
    const reference = await sendWithReceipt(r, key, fu);
    const awaiting = async () => {
      const page = (await (await office(r.base, '/reports?awaiting=reply&limit=200')).json()) as {
        items: { reference: string; followUp?: { awaitingReply: boolean } }[];
      };
      return page.items.some((i) => i.reference === reference);
    };
    expect(await awaiting()).toBe(true);
    const reply = await sealOfficeReply('We are looking into it.', fu.key, key, reference);
    const answered = await office(r.base, `/reports/${reference}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(reply),
    });
    expect(answered.status).toBe(201);
    expect(await awaiting()).toBe(false);
    await lookup(r.base, {
      lookup: fu.lookup,
      message: await sealMessage('More.', { to: 'office', ...key }, reference),
    });
    expect(await awaiting()).toBe(true);
    await office(r.base, `/reports/${reference}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'closed' }),
    });
    expect(await awaiting()).toBe(false);
    const all = (await (await office(r.base, '/reports?limit=200')).json()) as {
      items: { reference: string; followUp?: { awaitingReply: boolean } }[];
    };
    expect(all.items.find((i) => i.reference === reference)?.followUp).toEqual(
      expect.objectContaining({ awaitingReply: false }),
    );
    expect((await office(r.base, '/reports?awaiting=yes')).status).toBe(400);
  });

  it('refuses bad requests with a reason and stores nothing from them', async () => {
    const fu = await receipt();
    const reference = await sendWithReceipt(r, key, fu);
    const count = async () => (await r.store.listMessages(reference)).length;
    const cases: [unknown, number, string][] = [
      [{}, 400, 'invalid-lookup'],
      [{ lookup: 'short' }, 400, 'invalid-lookup'],
      [{ lookup: fu.lookup, extra: 1 }, 400, 'invalid-lookup'],
      [[fu.lookup], 400, 'invalid-lookup'],
      [{ lookup: fu.lookup, message: { text: 'readable' } }, 400, 'invalid-message'],
      // A message the resident sealed to the resident side is not for the office.
      [
        {
          lookup: fu.lookup,
          message: await sealMessage('x', { to: 'resident', key: fu.key, from: key }, reference),
        },
        400,
        'invalid-message',
      ],
    ];
    for (const [body, status, error] of cases) {
      const res = await lookup(r.base, body);
      const json = (await res.json()) as { error: string; message: string };
      expect([res.status, json.error], JSON.stringify(body).slice(0, 80)).toEqual([status, error]);
      expect(json.message).toBeTruthy();
    }
    const notJson = await fetch(`${r.base}/follow-up`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'x',
    });
    expect(notJson.status).toBe(415);
    const office2 = await office(r.base, `/reports/${reference}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: await sealMessage('x', { to: 'office', ...key }, reference) }),
    });
    expect(office2.status).toBe(400);
    // The office's answer without its copy, with a copy under another key id, or with unknown members.
    const reply = await sealOfficeReply('x', fu.key, key, reference);
    const other = await sealOfficeReply('x', fu.key, await sessionKey('another-key'), reference);
    for (const body of [
      { message: reply.message },
      { message: reply.message, copy: other.copy },
      { message: reply.message, copy: reply.message },
      { ...reply, text: 'readable' },
    ]) {
      const res = await office(r.base, `/reports/${reference}/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect([res.status, ((await res.json()) as { error: string }).error]).toEqual([400, 'invalid-message']);
    }
    const badKey = await lookup(
      r.base,
      { lookup: fu.lookup, message: await sealMessage('x', { to: 'office', ...key }, reference) },
      { 'Idempotency-Key': 'not-a-uuid' },
    );
    expect([badKey.status, ((await badKey.json()) as { error: string }).error]).toEqual([
      400,
      'idempotency-key-invalid',
    ]);
    expect(await count()).toBe(0);
    expect((await fetch(`${r.base}/reports/${reference}/messages`)).status).toBe(401);
  });

  it('a message sent again with its Idempotency-Key is stored once, from the resident and from the office', async () => {
    const fu = await receipt();
    const reference = await sendWithReceipt(r, key, fu);
    const mine = await sealMessage('Sent twice after a lost answer.', { to: 'office', ...key }, reference);
    const idem = { 'Idempotency-Key': randomUUID() };
    const first = await lookup(r.base, { lookup: fu.lookup, message: mine }, idem);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await lookup(r.base, { lookup: fu.lookup, message: mine }, idem);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(((await again.json()) as Conversation).messages).toHaveLength(1);
    expect(await r.store.listMessages(reference)).toHaveLength(1);
    // The same key for another message is refused, and stores nothing.
    const other = await sealMessage('Another text.', { to: 'office', ...key }, reference);
    const reused = await lookup(r.base, { lookup: fu.lookup, message: other }, idem);
    expect([reused.status, ((await reused.json()) as { error: string }).error]).toEqual([
      422,
      'idempotency-key-reused',
    ]);
    // Without a key, the same message sent again is a second message (as before keys).
    expect((await lookup(r.base, { lookup: fu.lookup, message: mine })).status).toBe(201);
    expect(await r.store.listMessages(reference)).toHaveLength(2);

    // The office's answer, sent twice with one key.
    const reply = JSON.stringify(await sealOfficeReply('Answered once.', fu.key, key, reference));
    const officeIdem = { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() };
    const path = `/reports/${reference}/messages`;
    const a = await office(r.base, path, { method: 'POST', headers: officeIdem, body: reply });
    const b = await office(r.base, path, { method: 'POST', headers: officeIdem, body: reply });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(await b.json()).toEqual(await a.json());
    expect((await r.store.listMessages(reference)).filter((m) => m.sender === 'office')).toHaveLength(1);
    // The resident's key cannot be used for the office's answer either (one key, one message).
    const cross = await office(r.base, path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...idem },
      body: reply,
    });
    expect(cross.status).toBe(422);
    expect(await r.store.listMessages(reference)).toHaveLength(3);
  });

  it('two sends of one message with one key at the same moment store it once', async () => {
    const fu = await receipt();
    const reference = await sendWithReceipt(r, key, fu);
    const mine = await sealMessage('Sent from two tabs at once.', { to: 'office', ...key }, reference);
    const idem = { 'Idempotency-Key': randomUUID() };
    const answers = await Promise.all(
      [1, 2, 3].map(() => lookup(r.base, { lookup: fu.lookup, message: mine }, idem)),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(2);
    expect(await r.store.listMessages(reference)).toHaveLength(1);
  });

  it('refuses a report that reuses another report’s receipt, and a resident key that is not a point', async () => {
    const fu = await receipt();
    const envelope = await sealedReport(key, {}, { followUp: fu });
    expect((await postReport(r.base, envelope)).status).toBe(201);
    const before = await r.store.countReports();
    const again = await postReport(r.base, envelope);
    expect(again.status).toBe(400);
    expect(((await again.json()) as { error: string }).error).toBe('receipt-taken');
    const bad = await postReport(r.base, {
      ...envelope,
      followUp: { verifier: fu.verifier, key: `B${'A'.repeat(86)}` },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toBe('invalid-envelope');
    expect(await r.store.countReports()).toBe(before);
  });

  it('retention deletes the follow-up and the conversation with the report; the answer is then a wrong receipt’s', async () => {
    const x = await startReceiver(kind, { retentionDays: 30 });
    try {
      const fu = await receipt();
      const old = new Date(Date.now() - 31 * 24 * 3600_000).toISOString();
      const reference = 'HRC-AAAA-2222';
      await x.store.saveReport(
        randomUUID(),
        {
          reference,
          receivedAt: old,
          updatedAt: old,
          status: 'new',
          payload: (await sealedReport(key, {}, { followUp: fu })) as never,
        },
        { status: 201, body: '{}' },
        { followUp: fu },
      );
      await x.store.addMessage(
        reference,
        'office',
        await sealMessage('Hello', { to: 'resident', key: fu.key, from: key }, reference),
        new Date(),
      );
      expect((await lookup(x.base, { lookup: fu.lookup })).status).toBe(200);
      expect(await x.receiver.sweep()).toBe(1);
      expect(await x.store.getFollowUp(reference)).toBeUndefined();
      expect(await x.store.listMessages(reference)).toEqual([]);
      const gone = await lookup(x.base, { lookup: fu.lookup });
      const never = await lookup(x.base, { lookup: (await receipt()).lookup });
      expect(gone.status).toBe(404);
      expect(await gone.json()).toEqual(await never.json());
    } finally {
      await x.close();
    }
  });
});

describe.each(STORE_KINDS)('receipt guessing on %s', (kind) => {
  it('locks one address out after its failed lookups; the right receipt is refused while locked', async () => {
    const x = await startReceiver(kind, {
      trustProxy: true,
      followUp: {
        lookupLimit: { max: 3, windowMs: 60_000 },
        globalLookupLimit: { max: 100, windowMs: 60_000 },
      },
    });
    try {
      const key = await sessionKey('k1');
      const fu = await receipt();
      await sendWithReceipt(x, key, fu);
      const from = (ip: string) => ({ 'X-Forwarded-For': ip });
      for (let i = 0; i < 3; i++) {
        expect((await lookup(x.base, { lookup: (await receipt()).lookup }, from('203.0.113.7'))).status).toBe(
          404,
        );
      }
      const locked = await lookup(x.base, { lookup: fu.lookup }, from('203.0.113.7'));
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await locked.json()) as { error: string }).error).toBe('rate-limited');
      // Another address is not held up by this one.
      expect((await lookup(x.base, { lookup: fu.lookup }, from('198.51.100.9'))).status).toBe(200);
    } finally {
      await x.close();
    }
  });

  it('locks everyone out after too many failed lookups in all, so spreading guesses over addresses does not help', async () => {
    const x = await startReceiver(kind, {
      trustProxy: true,
      followUp: {
        lookupLimit: { max: 100, windowMs: 60_000 },
        globalLookupLimit: { max: 4, windowMs: 60_000 },
      },
    });
    try {
      const key = await sessionKey('k1');
      const fu = await receipt();
      await sendWithReceipt(x, key, fu);
      for (let i = 0; i < 4; i++) {
        const res = await lookup(
          x.base,
          { lookup: (await receipt()).lookup },
          { 'X-Forwarded-For': `203.0.113.${i}` },
        );
        expect(res.status).toBe(404);
      }
      const right = await lookup(x.base, { lookup: fu.lookup }, { 'X-Forwarded-For': '198.51.100.77' });
      expect(right.status).toBe(429);
    } finally {
      await x.close();
    }
  });
});
