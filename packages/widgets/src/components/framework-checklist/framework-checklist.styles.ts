import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_accent: var(--hrc-framework-checklist-accent, var(--_hrc-color-primary));
    --_card: var(--hrc-framework-checklist-card-background, var(--_hrc-color-surface-alt));
  }
  .base {
    display: grid;
    gap: var(--_hrc-space);
    background: var(--_hrc-color-surface);
    color: var(--_hrc-color-text);
  }
  /* One column that may shrink below its content (long select options, file inputs), for reflow at 320px. */
  .base,
  .header,
  .editor,
  .add-link,
  .progress,
  .compare,
  .layer,
  .bars,
  .elements,
  .element > * {
    grid-template-columns: minmax(0, 1fr);
  }
  .pair > *,
  .filters > *,
  .toolbar > * {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  /* Headings by role, not tag: the tag follows heading-level, the look stays. */
  .h-title,
  .h-section,
  .h-card,
  .h-sub {
    margin: 0;
    line-height: 1.25;
    font-weight: 700;
  }
  .h-title {
    font-size: 1.5em;
  }
  .h-section {
    font-size: 1.125em;
  }
  .h-card {
    font-size: 1em;
  }
  .h-sub {
    font-size: 0.875em;
  }
  .h-title,
  .h-section {
    color: var(--_accent);
  }
  p {
    margin: 0;
  }
  label {
    display: block;
    font-weight: 600;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
  }
  input:not([type='file']),
  select,
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 100%;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_hrc-color-border);
    border-radius: calc(var(--_hrc-radius) / 2);
    background: var(--_hrc-color-surface);
  }
  textarea {
    resize: vertical;
  }
  input[type='file'] {
    inline-size: 100%;
  }
  button {
    padding: 0.375rem 0.875rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_hrc-radius);
    background: var(--_hrc-color-surface);
    color: var(--_accent);
    cursor: pointer;
    font-weight: 600;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_hrc-color-on-primary);
  }
  button.danger {
    border-color: var(--_hrc-color-danger);
    color: var(--_hrc-color-danger);
  }
  .link-button {
    padding: 0 0.25rem;
    border-width: 1px;
    font-weight: 400;
  }
  .header,
  .editor,
  .add-link {
    display: grid;
    gap: 0.5rem;
  }
  .pair,
  .filters {
    display: grid;
    gap: 0.5rem 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    align-items: end;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .city,
  .changed,
  .save-note,
  .shown,
  .layer-summary,
  .summary {
    color: var(--_hrc-color-muted);
  }
  .notice:empty {
    display: none;
  }
  .problems {
    padding: 0.75rem 1rem;
    border: 2px solid var(--_hrc-color-danger);
    border-radius: var(--_hrc-radius);
  }
  .problems .h-section {
    color: var(--_hrc-color-danger);
  }
  .error {
    color: var(--_hrc-color-danger);
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_hrc-color-danger);
    border-width: 2px;
  }
  .progress,
  .compare {
    display: grid;
    gap: 0.5rem;
  }
  .bars {
    display: grid;
    gap: 0.25rem;
  }
  .bar-row {
    display: grid;
    grid-template-columns: minmax(6rem, 12rem) 1fr;
    gap: 0.5rem;
    align-items: center;
  }
  .bar {
    inline-size: 100%;
    block-size: 1.25rem;
    border: 1px solid var(--_hrc-color-border);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.875rem;
    block-size: 0.875rem;
    margin-inline-end: 0.25rem;
    border: 1px solid var(--_hrc-color-border);
    vertical-align: -0.125rem;
  }
  .seg-not-started {
    --_seg: var(--_hrc-color-surface-alt);
  }
  .seg-planned {
    --_seg: var(--_hrc-color-warning);
  }
  .seg-in-progress {
    --_seg: var(--_hrc-color-primary);
  }
  .seg-in-place {
    --_seg: var(--_hrc-color-success);
  }
  .seg-not-applicable {
    --_seg: var(--_hrc-color-muted);
  }
  rect {
    fill: var(--_seg);
  }
  .swatch {
    background: var(--_seg);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9375rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_hrc-color-border);
    text-align: start;
  }
  td {
    text-align: end;
  }
  .compare td {
    text-align: start;
  }
  .layer {
    display: grid;
    gap: 0.5rem;
  }
  .elements {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .skeleton div,
  .pending div {
    min-block-size: 15rem;
  }
  .element > * {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_hrc-radius);
    background: var(--_card);
  }
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--_hrc-radius);
    font-weight: 600;
  }
  .status-in-place .badge {
    color: var(--_hrc-color-success);
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_hrc-color-link);
  }
  details > :not(summary) {
    margin-block-start: 0.5rem;
  }
  .guide ul,
  .report ul,
  .evidence {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  .evidence li {
    overflow-wrap: anywhere;
  }
  fieldset {
    margin: 0;
    border: 1px solid var(--_hrc-color-border);
    border-radius: var(--_hrc-radius);
  }
  .facts,
  .report dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0 1rem;
    margin: 0;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* A term and its value side by side only where both fit; on a narrow card the value goes below. */
  .element > *,
  .report-view {
    container-type: inline-size;
  }
  @container (width < 30rem) {
    .facts,
    .report dl {
      grid-template-columns: minmax(0, 1fr);
    }
    dd + dt {
      margin-block-start: 0.25rem;
    }
  }
  dialog {
    max-inline-size: min(32rem, calc(100vw - 2rem));
    border: 2px solid var(--_hrc-color-border);
    border-radius: var(--_hrc-radius);
    background: var(--_hrc-color-surface);
    color: var(--_hrc-color-text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 1rem;
  }
  .report .layer,
  .report .url,
  .figures .note {
    color: var(--_hrc-color-muted);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  /* A table's heading at the size of the text, not the browser's smaller h5 and h6. */
  .figures > :is(h3, h4, h5, h6):not(:first-child) {
    font-size: 1rem;
  }
  /* The explanation and the source stand apart from the last table. */
  .figures dl + .note {
    margin-block-start: 1rem;
  }

  @media print {
    .toolbar,
    .filters,
    .notice,
    .save-note,
    .import,
    button,
    details:not([open]) {
      display: none;
    }
    .element article,
    .report li {
      break-inside: avoid;
    }
    a {
      color: inherit;
    }
  }

  @media (forced-colors: active) {
    .bar rect,
    .swatch {
      forced-color-adjust: none;
      stroke: CanvasText;
      stroke-width: 0.2;
    }
    .element > *,
    .problems {
      border: 1px solid CanvasText;
    }
    button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
