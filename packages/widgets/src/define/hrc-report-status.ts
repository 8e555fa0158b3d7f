import { defineElement } from '../internal/define.js';
import { HrcReportStatus } from '../components/report-status/report-status.js';

export { HrcReportStatus };

await defineElement('hrc-report-status', HrcReportStatus);

declare global {
  interface HTMLElementTagNameMap {
    'hrc-report-status': HrcReportStatus;
  }
}
