import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessmentSchema, reportAreasSchema, reportSchema, type ReportInput } from '../src/index.js';

const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const reportExample = readJson('../examples/report.example.json') as ReportInput;
const assessmentExample = readJson('../examples/assessment.example.json');

const issuesOf = (input: unknown) => {
  const r = reportSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('example payloads', () => {
  it('report.example.json is a valid report', () => {
    expect(issuesOf(reportExample)).toEqual([]);
  });

  it('assessment.example.json is a valid assessment', () => {
    const r = assessmentSchema.safeParse(assessmentExample);
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });

  it('the JSON Schemas are written for non-JS consumers', () => {
    for (const name of ['report', 'assessment', 'content']) {
      const schema = readJson(`../dist/schema/${name}.schema.json`);
      expect(schema.$schema).toMatch(/json-schema\.org/);
      expect(schema.type).toBe('object');
    }
    const report = readJson('../dist/schema/report.schema.json');
    expect(report.required).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'locale',
        'description',
        'when',
        'domain',
        'contact',
        'consent',
      ]),
    );
    expect(report.additionalProperties).toBe(false);
  });

  it('the report JSON Schema forbids unknown keys in every object, however deep', () => {
    const report = readJson('../dist/schema/report.schema.json');
    const objects: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      if (schema.type === 'object' || 'properties' in schema) {
        objects.push(where);
        expect(schema.additionalProperties, where).toBe(false);
      }
      for (const [key, value] of Object.entries(schema)) walk(value, `${where}/${key}`);
    };
    walk(report, '#');
    // The report, both shapes of `when` and of `contact`, `equality` and `antiAbuse`.
    expect(objects).toHaveLength(7);
  });
});

describe('report schema', () => {
  const base = reportExample;
  const anonymous = { ...base, contact: { kind: 'anonymous' }, wish: 'register' };

  it('accepts an anonymous report that only registers', () => {
    expect(issuesOf(anonymous)).toEqual([]);
  });

  it('refuses a date in the future, exact or approximate', () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(issuesOf({ ...base, when: { precision: 'day', date: `${nextYear}-01-01` } })).toEqual([
      'when.date',
    ]);
    expect(issuesOf({ ...base, when: { precision: 'month', month: 1, year: nextYear } })).toEqual([
      'when.year',
    ]);
  });

  it('refuses an impossible date', () => {
    expect(issuesOf({ ...base, when: { precision: 'day', date: '2026-13-01' } })).toEqual(['when.date']);
  });

  it('needs at least one ground, "I don\'t know" or another ground', () => {
    expect(issuesOf({ ...base, grounds: [], groundUnknown: false })).toEqual(['grounds']);
    expect(issuesOf({ ...base, grounds: [], groundUnknown: true })).toEqual([]);
    expect(issuesOf({ ...base, grounds: [], groundOther: 'accent' })).toEqual([]);
    expect(issuesOf({ ...base, grounds: ['age', 'age'] })).toEqual(['grounds']);
    expect(issuesOf({ ...base, grounds: ['left-handedness'] })).toEqual(['grounds.0']);
  });

  it('needs a way to reach the person who asks for advice or help', () => {
    expect(issuesOf({ ...anonymous, wish: 'advice' })).toEqual(['wish']);
    expect(issuesOf({ ...base, contact: { kind: 'contact', name: 'A' } })).toEqual(['contact.email']);
    expect(issuesOf({ ...base, contact: { kind: 'contact', phone: '+31 6 1234 5678' } })).toEqual([]);
    expect(issuesOf({ ...base, contact: { kind: 'contact', email: 'not-an-address' } })).toEqual([
      'contact.email',
    ]);
  });

  it('needs the organisation name when reporting for an organisation', () => {
    expect(issuesOf({ ...base, role: 'organisation' })).toEqual(['organisation']);
    expect(issuesOf({ ...base, role: 'organisation', organisation: 'Buurtcentrum De Linde' })).toEqual([]);
  });

  it('refuses blank or overlong descriptions, unknown fields and missing consent', () => {
    expect(issuesOf({ ...base, description: '   ' })).toEqual(['description']);
    expect(issuesOf({ ...base, description: 'x'.repeat(5001) })).toEqual(['description']);
    expect(issuesOf({ ...base, ipAddress: '192.0.2.1' })).toEqual(['']);
    expect(issuesOf({ ...base, consent: false })).toEqual(['consent']);
  });

  it('refuses unknown keys inside every nested object, so an anonymous report carries no name', () => {
    const nested: [Record<string, unknown>, string][] = [
      [{ ...anonymous, contact: { kind: 'anonymous', name: 'Samira', email: 's@example.org' } }, 'contact'],
      [{ ...base, contact: { ...base.contact, address: 'Stationsstraat 1' } }, 'contact'],
      [{ ...base, when: { precision: 'day', date: '2025-01-02', time: '14:00' } }, 'when'],
      [{ ...base, when: { precision: 'month', month: 1, year: 2025, day: 2 } }, 'when'],
      [{ ...base, equality: { gender: 'woman', religion: 'x' } }, 'equality'],
      [{ ...base, antiAbuse: { honeypot: '', fillMs: 5000, ip: '192.0.2.1' } }, 'antiAbuse'],
    ];
    for (const [input, path] of nested) {
      const r = reportSchema.safeParse(input);
      expect(r.success, path).toBe(false);
      expect(r.error?.issues.map((i) => [i.path.join('.'), i.code])).toContainEqual([
        path,
        'unrecognized_keys',
      ]);
    }
  });

  it('trims what people typed', () => {
    const r = reportSchema.parse({ ...base, description: '  It happened.  ', place: ' Markt ' });
    expect([r.description, r.place]).toEqual(['It happened.', 'Markt']);
  });
});

describe('areas', () => {
  it('takes a list of the city’s areas with ids as reports carry them and names as text', () => {
    const ok = [
      { id: 'noord', label: 'Noord' },
      { id: 'zuid-2', label: '  Zuid & Haven  ' },
    ];
    expect(reportAreasSchema.parse(ok)).toEqual([
      { id: 'noord', label: 'Noord' },
      { id: 'zuid-2', label: 'Zuid & Haven' },
    ]);
    for (const bad of [
      [{ id: 'Noord', label: 'Noord' }],
      [{ id: 'unspecified', label: 'Elders' }],
      [{ id: '-noord', label: 'Noord' }],
      [{ id: 'noord', label: '   ' }],
      [{ id: 'noord', label: 'x'.repeat(101) }],
      [{ id: 'noord', label: 'Noord', extra: 1 }],
      [
        { id: 'noord', label: 'A' },
        { id: 'noord', label: 'B' },
      ],
      Array.from({ length: 101 }, (_, i) => ({ id: `a${i}`, label: `A${i}` })),
    ]) {
      expect(reportAreasSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
  });
});

describe('assessment schema', () => {
  it('refuses foreign files and unknown elements', () => {
    expect(assessmentSchema.safeParse({ name: 'something else' }).success).toBe(false);
    expect(
      assessmentSchema.safeParse({
        ...assessmentExample,
        elements: { 'not-an-element': { status: 'planned' } },
      }).success,
    ).toBe(false);
    expect(
      assessmentSchema.safeParse({ ...assessmentExample, elements: { sdgs: { status: 'done' } } }).success,
    ).toBe(false);
  });

  it('refuses evidence links that are not web addresses', () => {
    const bad = {
      ...assessmentExample,
      elements: { sdgs: { status: 'planned', evidence: [{ label: 'x', url: 'javascript:alert(1)' }] } },
    };
    expect(assessmentSchema.safeParse(bad).success).toBe(false);
  });
});
