import { css } from 'lit';
import { receiptStyles } from './report-form.receipt.styles.js';

/**
 * The styles of what the form draws once its later code is there (report-form.later.ts): the other
 * steps, the error summary and the marks of a field with a problem, the check page, the confirmation
 * and the receipt. The form adopts them when that code arrives, before it draws any of it; the first
 * step's styles are in `report-form.styles.ts`.
 */
const later = css`
  .h-section {
    font-size: 1.125em;
    font-weight: 700;
    margin: 1.5em 0 0.5em;
  }
  .field--error {
    border-inline-start: 4px solid var(--_hrc-color-danger);
    padding-inline-start: 0.75rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_hrc-color-danger) !important;
  }
  .choices--columns > :is(.or, .reveal) {
    grid-column: 1 / -1;
  }
  .reveal {
    border-inline-start: 4px solid var(--_hrc-color-border);
    margin: 0.25rem 0 0.75rem 0.7rem;
    padding-inline-start: 1rem;
  }
  .or {
    margin: 0.5rem 0;
  }
  .equality summary {
    cursor: pointer;
    color: var(--_hrc-color-link);
    text-decoration: underline;
    margin-block-end: 0.75rem;
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .link {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    color: var(--_hrc-color-link);
    text-decoration: underline;
    cursor: pointer;
  }
  .error-summary {
    border: 4px solid var(--_hrc-color-danger);
    padding: var(--_hrc-space);
    margin-block-end: calc(var(--_hrc-space) * 1.5);
  }
  .error-summary:focus {
    outline: var(--_hrc-focus-ring);
    box-shadow: var(--_hrc-focus-halo);
  }
  .error-summary .h-section {
    margin-block-start: 0;
  }
  .error-summary a {
    color: var(--_hrc-color-danger);
    font-weight: 600;
  }
  .summary {
    margin: 0 0 calc(var(--_hrc-space) * 1.5);
  }
  .summary-row {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.25rem;
    padding: 0.75rem 0;
    border-block-end: 1px solid var(--_hrc-color-border);
  }
  .summary dt {
    font-weight: 600;
  }
  .summary dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* The answer keeps its line breaks; the template's own line breaks around "Change" must not show. */
  .summary .summary-value {
    white-space: pre-line;
  }
  @media (min-width: 40em) {
    .summary-row {
      grid-template-columns: 2fr 3fr auto;
      gap: 1rem;
    }
  }
  .problem {
    border-inline-start: 4px solid var(--_hrc-color-warning);
    padding-inline-start: 0.75rem;
  }
  .report-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: var(--_hrc-color-surface-alt);
    padding: 0.75rem;
    font: inherit;
  }
  .panel {
    background: var(--_hrc-color-success);
    color: var(--_hrc-color-surface);
    padding: var(--_hrc-space);
    text-align: center;
    border-radius: var(--_hrc-radius);
  }
  .panel p {
    margin: 0;
  }
  .reference {
    font-size: 1.75em;
    font-weight: 700;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }
  /* Out of sight without moving it off the page: an offset to the start side widens a right-to-left page. */
  .honeypot {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    .summary-action {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .panel,
    .error-summary,
    .field--error,
    .problem {
      border: 2px solid CanvasText;
    }
  }
`;

export const laterStyles = [later, receiptStyles];
