/**
 * An attacker's view of a publication, for the tests: the published counts, what "fewer than T" and
 * "at least T" say, and every relation that holds between counts of real reports. For each count under
 * the threshold, an integer program (HiGHS) finds the smallest and largest value it can take in any
 * table that fits all of that. If they are equal, the count can be derived from the publication.
 *
 * It shares no code with the suppression it checks.
 */
import highsModule from 'highs';
import type { CountTables, PublishedCount, SuppressedTables } from '../src/statistics/suppress.js';

// The package's types describe its CommonJS build; its ES module build exports the loader itself.
const loadHighs = (
  typeof highsModule === 'function' ? highsModule : highsModule.default
) as typeof highsModule.default;
const highs = await loadHighs();

export interface Exposure {
  cell: string;
  min: number;
  max: number;
}

interface Variable {
  name: string;
  value: number;
  published: PublishedCount;
}

const total = (row: number[]) => row.reduce((a, b) => a + b, 0);

export function variablesOf(t: CountTables, p: SuppressedTables): Variable[] {
  const vars: Variable[] = [];
  const add = (name: string, value: number, published: PublishedCount | undefined) => {
    if (published === undefined) throw new Error(`${name} is missing from the publication`);
    vars.push({ name, value, published });
  };
  add('N', total(t.reports), p.reports.total);
  t.reports.forEach((v, m) => add(`R_${m}`, v, p.reports.months[m]));
  Object.entries(t.domains).forEach(([k, row], d) => {
    add(`D_${d}`, total(row), p.domains[k]?.total);
    row.forEach((v, m) => add(`x_${d}_${m}`, v, p.domains[k]?.months[m]));
  });
  Object.entries(t.grounds).forEach(([k, row], g) => {
    add(`G_${g}`, total(row), p.grounds[k]?.total);
    row.forEach((v, m) => add(`y_${g}_${m}`, v, p.grounds[k]?.months[m]));
  });
  // A share table left out of the publication says nothing.
  Object.entries(t.shares).forEach(([name, table], s) => {
    const published = p.shares[name];
    if (published) Object.entries(table).forEach(([k, v], j) => add(`s_${s}_${j}`, v, published[k]));
  });
  return vars;
}

/** The relations between the counts of any set of reports, as LP-format constraints. */
function relations(t: CountTables, p: SuppressedTables): string[] {
  const M = t.reports.length;
  const months = [...Array(M).keys()];
  const D = Object.keys(t.domains).length;
  const G = Object.keys(t.grounds).length;
  const rows: string[] = [];
  rows.push(`${months.map((m) => `R_${m}`).join(' + ')} - N = 0`);
  for (const m of months) {
    if (D) rows.push(`${[...Array(D).keys()].map((d) => `x_${d}_${m}`).join(' + ')} - R_${m} = 0`);
    if (G) rows.push(`${[...Array(G).keys()].map((g) => `y_${g}_${m}`).join(' + ')} - R_${m} >= 0`);
    for (let g = 0; g < G; g++) rows.push(`y_${g}_${m} - R_${m} <= 0`);
  }
  for (let d = 0; d < D; d++) rows.push(`${months.map((m) => `x_${d}_${m}`).join(' + ')} - D_${d} = 0`);
  for (let g = 0; g < G; g++) rows.push(`${months.map((m) => `y_${g}_${m}`).join(' + ')} - G_${g} = 0`);
  Object.entries(t.shares).forEach(([name, table], s) => {
    const cells = Object.keys(table).map((_, j) => `s_${s}_${j}`);
    if (p.shares[name]) rows.push(`${cells.join(' + ')} - N = 0`);
  });
  return rows.map((r, i) => ` c${i}: ${r}`);
}

function bound(v: Variable): string {
  const c = v.published;
  if (typeof c === 'number') return ` ${v.name} = ${c}`;
  return 'lt' in c ? ` 0 <= ${v.name} <= ${c.lt - 1}` : ` ${v.name} >= ${c.gte}`;
}

/**
 * Checks a publication against the true counts: published numbers are true and not under the
 * threshold, withheld ones lie on the side they say, and no count under the threshold can be derived.
 * Returns the counts that can.
 */
export function audit(t: CountTables, p: SuppressedTables, threshold: number): Exposure[] {
  const vars = variablesOf(t, p);
  for (const v of vars) {
    const c = v.published;
    if (typeof c === 'number') {
      if (c !== v.value) throw new Error(`${v.name}: published ${c}, true ${v.value}`);
      if (c < threshold) throw new Error(`${v.name}: ${c} is under the threshold and published`);
    } else if ('lt' in c ? !(v.value < c.lt) : !(v.value >= c.gte)) {
      throw new Error(`${v.name}: ${JSON.stringify(c)} does not hold for ${v.value}`);
    } else if (('lt' in c ? c.lt : c.gte) !== threshold) {
      throw new Error(`${v.name}: ${JSON.stringify(c)} names another threshold`);
    }
  }
  const names = vars.map((v) => v.name);
  const lp = [
    'Minimize',
    ' obj: 0 N',
    'Subject To',
    ...relations(t, p),
    'Bounds',
    ...vars.map(bound),
    'General',
    ` ${names.join(' ')}`,
    'End',
  ];
  const model = highs.createModel({ format: 'lp', data: lp.join('\n') });
  try {
    // The models are small: HiGHS's presolve, heuristics and symmetry detection only cost time here.
    model.options.set({
      output_flag: false,
      presolve: 'off',
      mip_heuristic_effort: 0,
      mip_detect_symmetry: false,
    });
    const { minimize, maximize } = highs.constants.objectiveSense;
    const extreme = (col: number, sense: typeof minimize): number => {
      const costs = new Float64Array(names.length);
      costs[col] = 1;
      model.changeColsCost({ kind: 'range', from: 0, to: names.length - 1 }, costs);
      model.changeObjectiveSense(sense);
      model.clearSolver();
      const { modelStatus } = model.run();
      if (modelStatus !== highs.constants.modelStatus.optimal)
        throw new Error(`${names[col]}: status ${modelStatus}`);
      return Math.round(model.getObjectiveValue());
    };
    const exposed: Exposure[] = [];
    for (const v of vars) {
      if (typeof v.published === 'number' || !('lt' in v.published)) continue;
      const col = model.getColByName(v.name);
      // Another value than the true one, in a table that fits everything published, is enough.
      const min = extreme(col, minimize);
      if (min < v.value) continue;
      const max = extreme(col, maximize);
      if (max === min) exposed.push({ cell: v.name, min, max });
    }
    return exposed;
  } finally {
    model.dispose();
  }
}
