import { html } from 'lit';
import { HrcElement } from '../../internal/hrc-element.js';

/**
 * @summary Placeholder until the element is built.
 * @tag hrc-rights-cards
 */
export class HrcRightsCards extends HrcElement {
  override render() {
    return html`<slot></slot>`;
  }
}
