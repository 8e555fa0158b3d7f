/**
 * The browser record behind autosave. The assessment inside carries its own `schemaVersion` (migrated
 * by @hrc/framework); the envelope around it has a version of its own, for changes to how the browser
 * copy is kept (not to the assessment).
 *
 * Envelope versions:
 * - 1: `{ format: 'hrc-checklist-storage', version: 1, savedAt, assessment }`, the first.
 *
 * A record this code cannot read (damaged, foreign, or written by a newer kit) is reported and left
 * alone: autosave stays off until the person decides, so nothing is overwritten behind their back.
 */
import type { Assessment } from '@hrc/framework/schemas';
import { parseAssessment, type Problem } from './parse.js';

export const STORAGE_FORMAT = 'hrc-checklist-storage';
export const STORAGE_VERSION = 1;

export interface StorageEnvelope {
  format: typeof STORAGE_FORMAT;
  version: typeof STORAGE_VERSION;
  /** When this browser last saved, ISO 8601. */
  savedAt: string;
  assessment: Assessment;
}

/** `STORAGE_MIGRATIONS[n - 1]` turns an envelope of version `n` into version `n + 1`. */
export const STORAGE_MIGRATIONS: ReadonlyArray<(record: Record<string, unknown>) => Record<string, unknown>> =
  [];

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'unavailable' }
  | { kind: 'loaded'; assessment: Assessment; savedAt: string; migrated: boolean }
  | { kind: 'blocked'; problems: Problem[]; raw: string };

function storageOf(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage can be switched off (privacy settings, sandboxed frames): the checklist then works unsaved.
    return undefined;
  }
}

export function loadSaved(key: string): LoadResult {
  const storage = storageOf();
  if (!storage) return { kind: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { kind: 'unavailable' };
  }
  if (raw === null) return { kind: 'empty' };
  const blocked = (problems: Problem[]): LoadResult => ({ kind: 'blocked', problems, raw });

  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    return blocked([{ code: 'not-json' }]);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return blocked([{ code: 'foreign' }]);
  }
  let envelope = record as Record<string, unknown>;
  if (envelope.format !== STORAGE_FORMAT) return blocked([{ code: 'foreign' }]);
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return blocked([{ code: 'unknown-version' }]);
  }
  if (version > STORAGE_VERSION) return blocked([{ code: 'newer', version }]);
  for (let v = version; v < STORAGE_VERSION; v++) {
    const step = STORAGE_MIGRATIONS[v - 1];
    if (!step) return blocked([{ code: 'unknown-version' }]);
    envelope = step(envelope);
  }

  const parsed = parseAssessment(envelope.assessment);
  if (!parsed.ok) return blocked(parsed.problems);
  return {
    kind: 'loaded',
    assessment: parsed.assessment,
    savedAt: typeof envelope.savedAt === 'string' ? envelope.savedAt : '',
    migrated: version < STORAGE_VERSION || parsed.from < parsed.assessment.schemaVersion,
  };
}

/** Saves the assessment; throws when the browser refuses (storage full or switched off). */
export function save(key: string, assessment: Assessment, now = new Date()): StorageEnvelope {
  const storage = storageOf();
  if (!storage) throw new Error('Browser storage is not available');
  const envelope: StorageEnvelope = {
    format: STORAGE_FORMAT,
    version: STORAGE_VERSION,
    savedAt: now.toISOString(),
    assessment,
  };
  storage.setItem(key, JSON.stringify(envelope));
  return envelope;
}

export function removeSaved(key: string): void {
  storageOf()?.removeItem(key);
}
