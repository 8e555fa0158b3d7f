import { defineElement } from '../internal/define.js';
import { HrcDeclarationBadge } from '../components/declaration-badge/declaration-badge.js';

export { HrcDeclarationBadge };

await defineElement('hrc-declaration-badge', HrcDeclarationBadge);

declare global {
  interface HTMLElementTagNameMap {
    'hrc-declaration-badge': HrcDeclarationBadge;
  }
}
