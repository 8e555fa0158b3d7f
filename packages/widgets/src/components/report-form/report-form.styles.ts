import { css } from 'lit';
import { FIRST_STEP_RESERVE as R } from './report-form.reserve.js';

/**
 * What the first step needs (and the step titles, the quick exit and the actions of every step). What
 * only the later steps, the check page, the error summary and the confirmation draw is in
 * `report-form.later.styles.ts`, which comes with their code.
 */
export const styles = css`
  :host {
    display: block;
    max-inline-size: var(--hrc-report-form-max-width, 40rem);
  }
  /* The first step keeps the room the page reserved for it (report-form.reserve.ts). */
  .base--first {
    box-sizing: border-box;
    min-block-size: var(--hrc-report-form-reserve, ${R.narrow}rem);
  }
  @media (min-width: ${R.wideFrom}rem) {
    .base--first {
      min-block-size: var(--hrc-report-form-reserve, ${R.wide}rem);
    }
  }
  .base {
    color: var(--_hrc-color-text);
    background: var(--_hrc-color-surface);
    padding: var(--_hrc-space);
    border-radius: var(--_hrc-radius);
  }
  /* Headings by role, not tag: the tag follows heading-level, the look stays. */
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
  .caption {
    display: block;
    font-size: 0.7em;
    font-weight: normal;
    color: var(--_hrc-color-muted);
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
  fieldset {
    border: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend,
  .field > label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
    padding: 0;
  }
  .field {
    margin: 0 0 calc(var(--_hrc-space) * 1.75);
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
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    display: block;
    inline-size: 100%;
    font: inherit;
    color: inherit;
    background: var(--_hrc-color-surface);
    border: 2px solid var(--_hrc-color-border);
    border-radius: 0;
    padding: 0.4rem 0.5rem;
  }
  textarea {
    resize: vertical;
  }
  .input--short {
    max-inline-size: 3.5em;
  }
  .input--year {
    max-inline-size: 5em;
  }
  .date {
    display: flex;
    gap: 1rem;
  }
  .date-part label {
    display: block;
  }
  .choices--columns {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    column-gap: 1rem;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    gap: 0 0.5rem;
    padding: 0.25rem 0;
  }
  .choice input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_hrc-color-primary);
  }
  .choice-hint {
    grid-column: 2;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: var(--_hrc-space) 0;
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
  @media print {
    .exit,
    .actions {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .button {
      border: 2px solid CanvasText;
    }
    .button--exit {
      border-color: ButtonText;
    }
    .error-message {
      color: CanvasText;
    }
    .choice input {
      accent-color: auto;
    }
  }
`;
