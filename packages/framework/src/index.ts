export * from './ids.js';
export * from './schemas/index.js';
export { localize, type Localized } from './localize.js';
