import { css } from 'lit';

/** The report form's look (buttons, fields, quick exit), for the few parts this element has. */
export const styles = css`
  :host {
    display: block;
    max-inline-size: var(--hrc-report-status-max-width, 40rem);
  }
  .base {
    color: var(--_hrc-color-text);
    background: var(--_hrc-color-surface);
    padding: var(--_hrc-space);
    border-radius: var(--_hrc-radius);
    overflow-wrap: anywhere;
  }
  .h-title {
    margin: 0 0 var(--_hrc-space);
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  .h-title:focus {
    outline: none;
  }
  .h-title:focus-visible {
    outline: var(--_hrc-focus-ring);
    box-shadow: var(--_hrc-focus-halo);
  }
  .h-section {
    font-size: 1.125em;
    font-weight: 700;
    margin: 1.5em 0 0.5em;
  }
  .exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25rem 1rem;
    margin-block-end: var(--_hrc-space);
  }
  .exit .hint {
    margin: 0;
  }
  .field {
    margin: 0 0 calc(var(--_hrc-space) * 1.5);
  }
  .field > label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .field--error {
    border-inline-start: 4px solid var(--_hrc-color-danger);
    padding-inline-start: 0.75rem;
  }
  .hint {
    color: var(--_hrc-color-muted);
    margin: 0 0 0.5rem;
  }
  .error-message {
    color: var(--_hrc-color-danger);
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  input,
  textarea {
    display: block;
    inline-size: 100%;
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    background: var(--_hrc-color-surface);
    border: 2px solid var(--_hrc-color-border);
    border-radius: 0;
    padding: 0.4rem 0.5rem;
  }
  /* Typed left to right in every language, as the receipt is shown. */
  .receipt-input {
    text-align: match-parent;
    max-inline-size: 20em;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_hrc-color-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .button {
    font: inherit;
    font-weight: 600;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid transparent;
    border-radius: var(--_hrc-radius);
    background: var(--_hrc-color-primary);
    color: var(--_hrc-color-on-primary);
    cursor: pointer;
  }
  .button--secondary {
    background: var(--_hrc-color-surface-alt);
    color: var(--_hrc-color-text);
    border-color: var(--_hrc-color-border);
  }
  .button--exit {
    background: var(--hrc-report-form-exit-color, var(--_hrc-color-danger));
    color: var(--_hrc-color-surface);
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .facts {
    margin: 0 0 var(--_hrc-space);
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    padding: 0.5rem 0;
    border-block-end: 1px solid var(--_hrc-color-border);
  }
  .facts dt {
    font-weight: 600;
    min-inline-size: 8em;
  }
  .facts dd {
    margin: 0;
  }
  .reference {
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  .messages {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .message {
    border-inline-start: 4px solid var(--_hrc-color-border);
    padding: 0.25rem 0 0.25rem 0.75rem;
    margin-block-end: 1rem;
  }
  .message--office {
    border-inline-start-color: var(--_hrc-color-primary);
  }
  .message--unverified {
    border-inline-start-color: var(--_hrc-color-danger);
  }
  .message p {
    margin: 0;
  }
  .message-meta {
    font-weight: 600;
  }
  .message-text {
    white-space: pre-wrap;
  }
  @media print {
    .exit,
    form {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .button,
    .field--error,
    .message {
      border: 2px solid CanvasText;
    }
    .button--exit {
      border-color: ButtonText;
    }
    .error-message {
      color: CanvasText;
    }
  }
`;
