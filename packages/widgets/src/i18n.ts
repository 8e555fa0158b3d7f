/**
 * The kit's languages, for pages and apps: add or override a language without rebuilding the kit,
 * and tell it where its catalogs and content live when a bundler moved them. See docs/translations.md.
 *
 *   import { registerTranslation } from '@hrc/widgets/i18n';
 *   registerTranslation({ locale: 'fy', dir: 'ltr', name: 'Frysk', messages: { … } }, { loadShipped: false });
 */
export { registerTranslation, setLocaleBase, type Catalog } from './internal/i18n.js';
export { setContentBase } from './internal/content.js';
