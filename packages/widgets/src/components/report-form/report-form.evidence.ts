/**
 * The evidence field of the report form and of the follow-up page's message box, loaded on demand
 * (report-form.evidence-host.ts): choosing files, re-encoding images so their location and camera
 * metadata are gone, passing PDFs as they are with a warning, and sealing the files with the report or
 * the message.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../internal/msg.js';
import { sealReport, type SealOptions } from '@hrc/framework/seal';
import {
  EVIDENCE_LIMITS,
  EVIDENCE_PART,
  sealEvidence,
  sealMessageWithEvidence,
} from '@hrc/framework/seal/evidence';
import { IMAGE_TYPES, reencodeImage } from './report-form.reencode.js';
import type { EvidenceHost, EvidenceItem, EvidenceProblem } from './report-form.evidence-host.js';

const MAX = EVIDENCE_LIMITS.fileBytes;
const ACCEPT = [...IMAGE_TYPES, 'application/pdf', '.pdf'].join(',');

const isPdf = (f: File) => f.type === 'application/pdf' || (!f.type && /\.pdf$/i.test(f.name));
const bytesOf = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

/** The file ready to seal, or why not. */
export async function prepareFile(file: File): Promise<EvidenceItem | EvidenceProblem> {
  const name = file.name || 'file';
  if (file.size > MAX) return { name, code: 'too-large' };
  if (isPdf(file)) {
    const data = await bytesOf(file);
    // A PDF starts with "%PDF-"; anything else named .pdf is not one.
    const magic = String.fromCharCode(...data.subarray(0, 5));
    return magic === '%PDF-' ? { name, type: 'application/pdf', data } : { name, code: 'wrong-type' };
  }
  if (!IMAGE_TYPES.includes(file.type)) return { name, code: 'wrong-type' };
  try {
    const out = await reencodeImage(file);
    const data = await bytesOf(out.blob);
    if (data.length > MAX) return { name, code: 'too-large' };
    const base = name.replace(/\.[^.]*$/, '') || 'image';
    return { name: `${base}.${out.type === 'image/png' ? 'png' : 'jpg'}`, type: out.type, data };
  } catch {
    return { name, code: 'unreadable' };
  }
}

/** Adds the chosen files, in order, up to the limit; the rest become problems to show. */
async function add(h: EvidenceHost, chosen: File[]): Promise<void> {
  h.problems = [];
  h.working = true;
  h.host.requestUpdate();
  try {
    for (const file of chosen) {
      if (h.files.length >= EVIDENCE_LIMITS.files) {
        h.problems = [...h.problems, { name: file.name, code: 'too-many' }];
        continue;
      }
      const result = await prepareFile(file);
      if ('code' in result) h.problems = [...h.problems, result];
      else h.files = [...h.files, result];
    }
  } finally {
    h.working = false;
    h.host.requestUpdate();
  }
}

function problemText(p: EvidenceProblem, kind: EvidenceHost['kind']): string {
  const name = p.name;
  switch (p.code) {
    case 'too-large':
      return msg(str`${name} is larger than 7 MB. Choose a smaller file, or send it to the office later.`, {
        id: 'report-form.evidence.too-large',
      });
    case 'wrong-type':
      return msg(str`${name} is not a photo, screenshot or PDF. Choose a JPEG, PNG, WebP, GIF or PDF file.`, {
        id: 'report-form.evidence.wrong-type',
      });
    case 'unreadable':
      return msg(str`${name} could not be opened as an image. Try another file or a screenshot of it.`, {
        id: 'report-form.evidence.unreadable',
      });
    case 'too-many':
      return kind === 'message'
        ? msg(str`${name} was not added: a message can have 3 files at most.`, {
            id: 'report-form.evidence-message-too-many',
          })
        : msg(str`${name} was not added: a report can have 3 files at most.`, {
            id: 'report-form.evidence.too-many',
          });
  }
}

const size = (locale: string, bytes: number) =>
  new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: bytes < 1e6 ? 'kilobyte' : 'megabyte',
    maximumFractionDigits: 1,
  }).format(bytes < 1e6 ? Math.max(0.1, bytes / 1e3) : bytes / 1e6);

