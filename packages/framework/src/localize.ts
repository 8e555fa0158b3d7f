import type { Locale } from './ids.js';
import type { L } from './content/source-types.js';

/** The shape of a source value once one locale is picked: every `L` becomes a string. */
export type Localized<T> = T extends L
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

function isL(value: object): value is L {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as L).nl === 'string' && typeof (value as L).en === 'string';
}

/** Picks one locale out of side-by-side source content. */
export function localize<T>(value: T, locale: Locale): Localized<T> {
  if (Array.isArray(value)) return value.map((v: unknown) => localize(v, locale)) as Localized<T>;
  if (value !== null && typeof value === 'object') {
    if (isL(value)) return value[locale] as Localized<T>;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, localize(v, locale)]),
    ) as Localized<T>;
  }
  return value as Localized<T>;
}
