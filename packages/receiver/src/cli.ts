#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { loadOfficeKeys } from './sealed.js';
import { createReceiver } from './server.js';
import { WEBHOOK_EXTRA_FIELDS, type WebhookExtraField } from './webhook.js';

const HELP = `hrc-receiver: receives reports from <hrc-report-form> and keeps them for the office.

Usage: hrc-receiver [options]

  --port <n>             port to listen on (default 8787, or $PORT)
  --host <address>       address to listen on (default 127.0.0.1; 0.0.0.0 for all)
  --db <file>            SQLite file (default ./reports.sqlite); DATABASE_URL=postgres://… wins
  --origin <url>         page origin allowed to post reports; repeat for more
  --retention-days <n>   delete reports older than this (default 365)
  --rate-limit <n/min>   submissions per client per window, e.g. 30/10 (default), or "off"
  --trust-proxy          rate-limit by the last X-Forwarded-For hop (behind your own proxy)
  --webhook <url>        signed notification to the case system (secret: HRC_WEBHOOK_SECRET)
  --webhook-include <f>  extra webhook fields: domain, groundsCount (comma-separated)
  --office-key <jwk>     the office's public key for sealed reports: a JWK with its kid, or a file
                         holding one, a list or a JWK Set; repeat for more. With keys, only reports
                         sealed to them are accepted
  --reply-days <n>       follow-up: tell residents the office answers within n working days
  --office-notice <text> a short note at the top of the office page (e.g. "Test environment")
  --stats-threshold <n>  statistics: counts under n are published as "fewer than n" (default 5, min 2)
  --stats-area <id=name> statistics: an area the form asks for (e.g. noord=Noord); repeat for more
  --stats-publisher <name>     statistics: who publishes the counts, named in /statistics.json
  --stats-publisher-url <url>  statistics: the publisher's web page
  --help                 this text

Environment: HRC_RECEIVER_TOKEN (office token, 16+ characters), DATABASE_URL, HRC_WEBHOOK_SECRET.`;

function fail(message: string): never {
  console.error(`hrc-receiver: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    db: { type: 'string' },
    origin: { type: 'string', multiple: true },
    'retention-days': { type: 'string' },
    'rate-limit': { type: 'string' },
    'trust-proxy': { type: 'boolean' },
    webhook: { type: 'string' },
    'webhook-include': { type: 'string' },
    'office-key': { type: 'string', multiple: true },
    'office-notice': { type: 'string' },
    'reply-days': { type: 'string' },
    'stats-threshold': { type: 'string' },
    'stats-area': { type: 'string', multiple: true },
    'stats-publisher': { type: 'string' },
    'stats-publisher-url': { type: 'string' },
    help: { type: 'boolean' },
  },
  strict: true,
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const port = Number(values.port ?? process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number`);
const retentionDays = Number(values['retention-days'] ?? 365);
if (!Number.isFinite(retentionDays) || retentionDays <= 0) fail('--retention-days must be a positive number');

let rateLimit: { max: number; windowMs: number } | false = { max: 30, windowMs: 10 * 60_000 };
if (values['rate-limit'] === 'off') rateLimit = false;
else if (values['rate-limit']) {
  const m = /^(\d+)\/(\d+)$/.exec(values['rate-limit']);
  if (!m) fail('--rate-limit must look like 30/10 (requests per minutes) or "off"');
  rateLimit = { max: Number(m[1]), windowMs: Number(m[2]) * 60_000 };
}

let webhook;
if (values.webhook) {
  const secret = process.env.HRC_WEBHOOK_SECRET;
  if (!secret || secret.length < 16) fail('--webhook needs HRC_WEBHOOK_SECRET (16+ characters)');
  const include = (values['webhook-include'] ?? '').split(',').filter(Boolean);
  for (const f of include) {
    if (!(WEBHOOK_EXTRA_FIELDS as readonly string[]).includes(f)) fail(`unknown webhook field "${f}"`);
  }
  webhook = { url: values.webhook, secret, include: include as WebhookExtraField[] };
}

const officeKeys = await loadOfficeKeys(values['office-key'] ?? []).catch((error: Error) =>
  fail(`--office-key: ${error.message}`),
);
const officeNotice = values['office-notice'] ?? '';
if (officeNotice.length > 500) fail('--office-notice is limited to 500 characters');

const replyDays = values['reply-days'] === undefined ? undefined : Number(values['reply-days']);

const threshold = Number(values['stats-threshold'] ?? 5);
if (!Number.isInteger(threshold) || threshold < 2)
  fail('--stats-threshold must be a whole number, 2 or more');
const areas = (values['stats-area'] ?? []).map((value) => {
  const m = /^([^=]+)=(.+)$/.exec(value);
  if (!m) fail(`--stats-area must look like noord=Noord (id=name), not "${value}"`);
  return { id: m[1]!.trim(), label: m[2]!.trim() };
});
if (values['stats-publisher-url'] && !values['stats-publisher']) {
  fail('--stats-publisher-url needs --stats-publisher (the name)');
}
const statistics = {
  threshold,
  areas,
  ...(values['stats-publisher']
    ? {
        publisher: {
          name: values['stats-publisher'],
          ...(values['stats-publisher-url'] ? { url: values['stats-publisher-url'] } : {}),
        },
      }
    : {}),
};

const db = process.env.DATABASE_URL || values.db || './reports.sqlite';
const token = process.env.HRC_RECEIVER_TOKEN || undefined;
const receiver = await createReceiver({
  db,
  origins: values.origin ?? [],
  token,
  retentionDays,
  rateLimit,
  trustProxy: values['trust-proxy'] ?? false,
  webhook,
  officeKeys,
  officeNotice,
  ...(replyDays === undefined ? {} : { followUp: { replyWithinWorkingDays: replyDays } }),
  statistics,
}).catch((error: Error) => fail(error.message));

const host = values.host ?? '127.0.0.1';
receiver.listen(port, host, () => {
  const address = receiver.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  // Printed as one line so scripts (and tests) can wait for it.
  console.log(
    `hrc-receiver listening on http://${host}:${actual} (${receiver.store.kind}${receiver.store.kind === 'sqlite' ? `: ${db}` : ''})` +
      (token ? '' : ' — office side off: set HRC_RECEIVER_TOKEN') +
      (officeKeys.length
        ? `; sealed reports only, to ${officeKeys.map((k) => k.kid).join(', ')}`
        : '; plain and sealed reports'),
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void receiver.shutdown().then(() => process.exit(0));
  });
}
