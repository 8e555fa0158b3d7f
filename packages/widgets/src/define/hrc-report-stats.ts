import { defineElement } from '../internal/define.js';
import { HrcReportStats } from '../components/report-stats/report-stats.js';

export { HrcReportStats };

await defineElement('hrc-report-stats', HrcReportStats);

declare global {
  interface HTMLElementTagNameMap {
    'hrc-report-stats': HrcReportStats;
  }
}
