/**
 * `msg` and `str` from @lit/localize, imported from the modules that define them. The package's main
 * entry also re-exports its runtime and transform set-up, whose module-level code would otherwise end up
 * in every element's bundle although the kit never calls `configureLocalization`.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
