/**
 * The checklist's data and what people do with it: loading (browser storage, `src`, `compare-src`),
 * autosave, edits, evidence, import and the confirmation before replacing or clearing. The element
 * class adds the rendering.
 */
import type { PropertyValues } from 'lit';
import type { ElementId } from '@hrc/framework/ids';
import {
  ASSESSMENT_KIND,
  ASSESSMENT_LIMITS,
  ASSESSMENT_SCHEMA_VERSION,
  evidenceSchema,
  type Assessment,
  type ElementAssessment,
} from '@hrc/framework/schemas';
import { safeUrl } from '@hrc/framework/url';
import { HrcElement } from '../../internal/hrc-element.js';
import { ContentController } from '../../internal/content.js';
import { ownFrame } from '../../internal/schedule.js';
import { ChecklistChangeEvent, type LayerFilter, type StatusFilter } from './framework-checklist.types.js';
import type { EvidenceDraft } from './element-card.js';
import { parseAssessmentText, type Problem } from './parse.js';
import { loadSaved, save } from './storage.js';

/** The content the checklist shows: the framework's layers and elements. */
const FRAMEWORK = ['framework'] as const;

type Loaded = { ok: true; assessment: Assessment } | { ok: false; status?: number; problems?: Problem[] };

/** `url` has passed the kit's URL check. */
async function fetchAssessment(url: string): Promise<Loaded> {
  try {
    const res = await fetch(url, { credentials: 'omit' });
    if (!res.ok) return { ok: false, status: res.status };
    const parsed = parseAssessmentText(await res.text());
    // Checking the file and re-rendering the 20 cards with it are two tasks, not one long one.
    await ownFrame();
    return parsed.ok ? { ok: true, assessment: parsed.assessment } : { ok: false, problems: parsed.problems };
  } catch {
    return { ok: false, status: 0 };
  }
}

export const EMPTY_DRAFT: EvidenceDraft = { label: '', url: '', errors: {} };

export abstract class FrameworkChecklistState extends HrcElement {
  // Declared here rather than with decorators: the same result, lighter in the browser bundle.
  static override properties = {
    storageKey: { attribute: 'storage-key' },
    src: {},
    compareSrc: { attribute: 'compare-src' },
    statisticsSrc: { attribute: 'statistics-src' },
    readonly: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    assessment: { attribute: false, noAccessor: true },
    data: { state: true, attribute: false },
    other: { state: true, attribute: false },
    srcFailure: { state: true, attribute: false },
    compareFailure: { state: true, attribute: false },
    storageBlocked: { state: true, attribute: false },
    storageUnavailable: { state: true, attribute: false },
    saveFailed: { state: true, attribute: false },
    savedAt: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    importProblems: { state: true, attribute: false },
    pendingImport: { state: true, attribute: false },
    confirming: { state: true, attribute: false },
    layerFilter: { state: true, attribute: false },
    statusFilter: { state: true, attribute: false },
    view: { state: true, attribute: false },
    figures: { state: true, attribute: false },
    drafts: { state: true, attribute: false },
  };

  /** Key under which the assessment autosaves in this browser (localStorage); without it nothing is stored. */
  storageKey?: string;

  /** URL of an assessment (JSON) to show; with a `storage-key`, only used when nothing is saved yet. */
  src?: string;

  /** URL of a second assessment (last year's, or a peer city's) to compare with. */
  compareSrc?: string;

  /**
   * URL of published report statistics (`/statistics.json` of @hrc/receiver, or WordPress's route): the
   * report outline then includes the period's figures. Loaded only when the outline is made.
   */
  statisticsSrc?: string;

  /** Shows the assessment without editing and without browser storage: for publishing. */
  readonly = false;

  /** Level of the checklist's title (2–6), so it fits the outline of the page; sections and cards take the levels below. */
  headingLevel = 2;

  /** The assessment shown. Setting it neither saves it nor fires `change`. */
  get assessment(): Assessment {
    return this.data;
  }
  set assessment(value: Assessment | undefined) {
    const old = this.data;
    this.data = value ?? this.empty();
    this.fresh = false;
    this.requestUpdate('assessment', old);
  }

