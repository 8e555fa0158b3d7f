// The conformance cases (conformance/requests/*.json) agree with the report schema, the rules every
// receiver and the form share: a case a receiver must accept is valid, and a case it must refuse with
// field reasons fails with the same paths and codes.
import { describe, expect, it } from 'vitest';
import { loadCases, requestBody } from '../conformance/run.mjs';
import { reportSchema } from '../src/index.js';

const cases = loadCases();

describe('conformance cases', () => {
  it('are there, each with a title and steps', () => {
    expect(cases.length).toBeGreaterThan(20);
    for (const c of cases) {
      expect(c.title, c.file).toBeTruthy();
      expect(c.steps.length, c.file).toBeGreaterThan(0);
    }
  });

  it.each(cases.map((c) => [c.file!, c] as const))('%s agrees with the report schema', (_, c) => {
    for (const { request, response } of c.steps) {
      const bytes = requestBody(request);
      if (!bytes || response.status === 415 || response.status === 413) continue;
      let input: unknown;
      try {
        input = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      } catch {
        expect(response.error).toContain('malformed-json');
        continue;
      }
      const result = reportSchema.safeParse(input);
      if (response.status === 201) {
        expect(result.success ? [] : result.error.issues).toEqual([]);
      } else if (response.error === 'invalid' || response.fields) {
        expect(result.success).toBe(false);
        const issues = result.success
          ? []
          : result.error.issues.map((i) => ({
              path: i.path.join('.'),
              code: (i as { params?: { hrc?: string } }).params?.hrc ?? i.code,
            }));
        for (const field of response.fields ?? []) expect(issues).toContainEqual(field);
      }
    }
  });

  it('build bodies no JSON file could hold: deep nesting, invalid UTF-8, oversize', () => {
    const byFile = (name: string) => cases.find((c) => c.file!.includes(name))!.steps[0]!.request;
    const nested = requestBody(byFile('deep-nesting'))!.toString('utf8');
    expect(nested.split('{"nested":').length - 1).toBe(5000);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(requestBody(byFile('utf-8')))).toThrow();
    expect(requestBody(byFile('64-kib'))!.length).toBeGreaterThan(64 * 1024);
  });
});
