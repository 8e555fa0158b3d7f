import { html, nothing, type PropertyValues } from 'lit';
import { safeUrl } from '@hrc/framework/url';
import {
  checkReceipt,
  deriveFollowUp,
  openMessage,
  MESSAGE_MAX_LENGTH,
  type FollowUpKeys,
  type SealedMessage,
} from '@hrc/framework/seal';
import { msg, plural, str } from '../../internal/msg.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { HrcElement } from '../../internal/hrc-element.js';
import { formatDateTime } from '../../internal/format.js';
import { HrcQuickExitEvent } from '../../internal/quick-exit-event.js';
import { followUp } from './report-status.api.js';
import type { EvidenceHost } from '../report-form/report-form.evidence-host.js';
import type * as Sending from './report-status.send.js';
import { styles } from './report-status.styles.js';
import type { Conversation, FollowUpStatus, ShownMessage, StatusPhase } from './report-status.types.js';

export * from './report-status.types.js';

/** What went wrong, shown beside the receipt field or the message box. */
type Problem =
  | { on: 'receipt'; kind: 'empty' | 'length' | 'check' | 'unknown' | 'failed' | 'no-webcrypto' }
  | { on: 'receipt' | 'message'; kind: 'limited'; minutes: number }
  | { on: 'message'; kind: 'empty' | 'too-long' | 'failed' | 'no-key' };