  protected data: Assessment = this.empty();
  protected other?: Assessment;
  protected srcFailure?: { status?: number; problems?: Problem[] };
  protected compareFailure?: { status?: number; problems?: Problem[] };
  protected storageBlocked?: { problems: Problem[]; raw: string };
  protected storageUnavailable = false;
  protected saveFailed = false;
  protected savedAt?: string;
  protected notice?: 'migrated' | 'imported' | 'reset';
  protected importProblems?: { name: string; problems: Problem[] };
  protected pendingImport?: { name: string; assessment: Assessment };
  protected confirming?: 'reset' | 'import';
  protected layerFilter: LayerFilter = 'all';
  protected statusFilter: StatusFilter = 'all';
  protected view: 'checklist' | 'report' = 'checklist';
  protected drafts: Partial<Record<ElementId, EvidenceDraft>> = {};
  protected open = new Set<string>();
  protected loads = new Set<Promise<unknown>>();
  protected loadToken = 0;
  protected compareToken = 0;
  protected readonly content = new ContentController(this, () => FRAMEWORK);

  protected get dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  /**
   * True while the assessment was started here rather than loaded: its text will be written in the
   * language of this checklist, so the first edit records that language.
   */
  protected fresh = true;

  /** The assessment with `patch` applied, stamped with the time and, when started here, the language. */
  protected stamped(patch: Partial<Assessment>, now: string): Assessment {
    const lang = this.data.lang ?? (this.fresh ? this.locale : undefined);
    return { ...this.data, ...patch, updatedAt: now, ...(lang ? { lang } : {}) };
  }

  protected empty(): Assessment {
    return {
      kind: ASSESSMENT_KIND,
      schemaVersion: ASSESSMENT_SCHEMA_VERSION,
      city: '',
      elements: {},
    };
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.content.settled;
    await super.getUpdateComplete();
    // Rendering can start more work (a load, cards drawn over several frames): wait for all of it.
    while (this.loads.size) {
      await Promise.all(this.loads);
      await super.getUpdateComplete();
    }
    return super.getUpdateComplete();
  }

  protected track<T>(p: Promise<T>): Promise<T> {
    this.loads.add(p);
    void p.finally(() => this.loads.delete(p));
    return p;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey') || changed.has('src') || changed.has('readonly')) this.loadPrimary();
    if (changed.has('compareSrc')) this.loadCompare();
  }

  protected loadPrimary(): void {
    const token = ++this.loadToken;
    this.storageBlocked = undefined;
    this.storageUnavailable = false;
    this.srcFailure = undefined;
    this.notice = undefined;
    if (!this.readonly && this.storageKey) {
      const saved = loadSaved(this.storageKey);
      if (saved.kind === 'loaded') {
        this.data = saved.assessment;
        this.fresh = false;
        this.savedAt = saved.savedAt;
        if (saved.migrated) this.notice = 'migrated';
        return;
      }
      if (saved.kind === 'blocked') {
        this.storageBlocked = { problems: saved.problems, raw: saved.raw };
        return;
      }
      this.storageUnavailable = saved.kind === 'unavailable';
    }
    const src = safeUrl(this.src, { source: '<hrc-framework-checklist src>' });
    if (!src) return;
    void this.track(fetchAssessment(src)).then((r) => {
      if (token !== this.loadToken) return;
      if (r.ok) {
        this.data = r.assessment;
        this.fresh = false;
      } else this.srcFailure = r;
    });
  }

  protected loadCompare(): void {
    const token = ++this.compareToken;
    this.other = undefined;
    this.compareFailure = undefined;
    const src = safeUrl(this.compareSrc, { source: '<hrc-framework-checklist compare-src>' });
    if (!src) return;
    void this.track(fetchAssessment(src)).then((r) => {
      if (token !== this.compareToken) return;
      if (r.ok) this.other = r.assessment;
      else this.compareFailure = r;
    });
  }

  protected persist(): void {
    if (this.readonly || !this.storageKey || this.storageBlocked) return;
    try {
      this.savedAt = save(this.storageKey, this.data).savedAt;
      this.saveFailed = false;
    } catch {
      this.saveFailed = true;
    }
  }

  protected emitChange(): void {
    this.dispatchEvent(new ChecklistChangeEvent(this.data));
  }

