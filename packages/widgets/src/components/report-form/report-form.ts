import { adoptStyles, html, nothing, render, type PropertyValues } from 'lit';
import { msg, str } from '../../internal/msg.js';
import { GROUND_IDS, DOMAIN_IDS, type GroundId } from '@hrc/framework/ids';
import { safeUrl } from '@hrc/framework/url';
import type { ReportReceipt } from '@hrc/framework/schemas';
import { heading, headingLevel } from '../../internal/heading.js';
import { HrcElement } from '../../internal/hrc-element.js';
import { ContentController } from '../../internal/content.js';
import { ownFrame } from '../../internal/schedule.js';
import { styles } from './report-form.styles.js';
import { emptyDraft, hasContent } from './report-form.draft.js';
import { stepTitle, stepWhat } from './report-form.step-what.js';
import { EvidenceHost } from './report-form.evidence-host.js';
import type * as ReceiptCode from './report-form.receipt.js';

/** The receipt code (follow-up-url): loaded only by forms that offer follow-up. */
type ReceiptModule = typeof ReceiptCode;
import type { FormContext } from './report-form.fields.js';
import type { CheckContext } from './report-form.check.js';
import type { ReportSender } from './report-form.sender.js';
import type * as LaterModule from './report-form.later.js';
import {
  HrcQuickExitEvent,
  HrcReportSentEvent,
  REPORT_STEPS,
  type FieldIssue,
  type ReportDraft,
  type ReportField,
  type ReportStep,
  type SendState,
} from './report-form.types.js';

export * from './report-form.types.js';

/** The content the form shows: the grounds and domains it asks about. */
const REPORT = ['report'] as const;

/** A label for a ground or domain when the content with the real ones could not be loaded. */
const humanize = (id: string) => id.replace(/-/g, ' ');
const isGround = (v: unknown): v is GroundId => (GROUND_IDS as readonly unknown[]).includes(v);

/** What the form loads once the person starts: validation, the other steps, sending (report-form.later.ts). */
type Later = typeof LaterModule;
/** The steps after the first, from the module that brings them. */
const LATER_STEPS = (later: Later) => ({
  why: later.stepWhy,
  who: later.stepWho,
  contact: later.stepContact,
  check: later.stepCheck,
});

const previewText = () =>
  msg('Preview: this form sends nothing, and quick exit stays on this page.', { id: 'report-form.preview' });

