export * from './ids.js';
export { csvCell } from './csv.js';
export * from './schemas/index.js';
export { CONTENT_SECTIONS, SECTION_KEYS, type ContentSection } from './sections.js';
export {
  buildLocale,
  buildSection,
  type BuiltLocale,
  type BuiltSection,
  type SourceFiles,
} from './content-merge.js';
