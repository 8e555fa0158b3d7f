import { css } from 'lit';

export const styles = css`
  /*
   * The host only reserves room: the height the card takes at 24rem wide, so it occupies the same box
   * before the content arrives (fallback) and after. Each known card has its own measured height
   * (rights-card.reserve.ts); the values per kind below are for the others. Pages tune it with
   * --hrc-rights-card-min-block-size.
   */
  :host {
    --_reserve: 34rem;
    display: flex;
    flex-direction: column;
    min-block-size: var(--hrc-rights-card-min-block-size, var(--_reserve));
  }
  :host([variant='compact']) {
    --_reserve: 14rem;
  }
  :host([article]) {
    --_reserve: 46rem;
  }
  :host([article][variant='compact']) {
    --_reserve: 28rem;
  }
  :host([element]) {
    --_reserve: 54rem;
  }
  :host([element][variant='compact']) {
    --_reserve: 16rem;
  }
  :host([kind='survey']) {
    --_reserve: 28rem;
  }
  :host([kind='rights-vs-fundamental']) {
    --_reserve: 30rem;
  }
  :host([kind='survey'][variant='compact']),
  :host([kind='rights-vs-fundamental'][variant='compact']) {
    --_reserve: 22rem;
  }
  :host([kind='human-rights-city']) {
    --_reserve: 56rem;
  }
  :host([kind='human-rights-city'][variant='compact']) {
    --_reserve: 24rem;
  }
  /* An article without (all its) text in this language reserves nothing: a tall frame round a title, or
     round a meaning without its example, would look broken. */
  :host(:state(no-text)),
  :host(:state(missing-text)) {
    min-block-size: var(--hrc-rights-card-min-block-size, 0);
  }

  .card {
    --_accent: var(--hrc-rights-card-accent, var(--_hrc-color-primary));
    --_pad: var(--hrc-rights-card-padding, var(--_hrc-space));
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    margin: 0;
    padding: var(--_pad);
    background: var(--hrc-rights-card-background, var(--_hrc-color-surface));
    color: var(--_hrc-color-text);
    border: 1px solid var(--hrc-rights-card-border-color, var(--_hrc-color-border));
    border-radius: var(--hrc-rights-card-radius, var(--_hrc-radius));
    overflow-wrap: anywhere;
  }
  :host([variant='compact']) .card {
    gap: 0.5rem;
    padding: calc(var(--_pad) * 0.75);
  }

  p,
  ul,
  .title,
  .subheading {
    margin: 0;
  }
  .eyebrow {
    color: var(--_accent);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .title,
  ::slotted(h2),
  ::slotted(h3),
  ::slotted(h4) {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  :host([variant='compact']) .title,
  :host([variant='compact']) ::slotted(h2),
  :host([variant='compact']) ::slotted(h3),
  :host([variant='compact']) ::slotted(h4) {
    font-size: 1.125rem;
  }
  ::slotted(p) {
    margin: 0;
  }
  .subheading {
    margin-block-start: 0.25rem;
    font-size: 1rem;
    line-height: 1.3;
  }
  .example {
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_hrc-color-border);
    color: var(--_hrc-color-muted);
  }
  .tips {
    padding-inline-start: 1.25rem;
  }

  .stat-figure {
    display: block;
    color: var(--_accent);
    font-size: 2.25rem;
    font-weight: 700;
    line-height: 1.1;
  }
  .stat-label {
    color: var(--_hrc-color-muted);
  }

  /* The actions sit at the bottom of the reserved box, so cards in a row line up. */
  .actions {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin-block-start: auto;
    padding: 0;
    list-style: none;
  }
  /*
   * Without text the card keeps to its content, even where the page or a grid row makes the element
   * taller: the links follow the title, and no empty frame is left below them.
   */
  .card.no-text {
    flex: 0 0 auto;
  }
  .no-text .actions {
    margin-block-start: 0;
  }
  .cta {
    display: inline-block;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--hrc-rights-card-radius, var(--_hrc-radius));
    background: var(--_accent);
    color: var(--_hrc-color-on-primary);
    font-weight: 600;
    text-decoration: none;
  }
  .cta:hover {
    text-decoration: underline;
  }
  .source {
    color: var(--_hrc-color-muted);
    font-size: 0.875rem;
  }
  .problem {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_hrc-color-danger);
  }

  @media print {
    :host {
      min-block-size: 0;
    }
    .card {
      break-inside: avoid;
      border-color: #000;
      background: none;
      color: #000;
    }
    .cta {
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      text-decoration: underline;
    }
    .cta::after,
    .read-more::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .eyebrow,
    .stat-figure {
      color: CanvasText;
    }
    .cta {
      border-color: LinkText;
      background: Canvas;
      color: LinkText;
    }
    .problem {
      border-inline-start-color: CanvasText;
    }
  }
`;
