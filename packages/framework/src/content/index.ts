/**
 * The whole content source, side by side in Dutch and English.
 * Source: FRA (2022), Human rights cities in the EU — practical guidance (Dutch edition); the EU Charter
 * of Fundamental Rights (OJ C 326, 26.10.2012). Texts written for this kit; names, titles, numbers,
 * dates and URLs from the sources.
 */
import { CONTENT_SCHEMA_VERSION, type LocaleContent } from '../schemas/content.js';
import type { Locale } from '../ids.js';
import { localize } from '../localize.js';
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

/** All content of one locale: what `dist/<locale>.json` holds. */
export function contentFor(locale: Locale): LocaleContent {
  return { schemaVersion: CONTENT_SCHEMA_VERSION, locale, ...localize(contentSource, locale) };
}
