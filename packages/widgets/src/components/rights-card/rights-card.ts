import { html } from 'lit';
import { HrcElement } from '../../internal/hrc-element.js';

/**
 * @summary Placeholder until the element is built.
 * @tag hrc-rights-card
 */
export class HrcRightsCard extends HrcElement {
  override render() {
    return html`<slot></slot>`;
  }
}
