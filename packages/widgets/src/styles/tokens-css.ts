/**
 * The kit's shared style sheets as plain CSS text, so an element can use them with or without Lit
 * (styles/tokens.ts wraps them for Lit elements).
 */

/**
 * Kit-wide design tokens. Pages theme the kit by setting the public `--hrc-*` properties (on `:root` or
 * any ancestor); elements read them through the private `--_hrc-*` aliases below, so every `var()` has a
 * fallback and a page that sets nothing still gets an accessible default (WCAG 2.2 AA contrast).
 */
export const TOKENS_CSS = /* css */ `
  :host {
    /* Light and dark values side by side. light-dark() follows the inherited color-scheme, so the kit
       goes dark only where the page says it supports dark (color-scheme: light dark) and the reader
       prefers it, or where theme="dark" forces it: light text never lands on a page's white background. */
    --_hrc-font: var(--hrc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_hrc-font-size: var(--hrc-font-size, 1rem);
    --_hrc-line-height: var(--hrc-line-height, 1.5);
    --_hrc-color-text: var(--hrc-color-text, light-dark(#1a1a1a, #f3f4f6));
    --_hrc-color-muted: var(--hrc-color-muted, light-dark(#4a4a4a, #d1d5db));
    --_hrc-color-surface: var(--hrc-color-surface, light-dark(#fff, #111827));
    --_hrc-color-surface-alt: var(--hrc-color-surface-alt, light-dark(#f3f4f6, #1f2937));
    --_hrc-color-border: var(--hrc-color-border, light-dark(#6b7280, #9ca3af));
    --_hrc-color-primary: var(--hrc-color-primary, light-dark(#1d4ed8, #93c5fd));
    --_hrc-color-on-primary: var(--hrc-color-on-primary, light-dark(#fff, #0b1220));
    --_hrc-color-link: var(--hrc-color-link, light-dark(#1d4ed8, #93c5fd));
    --_hrc-color-success: var(--hrc-color-success, light-dark(#166534, #86efac));
    --_hrc-color-warning: var(--hrc-color-warning, light-dark(#92400e, #fcd34d));
    --_hrc-color-danger: var(--hrc-color-danger, light-dark(#b91c1c, #fca5a5));
    --_hrc-color-focus: var(--hrc-color-focus, #f59e0b);
    --_hrc-radius: var(--hrc-radius, 0.5rem);
    --_hrc-space: var(--hrc-space, 1rem);
    --_hrc-focus-ring: 3px solid var(--_hrc-color-focus);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;

/** Host and shared rules every element gets. Forced-colours rules come last. */
export const BASE_CSS = /* css */ `
  :host {
    box-sizing: border-box;
    font-family: var(--_hrc-font);
    font-size: var(--_hrc-font-size);
    line-height: var(--_hrc-line-height);
    color: var(--_hrc-color-text);
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
