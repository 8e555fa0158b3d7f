import { css } from 'lit';

/** The receipt screen's styles (report-form.receipt.ts): a few lines, so they stay with the form's. */
export const receiptStyles = css`
  .receipt {
    border: 4px solid var(--_hrc-color-primary);
    padding: var(--_hrc-space);
    margin-block-start: calc(var(--_hrc-space) * 1.5);
  }
  .receipt .h-section {
    margin-block-start: 0;
  }
  /* Written left to right in every language, as phone numbers are: the groups keep their order. */
  .receipt-code {
    text-align: match-parent;
    font-size: 1.75em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
    word-spacing: 0.25em;
    margin: 0.5rem 0;
  }
  .receipt-warning {
    border-inline-start: 4px solid var(--_hrc-color-warning);
    padding-inline-start: 0.75rem;
    font-weight: 600;
  }
  .receipt-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  @media (forced-colors: active) {
    .receipt,
    .receipt-warning {
      border-color: CanvasText;
    }
  }
`;
