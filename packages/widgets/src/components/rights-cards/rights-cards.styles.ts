import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-block-size: var(--hrc-rights-cards-min-block-size, 28rem);
  }

  .base {
    --_gap: var(--hrc-rights-cards-gap, var(--_hrc-space));
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    /* Its own surface, so theme="dark" stays readable on a light page. */
    background: var(--hrc-rights-cards-background, var(--_hrc-color-surface));
    color: var(--_hrc-color-text);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: end;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 14rem;
    max-inline-size: 24rem;
  }
  label {
    font-weight: 600;
  }
  select,
  input,
  button {
    font: inherit;
    color: var(--_hrc-color-text);
    background: var(--_hrc-color-surface);
    border: 1px solid var(--_hrc-color-border);
    border-radius: var(--_hrc-radius);
    padding: 0.5rem 0.75rem;
    min-block-size: 2.75rem;
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(100%, var(--hrc-rights-cards-min-column, 18rem)), 1fr)
    );
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid > li {
    display: flex;
    flex-direction: column;
  }
  .grid hrc-rights-card {
    flex: 1 1 auto;
  }

  .deck-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
  }
  .position {
    margin: 0;
    font-weight: 600;
  }
  button {
    cursor: pointer;
    font-weight: 600;
  }
  button:hover:not(:disabled) {
    background: var(--_hrc-color-surface-alt);
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .slide:focus-visible {
    outline: var(--_hrc-focus-ring);
    box-shadow: var(--_hrc-focus-halo);
    outline-offset: 2px;
    border-radius: var(--_hrc-radius);
  }
  .empty {
    margin: 0;
    padding: var(--_hrc-space);
    border: 1px dashed var(--_hrc-color-border);
    border-radius: var(--_hrc-radius);
  }

  /* On paper a deck is pointless: print every card, and no controls. */
  @media print {
    :host {
      min-block-size: 0;
    }
    .controls,
    .deck-controls {
      display: none;
    }
    .slide[hidden] {
      display: block;
      margin-block-end: 1rem;
    }
  }

  @media (forced-colors: active) {
    select,
    input,
    button {
      border-color: ButtonText;
    }
    button:disabled {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
  }
`;
