/**
 * What the style sheet of the prerendered first step adds to the form's own styles
 * (`hrc-report-form.css` in the self-hosted folder; docs/performance.md). Only the build imports it:
 * the element draws none of this.
 *
 * - Before the script, quick exit is a link drawn as the form's button: the same box, so that nothing
 *   moves when the element puts its button in its place.
 * - The browser may paint a first step it has only partly read (a radio before its label): the step
 *   stays invisible, in its place, until its last part (the slot the prerender ends with) is there.
 * - With forced colours the link keeps the button's system colours, as the element's button has.
 * - With scripts off (`scripting: none`), the prerendered form, which could not send anything, gives way
 *   to the page's own text inside the element (the slot the prerender adds).
 */
export const PRERENDER_CSS = [
  'a.button{display:inline-flex;align-items:center;justify-content:center;box-sizing:border-box;' +
    'text-align:center;text-decoration:none}',
  '.base:not(:has(~ .prerender-noscript)){visibility:hidden}',
  '.prerender-noscript{display:none}',
  '@media (scripting:none){.base{display:none}.prerender-noscript{display:block}}',
  // With forced colours the link would take the link colour; the element's button has the button's.
  '@media (forced-colors:active){a.button{color:ButtonText;background:ButtonFace}}',
].join('\n');
