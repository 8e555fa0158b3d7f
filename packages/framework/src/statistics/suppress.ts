/**
 * Small-cell suppression for the published statistics: a pure function from true counts to
 * publishable ones. docs/statistics.md explains the method; in short:
 *
 * - Primary suppression: every count under the threshold T (totals included, zeros included) is
 *   published as `{ lt: T }`.
 * - Secondary suppression: for every such count we keep a *witness*, a small change to the reports
 *   (one report moved to another month, domain or ground, or given another role, or one report more
 *   or fewer) that changes that count and leaves every published number as it is, every count shown
 *   as "fewer than T" still under T and every count shown as "at least T" still at least T. Where
 *   the witness would change a published count, that count is withheld too (`{ gte: T }`). Two sets of
 *   reports that produce the same publication but differ in the small count mean the count cannot be
 *   derived from the publication, however its totals are combined.
 * - If no witness can be found (rare: a handful of reports spread in a way that pins them down), the
 *   whole period is withheld.
 *
 * The counts relate as reports do: each report has one month, one domain, one role, one wish, one area
 * and at least one ground. So per month the domains add up to the reports, the grounds add up to at
 * least the reports (a report can name several) and no ground exceeds them; role, wish and area counts
 * add up to the period's reports.
 */

/** The true counts of one period. Month arrays are in order and all of the same length. */
export interface CountTables {
  /** Reports per month. */
  reports: number[];
  /** Per domain, reports per month. Each report has exactly one domain. */
  domains: Record<string, number[]>;
  /** Per ground, reports naming it per month. Each report names at least one. */
  grounds: Record<string, number[]>;
  /** Tables with one category per report over the whole period (roles, wishes, areas). */
  shares: Record<string, Record<string, number>>;
}

/** A count as published: the number, or the side of the threshold it lies on. */
export type PublishedCount = number | { lt: number } | { gte: number };

export interface PublishedSeries {
  total: PublishedCount;
  months: PublishedCount[];
}

export interface SuppressedTables {
  reports: PublishedSeries;
  domains: Record<string, PublishedSeries>;
  grounds: Record<string, PublishedSeries>;
  shares: Record<string, Record<string, PublishedCount>>;
}

/** A change to the counts: pairs of cell index and difference. */
type Move = [cell: number, delta: number][];

/** Published, under the threshold, withheld at or above it. */
const PUBLISHED = 0;
const SMALL = 1;
const WITHHELD = 2;

/** What it costs to withhold a published count, by kind: totals weigh more than single cells. */
const WEIGHT = { N: 1000, R: 8, D: 2, G: 2, x: 1, y: 1, s: 1 } as const;
type Kind = keyof typeof WEIGHT;

/** The cells of a period's tables as one vector, with the indices of each table's cells. */
class Layout {
  readonly values: number[] = [];
  readonly kinds: Kind[] = [];
  /** The month of a monthly cell, else -1. */
  readonly monthOf: number[] = [];
  readonly N: number;
  readonly R: number[];
  readonly D: number[];
  readonly x: number[][];
  readonly G: number[];
  readonly y: number[][];
  readonly s: number[][];

  constructor(readonly t: CountTables) {
    const months = t.reports.length;
    const total = t.reports.reduce((a, b) => a + b, 0);
    this.N = this.add('N', total);
    this.R = t.reports.map((v, m) => this.add('R', v, m));
    const domainRows = Object.values(t.domains);
    this.D = domainRows.map((row) => this.add('D', sum(row)));
    this.x = domainRows.map((row) => row.map((v, m) => this.add('x', v, m)));
    const groundRows = Object.values(t.grounds);
    this.G = groundRows.map((row) => this.add('G', sum(row)));
    this.y = groundRows.map((row) => row.map((v, m) => this.add('y', v, m)));
    this.s = Object.values(t.shares).map((table) => Object.values(table).map((v) => this.add('s', v)));
    check(t, months, total);
  }