/** A key typed into a field that is not this form's (composedPath()[0] sees into open shadow roots). */
function typingElsewhere(e: Event, form: Element): boolean {
  const path = e.composedPath();
  if (path.includes(form)) return false;
  const target = path[0];
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * @summary A five-step form to report discrimination to the city's anti-discrimination office:
 * accessible, private by default, and it never loses a report.
 *
 * @tag hrc-report-form
 *
 * @csspart base - The form's outer box.
 * @csspart quick-exit - The quick-exit button.
 *
 * @cssproperty --hrc-report-form-max-width - Largest width of the form (default 40rem).
 * @cssproperty --hrc-report-form-reserve - Height the first step keeps, and the page reserves before the
 *   form is drawn (`hrc-kit.css`), so that nothing below it moves (default 86rem, 66rem from 40rem wide).
 * @cssproperty --hrc-report-form-exit-color - Background of the quick-exit button.
 *
 * @event hrc-report-sent - The receiver accepted the report; `detail.reference` is its reference.
 * @event hrc-quick-exit - Quick exit was used; cancel it to navigate yourself. `detail.url` is the target.
 */
export class HrcReportForm extends HrcElement {
  // The later steps' styles come with their code (loadLater).
  static override styles = [...HrcElement.styles, styles];
  protected static override contentSections() {
    return REPORT;
  }
  // Every message the form shows is its own (report-form.*).
  protected static override catalogPart = 'report-form';
  // The first step has no number to format and no plural form.
  protected static override formatsInFirstRender = false;
  // Declared here rather than with decorators: the same result, lighter in the browser bundle.
  static override properties = {
    endpoint: {},
    officeName: { attribute: 'office-name' },
    officeUrl: { attribute: 'office-url' },
    officePhone: { attribute: 'office-phone' },
    privacyUrl: { attribute: 'privacy-url' },
    askEqualityData: { type: Boolean, attribute: 'ask-equality-data' },
    areas: {},
    quickExitUrl: { attribute: 'quick-exit-url' },
    quickExitShortcut: { attribute: 'quick-exit-shortcut' },
    preview: { type: Boolean },
    ground: {},
    timeout: { type: Number },
    sealKey: { attribute: 'seal-key' },
    sealKeyUrl: { attribute: 'seal-key-url' },
    sealKeyId: { attribute: 'seal-key-id' },
    followUpUrl: { attribute: 'follow-up-url' },
    evidence: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    followUpReceipt: { state: true, attribute: false },
    step: { state: true, attribute: false },
    draft: { state: true, attribute: false },
    issues: { state: true, attribute: false },
    sendState: { state: true, attribute: false },
    receipt: { state: true, attribute: false },
    copyNote: { state: true, attribute: false },
    exiting: { state: true, attribute: false },
    laterFailed: { state: true, attribute: false },
  };

  /** URL of the report receiver (see docs/report-endpoint.md); the only address the form sends to. */
  endpoint = '';

  /** Name of the office that receives reports, as the person should read it. */
  officeName = '';

  /** Web page of the office, shown on the confirmation. */
  officeUrl = '';

  /** Phone number of the office, shown on the confirmation. */
  officePhone = '';

  /** The city's privacy statement for reports, linked at the consent. */
  privacyUrl = '';

  /** Ask the optional equality questions (special category data: off unless the city's DPIA covers it). */
  askEqualityData = false;

  /**
   * The city's areas (districts, say), as JSON: `[{"id":"noord","label":"Noord"}]`. With it, the last
   * step asks, optionally, in which area it happened, for the office's statistics.
   */
  areas = '';

  /**
   * Where quick exit goes (replacing this page in the history): a neutral page such as the weather.
   * Without one, or with an address that is not http(s) or relative, it goes to an empty page.
   */
  quickExitUrl = '';

  /** `off` stops listening for the Shift key pressed three times; the quick-exit button stays. */
  quickExitShortcut: 'on' | 'off' = 'on';

  /**
   * A preview in an editor (block editor, layout builder, Storybook): the form sends nothing, its quick
   * exit stays on the page, and the Shift shortcut is not listened for.
   */
  preview = false;

  /** A ground to preselect (rights cards link here with it); else a `ground` query parameter is used. */
  ground = '';

  /** Milliseconds to wait for the receiver before trying again. */
  timeout = 20_000;

  /**
   * The office's public key, a JWK in JSON. When it (or `seal-key-url`) is set, every report is sealed to
   * it in the browser (docs/sealed-reports.md) and the form never sends one unsealed.
   */
  sealKey = '';

  /** Address of the office's public key (a JWK in JSON), fetched instead of `seal-key`. */
  sealKeyUrl = '';

  /** Key id of the office's public key; by default the key's own `kid`. */
  sealKeyId = '';

  /**
   * The page with `<hrc-report-status>`. With it, a sealed report comes with a receipt the resident keeps
   * to come back to it (docs/follow-up.md); the receiver must support follow-up.
   */
  followUpUrl = '';

  /**
   * Offer an optional field for evidence files (screenshots, photos, PDFs) on the third step, sealed with
   * the report. Only with a seal key, and only for a receiver that stores sealed files.
   */
  evidence = false;

  /** Level of the form's step heading (2–6), so it fits the outline of the page; its sections take the level below. */
  headingLevel = 2;

  private step: ReportStep = 'what';
  private draft: ReportDraft = emptyDraft();
  private issues: FieldIssue[] = [];
  private sendState: SendState = { phase: 'idle' };
  private receipt: ReportReceipt | undefined;
  private copyNote: 'copied' | 'failed' | undefined;
  private exiting = false;
  /** The rest of the form could not be loaded when Continue was pressed (offline, say). */
  private laterFailed = false;

  private readonly content = new ContentController(this, () => REPORT, true);
  private readonly files = new EvidenceHost(this);
  private sender: ReportSender | undefined;
  private key: string | undefined;
  private startedAt = 0;
  private returnToCheck = false;
  private contacted = false;
  private shiftPresses: number[] = [];
  /** The rest of the form, once loaded; `loadingLater` while it is on its way. */
  private later: Later | undefined;
  private loadingLater: Promise<Later> | undefined;
  private officeKey: Promise<{ jwk: unknown; kid: string }> | undefined;
  /** The receipt made for the report being sent, and once sent, shown; in memory alone. */
  private pendingReceipt: string | undefined;
  private followUpReceipt: string | undefined;
  private receiptModule: ReceiptModule | undefined;
  /** True while a report is being sealed, before its sender exists. */
  private sealing = false;

  /**
   * Lit prepares a template the first time it renders it, which would lengthen the task that shows the
   * form; so the first step is rendered once beforehand, in a frame of its own, where nobody sees it.
   */
  static override async prepare(instances: readonly Element[]): Promise<void> {
    super.prepare(instances);
    await ownFrame();
    const none = () => undefined;
    const domains = [{ id: '', label: '' }];
    const ctx = { draft: emptyDraft(), domains, error: none, update: none } as unknown as FormContext;
    render(stepWhat(ctx), document.createDocumentFragment());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listen();
  }

  /**
   * Listens on the window of the element's own document while connected, and not at all in a preview;
   * the shortcut also not when it is turned off. Adding or removing a listener twice changes nothing.
   */
  private listen(): void {
    const win = this.ownerDocument.defaultView;
    if (!win) return;
    const live = this.isConnected && !this.preview;
    const shortcut = live && this.quickExitShortcut !== 'off';
    if (live) win.addEventListener('beforeunload', this.onBeforeUnload);
    else win.removeEventListener('beforeunload', this.onBeforeUnload);
    if (shortcut) win.addEventListener('keydown', this.onKeyDown, true);
    else win.removeEventListener('keydown', this.onKeyDown, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preview') || changed.has('quickExitShortcut')) {
      this.listen();
      this.shiftPresses = [];
    }
    if (changed.has('sealKey') || changed.has('sealKeyUrl') || changed.has('sealKeyId'))
      this.officeKey = undefined;
    // A state only the rest of the form can draw (set by code rather than reached by the person).
    if (!this.later && (this.step !== 'what' || this.receipt)) this.warm();
    if (!this.hasUpdated || changed.has('ground')) {
      const fromUrl = this.hasUpdated ? null : new URLSearchParams(location.search).get('ground');
      const g = this.ground || fromUrl;
      if (isGround(g) && !this.draft.grounds.includes(g))
        this.draft = { ...this.draft, grounds: [...this.draft.grounds, g] };
    }
  }

  /**
   * The first step shows the domains: it is drawn once their labels are there, never with ids. A form
   * that must seal reports in a browser that cannot shows that instead, which comes with the rest.
   */
  protected override contentReady(): Promise<unknown> | undefined {
    const content = this.content.ready();
    const later = this.sealed && !globalThis.crypto?.subtle && !this.later ? this.loadLater() : undefined;
    return content || later ? Promise.all([content, later?.catch(() => undefined)]) : undefined;
  }

  /**
   * The rest of the form (report-form.later.ts) with the messages it shows, imported once; again after a
   * failed attempt. Once it is there, the schema is built in a frame of its own, so that Continue does
   * not wait for it.
   */
  private loadLater(): Promise<Later> {
    const both = async () => {
      const [later, messages] = await Promise.all([import('./report-form.later.js'), this.loadCatalogRest()]);
      if (!messages) throw new Error('The messages of the later steps could not be loaded.');
      return later;
    };
    return (this.loadingLater ??= both().then(
      async (later) => {
        // Adopted before anything that needs them is drawn.
        const own = (this.constructor as typeof HrcReportForm).elementStyles;
        adoptStyles(this.renderRoot as ShadowRoot, [...own, ...later.laterStyles]);
        this.later = later;
        this.laterFailed = false;
        this.requestUpdate();
        await ownFrame();
        later.reportSchema();
        return later;
      },
      (error: unknown) => {
        this.loadingLater = undefined;
        throw error;
      },
    ));
  }

  /** The person started using the form: what Continue will need is fetched now. */
  private readonly warm = () => {
    if (!this.later) this.loadLater().catch(() => undefined);
  };

  /**
   * The first step the page sent drawn in advance: what the person typed or chose in it before the
   * script ran becomes the form's answers, and the focus (and text selection) goes back where it was.
   */
  protected override takeOver(root: ShadowRoot): () => void {
    const field = (id: string) => root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    const value = (id: string) => field(id)?.value ?? '';
    const typed = {
      description: value('description'),
      day: value('when-day'),
      month: value('when-month'),
      year: value('when-year'),
      place: value('place'),
      domain: root.querySelector<HTMLInputElement>('input[name=domain]:checked')?.value ?? '',
    };
    const kept = Object.fromEntries(Object.entries(typed).filter(([, v]) => v));
    if (Object.keys(kept).length) {
      this.draft = { ...this.draft, ...kept };
      this.warm();
    }
    // The focused control, by its place among the controls (the same in both: quick exit, the fields,
    // Continue), and its caret.
    const controls = (r: ParentNode) => [
      ...r.querySelectorAll<HTMLInputElement>('a[href], button, input, textarea'),
    ];
    const active = root.activeElement as HTMLInputElement | null;
    const at = active ? controls(root).indexOf(active) : -1;
    const selection =
      active && 'selectionStart' in active && active.type !== 'radio'
        ? [active.selectionStart, active.selectionEnd]
        : undefined;
    return () => {
      if (at < 0) return;
      const now = controls(this.renderRoot)[at];
      now?.focus({ preventScroll: true });
      if (now && selection?.[0] != null) now.setSelectionRange(selection[0], selection[1] ?? selection[0]);
    };
  }

  protected override firstUpdated(): void {
    this.startedAt = performance.now();
    // Fetched while the person writes, so a report can be sealed even if the connection drops later.
    if (this.sealKeyUrl) void ownFrame().then(() => this.loadOfficeKey().catch(() => {}));
  }

  /** Reports are sealed: the page gave the office's public key. */
  private get sealed(): boolean {
    return Boolean(this.sealKey || this.sealKeyUrl);
  }

  /** The office's public key and its id, read or fetched once (again after a failure). */
  private loadOfficeKey() {
    return (this.officeKey ??= this.readOfficeKey().catch((error: unknown) => {
      this.officeKey = undefined;
      throw error;
    }));
  }

  private async readOfficeKey(): Promise<{ jwk: unknown; kid: string }> {
    let jwk: { kid?: unknown };
    if (this.sealKey) {
      jwk = JSON.parse(this.sealKey);
    } else {
      const url = safeUrl(this.sealKeyUrl, { source: '<hrc-report-form seal-key-url>' });
      const res =
        url && (await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache' }));
      if (!res || !res.ok) throw new Error('cannot load seal-key-url');
      jwk = await res.json();
    }
    return { jwk, kid: this.sealKeyId || String(jwk.kid ?? '') };
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    await this.content.settled;
    await this.loadingLater?.catch(() => undefined);
    return (await super.getUpdateComplete()) && first;
  }

  private readonly onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (this.exiting || this.receipt || !hasContent(this.draft)) return;
    e.preventDefault();
    e.returnValue = '';
  };

  /**
   * Shift pressed three times in a row (GOV.UK's "Exit this page" shortcut). Keys typed into a field
   * elsewhere on the page (a search box, an editor's title or paragraph) are someone else's: they
   * neither count nor exit.
   */
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

  /**
   * Wipes every answer from memory and replaces the page, so Back does not return to it. In a preview
   * it does nothing (the note beside the button says so).
   */
  quickExit(): void {
    if (this.exiting || this.preview) return;
    this.sender?.cancel();
    this.sender = undefined;
    this.draft = emptyDraft();
    this.files.clear();
    this.issues = [];
    this.pendingReceipt = this.followUpReceipt = undefined;
    this.exiting = true;
    const url = safeUrl(this.quickExitUrl, { source: '<hrc-report-form quick-exit-url>' }) ?? 'about:blank';
    if (this.dispatchEvent(new HrcQuickExitEvent({ url }))) location.replace(url);
  }

  private update_ = (patch: Partial<ReportDraft>) => {
    this.draft = { ...this.draft, ...patch };
  };

  private payload(later: Later) {
    // An area no longer in the list (the page changed it) is not sent.
    const areas = later.parseAreas(this.areas);
    const draft = areas.some((a) => a.id === this.draft.area) ? this.draft : { ...this.draft, area: '' };
    return later.toPayload(draft, this.locale, {
      sentAt: new Date().toISOString(),
      fillMs: performance.now() - this.startedAt,
    });
  }

  /** Shows `step` and moves focus to its heading (or to `focus`). */
  private async go(step: ReportStep, focus = '.h-title'): Promise<void> {
    this.step = step;
    this.copyNote = undefined;
    await this.updateComplete;
    this.focusOn(focus);
  }

  /** Looked up when needed rather than through `@query`, which would add its decorator to the bundle. */
  private focusOn(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private showIssues(later: Later, issues: FieldIssue[]): Promise<void> {
    this.issues = issues;
    return this.go(later.stepOfField(issues[0]!.field), '.error-summary');
  }

  private onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    let later: Later;
    try {
      later = this.later ?? (await this.loadLater());
    } catch {
      // The answers stay; Continue tries again.
      this.laterFailed = true;
      await this.updateComplete;
      this.focusOn('.load-failed');
      return;
    }
    if (this.step === 'check') {
      void this.send(later);
      return;
    }
    const issues = later.validate(this.payload(later), this.step, this.draft);
    if (issues.length) {
      void this.showIssues(later, issues);
      return;
    }
    this.issues = [];
    const next = this.returnToCheck ? 'check' : REPORT_STEPS[REPORT_STEPS.indexOf(this.step) + 1]!;
    void this.go(next);
  };

  /** The Back button, shown from the second step on. */
  private back = () => {
    this.issues = [];
    this.returnToCheck = false;
    void this.go(REPORT_STEPS[REPORT_STEPS.indexOf(this.step) - 1]!);
  };

  /** Sends once: a second press while a send is under way (or after it succeeded) does nothing. */
  private async send(later: Later): Promise<void> {
    if (this.sender || this.sealing || this.receipt) return;
    const candidate = this.payload(later);
    const issues = later.validate(candidate, 'check', this.draft);
    if (issues.length) return this.showIssues(later, issues);
    this.issues = [];
    if (this.preview) {
      this.sendState = { phase: 'refused', error: 'preview', message: this.localized(previewText) };
      return;
    }
    const endpoint = safeUrl(this.endpoint, { source: '<hrc-report-form endpoint>' });
    if (!endpoint) {
      this.sendState = {
        phase: 'refused',
        error: 'no-endpoint',
        message: this.localized(() =>
          msg('This form has no address to send reports to.', { id: 'report-form.no-endpoint' }),
        ),
      };
      return;
    }
    this.key ??= later.newKey();
    const report = later.reportSchema().parse(candidate);
    let body: string | FormData = JSON.stringify(report);
    if (this.sealed) {
      // Sealed once per report: retries resend this same envelope with the same Idempotency-Key.
      this.sealing = true;
      this.sendState = { phase: 'sending', attempt: 1 };
      try {
        const { jwk, kid } = await this.loadOfficeKey();
        // With follow-up: a receipt made here, of which the envelope carries only what is derived from it.
        let followUp;
        if (this.followUpUrl) {
          const m = (this.receiptModule ??= await import('./report-form.receipt.js'));
          this.pendingReceipt ??= m.newReceipt();
          followUp = await m.deriveFollowUp(this.pendingReceipt);
        }
        const options = later.sealOptions(report, this.draft, followUp);
        body = await this.files.body(report, jwk, kid, this.key, later.sealReport, options);
      } catch (error) {
        // For the site's web team: the key is missing, unreadable, or of the wrong kind.
        console.error('<hrc-report-form>: cannot seal', error);
        this.key = undefined;
        this.sendState = {
          phase: 'refused',
          error: 'seal-failed',
          message: this.localized(() =>
            msg('This form cannot send reports safely right now.', { id: 'report-form.seal-failed' }),
          ),
        };
        return;
      } finally {
        this.sealing = false;
      }
      if (this.exiting) return;
    }
    const sender = (this.sender = new later.ReportSender({
      endpoint,
      body,
      key: this.key,
      timeoutMs: this.timeout,
      onState: (s) => (this.sendState = s),
    }));
    const outcome = await sender.run();
    if (this.sender !== sender) return;
    this.sender = undefined;
    if (outcome.kind === 'sent') {
      this.contacted = this.draft.contactKind === 'contact';
      this.receipt = outcome.receipt;
      this.followUpReceipt = this.pendingReceipt;
      this.pendingReceipt = undefined;
      this.draft = emptyDraft();
      this.files.clear();
      this.sendState = { phase: 'idle' };
      await this.updateComplete;
      this.focusOn('.h-title');
      this.dispatchEvent(new HrcReportSentEvent({ reference: outcome.receipt.reference }));
      return;
    }
    if (outcome.kind === 'cancelled') return;
    // The corrected report is a different payload, so it needs a key of its own.
    this.key = undefined;
    const fields = outcome.error.fields ?? [];
    if (fields.length) {
      this.sendState = { phase: 'idle' };
      const issues = fields.map((f) => ({
        field: later.fieldOfPath(f.path.split('.')),
        code: f.code,
        serverMessage: f.message || undefined,
      }));
      await this.showIssues(later, issues);
      return;
    }
    this.sendState = { phase: 'refused', error: outcome.error.error, message: outcome.error.message };
  }

  // Copy and download are on the check page: the rest of the form is there by then.
  private copy = async () => {
    const text = this.localized(() => this.later!.reportText(this.context()));
    try {
      await navigator.clipboard.writeText(text);
      this.copyNote = 'copied';
    } catch {
      this.copyNote = 'failed';
    }
  };

  private download = (kind: 'txt' | 'json') => {
    const later = this.later!;
    const { antiAbuse: _omit, ...report } = this.payload(later);
    const body =
      kind === 'json'
        ? JSON.stringify(report, null, 2)
        : this.localized(() => later.reportText(this.context()));
    const url = URL.createObjectURL(
      new Blob([body], { type: kind === 'json' ? 'application/json' : 'text/plain;charset=utf-8' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = `report.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  private context(): CheckContext {
    const c = this.content.value;
    const errors = new Map(this.issues.map((i) => [i.field, i]));
    return {
      draft: this.draft,
      grounds: c?.grounds ?? GROUND_IDS.map((id) => ({ id, label: humanize(id) })),
      domains: c?.domains ?? DOMAIN_IDS.map((id) => ({ id, label: humanize(id) })),
      askEquality: this.askEqualityData,
      // The list is read with the rest of the form: only the last step asks.
      areas: this.later?.parseAreas(this.areas) ?? [],
      error: (field: ReportField) => {
        const issue = errors.get(field);
        // Problems exist only once the rest of the form checked the answers (or sent them).
        return issue && this.later?.issueMessage(issue);
      },
      update: this.update_,
      officeName: this.officeName,
      officeUrl: safeUrl(this.officeUrl, { kind: 'contact', source: '<hrc-report-form office-url>' }),
      officePhone: this.officePhone,
      privacyUrl: safeUrl(this.privacyUrl, { source: '<hrc-report-form privacy-url>' }),
      sendState: this.sendState,
      busy: Boolean(this.sender) || this.sealing || this.files.working,
      sealed: this.sealed,
      change: (step) => {
        this.returnToCheck = true;
        this.issues = [];
        void this.go(step);
      },
      retryNow: () => this.sender?.retryNow(),
      copy: () => void this.copy(),
      download: this.download,
    };
  }

  private renderReceipt(digits: string, reference: string, level: number) {
    const m = this.receiptModule;
    if (!m) return nothing;
    const view = {
      digits,
      reference,
      statusUrl: safeUrl(this.followUpUrl, { source: '<hrc-report-form follow-up-url>' }),
      note: this.copyNote,
      copy: async () => {
        const copied = await navigator.clipboard.writeText(digits).then(
          () => true,
          () => false,
        );
        this.copyNote = copied ? 'copied' : 'failed';
      },
      print: () => m.printLines(this.localized(() => m.receiptLines(view))),
      download: () =>
        m.downloadText(`receipt-${reference}.txt`, this.localized(() => m.receiptLines(view)).join('\n\n')),
    };
    return m.receiptPanel(view, level);
  }

  private focusField(e: Event, field: ReportField) {
    e.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${field}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }

  private renderSummary(ctx: CheckContext, level: number) {
    if (!this.issues.length) return nothing;
    return html`<div class="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
      ${heading(level, msg('There is a problem', { id: 'report-form.problem' }), { id: 'error-summary-title', class: 'h-section' })}
      <ul>
        ${this.issues.map(
          (i) =>
            html`<li>
              <a href="#${i.field}" @click=${(e: Event) => this.focusField(e, i.field)}
                >${ctx.error(i.field)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  override render() {
    if (this.exiting) return nothing;
    const ctx = this.context();
    const index = REPORT_STEPS.indexOf(this.step) + 1;
    const last = this.step === 'check';
    const level = headingLevel(this.headingLevel);
    // Any use of the form (focus, pointer, key) fetches what Continue will need.
    const first = this.step === 'what' && !this.receipt;
    return html`<div
      part="base"
      class="base ${first ? 'base--first' : ''}"
      @focusin=${this.warm}
      @pointerdown=${this.warm}
      @keydown=${this.warm}
    >
      <div class="exit">
        <button
          type="button"
          part="quick-exit"
          class="button button--exit"
          aria-describedby=${this.preview ? 'preview-note' : nothing}
          @click=${() => this.quickExit()}
        >
          ${msg('Leave this page quickly', { id: 'report-form.quick-exit' })}
        </button>
        ${
          this.preview
            ? html`<p class="hint" id="preview-note">${previewText()}</p>`
            : this.quickExitShortcut === 'off'
              ? nothing
              : html`<p class="hint">
                  ${msg('Or press the Shift key 3 times.', { id: 'report-form.quick-exit-hint' })}
                </p>`
        }
      </div>
      ${
        this.sealed && !globalThis.crypto?.subtle
          ? this.later
            ? this.later.cannotSeal(ctx, level)
            : nothing
          : this.receipt && this.later
            ? html`${heading(level, msg('Report sent', { id: 'report-form.sent' }), { class: 'h-title', tabindex: '-1' })}
              ${this.later.confirmation(ctx, this.receipt, this.contacted, level + 1)}
              ${this.followUpReceipt ? this.renderReceipt(this.followUpReceipt, this.receipt.reference, level + 1) : nothing}`
            : html`<form novalidate @submit=${this.onSubmit}>
                ${heading(
                  level,
                  html`<span class="caption"
                      >${msg(str`Step ${index} of ${REPORT_STEPS.length}`, { id: 'report-form.progress' })}</span
                    >
                    ${stepTitle(this.step)}`,
                  { class: 'h-title', tabindex: '-1' },
                )}
                ${this.renderSummary(ctx, level + 1)}
                ${this.step === 'what' || !this.later ? stepWhat(ctx) : LATER_STEPS(this.later)[this.step](ctx)}
                ${this.step === 'who' && this.evidence && this.sealed ? this.files.render() : nothing}
                <div class="actions">
                  ${
                    index > 1 && !ctx.busy
                      ? html`<button type="button" class="button button--secondary" @click=${this.back}>
                          ${msg('Back', { id: 'report-form.back' })}
                        </button>`
                      : nothing
                  }
                  <button type="submit" class="button" aria-disabled=${ctx.busy}>
                    ${last ? msg('Send report', { id: 'report-form.send' }) : msg('Continue', { id: 'report-form.next' })}
                  </button>
                </div>
                ${
                  this.laterFailed
                    ? html`<p class="error-message load-failed" role="alert" tabindex="-1">
                        ${msg(
                          'The next step could not be loaded. Check your connection and press Continue again.',
                          {
                            id: 'report-form.load-failed',
                          },
                        )}
                      </p>`
                    : nothing
                }
                ${
                  this.copyNote
                    ? html`<p role="status">
                        ${
                          this.copyNote === 'copied'
                            ? msg('The report is copied.', { id: 'report-form.copied' })
                            : msg(
                                'Copying did not work: open “Show the report as text” and copy it from there.',
                                { id: 'report-form.copy-failed' },
                              )
                        }
                      </p>`
                    : nothing
                }
              </form>`
      }
    </div>`;
  }
}
