/** The answers as typed, before any of them is checked (no validation code here: see payload.ts). */
import type { ReportDraft } from './report-form.types.js';

export function emptyDraft(): ReportDraft {
  return {
    description: '',
    day: '',
    month: '',
    year: '',
    place: '',
    domain: '',
    grounds: [],
    groundUnknown: false,
    groundOtherChosen: false,
    groundOther: '',
    role: '',
    organisation: '',
    equality: {},
    contactKind: '',
    name: '',
    email: '',
    phone: '',
    language: '',
    wish: '',
    area: '',
    consent: false,
    honeypot: '',
  };
}

/** True once the person has typed or chosen anything worth warning about before leaving. */
export function hasContent(d: ReportDraft): boolean {
  return Boolean(
    d.description.trim() ||
    d.place.trim() ||
    d.day ||
    d.month ||
    d.year ||
    d.domain ||
    d.grounds.length ||
    d.groundUnknown ||
    d.groundOther.trim() ||
    d.role ||
    d.contactKind ||
    d.email ||
    d.phone ||
    d.name,
  );
}
