import { css } from 'lit';

/**
 * A long category name is cut off in a closed select, not the page: the list shows it whole. The bars
 * are at most 48rem wide, so that lengths stay comparable at a glance on a wide page. (Notes here rather
 * than in the CSS text, which ships to the browser as written.)
 */
export const styles = css`
  :host {
    display: block;
  }
  .base,
  .figure {
    display: flex;
    flex-direction: column;
    gap: var(--_hrc-space);
    margin: 0;
  }
  .base {
    --_bar: var(--hrc-report-stats-bar-color, var(--_hrc-color-primary));
    background: var(--hrc-report-stats-background, var(--_hrc-color-surface));
  }
  .title {
    font-size: 1.375em;
    font-weight: 700;
  }
  p {
    margin: 0;
  }
  .error {
    color: var(--_hrc-color-danger);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hrc-space);
  }
  .field {
    display: flex;
    flex-direction: column;
    align-items: start;
    max-inline-size: 100%;
  }
  label,
  .caption,
  .error,
  thead th {
    font-weight: 700;
  }
  select {
    font: inherit;
    color: inherit;
    background: var(--_hrc-color-surface);
    border: 1px solid var(--_hrc-color-border);
    border-radius: var(--_hrc-radius);
    padding: 0.5rem;
    min-block-size: 2.75rem;
    max-inline-size: 100%;
  }
  .bars {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(4rem, 1fr) max-content;
    gap: 0.375rem 0.75rem;
    align-items: center;
    max-inline-size: 48rem;
  }
  svg {
    display: block;
    inline-size: 100%;
  }
  .hbar {
    block-size: 1.25rem;
  }
  .bar {
    fill: var(--_bar);
  }
  .small,
  .withheld {
    fill: var(--_hrc-color-surface-alt);
    stroke: var(--_bar);
    stroke-dasharray: 3 2;
  }
  .bar-label {
    overflow-wrap: anywhere;
  }
  .bar-value {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .note {
    color: var(--_hrc-color-muted);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
  }
  caption,
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.75rem 0.25rem 0;
  }
  th,
  td {
    border-block-end: 1px solid var(--_hrc-color-border);
  }
  tbody th {
    font-weight: 400;
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .small,
    .withheld {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
