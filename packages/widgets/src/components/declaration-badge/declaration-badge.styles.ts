/*
 * The host's size comes from its attributes alone, before the status file (if any) arrives, so the
 * page never shifts. The numbers are the drawing's (declaration-badge.geometry.ts); the tests compare.
 */
export const styles = /* css */ `
  :host {
    --_w: 160;
    --_h: 160;
    --_k: 1;
    --_status: 0;
    display: inline-block;
    vertical-align: middle;
    inline-size: calc(var(--_w) * var(--_k) * 1px);
    max-inline-size: 100%;
    aspect-ratio: var(--_w) / calc(var(--_h) + var(--_status));
    --_accent: var(--hrc-declaration-badge-color, var(--_hrc-color-primary));
    --_on-accent: var(--hrc-declaration-badge-on-color, var(--_hrc-color-on-primary));
    --_face: var(--hrc-declaration-badge-background, var(--_hrc-color-surface));
  }
  :host([variant='horizontal']) {
    --_w: 288;
    --_h: 72;
  }
  :host([variant='compact']) {
    --_w: 248;
    --_h: 36;
  }
  :host([size='s']) {
    --_k: 0.8;
  }
  :host([size='l']) {
    --_k: 1.4;
  }
  :host([status-src]:not([status-src=''])) {
    --_status: 40;
  }

  .base,
  a,
  svg {
    display: block;
    inline-size: 100%;
  }
  svg {
    block-size: auto;
    overflow: visible;
    font-family: var(--_hrc-font);
    /* A badge printed on a poster keeps its colours. */
    print-color-adjust: exact;
  }
  a {
    border-radius: 2px;
  }
  a:hover .accent {
    opacity: 0.88;
  }
  .accent {
    fill: var(--_accent);
  }
  .on-accent {
    fill: var(--_on-accent);
  }
  .face {
    fill: var(--_face);
  }
  .ink {
    fill: var(--_hrc-color-text);
  }
  .muted {
    fill: var(--_hrc-color-muted);
  }

  @media (forced-colors: active) {
    .face,
    .on-accent {
      fill: Canvas;
    }
    .accent,
    .ink,
    .muted {
      fill: CanvasText;
    }
    a .accent {
      fill: LinkText;
    }
  }
`;
