/**
 * Headings at a level the page chooses (`heading-level`), so an element fits the outline of the page
 * it sits in. The tags are written out (no `unsafeStatic`); elements style headings by class, so a
 * heading looks the same at every level.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Levels an element's top heading can take. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** The level `depth` steps below the top level `top`, within 2–6 (an unusable `top` counts as `fallback`). */
export function headingLevel(top: number, depth = 0, fallback = 2): number {
  const base = Number.isInteger(top) && top >= 2 && top <= 6 ? top : fallback;
  return Math.min(base + depth, 6);
}

export interface HeadingAttributes {
  id?: string;
  class?: string;
  part?: string;
  tabindex?: string;
}

/** A heading element of `level` (2–6). */
export function heading(level: number, content: unknown, a: HeadingAttributes = {}): TemplateResult {
  const { id, part, tabindex } = a;
  const cls = a.class;
  switch (Math.min(Math.max(Math.trunc(level) || 2, 2), 6)) {
    case 2:
      return html`<h2
        id=${ifDefined(id)}
        class=${ifDefined(cls)}
        part=${ifDefined(part)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h2>`;
    case 3:
      return html`<h3
        id=${ifDefined(id)}
        class=${ifDefined(cls)}
        part=${ifDefined(part)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h3>`;
    case 4:
      return html`<h4
        id=${ifDefined(id)}
        class=${ifDefined(cls)}
        part=${ifDefined(part)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h4>`;
    case 5:
      return html`<h5
        id=${ifDefined(id)}
        class=${ifDefined(cls)}
        part=${ifDefined(part)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h5>`;
    default:
      return html`<h6
        id=${ifDefined(id)}
        class=${ifDefined(cls)}
        part=${ifDefined(part)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h6>`;
  }
}
