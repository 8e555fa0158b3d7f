import { KIT_VERSION } from '../version.js';
import { ownFrame } from './schedule.js';

/** An element class that can do part of its start-up work before its instances upgrade. */
type Preparable = CustomElementConstructor & {
  prepare?(instances: readonly Element[]): void | Promise<void>;
};

/**
 * Registers a custom element unless the tag is already taken. A WordPress plugin, a theme and a
 * self-hosted copy can all bring the kit to one page; the first registration wins and the others are
 * harmless. A different version is reported once, because its elements may not behave as documented.
 *
 * When elements with the tag are already in the page, registering upgrades and renders them at once.
 * That work then waits for a frame of its own, so that evaluating the element's module and rendering
 * are not one long task; the class's `prepare` (styles, starting to load content) gets the frame
 * before. Until then the elements stay undefined and keep whatever the page shows for
 * `:not(:defined)`. The registration modules await the returned promise, so importing one still
 * resolves only once the element is defined.
 */
export function defineElement(tag: string, ctor: Preparable): Promise<void> | undefined {
  if (customElements.get(tag) || !document.querySelector(tag)) {
    registerElement(tag, ctor);
    return undefined;
  }
  return ownFrame()
    .then(() => ctor.prepare?.([...document.querySelectorAll(tag)]))
    .then(() => ownFrame())
    .then(() => registerElement(tag, ctor));
}

/** `defineElement` without the wait: registers (and upgrades) right away. */
export function registerElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as
    (CustomElementConstructor & { kitVersion?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor && existing.kitVersion !== KIT_VERSION) {
    console.warn(
      `<${tag}> is already registered by kit version ${existing.kitVersion ?? 'unknown'}; ` +
        `version ${KIT_VERSION} on this page is not used.`,
    );
  }
}
