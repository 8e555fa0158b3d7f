import { defineElement } from '../internal/define.js';
import { HrcRightsCard } from '../components/rights-card/rights-card.js';

export { HrcRightsCard };

await defineElement('hrc-rights-card', HrcRightsCard);

declare global {
  interface HTMLElementTagNameMap {
    'hrc-rights-card': HrcRightsCard;
  }
}
