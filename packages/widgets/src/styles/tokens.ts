import { unsafeCSS } from 'lit';
import { BASE_CSS, TOKENS_CSS } from './tokens-css.js';

// Constant text written in this package, never page or user input: safe to wrap.
/** Kit-wide design tokens (see tokens-css.ts), for Lit elements. */
export const tokens = unsafeCSS(TOKENS_CSS);
/** Host and shared rules every element gets, for Lit elements. */
export const base = unsafeCSS(BASE_CSS);
