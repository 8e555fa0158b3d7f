/**
 * The content as it was written before it became JSON (content/<locale>/<section>.json):
 * scripts/convert-ts-content.ts turns this into those files. The build reads only the JSON.
 * Source: FRA (2022), Human rights cities in the EU — practical guidance (Dutch edition); the EU Charter
 * of Fundamental Rights (OJ C 326, 26.10.2012). Texts written for this kit; names, titles, numbers,
 * dates and URLs from the sources.
 */
import type { ContentSource } from './source-types.js';
import { about } from './about.js';
import { charter } from './charter.js';
import { domains } from './domains.js';
import { foundationsAndStructures } from './elements-foundations-structures.js';
import { tools } from './elements-tools.js';
import { grounds } from './grounds.js';

export type * from './source-types.js';

export const contentSource: ContentSource = {
  ...about,
  elements: [...foundationsAndStructures, ...tools],
  charter,
  grounds,
  domains,
};
