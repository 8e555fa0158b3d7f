// Registers every element of the kit.
import './define/hrc-rights-card.js';
import './define/hrc-rights-cards.js';
import './define/hrc-framework-checklist.js';
import './define/hrc-report-form.js';
import './define/hrc-declaration-badge.js';
import './define/hrc-report-stats.js';
