import { KIT_VERSION } from '../version.js';

let upgrading = false;

/**
 * True while `defineElement` upgrades the elements already on the page, that is while the module that
 * defines them is still being evaluated.
 */
export function isUpgrading(): boolean {
  return upgrading;
}

/**
 * Registers a custom element unless the tag is already taken. A WordPress plugin, a theme and a
 * self-hosted copy can all bring the kit to one page; the first registration wins and the others are
 * harmless. A different version is reported once, because its elements may not behave as documented.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as
    (CustomElementConstructor & { kitVersion?: string }) | undefined;
  if (!existing) {
    upgrading = true;
    try {
      customElements.define(tag, ctor);
    } finally {
      upgrading = false;
    }
    return;
  }
  if (existing !== ctor && existing.kitVersion !== KIT_VERSION) {
    console.warn(
      `<${tag}> is already registered by kit version ${existing.kitVersion ?? 'unknown'}; ` +
        `version ${KIT_VERSION} on this page is not used.`,
    );
  }
}
