/**
 * The follow-up receipt (docs/follow-up.md): 20 digits the resident keeps after sending a sealed report,
 * 19 of them random and the last a check digit (Damm's algorithm), shown in five groups of four. With it
 * the resident comes back, without an account or an e-mail address, to read the office's answers and add
 * information. It is made in the browser and never leaves it: the server sees only values derived from
 * it slowly (follow-up.ts).
 */

/** Digits in a receipt, check digit included. */
export const RECEIPT_LENGTH = 20;
/** Random digits in a receipt: 19 digits are 63.1 bits. */
export const RECEIPT_RANDOM_DIGITS = RECEIPT_LENGTH - 1;

/**
 * Damm's quasigroup of order 10 (H. M. Damm, 2004): one check digit that catches every single wrong
 * digit and every swap of two neighbouring digits, the two mistakes people make copying numbers.
 */
const DAMM = [
  '0317598642',
  '7092154863',
  '4206871359',
  '1750983426',
  '6123045978',
  '3674209581',
  '5869720134',
  '8945362017',
  '9438617205',
  '2581436790',
].map((row) => [...row].map(Number));

/** The Damm check digit of a string of ASCII digits. */
export function dammCheckDigit(digits: string): number {
  let interim = 0;
  for (const d of digits) interim = DAMM[interim]![d.charCodeAt(0) - 48]!;
  return interim;
}

/**
 * A new receipt: 20 ASCII digits without spaces. Each random digit comes from one byte of
 * `crypto.getRandomValues`, bytes of 250 and above drawn again, so every digit is equally likely
 * (250 is the largest multiple of 10 a byte holds).
 */
export function newReceipt(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  let digits = '';
  while (digits.length < RECEIPT_RANDOM_DIGITS) {
    for (const byte of random(new Uint8Array(32))) {
      if (byte < 250 && digits.length < RECEIPT_RANDOM_DIGITS) digits += String(byte % 10);
    }
  }
  return digits + String(dammCheckDigit(digits));
}

/** A receipt for reading aloud and copying by hand: five groups of four digits. */
export function formatReceipt(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}

export type ReceiptCheck =
  | { ok: true; digits: string }
  /** Not 20 digits once spaces and dashes are taken out. */
  | { ok: false; reason: 'length' }
  /** 20 digits, but the check digit says one of them is mistyped. */
  | { ok: false; reason: 'check' };

/** Digits of other scripts a keyboard may type (Arabic-Indic, Eastern Arabic-Indic, full width). */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0xff10];

/**
 * The receipt a person typed, as 20 ASCII digits: spaces, dashes and dots are ignored, Arabic-Indic and
 * full-width digits read as digits. Says whether the length is wrong or a digit is mistyped, so the
 * person can correct it here before anything is sent (and before a wrong try counts against them).
 */
export function checkReceipt(input: string): ReceiptCheck {
  let digits = '';
  for (const ch of input) {
    const code = ch.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    if (zero !== undefined) digits += String(code - zero);
    else if (/[0-9]/.test(ch)) digits += ch;
    else if (!/[\s\-.\u00a0\u2010-\u2015]/.test(ch)) return { ok: false, reason: 'length' };
  }
  if (digits.length !== RECEIPT_LENGTH) return { ok: false, reason: 'length' };
  if (dammCheckDigit(digits) !== 0) return { ok: false, reason: 'check' };
  return { ok: true, digits };
}