export function evidenceField(h: EvidenceHost): TemplateResult {
  const full = h.files.length >= EVIDENCE_LIMITS.files;
  const err = h.problems.length > 0;
  const pdf = h.files.some((f) => f.type === 'application/pdf');
  const onChange = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    input.value = '';
    void add(h, chosen);
  };
  return html`<div class="field ${err ? 'field--error' : ''}">
    <label for="evidence"
      >${msg('Screenshots, photos or documents (optional)', { id: 'report-form.evidence' })}</label
    >
    <p class="hint" id="evidence-hint">
      ${
        h.kind === 'message'
          ? msg(
              'Up to 3 files: images (JPEG, PNG, WebP, GIF) or PDF, 7 MB at most each. They are encrypted with your message, for the office alone. Photos are copied without their location, date and camera details.',
              { id: 'report-form.evidence-message-hint' },
            )
          : msg(
              'Up to 3 files: images (JPEG, PNG, WebP, GIF) or PDF, 7 MB at most each. They are encrypted with your report. Photos are copied without their location, date and camera details.',
              { id: 'report-form.evidence-hint' },
            )
      }
    </p>
    ${
      err
        ? html`<div class="error-message" id="evidence-error">
            ${h.problems.map(
              (p) =>
                html`<p>
                  <span class="visually-hidden">${msg('Error:', { id: 'report-form.error-prefix' })}</span>
                  ${problemText(p, h.kind)}
                </p>`,
            )}
          </div>`
        : nothing
    }
    ${
      full
        ? nothing
        : html`<input
            id="evidence"
            type="file"
            multiple
            accept=${ACCEPT}
            aria-describedby="evidence-hint${err ? ' evidence-error' : ''}"
            aria-invalid=${err}
            ?disabled=${h.working}
            @change=${onChange}
          />`
    }
    <p role="status">
      ${h.working ? msg('Preparing the files…', { id: 'report-form.evidence-working' }) : nothing}
    </p>
    ${
      h.files.length
        ? html`<ul
            class="evidence-list"
            aria-label=${msg('Added files', { id: 'report-form.evidence-list' })}
          >
            ${h.files.map(
              (f, i) =>
                html`<li>
                  ${f.name} (${size(h.host.locale, f.data.length)})
                  <button
                    type="button"
                    class="button button--secondary"
                    aria-label=${msg(str`Remove ${f.name}`, { id: 'report-form.evidence-remove-named' })}
                    @click=${() => {
                      h.files = h.files.filter((_, j) => j !== i);
                      h.problems = [];
                      h.host.requestUpdate();
                    }}
                  >
                    ${msg('Remove', { id: 'report-form.evidence-remove' })}
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      pdf
        ? html`<p class="hint" id="evidence-pdf">
            ${msg(
              'A PDF is sent as it is: it can hold names, addresses and details of who made it. Look through it before sending, or send a screenshot of the page instead.',
              { id: 'report-form.evidence-pdf' },
            )}
          </p>`
        : nothing
    }
  </div>`;
}

/**
 * The files sealed first, then the report listing them; one multipart body holds the envelope (a text
 * part `report`) and the sealed files (parts `evidence[]`, in order: the name PHP reads as a list).
 */
export async function sealedMultipart(
  report: unknown,
  files: readonly EvidenceItem[],
  jwk: unknown,
  kid: string,
  reportId: string,
  options: Pick<SealOptions, 'followUp' | 'statistics'>,
): Promise<FormData> {
  const evidence = (await sealEvidence(files, jwk, kid, reportId))!;
  const envelope = await sealReport(report, jwk, kid, { ...options, evidence });
  const body = new FormData();
  body.append('report', JSON.stringify(envelope));
  evidence.sealed.forEach((sealed, i) =>
    body.append(EVIDENCE_PART, new Blob([sealed], { type: 'application/octet-stream' }), `evidence-${i}`),
  );
  return body;
}

/**
 * A follow-up message with files: the files sealed first, bound to the message by `messageId`, then the
 * message listing them; one multipart body holds the lookup token and the sealed message (text parts
 * `lookup` and `message`) and the sealed files (parts `evidence[]`, in order).
 */
export async function sealedMessageMultipart(
  lookup: string,
  text: string,
  files: readonly EvidenceItem[],
  seal: { publicJwk: unknown; kid: string },
  reference: string,
  messageId: string,
): Promise<FormData> {
  const { message, sealed } = await sealMessageWithEvidence(
    text,
    files,
    seal.publicJwk,
    seal.kid,
    reference,
    messageId,
  );
  const body = new FormData();
  body.append('lookup', lookup);
  body.append('message', JSON.stringify(message));
  sealed.forEach((f, i) =>
    body.append(EVIDENCE_PART, new Blob([f], { type: 'application/octet-stream' }), `evidence-${i}`),
  );
  return body;
}
