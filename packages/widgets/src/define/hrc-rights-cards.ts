import { defineElement } from '../internal/define.js';
import { HrcRightsCards } from '../components/rights-cards/rights-cards.js';

export { HrcRightsCards };

await defineElement('hrc-rights-cards', HrcRightsCards);

declare global {
  interface HTMLElementTagNameMap {
    'hrc-rights-cards': HrcRightsCards;
  }
}
