/**
 * Reasons given with 4xx answers, in Dutch and English. The form shows its own localized texts by
 * `error`/`code`; these are for people reading the raw answer (developers, office staff, logs).
 */
export type Lang = 'nl' | 'en';

const ERRORS = {
  'not-found': { en: 'There is nothing at this address.', nl: 'Op dit adres staat niets.' },
  'bad-request': {
    en: 'The request could not be read.',
    nl: 'Het verzoek kon niet worden gelezen.',
  },
  'headers-too-large': {
    en: 'The request headers are too large.',
    nl: 'De headers van het verzoek zijn te groot.',
  },
  'request-timeout': {
    en: 'The request took too long to arrive.',
    nl: 'Het verzoek deed er te lang over om aan te komen.',
  },
  'method-not-allowed': {
    en: 'This method is not allowed here.',
    nl: 'Deze methode is hier niet toegestaan.',
  },
  'origin-not-allowed': {
    en: 'This website may not send reports to this receiver.',
    nl: 'Deze website mag geen meldingen naar deze ontvanger sturen.',
  },
  'unsupported-media-type': {
    en: 'Send the report as JSON (Content-Type: application/json).',
    nl: 'Stuur de melding als JSON (Content-Type: application/json).',
  },
  'too-large': { en: 'The report is too large.', nl: 'De melding is te groot.' },
  'malformed-json': { en: 'The report is not valid JSON.', nl: 'De melding is geen geldige JSON.' },
  'idempotency-key-missing': {
    en: 'The Idempotency-Key header is missing.',
    nl: 'De header Idempotency-Key ontbreekt.',
  },
  'idempotency-key-invalid': {
    en: 'The Idempotency-Key header must be a UUID.',
    nl: 'De header Idempotency-Key moet een UUID zijn.',
  },
  'idempotency-key-in-flight': {
    en: 'A report with this key is still being processed; try again in a moment.',
    nl: 'Een melding met deze sleutel wordt nog verwerkt; probeer het zo opnieuw.',
  },
  'idempotency-key-reused': {
    en: 'This key was already used for a different report.',
    nl: 'Deze sleutel is al gebruikt voor een andere melding.',
  },
  invalid: { en: 'The report is incomplete or not valid.', nl: 'De melding is onvolledig of niet geldig.' },
  'sealed-only': {
    en: 'This receiver accepts sealed reports only: the form must seal the report to the office key first.',
    nl: 'Deze ontvanger neemt alleen verzegelde meldingen aan: het formulier moet de melding eerst versleutelen met de sleutel van de organisatie.',
  },
  'invalid-envelope': {
    en: 'The sealed report is not a valid envelope (see issues).',
    nl: 'De verzegelde melding is geen geldige envelop (zie issues).',
  },
  'unknown-key': {
    en: 'The report is sealed to a key this receiver does not know; the page may carry an old or wrong office key.',
    nl: 'De melding is versleuteld met een sleutel die deze ontvanger niet kent; de pagina heeft misschien een oude of verkeerde sleutel.',
  },
  rejected: {
    en: 'The report looks automated and was not accepted.',
    nl: 'De melding lijkt automatisch verstuurd en is niet aangenomen.',
  },
  'rate-limited': {
    en: 'Too many requests; try again later.',
    nl: 'Te veel verzoeken; probeer het later opnieuw.',
  },
  unauthorized: {
    en: 'A valid office token is needed (Authorization: Bearer …).',
    nl: 'Een geldig token van de organisatie is nodig (Authorization: Bearer …).',
  },
  'office-disabled': {
    en: 'The office side is off: start the receiver with HRC_RECEIVER_TOKEN set.',
    nl: 'Het deel voor de organisatie staat uit: start de ontvanger met HRC_RECEIVER_TOKEN.',
  },
  'invalid-status': {
    en: 'Status must be one of: new, in-progress, closed.',
    nl: 'Status moet een van deze zijn: new, in-progress, closed.',
  },
  'invalid-query': { en: 'A query parameter is not valid.', nl: 'Een queryparameter is niet geldig.' },
  'server-error': {
    en: 'The receiver could not process the report; send it again with the same key.',
    nl: 'De ontvanger kon de melding niet verwerken; stuur haar opnieuw met dezelfde sleutel.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type ErrorCode = keyof typeof ERRORS;

const FIELD_CODES: Record<string, Record<Lang, string>> = {
  invalid_type: { en: 'Missing or of the wrong type.', nl: 'Ontbreekt of heeft het verkeerde type.' },
  invalid_value: { en: 'Not one of the allowed values.', nl: 'Geen van de toegestane waarden.' },
  invalid_format: { en: 'Not in the expected format.', nl: 'Niet in de verwachte vorm.' },
  invalid_union: { en: 'Not one of the allowed forms.', nl: 'Geen van de toegestane vormen.' },
  too_big: { en: 'Too long or too large.', nl: 'Te lang of te groot.' },
  too_small: { en: 'Too short or too small.', nl: 'Te kort of te klein.' },
  unrecognized_keys: {
    en: 'Contains fields that are not allowed.',
    nl: 'Bevat velden die niet zijn toegestaan.',
  },
  future: { en: 'This date is in the future.', nl: 'Deze datum ligt in de toekomst.' },
  'email-or-phone': {
    en: 'Give an e-mail address or phone number.',
    nl: 'Geef een e-mailadres of telefoonnummer.',
  },
  'ground-required': {
    en: 'Choose at least one ground, or say you do not know.',
    nl: 'Kies minstens één grond, of geef aan dat u het niet weet.',
  },
  'organisation-required': {
    en: 'Give the name of the organisation.',
    nl: 'Geef de naam van de organisatie.',
  },
  'wish-needs-contact': {
    en: 'Advice or help needs a way to reach you.',
    nl: 'Voor advies of hulp hebben we een manier nodig om u te bereiken.',
  },
  custom: { en: 'Not valid.', nl: 'Niet geldig.' },
};

export function errorMessage(code: ErrorCode, lang: Lang): string {
  return ERRORS[code][lang];
}

export function fieldMessage(code: string, lang: Lang): string {
  return (FIELD_CODES[code] ?? FIELD_CODES.custom!)[lang];
}

/** Dutch when the client's first language preference is Dutch, else English. */
export function langFrom(acceptLanguage: string | undefined, fallback: Lang = 'en'): Lang {
  if (!acceptLanguage) return fallback;
  const first = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.tag && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q)[0];
  if (!first) return fallback;
  if (first.tag === 'nl' || first.tag.startsWith('nl-')) return 'nl';
  return 'en';
}
