import { html } from 'lit';
import { HrcElement } from '../../internal/hrc-element.js';

/**
 * @summary Placeholder until the element is built.
 * @tag hrc-declaration-badge
 */
export class HrcDeclarationBadge extends HrcElement {
  override render() {
    return html`<slot></slot>`;
  }
}
