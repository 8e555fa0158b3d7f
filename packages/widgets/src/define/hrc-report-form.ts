import { defineElement } from '../internal/define.js';
import { HrcReportForm } from '../components/report-form/report-form.js';

export { HrcReportForm };

await defineElement('hrc-report-form', HrcReportForm);

declare global {
  interface HTMLElementTagNameMap {
    'hrc-report-form': HrcReportForm;
  }
}
