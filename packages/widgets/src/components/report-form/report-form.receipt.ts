/**
 * The receipt screen after a report sent with follow-up (docs/follow-up.md): the receipt in groups of
 * four, copy, print and download, and the plain warning. The receipt exists in the form's memory and on
 * this screen alone: never in browser storage, never sent. The form loads this module only when it has
 * `follow-up-url`, so forms without follow-up carry none of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatReceipt } from '@hrc/framework/seal';
import { heading } from '../../internal/heading.js';
import { msg } from '../../internal/msg.js';

export { deriveFollowUp, newReceipt } from '@hrc/framework/seal';

export interface ReceiptView {
  digits: string;
  reference: string;
  /** The page with `<hrc-report-status>`, checked by the URL check. */
  statusUrl: string | undefined;
  note: 'copied' | 'failed' | undefined;
  copy(): void;
  print(): void;
  download(): void;
}

const warningText = () =>
  msg(
    'Keep this receipt safe and private. Whoever has it can read the messages the office sends you and write in your name. It is stored nowhere else: if you lose it, nobody can give it back to you.',
    { id: 'report-form.receipt-warning' },
  );

/** The lines of the receipt as text, for the file and the printed page. */
export function receiptLines(view: ReceiptView): string[] {
  return [
    msg('Your receipt', { id: 'report-form.receipt-title' }),
    formatReceipt(view.digits),
    `${msg('Your reference', { id: 'report-form.reference' })}: ${view.reference}`,
    ...(view.statusUrl
      ? [`${msg('Follow up your report', { id: 'report-form.receipt-follow-up' })}: ${view.statusUrl}`]
      : []),
    warningText(),
  ];
}

export function receiptPanel(view: ReceiptView, level: number): TemplateResult {
  return html`<section class="receipt" aria-labelledby="receipt-title">
    ${heading(level, msg('Your receipt', { id: 'report-form.receipt-title' }), { id: 'receipt-title', class: 'h-section' })}
    <p>
      ${msg('With this receipt you can come back to see what happens with your report, read messages from the office and add information, without giving your name.', { id: 'report-form.receipt-intro' })}
    </p>
    <p class="receipt-code" dir="ltr">${formatReceipt(view.digits)}</p>
    <p class="receipt-warning">${warningText()}</p>
    ${
      view.statusUrl
        ? html`<p>
            ${msg('Come back with it here:', { id: 'report-form.receipt-where' })}
            <a href=${view.statusUrl}
              >${msg('Follow up your report', { id: 'report-form.receipt-follow-up' })}</a
            >
          </p>`
        : nothing
    }
    <div class="receipt-actions">
      <button type="button" class="button button--secondary" @click=${view.copy}>
        ${msg('Copy the receipt', { id: 'report-form.receipt-copy' })}
      </button>
      <button type="button" class="button button--secondary" @click=${view.print}>
        ${msg('Print the receipt', { id: 'report-form.receipt-print' })}
      </button>
      <button type="button" class="button button--secondary" @click=${view.download}>
        ${msg('Download the receipt', { id: 'report-form.receipt-download' })}
      </button>
    </div>
    <p role="status">
      ${
        view.note === 'copied'
          ? msg('The receipt is copied.', { id: 'report-form.receipt-copied' })
          : view.note === 'failed'
            ? msg('Copying did not work: write the receipt down or download it.', {
                id: 'report-form.receipt-copy-failed',
              })
            : nothing
      }
    </p>
  </section>`;
}

/**
 * Prints `lines` alone: in an empty frame added to the page for the moment, written with DOM methods
 * (no HTML parsing, so Trusted Types and a strict CSP hold), removed after printing.
 */
export function printLines(lines: readonly string[]): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  Object.assign(frame.style, { position: 'fixed', inlineSize: '0', blockSize: '0', border: '0' });
  document.body.append(frame);
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) return frame.remove();
  lines.forEach((line, i) => {
    const p = doc.createElement(i === 0 ? 'h1' : 'p');
    p.textContent = line;
    if (i === 1) Object.assign(p.style, { fontSize: '2em', fontWeight: '700', letterSpacing: '0.05em' });
    doc.body.append(p);
  });
  const done = () => frame.remove();
  win.addEventListener('afterprint', done, { once: true });
  win.print();
  setTimeout(done, 60_000);
}

/** Offers `text` as a file the resident saves themselves; nothing is kept by the page. */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
