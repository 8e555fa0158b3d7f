import type { DomainId, GroundId } from '@hrc/framework/ids';
import type { EqualityQuestion, ReporterRole, ReportWish } from '@hrc/framework/schemas';

/** The five question steps, in order. */
export const REPORT_STEPS = ['what', 'why', 'who', 'contact', 'check'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];

/** Every answer as typed, kept in memory only. Empty strings mean "not answered yet". */
export interface ReportDraft {
  description: string;
  day: string;
  month: string;
  year: string;
  place: string;
  domain: DomainId | '';
  grounds: GroundId[];
  groundUnknown: boolean;
  groundOtherChosen: boolean;
  groundOther: string;
  role: ReporterRole | '';
  organisation: string;
  equality: Partial<Record<EqualityQuestion, string>>;
  contactKind: 'anonymous' | 'contact' | '';
  name: string;
  email: string;
  phone: string;
  language: string;
  wish: ReportWish | '';
  /** An area id from the city's list; '' when the person would rather not say (or none is asked). */
  area: string;
  consent: boolean;
  honeypot: string;
}

/** The form fields an error can point at; each is also the id of the control that receives focus. */
export const REPORT_FIELDS = [
  'description',
  'when-day',
  'when-month',
  'when-year',
  'place',
  'domain',
  'grounds',
  'ground-other',
  'role',
  'organisation',
  'equality-gender',
  'equality-ageGroup',
  'equality-migrationBackground',
  'equality-disability',
  'contact-kind',
  'name',
  'email',
  'phone',
  'language',
  'wish',
  'area',
  'consent',
  'report',
] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/** One problem with an answer: where, the zod (or `params.hrc`) code, and the server's words if any. */
export interface FieldIssue {
  field: ReportField;
  code: string;
  serverMessage?: string;
}

/** What the send button has set in motion. */
export type SendState =
  | { phase: 'idle' }
  | { phase: 'sending'; attempt: number }
  | { phase: 'waiting'; reason: 'offline' | 'network' | 'timeout' | 'server' | 'busy'; attempt: number }
  | { phase: 'refused'; error: string; message: string };

export interface ReportSentDetail {
  /** The reference the receiver returned, for the person to quote. */
  reference: string;
}

/** Fired when the receiver has accepted the report. */
export class HrcReportSentEvent extends CustomEvent<ReportSentDetail> {
  constructor(detail: ReportSentDetail) {
    super('hrc-report-sent', { bubbles: true, composed: true, detail });
  }
}

// Shared with <hrc-report-status>, in the kit's common code.
export { HrcQuickExitEvent, type QuickExitDetail } from '../../internal/quick-exit-event.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'hrc-report-sent': HrcReportSentEvent;
  }
}
