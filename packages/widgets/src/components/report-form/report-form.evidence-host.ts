/**
 * The report form's optional evidence files (docs/report-form.md#evidence-files): what the resident
 * added, kept in memory only, and the code that shows, re-encodes and seals them, which is loaded on
 * demand (report-form.evidence.ts) the first time the step with the field is shown. The first step never
 * loads it.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { SealOptions, sealReport } from '@hrc/framework/seal';
import type { EvidenceMediaType } from '@hrc/framework/seal/evidence';
import type * as EvidenceUi from './report-form.evidence.js';

/** A file ready to be sealed: images already re-encoded without their metadata. */
export interface EvidenceItem {
  name: string;
  type: EvidenceMediaType;
  data: Uint8Array<ArrayBuffer>;
}

/** Why a chosen file was not added. */
export type EvidenceProblemCode = 'too-large' | 'wrong-type' | 'unreadable' | 'too-many';
export interface EvidenceProblem {
  name: string;
  code: EvidenceProblemCode;
}

type Ui = typeof EvidenceUi;

export class EvidenceHost {
  files: EvidenceItem[] = [];
  problems: EvidenceProblem[] = [];
  /** True while chosen files are being re-encoded. */
  working = false;
  private ui: Ui | undefined;
  private loading: Promise<Ui> | undefined;

  /**
   * `kind`: what the files go with: a report (the form), or a follow-up message (`<hrc-report-status>`,
   * which loads this module only when the resident chooses to add a file).
   */
  constructor(
    readonly host: ReactiveControllerHost & { readonly locale: string },
    readonly kind: 'report' | 'message' = 'report',
  ) {}

  /** The field, once its code is there (asked for on the first call). */
  render(): TemplateResult | undefined {
    if (!this.ui) void this.load().catch(() => {});
    return this.ui?.evidenceField(this);
  }

  load(): Promise<Ui> {
    return (this.loading ??= import('./report-form.evidence.js').then(
      (ui) => {
        this.ui = ui;
        this.host.requestUpdate();
        return ui;
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    ));
  }

  /** Forgets every file (after sending, and on quick exit). */
  clear(): void {
    this.files = [];
    this.problems = [];
  }

  /**
   * What to send for `report`: the envelope as JSON, or, with files, a multipart body with the envelope
   * and the sealed files. Called once per report; retries send the same body. `reportId` is the
   * report's Idempotency-Key, which binds the files to it. `options` holds what the envelope carries of
   * the resident's receipt, when the form offers follow-up, and the readable statistics, when the
   * resident asked for the report to be counted.
   */
  async body(
    report: unknown,
    jwk: unknown,
    kid: string,
    reportId: string,
    seal: typeof sealReport,
    options: Pick<SealOptions, 'followUp' | 'statistics'>,
  ): Promise<string | FormData> {
    if (!this.files.length) return JSON.stringify(await seal(report, jwk, kid, options));
    const ui = await this.load();
    return ui.sealedMultipart(report, this.files, jwk, kid, reportId, options);
  }

  /**
   * What to send for a follow-up message with files: a multipart body with the lookup token, the
   * message sealed with the files' list inside it, and the sealed files. `messageId` is the message's
   * Idempotency-Key, which binds the files to it; a retry sends the same body.
   */
  async messageBody(
    lookup: string,
    text: string,
    seal: { publicJwk: unknown; kid: string },
    reference: string,
    messageId: string,
  ): Promise<FormData> {
    const ui = await this.load();
    return ui.sealedMessageMultipart(lookup, text, this.files, seal, reference, messageId);
  }
}
