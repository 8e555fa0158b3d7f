// Classes only, no registration: import from `@hrc/widgets/define/<tag>.js` (or `all.js`) to register.
export { HrcElement } from './internal/hrc-element.js';
export { defineElement } from './internal/define.js';
export { setContentBase, loadSection } from './internal/content.js';
export { registerTranslation, setLocaleBase, type Catalog } from './internal/i18n.js';
export { HrcRightsCard } from './components/rights-card/rights-card.js';
export { HrcRightsCards } from './components/rights-cards/rights-cards.js';
export { HrcFrameworkChecklist } from './components/framework-checklist/framework-checklist.js';
export { HrcReportForm } from './components/report-form/report-form.js';
export { HrcDeclarationBadge } from './components/declaration-badge/declaration-badge.js';
export { HrcReportStats } from './components/report-stats/report-stats.js';
export { KIT_VERSION } from './version.js';
