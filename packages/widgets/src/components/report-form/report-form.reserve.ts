/**
 * The room the form's first step takes, in rem, so that nothing below the form moves when it is drawn:
 * the page reserves it before the kit's script has run (`hrc-kit.css` in the self-hosted folder, or the
 * same rule in the page's own style sheet), and the form keeps it while it shows the first step.
 *
 * Measured on the built form at 320–1280 px in English, Dutch, German and Arabic with the system fonts
 * of a Debian machine (`bench/page-load.mjs`, docs/performance.md), rounded up: one column of areas of
 * life below `wideFrom` (the tallest, at 320 px), two columns from there. A page that puts the form in
 * a narrow column, or uses much larger type, sets `--hrc-report-form-reserve` itself.
 */
export const FIRST_STEP_RESERVE = { narrow: 86, wide: 66, wideFrom: 40 } as const;

/** The page's rule: room for the form before it is defined (the content of `hrc-kit.css`). */
export const pageReserveCss = (r = FIRST_STEP_RESERVE): string =>
  `hrc-report-form:not(:defined){display:block;min-block-size:var(--hrc-report-form-reserve,${r.narrow}rem)}` +
  `@media (min-width:${r.wideFrom}rem){hrc-report-form:not(:defined){min-block-size:var(--hrc-report-form-reserve,${r.wide}rem)}}`;
