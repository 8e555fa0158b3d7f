import { html } from 'lit';
import { HrcElement } from '../../internal/hrc-element.js';

/**
 * @summary Placeholder until the element is built.
 * @tag hrc-report-form
 */
export class HrcReportForm extends HrcElement {
  override render() {
    return html`<slot></slot>`;
  }
}
