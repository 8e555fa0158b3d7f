/**
 * Turns untrusted input (an imported file, a saved record, a published assessment) into a current
 * assessment, or into a list of problems the element can show in the reader's language.
 */
import { assessmentSchema, migrateAssessment, type Assessment } from '@hrc/framework/schemas';

/** Files larger than this are refused before parsing: an assessment is a few kilobytes. */
export const MAX_FILE_BYTES = 1_000_000;

export type Problem =
  | { code: 'not-json' }
  | { code: 'too-large' }
  | { code: 'foreign' }
  | { code: 'newer'; version: number }
  | { code: 'unknown-version' }
  | {
      code: 'invalid';
      path: ReadonlyArray<PropertyKey>;
      issue: string;
      format?: string;
      keys?: readonly string[];
    };

export type ParseResult =
  { ok: true; assessment: Assessment; from: number } | { ok: false; problems: Problem[] };

/** Validates (after migrating) an already parsed value. */
export function parseAssessment(value: unknown): ParseResult {
  const migrated = migrateAssessment(value);
  if (!migrated.ok) {
    if (migrated.reason === 'newer') {
      return { ok: false, problems: [{ code: 'newer', version: migrated.version as number }] };
    }
    return { ok: false, problems: [{ code: migrated.reason }] };
  }
  const result = assessmentSchema.safeParse(migrated.doc);
  if (result.success) return { ok: true, assessment: result.data, from: migrated.from };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const extra = issue as { format?: string; keys?: string[] };
      return {
        code: 'invalid' as const,
        path: issue.path,
        issue: issue.code,
        ...(extra.format ? { format: extra.format } : {}),
        ...(extra.keys ? { keys: extra.keys } : {}),
      };
    }),
  };
}

/** Parses JSON text, then validates it. */
export function parseAssessmentText(text: string): ParseResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problems: [{ code: 'too-large' }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ code: 'not-json' }] };
  }
  return parseAssessment(value);
}
