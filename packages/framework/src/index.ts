export * from './ids.js';
export { csvCell } from './csv.js';
export * from './schemas/index.js';
export { localize, type Localized } from './localize.js';