/** A key typed into a field that is not this element's (composedPath()[0] sees into open shadow roots). */
function typingElsewhere(e: Event, self: Element): boolean {
  const path = e.composedPath();
  if (path.includes(self)) return false;
  const target = path[0];
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * @summary Where a resident comes back to a report sent with a receipt: the status the office set, the
 * office's messages, and a box to add information. No account, no e-mail address; the receipt never
 * leaves the browser and is never stored (docs/follow-up.md).
 *
 * @tag hrc-report-status
 *
 * @csspart base - The element's outer box.
 * @csspart quick-exit - The quick-exit button.
 *
 * @cssproperty --hrc-report-status-max-width - Largest width (default 40rem).
 * @cssproperty --hrc-report-form-exit-color - Background of the quick-exit button (shared with the form).
 *
 * @event hrc-quick-exit - Quick exit was used; cancel it to navigate yourself. `detail.url` is the target.
 */
export class HrcReportStatus extends HrcElement {
  static override styles = [...HrcElement.styles, styles];
  static override properties = {
    endpoint: {},
    sealKey: { attribute: 'seal-key' },
    sealKeyUrl: { attribute: 'seal-key-url' },
    sealKeyId: { attribute: 'seal-key-id' },
    officeName: { attribute: 'office-name' },
    quickExitUrl: { attribute: 'quick-exit-url' },
    quickExitShortcut: { attribute: 'quick-exit-shortcut' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    phase: { state: true, attribute: false },
    conversation: { state: true, attribute: false },
    shown: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    sent: { state: true, attribute: false },
    exiting: { state: true, attribute: false },
    files: { state: true, attribute: false },
  };

  /** URL of the receiver's follow-up endpoint (`/follow-up` on @hrc/receiver). */
  endpoint = '';

  /**
   * The office's public key, a JWK in JSON, or a JWK set (`{"keys": [...]}`) while keys are rotated: what
   * the resident adds is sealed to it, and the office's answers must have been sent with it (or with
   * another key of the set) to be shown.
   */
  sealKey = '';

  /** Address of the office's public key or key set (JSON, as `seal-key`), fetched instead of `seal-key`. */
  sealKeyUrl = '';

  /** Key id of the key new messages are sealed to; by default the key's own `kid` (the set's first key). */
  sealKeyId = '';

  /** Name of the office, as the resident should read it. */
  officeName = '';

  /** Where quick exit goes (replacing this page in the history); without one, an empty page. */
  quickExitUrl = '';

  /** `off` stops listening for the Shift key pressed three times; the quick-exit button stays. */
  quickExitShortcut: 'on' | 'off' = 'on';

  /** Level of the element's heading (2–6); its sections take the level below. */
  headingLevel = 2;

  private phase: StatusPhase = 'enter';
  private conversation: Conversation | undefined;
  private shown: ShownMessage[] = [];
  private problem: Problem | undefined;
  private sent = false;
  private exiting = false;
  /** The lookup token and resident key: in this variable alone, for as long as the report is open. */
  private keys: FollowUpKeys | undefined;
  private shiftPresses: number[] = [];
  private sending = false;
  /**
   * A message sealed and sent without an answer (a lost connection): sent again as it was, with the same
   * Idempotency-Key, while its text is unchanged, so the receiver stores it once.
   */
  private pending: { text: string; files: unknown; body: SealedMessage | FormData; key: string } | undefined;
  /**
   * The evidence files added to the message: the form's file field and its code, loaded (and this
   * made) only when the resident chooses to add a file.
   */
  private files: EvidenceHost | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listen();
    this.forget();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('quickExitShortcut')) this.listen();
  }

  private listen(): void {
    const win = this.ownerDocument.defaultView;
    if (!win) return;
    if (this.isConnected && this.quickExitShortcut !== 'off')
      win.addEventListener('keydown', this.onKeyDown, true);
    else win.removeEventListener('keydown', this.onKeyDown, true);
  }

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Shift' || typingElsewhere(e, this)) {
      this.shiftPresses = [];
      return;
    }
    if (e.repeat) return;
    const now = e.timeStamp;
    this.shiftPresses = [...this.shiftPresses.filter((t) => now - t < 2000), now];
    if (this.shiftPresses.length >= 3) this.quickExit();
  };

  /** Forgets the report, the messages and the keys, and replaces the page, so Back does not return to it. */
  quickExit(): void {
    if (this.exiting) return;
    this.forget();
    this.exiting = true;
    const url = safeUrl(this.quickExitUrl, { source: '<hrc-report-status quick-exit-url>' }) ?? 'about:blank';
    if (this.dispatchEvent(new HrcQuickExitEvent({ url }))) location.replace(url);
  }

  /** Back to the receipt field, with nothing of the report left in memory. */
  private forget(): void {
    this.keys = undefined;
    this.pending = undefined;
    this.files = undefined;
    this.conversation = undefined;
    this.shown = [];
    this.sent = false;
    this.problem = undefined;
    this.phase = 'enter';
  }

  private close = async () => {
    this.forget();
    await this.updateComplete;
    this.focusOn('.h-title');
  };

  private focusOn(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private limited(on: 'receipt' | 'message', seconds: number): Problem {
    return { on, kind: 'limited', minutes: Math.max(1, Math.ceil(seconds / 60)) };
  }

  private onOpen = async (e: SubmitEvent) => {
    e.preventDefault();
    if (this.phase !== 'enter') return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#receipt')!;
    const endpoint = safeUrl(this.endpoint, { source: '<hrc-report-status endpoint>' });
    const typed = input.value;
    const checked = checkReceipt(typed);
    if (!checked.ok || !endpoint || !globalThis.crypto?.subtle) {
      this.problem = {
        on: 'receipt',
        kind: !globalThis.crypto?.subtle
          ? 'no-webcrypto'
          : !endpoint
            ? 'failed'
            : typed.trim() === ''
              ? 'empty'
              : checked.ok
                ? 'failed'
                : checked.reason,
      };
      await this.updateComplete;
      this.focusOn('#receipt');
      return;
    }
    // The receipt leaves the page's DOM at once; what is derived from it stays in memory alone.
    input.value = '';
    this.problem = undefined;
    this.phase = 'opening';
    const keys = await deriveFollowUp(checked.digits);
    const outcome = await followUp(endpoint, keys.lookup);
    if (this.exiting || this.phase !== 'opening') return;
    if (outcome.kind === 'ok') {
      this.keys = keys;
      await this.show(outcome.conversation);
      this.phase = 'open';
      await this.updateComplete;
      this.focusOn('.h-title');
      return;
    }
    this.phase = 'enter';
    this.problem =
      outcome.kind === 'limited'
        ? this.limited('receipt', outcome.seconds)
        : { on: 'receipt', kind: outcome.kind === 'unknown' ? 'unknown' : 'failed' };
    await this.updateComplete;
    this.focusOn('#receipt');
  };

  /**
   * Opens the office's messages with the resident key and the office's public keys: an answer that was
   * not sent with the private half of the office key it names is not shown, only flagged. The
   * resident's own are shown as sent.
   */
  private async show(c: Conversation): Promise<void> {
    const keys = this.keys!;
    const officeKeys = await this.officeKeys().then(
      (k) => k.all,
      () => [],
    );
    this.shown = await Promise.all(
      c.messages.map(async (m): Promise<ShownMessage> => {
        if (m.from !== 'office') return { from: 'resident', sentAt: m.sentAt, files: m.files };
        try {
          const { text } = await openMessage(m.message, c.reference, { to: 'resident', ...keys, officeKeys });
          return { from: 'office', sentAt: m.sentAt, text };
        } catch {
          return { from: 'office', sentAt: m.sentAt, unverified: true };
        }
      }),
    );
    this.conversation = c;
  }

  /**
   * The office's public keys from `seal-key` or `seal-key-url`: one JWK, or a JWK set (`{"keys": […]}`)
   * while keys are rotated. New messages are sealed to the key `seal-key-id` names (by default the
   * first); every key of the set with its `kid` checks the office's answers.
   */
  private async officeKeys(): Promise<{ seal: { publicJwk: unknown; kid: string }; all: unknown[] }> {
    let json: { kid?: unknown; keys?: unknown };
    if (this.sealKey) json = JSON.parse(this.sealKey);
    else {
      const url = safeUrl(this.sealKeyUrl, { source: '<hrc-report-status seal-key-url>' });
      const res =
        url && (await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache' }));
      if (!res || !res.ok) throw new Error('cannot load seal-key-url');
      json = await res.json();
    }
    // A single JWK without a kid takes seal-key-id's.
    const all = (Array.isArray(json.keys) ? json.keys : [{ kid: this.sealKeyId, ...json }]) as {
      kid?: unknown;
    }[];
    const chosen = all.find((k) => k.kid === this.sealKeyId) ?? all[0]!;
    return { seal: { publicJwk: chosen, kid: String(chosen.kid) }, all };
  }

  private onAddFiles = async () => {
    try {
      const { EvidenceHost } = await import('../report-form/report-form.evidence-host.js');
      const files = new EvidenceHost(this, 'message');
      await files.load();
      this.files ??= files;
      await this.updateComplete;
      this.focusOn('#evidence');
    } catch {
      this.problem = { on: 'message', kind: 'failed' };
    }
  };

  private onSend = async (e: SubmitEvent) => {
    e.preventDefault();
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#message')!;
    const text = box.value;
    const c = this.conversation;
    const endpoint = safeUrl(this.endpoint, { source: '<hrc-report-status endpoint>' });
    const files = this.files;
    if (!c || !this.keys || !endpoint || this.sending || files?.working) return;
    this.sent = false;
    if (text.trim() === '' || [...text].length > MESSAGE_MAX_LENGTH) {
      this.problem = { on: 'message', kind: text.trim() === '' ? 'empty' : 'too-long' };
      await this.updateComplete;
      this.focusOn('#message');
      return;
    }
    this.sending = true;
    this.requestUpdate();
    try {
      // The same text and the same files: sent again as they were sealed.
      if (this.pending?.text !== text || this.pending.files !== files?.files) {
        let sealing: typeof Sending;
        try {
          sealing = await import('./report-status.send.js');
        } catch {
          this.problem = { on: 'message', kind: 'failed' };
          return;
        }
        try {
          const { seal } = await this.officeKeys();
          const key = crypto.randomUUID();
          const body = await sealing.sealForOffice(text, seal, c.reference, this.keys.lookup, key, files);
          this.pending = { text, files: files?.files, body, key };
        } catch (error) {
          console.error('<hrc-report-status>: cannot seal to the office key', error);
          this.problem = { on: 'message', kind: 'no-key' };
          return;
        }
      }
      const { body, key } = this.pending!;
      const outcome = await followUp(endpoint, this.keys.lookup, body, key);
      if (!this.keys) return;
      // Refused or stored: the next send is a new message. Failed: it may have arrived; keep the key.
      if (outcome.kind !== 'failed') this.pending = undefined;
      if (outcome.kind === 'ok') {
        await this.show(outcome.conversation);
        box.value = '';
        files?.clear();
        this.problem = undefined;
        this.sent = true;
        return;
      }
      this.problem =
        outcome.kind === 'limited'
          ? this.limited('message', outcome.seconds)
          : { on: 'message', kind: 'failed' };
    } finally {
      this.sending = false;
      this.requestUpdate();
    }
  };

  private problemText(p: Problem) {
    switch (p.kind) {
      case 'empty':
        return p.on === 'receipt'
          ? msg('Enter your receipt.', { id: 'report-status.receipt-empty' })
          : msg('Write your message first.', { id: 'report-status.message-empty' });
      case 'length':
        return msg('A receipt has 20 digits. Check that you typed all of them.', {
          id: 'report-status.receipt-length',
        });
      case 'check':
        return msg('One of the digits is not right. Check the receipt digit by digit.', {
          id: 'report-status.receipt-check',
        });
      case 'unknown':
        return msg(
          'No report was found with this receipt. Check the digits. Reports are deleted after some time; then the receipt no longer works.',
          { id: 'report-status.receipt-unknown' },
        );
      case 'limited':
        return msg(str`Too many tries. Wait ${p.minutes} minutes and try again.`, {
          id: 'report-status.limited',
        });
      case 'no-webcrypto':
        return msg('This browser cannot open reports. Use an up-to-date browser.', {
          id: 'report-status.no-webcrypto',
        });
      case 'too-long':
        return msg(str`A message can be at most ${MESSAGE_MAX_LENGTH} characters.`, {
          id: 'report-status.message-too-long',
        });
      case 'no-key':
        return msg('Messages cannot be sent safely from this page right now.', {
          id: 'report-status.no-key',
        });
      default:
        return msg('That did not work. Check your connection and try again.', { id: 'report-status.failed' });
    }
  }

  private statusLabel(s: FollowUpStatus) {
    return s === 'new'
      ? msg('Received', { id: 'report-status.status-new' })
      : s === 'in-progress'
        ? msg('In progress', { id: 'report-status.status-in-progress' })
        : msg('Closed', { id: 'report-status.status-closed' });
  }

  private renderError(on: 'receipt' | 'message') {
    const p = this.problem;
    return p && p.on === on
      ? html`<p class="error-message" id="${on}-error" role="alert">${this.problemText(p)}</p>`
      : nothing;
  }

  private renderEnter(level: number) {
    const invalid = this.problem?.on === 'receipt';
    const busy = this.phase === 'opening';
    return html`${heading(level, msg('Follow up your report', { id: 'report-status.title' }), { class: 'h-title', tabindex: '-1' })}
      <p>
        ${msg(
          'Enter the receipt you got when you sent your report, to see its status, read messages from the office and add information.',
          { id: 'report-status.intro' },
        )}
      </p>
      <form novalidate @submit=${this.onOpen}>
        <div class="field ${invalid ? 'field--error' : ''}">
          <label for="receipt">${msg('Receipt', { id: 'report-status.receipt' })}</label>
          <p class="hint" id="receipt-hint">
            ${msg('20 digits. Spaces do not matter.', { id: 'report-status.receipt-hint' })}
          </p>
          ${this.renderError('receipt')}
          <input
            id="receipt"
            class="receipt-input"
            dir="ltr"
            inputmode="numeric"
            autocomplete="off"
            spellcheck="false"
            aria-describedby=${invalid ? 'receipt-hint receipt-error' : 'receipt-hint'}
            aria-invalid=${invalid ? 'true' : 'false'}
            ?readonly=${busy}
          />
        </div>
        <button type="submit" class="button" aria-disabled=${busy}>
          ${msg('Open my report', { id: 'report-status.open' })}
        </button>
        ${
          busy
            ? html`<p role="status" class="hint opening">
                ${msg('Opening your report. This takes a few seconds.', { id: 'report-status.opening' })}
              </p>`
            : nothing
        }
      </form>`;
  }

  private renderOpen(level: number, c: Conversation) {
    const office = this.officeName || msg('the office', { id: 'report-status.the-office' });
    const invalid = this.problem?.on === 'message';
    return html`${heading(level, msg('Your report', { id: 'report-status.your-report' }), { class: 'h-title', tabindex: '-1' })}
      <dl class="facts">
        <div>
          <dt>${msg('Reference', { id: 'report-status.reference' })}</dt>
          <dd class="reference">${c.reference}</dd>
        </div>
        <div>
          <dt>${msg('Status', { id: 'report-status.status' })}</dt>
          <dd>
            <strong>${this.statusLabel(c.status)}</strong>
            ${msg(str`since ${formatDateTime(c.statusChangedAt, this.locale)}`, { id: 'report-status.since' })}
          </dd>
        </div>
        <div>
          <dt>${msg('Sent', { id: 'report-status.sent-on' })}</dt>
          <dd>${formatDateTime(c.receivedAt, this.locale)}</dd>
        </div>
      </dl>
      ${
        c.replyWithinWorkingDays
          ? html`<p>
              ${msg(str`${office} answers within ${c.replyWithinWorkingDays} working days.`, {
                id: 'report-status.promise',
              })}
            </p>`
          : nothing
      }
      ${heading(level + 1, msg('Messages', { id: 'report-status.messages' }), { class: 'h-section' })}
      ${
        this.shown.length === 0
          ? html`<p>${msg('No messages yet.', { id: 'report-status.no-messages' })}</p>`
          : html`<ol class="messages">
              ${this.shown.map(
                (m) =>
                  html`<li class="message message--${m.unverified ? 'unverified' : m.from}">
                    <p class="message-meta">
                      ${
                        m.unverified
                          ? msg(str`Message received ${formatDateTime(m.sentAt, this.locale)}`, {
                              id: 'report-status.unverified-meta',
                            })
                          : m.from === 'office'
                            ? msg(str`From ${office}, ${formatDateTime(m.sentAt, this.locale)}`, {
                                id: 'report-status.from-office',
                              })
                            : msg(str`You added information, ${formatDateTime(m.sentAt, this.locale)}`, {
                                id: 'report-status.from-you',
                              })
                      }
                    </p>
                    ${
                      m.files
                        ? html`<p>
                            ${msg(
                              plural(m.files, {
                                one: str`With ${m.files} file.`,
                                other: str`With ${m.files} files.`,
                              }),
                              { id: 'report-status.files' },
                            )}
                          </p>`
                        : nothing
                    }
                    ${
                      m.text !== undefined
                        ? html`<p class="message-text" dir="auto">${m.text}</p>`
                        : m.unverified
                          ? html`<p class="error-message">
                              ${msg(
                                str`Not shown: this message cannot be confirmed as coming from ${office}. Someone else may have written it. Do not act on it.`,
                                { id: 'report-status.not-from-office' },
                              )}
                            </p>`
                          : nothing
                    }
                  </li>`,
              )}
            </ol>`
      }
      ${heading(level + 1, msg('Add information', { id: 'report-status.add' }), { class: 'h-section' })}
      <form novalidate @submit=${this.onSend}>
        <div class="field ${invalid ? 'field--error' : ''}">
          <label for="message">${msg('Your message', { id: 'report-status.message' })}</label>
          <p class="hint" id="message-hint">
            ${msg(
              'It is encrypted for the office alone. After sending, this page shows that you wrote, not what you wrote.',
              { id: 'report-status.message-hint' },
            )}
          </p>
          ${this.renderError('message')}
          <textarea
            id="message"
            rows="6"
            aria-describedby=${invalid ? 'message-hint message-error' : 'message-hint'}
            aria-invalid=${invalid ? 'true' : 'false'}
          ></textarea>
        </div>
        ${
          this.files?.render() ??
          html`<p>
            <button type="button" class="button button--secondary" @click=${this.onAddFiles}>
              ${msg('Add a photo or document', { id: 'report-status.add-files' })}
            </button>
          </p>`
        }
        <div class="actions">
          <button type="submit" class="button" aria-disabled=${this.sending}>
            ${msg('Send', { id: 'report-status.send' })}
          </button>
          <button type="button" class="button button--secondary" @click=${this.close}>
            ${msg('Close this report', { id: 'report-status.close' })}
          </button>
        </div>
        <p role="status">
          ${this.sent ? msg('Your information was sent to the office.', { id: 'report-status.sent' }) : nothing}
        </p>
      </form>`;
  }

  override render() {
    if (this.exiting) return nothing;
    const level = headingLevel(this.headingLevel);
    return html`<div part="base" class="base">
      <div class="exit">
        <button type="button" part="quick-exit" class="button button--exit" @click=${() => this.quickExit()}>
          ${msg('Leave this page quickly', { id: 'report-form.quick-exit' })}
        </button>
        ${
          this.quickExitShortcut === 'off'
            ? nothing
            : html`<p class="hint">
                ${msg('Or press the Shift key 3 times.', { id: 'report-form.quick-exit-hint' })}
              </p>`
        }
      </div>
      ${
        this.phase === 'open' && this.conversation
          ? this.renderOpen(level, this.conversation)
          : this.renderEnter(level)
      }
    </div>`;
  }
}
