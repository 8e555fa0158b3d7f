import { defineElement } from '../internal/define.js';
import { HrcFrameworkChecklist } from '../components/framework-checklist/framework-checklist.js';

export { HrcFrameworkChecklist };

await defineElement('hrc-framework-checklist', HrcFrameworkChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'hrc-framework-checklist': HrcFrameworkChecklist;
  }
}