  private add(kind: Kind, value: number, month = -1): number {
    this.kinds.push(kind);
    this.values.push(value);
    this.monthOf.push(month);
    return this.values.length - 1;
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Counts that could not come from reports are a bug in the caller: refuse them. */
function check(t: CountTables, months: number, total: number): void {
  const rows = [...Object.values(t.domains), ...Object.values(t.grounds)];
  const all = [...t.reports, ...rows.flat(), ...Object.values(t.shares).flatMap((s) => Object.values(s))];
  if (!all.every((v) => Number.isInteger(v) && v >= 0))
    throw new RangeError('counts must be whole numbers ≥ 0');
  if (rows.some((r) => r.length !== months)) throw new RangeError('every series needs one count per month');
  const domains = Object.values(t.domains);
  const grounds = Object.values(t.grounds);
  for (let m = 0; m < months; m++) {
    const r = t.reports[m]!;
    if (domains.length && sum(domains.map((d) => d[m]!)) !== r)
      throw new RangeError(`month ${m + 1}: the domains do not add up to the reports`);
    if (grounds.length && (sum(grounds.map((g) => g[m]!)) < r || grounds.some((g) => g[m]! > r)))
      throw new RangeError(`month ${m + 1}: the grounds do not fit the reports`);
  }
  for (const [name, table] of Object.entries(t.shares)) {
    if (sum(Object.values(table)) !== total) throw new RangeError(`${name} do not add up to the reports`);
  }
}

/**
 * Suppresses the counts of one period. Returns undefined when the period has to be withheld as a whole.
 * `threshold` is at least 2: with 1, "fewer than 1" would mean exactly 0.
 */
export function suppressCounts(tables: CountTables, threshold: number): SuppressedTables | undefined {
  if (!Number.isInteger(threshold) || threshold < 2) throw new RangeError('the threshold must be 2 or more');
  const L = new Layout(tables);
  const T = threshold;
  const v = L.values;
  const state: number[] = v.map((value) => (value < T ? SMALL : PUBLISHED));
  const months = L.R.length;

  /** Share tables left out of the publication. */
  const dropped = new Set<number[]>();

  /** The cost of changing cell i by d: Infinity if the change would contradict what is published. */
  const cellCost = (i: number, d: number): number => {
    if (d === 0) return 0;
    const next = v[i]! + d;
    if (v[i]! < T) return next >= 0 && next < T ? 0 : Infinity;
    if (next < T) return Infinity;
    return state[i] === PUBLISHED ? WEIGHT[L.kinds[i]!] + v[i]! / 1e6 : 0;
  };

  /** Per month, grounds never exceed reports and together reach at least the reports. */
  const monthHolds = (m: number, delta: Map<number, number>): boolean => {
    const at = (i: number) => v[i]! + (delta.get(i) ?? 0);
    const reports = at(L.R[m]!);
    let named = 0;
    for (const row of L.y) {
      const g = at(row[m]!);
      if (g > reports) return false;
      named += g;
    }
    return L.y.length === 0 || named >= reports;
  };

  /** A move's differences by cell (a cell can appear twice, e.g. a domain left and joined again). */
  const merged = (move: Move): Map<number, number> => {
    const delta = new Map<number, number>();
    for (const [i, d] of move) delta.set(i, (delta.get(i) ?? 0) + d);
    return delta;
  };

  /** The cost of a move, or Infinity when it is not a consistent alternative. */
  const cost = (move: Move): number => {
    const delta = merged(move);
    let total = 0;
    const touched = new Set<number>();
    for (const [i, d] of delta) {
      total += cellCost(i, d);
      if (total === Infinity) return Infinity;
      // The grounds' inequalities concern the reports and grounds tables.
      if (d !== 0 && (L.kinds[i] === 'R' || L.kinds[i] === 'y')) touched.add(L.monthOf[i]!);
    }
    for (const m of touched) if (!monthHolds(m, delta)) return Infinity;
    return total;
  };

  const signed = (move: Move, sign: number): Move => move.map(([i, d]) => [i, d * sign]);
  const others = (n: number, not: number) => [...Array(n).keys()].filter((k) => k !== not);

  /**
   * Ground sets a report leaving month m can have: it takes every ground that all reports of the month
   * name, and `with` if given; otherwise any one ground named in the month.
   */
  const groundsLeaving = (m: number, withGround?: number): number[][] => {
    const all = L.y.map((_, g) => g);
    const forced = all.filter((g) => v[L.y[g]![m]!] === v[L.R[m]!]);
    if (withGround !== undefined) return [[...new Set([...forced, withGround])]];
    return forced.length ? [forced] : all.filter((g) => v[L.y[g]![m]!]! > 0).map((g) => [g]);
  };

  /** One report moves from month a and domain d to month b and domain e, taking grounds along. */
  const monthMoves = (a: number, d: number, b: number, e: number, withGround?: number): Move[] =>
    groundsLeaving(a, withGround).map((gs) => [
      [L.x[d]![a]!, -1],
      [L.R[a]!, -1],
      [L.x[e]![b]!, 1],
      [L.R[b]!, 1],
      [L.D[d]!, -1],
      [L.D[e]!, 1],
      ...gs.flatMap((g): Move => [
        [L.y[g]![a]!, -1],
        [L.y[g]![b]!, 1],
      ]),
    ]);

  /** Which table row (domain, ground, share table) holds cell p. */
  const rowOf = (rows: number[][], p: number) => rows.findIndex((row) => row.includes(p));

  /** Moves that keep the number of reports: witnesses for one cell, in both directions. */
  function movesFor(p: number): Move[] {
    const moves: Move[] = [];
    const both = (move: Move) => moves.push(move, signed(move, -1));
    const kind = L.kinds[p]!;
    const domains = L.x.length;
    const grounds = L.y.length;
    if (kind === 'x' || kind === 'D') {
      const d = kind === 'D' ? L.D.indexOf(p) : rowOf(L.x, p);
      const ms = kind === 'D' ? [...Array(months).keys()] : [L.monthOf[p]!];
      for (const m of ms) {
        for (const e of others(domains, d)) {
          // one report of month m changes domain
          both([
            [L.x[d]![m]!, 1],
            [L.x[e]![m]!, -1],
            [L.D[d]!, 1],
            [L.D[e]!, -1],
          ]);
          if (kind === 'D') continue;
          // two reports of different months swap domains
          for (const n of others(months, m))
            both([
              [L.x[d]![m]!, 1],
              [L.x[e]![m]!, -1],
              [L.x[d]![n]!, -1],
              [L.x[e]![n]!, 1],
            ]);
        }
        if (kind === 'x')
          for (const n of others(months, m))
            for (let e = 0; e < domains; e++)
              moves.push(...monthMoves(n, e, m, d), ...monthMoves(m, d, n, e));
      }
    } else if (kind === 'R') {
      const m = L.monthOf[p]!;
      for (const n of others(months, m))
        for (let d = 0; d < domains; d++)
          for (let e = 0; e < domains; e++) moves.push(...monthMoves(n, d, m, e), ...monthMoves(m, d, n, e));
    } else if (kind === 'y' || kind === 'G') {
      const g = kind === 'G' ? L.G.indexOf(p) : rowOf(L.y, p);
      const ms = kind === 'G' ? [...Array(months).keys()] : [L.monthOf[p]!];
      for (const m of ms) {
        // a report names the ground, or stops naming it
        both([
          [L.y[g]![m]!, 1],
          [L.G[g]!, 1],
        ]);
        for (const h of others(grounds, g)) {
          // a report names another ground instead
          both([
            [L.y[g]![m]!, 1],
            [L.y[h]![m]!, -1],
            [L.G[g]!, 1],
            [L.G[h]!, -1],
          ]);
          if (kind === 'G') continue;
          for (const n of others(months, m))
            both([
              [L.y[g]![m]!, 1],
              [L.y[h]![m]!, -1],
              [L.y[g]![n]!, -1],
              [L.y[h]![n]!, 1],
            ]);
        }
        if (kind === 'y')
          for (const n of others(months, m)) {
            both([
              [L.y[g]![m]!, 1],
              [L.y[g]![n]!, -1],
            ]);
            // a report naming the ground moves between months (needed where a month has no reports),
            // or a report moves into this month and names the ground there
            for (let d = 0; d < domains; d++) {
              moves.push(...monthMoves(n, d, m, d, g), ...monthMoves(m, d, n, d, g));
              for (const move of monthMoves(n, d, m, d))
                moves.push([...move, [L.y[g]![m]!, 1], [L.G[g]!, 1]]);
            }
          }
      }
    } else if (kind === 's') {
      const row = L.s.find((r) => r.includes(p))!;
      for (const q of row)
        if (q !== p)
          both([
            [p, 1],
            [q, -1],
          ]);
    }
    return moves;
  }

  /** Cheapest entry of `options` for a change of `d`, by cell cost; undefined if none fits. */
  const cheapest = (options: number[], d: number): number | undefined => {
    let best: number | undefined;
    let bestCost = Infinity;
    for (const i of options) {
      const c = cellCost(i, d);
      if (c < bestCost) [best, bestCost] = [i, c];
    }
    return best;
  };

  /** The ground whose month-m count and total can change by d most cheaply. */
  const cheapestGround = (m: number, d: number): number | undefined => {
    let best: number | undefined;
    let bestCost = Infinity;
    L.y.forEach((row, g) => {
      const c = cellCost(row[m]!, d) + cellCost(L.G[g]!, d);
      if (c < bestCost) [best, bestCost] = [g, c];
    });
    return best;
  };

  /** One report more (sign 1) or fewer (-1) through cell p: changes the number of reports. */
  function reportMoves(p: number): Move[] {
    const moves: Move[] = [];
    const kind = L.kinds[p]!;
    const month = L.monthOf[p]! >= 0 ? L.monthOf[p]! : undefined;
    const domain = kind === 'D' ? L.D.indexOf(p) : kind === 'x' ? rowOf(L.x, p) : undefined;
    const ground = kind === 'G' ? L.G.indexOf(p) : kind === 'y' ? rowOf(L.y, p) : undefined;
    for (const sign of [1, -1]) {
      for (const m of month === undefined ? [...Array(months).keys()] : [month]) {
        for (const d of domain === undefined ? [...L.x.keys()] : [domain]) {
          const move: Move = [
            [L.N, sign],
            [L.R[m]!, sign],
            [L.x[d]![m]!, sign],
            [L.D[d]!, sign],
          ];
          if (L.y.length) {
            // A report has at least one ground; one that leaves takes every ground all reports of the month name.
            const gs = new Set<number>();
            if (sign < 0) L.y.forEach((row, g) => v[row[m]!] === v[L.R[m]!] && gs.add(g));
            if (ground !== undefined) gs.add(ground);
            if (gs.size === 0) {
              const g = cheapestGround(m, sign);
              if (g === undefined) continue;
              gs.add(g);
            }
            for (const g of gs) move.push([L.y[g]![m]!, sign], [L.G[g]!, sign]);
          }
          let complete = true;
          for (const row of L.s) {
            if (dropped.has(row)) continue;
            const q = row.includes(p) ? p : cheapest(row, sign);
            if (q === undefined) complete = false;
            else move.push([q, sign]);
          }
          if (complete) moves.push(move);
        }
      }
    }
    return moves;
  }

  const best = (moves: Move[]): Move | undefined => {
    let found: Move | undefined;
    let lowest = Infinity;
    for (const move of moves) {
      const c = cost(move);
      if (c < lowest) [found, lowest] = [move, c];
      if (c === 0) break;
    }
    return found;
  };

  // Totals first: their witnesses are larger and often protect the cells inside them too.
  const order: Kind[] = ['N', 'R', 'D', 'G', 's', 'x', 'y'];
  const small = v
    .map((_, i) => i)
    .filter((i) => state[i] === SMALL)
    .sort((a, b) => order.indexOf(L.kinds[a]!) - order.indexOf(L.kinds[b]!) || a - b);
  const witnessed = new Set<number>();
  for (const p of small) {
    if (witnessed.has(p) || L.s.some((row) => dropped.has(row) && row.includes(p))) continue;
    const move = best(movesFor(p)) ?? best(reportMoves(p));
    if (!move) {
      // A table of shares (roles, wishes, areas) that pins one of its counts is left out; anything
      // else withholds the period.
      const table = L.s.find((row) => row.includes(p));
      if (!table) return undefined;
      dropped.add(table);
      continue;
    }
    for (const [i, d] of merged(move)) {
      if (d === 0) continue;
      if (state[i] === PUBLISHED) state[i] = WITHHELD;
      if (state[i] === SMALL) witnessed.add(i);
    }
  }

  const out = (i: number): PublishedCount =>
    state[i] === PUBLISHED ? v[i]! : state[i] === SMALL ? { lt: T } : { gte: T };
  const series = (total: number, cells: number[]): PublishedSeries => ({
    total: out(total),
    months: cells.map(out),
  });
  const keys = (o: object) => Object.keys(o);
  return {
    reports: series(L.N, L.R),
    domains: Object.fromEntries(keys(tables.domains).map((k, d) => [k, series(L.D[d]!, L.x[d]!)])),
    grounds: Object.fromEntries(keys(tables.grounds).map((k, g) => [k, series(L.G[g]!, L.y[g]!)])),
    shares: Object.fromEntries(
      Object.entries(tables.shares).flatMap(([name, table], t) =>
        dropped.has(L.s[t]!)
          ? []
          : [[name, Object.fromEntries(keys(table).map((k, j) => [k, out(L.s[t]![j]!)]))]],
      ),
    ),
  };
}
