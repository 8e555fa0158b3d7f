/** Statistics of reports: counting, suppression, the published format and its CSV (docs/statistics.md). */
export * from './categories.js';
export * from './schema.js';
export * from './suppress.js';
export * from './publish.js';
export * from './csv.js';
export * from './mapping.js';
