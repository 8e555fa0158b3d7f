/**
 * The kit's shared style sheets as plain CSS text, so an element can use them with or without Lit
 * (styles/tokens.ts wraps them for Lit elements).
 */

/**
 * Kit-wide design tokens. Pages theme the kit by setting the public `--hrc-*` properties (on `:root` or
 * any ancestor); elements read them through the private `--_hrc-*` aliases below, so every `var()` has a
 * fallback and a page that sets nothing still gets an accessible default (WCAG 2.2 AA contrast).
 *
 * Light and dark values side by side. light-dark() follows the inherited color-scheme, so the kit goes
 * dark only where the page says it supports dark (color-scheme: light dark) and the reader prefers it,
 * or where theme="dark" forces it: light text never lands on a page's white background.
 *
 * Each token falls back to the NL Design System tokens a Dutch city's theme sets (the newer --basis-*
 * ones first, then the --utrecht-* component tokens that most city themes fill), and only then to the
 * kit's own values: a page with its city's theme gets the kit in that theme without extra CSS. Status
 * colours take only the --basis-* text colours: the --utrecht-feedback-* ones are not always meant for
 * text (Utrecht's success green is 2.5:1 on grey).
 *
 * The focus ring has two tones: the ring stands out on light colours (3:1 and more), the band of
 * surface colour between element and ring on dark ones, so focus shows on whatever page the element
 * sits on (WCAG 1.4.11).
 *
 * The notes on these rules are here, outside the CSS text, because that text ships to every browser
 * as it is written (the minifier leaves strings alone).
 */
export const TOKENS_CSS = /* css */ `
  :host {
    --_hrc-font: var(
      --hrc-font-family,
      var(
        --basis-text-font-family-default,
        var(--utrecht-document-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)
      )
    );
    --_hrc-font-size: var(--hrc-font-size, var(--basis-text-font-size-md, var(--utrecht-document-font-size, 1rem)));
    --_hrc-line-height: var(
      --hrc-line-height,
      var(--basis-text-line-height-md, var(--utrecht-document-line-height, 1.5))
    );
    --_hrc-color-text: var(
      --hrc-color-text,
      var(--basis-color-default-color-document, var(--utrecht-document-color, light-dark(#1a1a1a, #f3f4f6)))
    );
    --_hrc-color-muted: var(--hrc-color-muted, var(--basis-color-default-color-subtle, light-dark(#4a4a4a, #d1d5db)));
    --_hrc-color-surface: var(
      --hrc-color-surface,
      var(--basis-color-default-bg-document, var(--utrecht-document-background-color, light-dark(#fff, #111827)))
    );
    --_hrc-color-surface-alt: var(
      --hrc-color-surface-alt,
      var(--basis-color-default-bg-subtle, light-dark(#f3f4f6, #1f2937))
    );
    --_hrc-color-border: var(
      --hrc-color-border,
      var(--basis-color-default-border-default, var(--utrecht-form-control-border-color, light-dark(#6b7280, #9ca3af)))
    );
    --_hrc-color-primary: var(
      --hrc-color-primary,
      var(--utrecht-button-primary-action-background-color, light-dark(#1d4ed8, #93c5fd))
    );
    --_hrc-color-on-primary: var(
      --hrc-color-on-primary,
      var(--utrecht-button-primary-action-color, light-dark(#fff, #0b1220))
    );
    --_hrc-color-link: var(
      --hrc-color-link,
      var(--basis-color-action-1-color-default, var(--utrecht-link-color, light-dark(#1d4ed8, #93c5fd)))
    );
    --_hrc-color-success: var(
      --hrc-color-success,
      var(--basis-color-positive-color-default, light-dark(#166534, #86efac))
    );
    --_hrc-color-warning: var(
      --hrc-color-warning,
      var(--basis-color-warning-color-default, light-dark(#92400e, #fcd34d))
    );
    --_hrc-color-danger: var(
      --hrc-color-danger,
      var(--basis-color-negative-color-default, light-dark(#b91c1c, #fca5a5))
    );
    --_hrc-color-focus: var(
      --hrc-color-focus,
      var(--basis-focus-outline-color, var(--utrecht-focus-outline-color, light-dark(#b45309, #fbbf24)))
    );
    --_hrc-radius: var(--hrc-radius, var(--basis-border-radius-md, 0.5rem));
    --_hrc-space: var(--hrc-space, 1rem);
    --_hrc-focus-ring: 3px solid var(--_hrc-color-focus);
    --_hrc-focus-halo: 0 0 0 2px var(--_hrc-color-surface);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;

/**
 * Host and shared rules every element gets. Forced-colours rules come last.
 *
 * A word longer than the line (Dutch and German compounds at 320 px, or with wider letter spacing)
 * breaks instead of running out of the element (WCAG 1.4.10, 1.4.12); "anywhere" also lets a flex or
 * grid item holding it shrink. Tables keep their words whole and scroll in their own box when they do
 * not fit.
 */
export const BASE_CSS = /* css */ `
  :host {
    box-sizing: border-box;
    font-family: var(--_hrc-font);
    font-size: var(--_hrc-font-size);
    line-height: var(--_hrc-line-height);
    color: var(--_hrc-color-text);
    overflow-wrap: anywhere;
  }
  table {
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :where(a) {
    color: var(--_hrc-color-link);
    text-underline-offset: 0.15em;
  }
  :where(a, button, input, select, textarea, summary, [tabindex]):focus-visible {
    outline: var(--_hrc-focus-ring);
    outline-offset: 2px;
    box-shadow: var(--_hrc-focus-halo);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    :where(a, button, input, select, textarea, summary, [tabindex]):focus-visible {
      outline-color: Highlight;
    }
  }
`;
