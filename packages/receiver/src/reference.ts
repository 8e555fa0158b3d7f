import { randomInt } from 'node:crypto';

/**
 * Characters that cannot be mistaken for one another when read aloud or copied by hand: no 0/O, 1/I/L,
 * and no U (so no accidental words).
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

export const REFERENCE_PATTERN = new RegExp(`^HRC-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

/**
 * A reference such as `HRC-7K3M-Q9PX`: eight characters from a cryptographic source (about 39 bits),
 * so references are neither sequential nor guessable, and short enough to give over the phone.
 */
export function newReference(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `HRC-${s.slice(0, 4)}-${s.slice(4)}`;
}