  protected editMeta(patch: Partial<Pick<Assessment, 'city' | 'period'>>): void {
    const next = this.stamped(patch, new Date().toISOString());
    if (next.period === '') delete next.period;
    this.data = next;
    this.persist();
  }

  protected editElement(id: ElementId, patch: Partial<ElementAssessment>, commit: boolean): void {
    const now = new Date().toISOString();
    const next: ElementAssessment = {
      ...(this.data.elements[id] ?? { status: 'not-started' }),
      ...patch,
      updatedAt: now,
    };
    // Empty fields are left out, so exports hold only what the city wrote.
    for (const key of ['note', 'department', 'targetDate'] as const) if (!next[key]) delete next[key];
    if (!next.evidence?.length) delete next.evidence;
    this.data = this.stamped({ elements: { ...this.data.elements, [id]: next } }, now);
    this.persist();
    if (commit) this.emitChange();
  }

  protected setDraft(id: ElementId, draft: EvidenceDraft): void {
    this.drafts = { ...this.drafts, [id]: draft };
  }

  protected async addEvidence(id: ElementId): Promise<void> {
    const draft = this.drafts[id] ?? EMPTY_DRAFT;
    const current = this.data.elements[id]?.evidence ?? [];
    const candidate = { label: draft.label.trim(), url: draft.url.trim() };
    const errors: EvidenceDraft['errors'] = {};
    const result = evidenceSchema.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (issue.path[0] === 'label') errors.label = candidate.label ? 'long' : 'empty';
        if (issue.path[0] === 'url') errors.url = 'invalid';
      }
    }
    if (current.length >= ASSESSMENT_LIMITS.evidence) errors.list = 'full';
    if (errors.label || errors.url || errors.list) {
      // What was typed stays in the fields; the message says what to change.
      this.setDraft(id, { ...draft, errors });
      await this.updateComplete;
      const field = errors.label ? 'label' : errors.url ? 'url' : 'label';
      this.renderRoot.querySelector<HTMLInputElement>(`#ev-${field}-${id}`)?.focus();
      return;
    }
    this.setDraft(id, EMPTY_DRAFT);
    this.editElement(id, { evidence: [...current, candidate] }, true);
  }

  protected async removeEvidence(id: ElementId, index: number): Promise<void> {
    const list = [...(this.data.elements[id]?.evidence ?? [])];
    list.splice(index, 1);
    this.editElement(id, { evidence: list }, true);
    await this.updateComplete;
    // The button is gone; keep the keyboard user in the same place.
    this.renderRoot.querySelector<HTMLInputElement>(`#ev-label-${id}`)?.focus();
  }

  protected toggle(key: string, isOpen: boolean): void {
    if (isOpen === this.open.has(key)) return;
    if (isOpen) this.open.add(key);
    else this.open.delete(key);
    this.requestUpdate();
  }

  protected async onImport(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    const parsed = parseAssessmentText(text);
    this.notice = undefined;
    if (!parsed.ok) {
      this.importProblems = { name: file.name, problems: parsed.problems };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#import-problems')?.focus();
      return;
    }
    this.importProblems = undefined;
    if (Object.keys(this.data.elements).length || this.data.city) {
      this.pendingImport = { name: file.name, assessment: parsed.assessment };
      void this.ask('import');
    } else {
      this.applyImport(parsed.assessment);
    }
  }

  protected applyImport(assessment: Assessment): void {
    this.data = assessment;
    this.fresh = false;
    this.pendingImport = undefined;
    this.notice = 'imported';
    this.persist();
    this.emitChange();
  }

  protected async ask(kind: 'reset' | 'import'): Promise<void> {
    this.confirming = kind;
    await this.updateComplete;
    this.dialog?.showModal();
  }

  protected confirmDialog(yes: boolean): void {
    const kind = this.confirming;
    this.dialog?.close();
    this.confirming = undefined;
    if (!yes) {
      this.pendingImport = undefined;
      return;
    }
    if (kind === 'import' && this.pendingImport) this.applyImport(this.pendingImport.assessment);
    if (kind === 'reset') {
      // The person chose to start over, so an unreadable saved record may now be replaced.
      this.storageBlocked = undefined;
      this.data = this.empty();
      this.fresh = true;
      this.drafts = {};
      this.notice = 'reset';
      this.persist();
      this.emitChange();
    }
  }
}
