// The shared conformance cases (@hrc/framework's conformance/requests/*.json) against the receiver, over
// HTTP, on a real SQLite file and a real PostgreSQL server. The WordPress plugin runs the same cases.
// The sealed set (conformance/sealed/) runs against a receiver configured with its two office keys.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { loadCases, runCase, sealedOfficeKeys } from '../../framework/conformance/run.mjs';
import { STORE_KINDS, startReceiver, type Running } from './helpers.js';

describe.each(STORE_KINDS)('conformance cases on %s', (kind) => {
  let r: Running;
  beforeAll(async () => {
    r = await startReceiver(kind, { origins: ['https://www.middelstad.nl'] });
  });
  afterAll(async () => r?.close());

  for (const c of loadCases()) {
    it(`${c.file}: ${c.title}`, () =>
      runCase(c, { endpoint: `${r.base}/reports`, stored: () => r.store.countReports() }));
  }
});

describe.each(STORE_KINDS)('sealed conformance cases on %s, with office keys', (kind) => {
  let r: Running;
  beforeAll(async () => {
    r = await startReceiver(kind, { officeKeys: sealedOfficeKeys() });
  });
  afterAll(async () => r?.close());

  for (const c of loadCases('sealed')) {
    it(`${c.file}: ${c.title}`, () =>
      runCase(c, { endpoint: `${r.base}/reports`, stored: () => r.store.countReports() }));
  }
});

// Sealed reports with evidence files (multipart), on a receiver with office keys: every step checks
// the status, the reason, and how many reports and files it stored (a refusal: none).
describe.each(STORE_KINDS)('evidence conformance cases on %s', (kind) => {
  let r: Running;
  beforeAll(async () => {
    r = await startReceiver(kind, { officeKeys: sealedOfficeKeys() });
  });
  afterAll(async () => r?.close());

  for (const c of loadCases('evidence')) {
    it(`${c.file}: ${c.title}`, () =>
      runCase(c, {
        endpoint: `${r.base}/reports`,
        stored: () => r.store.countReports(),
        storedFiles: () => r.store.countEvidence(),
      }));
  }
});

// Follow-up messages with evidence files (multipart, at the follow-up endpoint), on a receiver with
// office keys: every step checks the status, the reason, and how many reports and files it stored.
describe.each(STORE_KINDS)('follow-up evidence conformance cases on %s', (kind) => {
  let r: Running;
  beforeAll(async () => {
    r = await startReceiver(kind, { officeKeys: sealedOfficeKeys() });
  });
  afterAll(async () => r?.close());

  for (const c of loadCases('follow-up-evidence')) {
    it(`${c.file}: ${c.title}`, () =>
      runCase(c, {
        endpoint: `${r.base}/reports`,
        followUpEndpoint: `${r.base}/follow-up`,
        stored: () => r.store.countReports(),
        storedFiles: () => r.store.countEvidence(),
      }));
  }
});

describe.each(STORE_KINDS)('follow-up conformance cases on %s', (kind) => {
  let r: Running;
  beforeAll(async () => {
    r = await startReceiver(kind);
  });
  afterAll(async () => r?.close());

  for (const c of loadCases('follow-up')) {
    it(`${c.file}: ${c.title}`, () =>
      runCase(c, {
        endpoint: `${r.base}/reports`,
        followUpEndpoint: `${r.base}/follow-up`,
        stored: () => r.store.countReports(),
      }));
  }
});
