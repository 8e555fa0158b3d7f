/** One of the 20 elements: its status, the city's notes and evidence, and the guide's advice. */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import { msg, plural, str } from '../../internal/msg.js';
import type { ElementId } from '@hrc/framework/ids';
import {
  ASSESSMENT_LIMITS,
  ELEMENT_STATUSES,
  type ElementAssessment,
  type ElementStatus,
} from '@hrc/framework/schemas';
import type { FrameworkElement } from '@hrc/framework/schemas';
import { safeUrl } from '@hrc/framework/url';
import { contentHref } from '../../internal/content.js';
import { statusLabel } from './messages.js';

/** What is typed into the "add a link" fields but not added yet; kept until it is valid. */
export interface EvidenceDraft {
  label: string;
  url: string;
  errors: { label?: 'empty' | 'long'; url?: 'invalid'; list?: 'full' };
}

export interface CardProps {
  element: FrameworkElement;
  entry: ElementAssessment | undefined;
  readonly: boolean;
  /** Language of the city's own text, when known. */
  textLang: string | undefined;
  /** Status in the compared assessment, when comparing. */
  before: ElementStatus | undefined;
  guideOpen: boolean;
  editOpen: boolean;
  draft: EvidenceDraft;
  formatDateTime: (iso: string) => string;
  formatDate: (isoDate: string) => string;
  /** Level of the card's title; its own subheadings are one below. */
  level: number;
  on: {
    toggle: (key: string, open: boolean) => void;
    edit: (patch: Partial<ElementAssessment>, commit: boolean) => void;
    commit: () => void;
    draft: (field: 'label' | 'url', value: string) => void;
    addEvidence: () => void;
    removeEvidence: (index: number) => void;
  };
}

const value = (e: Event) => (e.target as HTMLInputElement).value;

function guide(el: FrameworkElement, level: number): TemplateResult {
  const sub = (content: unknown) => heading(level, content, { class: 'h-sub' });
  return html`<div class="guide">
    <p>${el.why}</p>
    ${sub(msg('How to', { id: 'framework-checklist.guide.how-to' }))}
    <ul>
      ${el.howTo.map((tip) => html`<li>${tip}</li>`)}
    </ul>
    ${
      el.examples.length
        ? html`${sub(msg('Practice from other cities', { id: 'framework-checklist.guide.examples' }))}
            <ul>
              ${el.examples.map((ex) => {
                const href = contentHref(ex.url);
                return html`<li>
                  <strong>${ex.city} (${ex.country})</strong>: ${ex.text}
                  ${
                    href
                      ? html`<a href=${href} rel="noopener noreferrer"
                          >${msg('Read more', { id: 'framework-checklist.guide.more' })}<span
                            class="visually-hidden"
                            >: ${ex.city}</span
                          ></a
                        >`
                      : nothing
                  }
                </li>`;
              })}
            </ul>`
        : nothing
    }
    ${
      el.resources.length
        ? html`${sub(msg('Key resources', { id: 'framework-checklist.guide.resources' }))}
            <ul>
              ${el.resources.map((r) => {
                const href = contentHref(r.url);
                return html`<li>
                  ${href ? html`<a href=${href} rel="noopener noreferrer">${r.title}</a>` : r.title},
                  ${r.publisher}${r.year ? html` (${r.year})` : nothing}
                </li>`;
              })}
            </ul>`
        : nothing
    }
  </div>`;
}

function evidenceList(p: CardProps, editable: boolean): TemplateResult | typeof nothing {
  const list = p.entry?.evidence ?? [];
  if (!list.length) return nothing;
  return html`<ul class="evidence">
    ${list.map((ev, i) => {
      // Imported files and the city's own typing were checked against the schema; this is the check
      // every link passes, whatever reached the assessment.
      const href = safeUrl(ev.url, { source: '<hrc-framework-checklist> evidence' });
      return html`<li>
        ${
          href
            ? html`<a href=${href} lang=${p.textLang ?? nothing} rel="noopener noreferrer">${ev.label}</a>`
            : html`<span lang=${p.textLang ?? nothing}>${ev.label}</span>`
        }
        ${
          editable
            ? html`<button type="button" class="link-button" @click=${() => p.on.removeEvidence(i)}>
                ${msg('Remove', { id: 'framework-checklist.evidence.remove' })}<span class="visually-hidden"
                  >: ${ev.label}</span
                >
              </button>`
            : nothing
        }
      </li>`;
    })}
  </ul>`;
}

function editor(p: CardProps): TemplateResult {
  const id = p.element.id;
  const e = p.entry;
  const d = p.draft;
  const labelError =
    d.errors.label === 'empty'
      ? msg('Give the link a text, for example the title of the document.', {
          id: 'framework-checklist.evidence.label-empty',
        })
      : d.errors.label === 'long'
        ? msg('The link text is too long.', { id: 'framework-checklist.evidence.label-long' })
        : '';
  const urlError = d.errors.url
    ? msg('Enter a full web address, starting with https:// or http://.', {
        id: 'framework-checklist.evidence.url-invalid',
      })
    : '';
  const listError = d.errors.list
    ? msg(
        plural(ASSESSMENT_LIMITS.evidence, {
          one: str`An element holds at most ${ASSESSMENT_LIMITS.evidence} link.`,
          other: str`An element holds at most ${ASSESSMENT_LIMITS.evidence} links.`,
        }),
        {
          id: 'framework-checklist.evidence.full',
        },
      )
    : '';
  return html`<div class="editor">
    <label for="note-${id}">${msg('Note', { id: 'framework-checklist.note' })}</label>
    <textarea
      id="note-${id}"
      rows="4"
      maxlength=${ASSESSMENT_LIMITS.note}
      .value=${e?.note ?? ''}
      @input=${(ev: Event) => p.on.edit({ note: value(ev) }, false)}
      @change=${p.on.commit}
    ></textarea>
    <div class="pair">
      <div>
        <label for="dept-${id}"
          >${msg('Responsible department', { id: 'framework-checklist.department' })}</label
        >
        <input
          id="dept-${id}"
          maxlength=${ASSESSMENT_LIMITS.shortText}
          .value=${e?.department ?? ''}
          @input=${(ev: Event) => p.on.edit({ department: value(ev) }, false)}
          @change=${p.on.commit}
        />
      </div>
      <div>
        <label for="date-${id}">${msg('Target date', { id: 'framework-checklist.target-date' })}</label>
        <input
          id="date-${id}"
          type="date"
          .value=${e?.targetDate ?? ''}
          @change=${(ev: Event) => p.on.edit({ targetDate: value(ev) }, true)}
        />
      </div>
    </div>
    ${heading(p.level + 1, msg('Evidence', { id: 'framework-checklist.evidence' }), { class: 'h-sub' })}
    ${evidenceList(p, true)}
    <fieldset class="add-link">
      <legend>${msg('Add a link', { id: 'framework-checklist.evidence.add-legend' })}</legend>
      <label for="ev-label-${id}">${msg('Link text', { id: 'framework-checklist.evidence.label' })}</label>
      ${labelError ? html`<p class="error" id="ev-label-err-${id}">${labelError}</p>` : nothing}
      <input
        id="ev-label-${id}"
        maxlength=${ASSESSMENT_LIMITS.shortText}
        .value=${d.label}
        aria-invalid=${labelError ? 'true' : 'false'}
        aria-describedby=${labelError ? `ev-label-err-${id}` : nothing}
        @input=${(ev: Event) => p.on.draft('label', value(ev))}
      />
      <label for="ev-url-${id}">${msg('Web address', { id: 'framework-checklist.evidence.url' })}</label>
      ${urlError ? html`<p class="error" id="ev-url-err-${id}">${urlError}</p>` : nothing}
      <input
        id="ev-url-${id}"
        type="url"
        inputmode="url"
        placeholder="https://"
        .value=${d.url}
        aria-invalid=${urlError ? 'true' : 'false'}
        aria-describedby=${urlError ? `ev-url-err-${id}` : nothing}
        @input=${(ev: Event) => p.on.draft('url', value(ev))}
      />
      ${listError ? html`<p class="error">${listError}</p>` : nothing}
      <button type="button" @click=${p.on.addEvidence}>
        ${msg('Add link', { id: 'framework-checklist.evidence.add' })}
      </button>
    </fieldset>
  </div>`;
}

function published(p: CardProps): TemplateResult {
  const e = p.entry;
  return html`${e?.note ? html`<p class="note" lang=${p.textLang ?? nothing}>${e.note}</p>` : nothing}
  ${
    e?.department || e?.targetDate
      ? html`<dl class="facts">
          ${
            e.department
              ? html`<dt>${msg('Responsible department', { id: 'framework-checklist.department' })}</dt>
                  <dd lang=${p.textLang ?? nothing}>${e.department}</dd>`
              : nothing
          }
          ${
            e.targetDate
              ? html`<dt>${msg('Target date', { id: 'framework-checklist.target-date' })}</dt>
                  <dd>${p.formatDate(e.targetDate)}</dd>`
              : nothing
          }
        </dl>`
      : nothing
  }
  ${evidenceList(p, false)}`;
}

export function elementCard(p: CardProps): TemplateResult {
  const { element: el, entry } = p;
  const id: ElementId = el.id;
  const status = entry?.status ?? 'not-started';
  const evidenceCount = entry?.evidence?.length ?? 0;
  const changed = entry?.updatedAt
    ? msg(str`Last changed ${p.formatDateTime(entry.updatedAt)}`, {
        id: 'framework-checklist.changed',
      })
    : msg('Not changed yet', { id: 'framework-checklist.unchanged' });
  // Each status select is named "Status" and the element's title: twenty selects, each says which
  // element it sets.
  return html`<li class="element status-${status}">
    <article part="element" aria-labelledby="title-${id}">
      ${heading(p.level, el.title, { id: `title-${id}`, class: 'h-card' })}
      <p class="summary">${el.summary}</p>
      ${
        p.readonly
          ? html`<p class="status-line">
              <span class="badge">${statusLabel(status)}</span>
            </p>`
          : html`<div class="status-field">
              <label id="status-label-${id}" for="status-${id}"
                >${msg('Status', { id: 'framework-checklist.status' })}</label
              >
              <select
                id="status-${id}"
                aria-labelledby="status-label-${id} title-${id}"
                @change=${(ev: Event) => p.on.edit({ status: value(ev) as ElementStatus }, true)}
              >
                ${ELEMENT_STATUSES.map(
                  (s) => html`<option value=${s} ?selected=${s === status}>${statusLabel(s)}</option>`,
                )}
              </select>
            </div>`
      }
      ${
        p.before !== undefined
          ? html`<p class="compared">
              ${
                p.before === status
                  ? msg(str`Compared: unchanged (${statusLabel(status)})`, {
                      id: 'framework-checklist.compare.unchanged',
                    })
                  : msg(str`Compared: ${statusLabel(p.before)} → ${statusLabel(status)}`, {
                      id: 'framework-checklist.compare.changed',
                    })
              }
            </p>`
          : nothing
      }
      <p class="changed">${changed}</p>
      ${
        p.readonly
          ? published(p)
          : html`<details
              ?open=${p.editOpen}
              @toggle=${(ev: Event) => p.on.toggle(`edit:${id}`, (ev.target as HTMLDetailsElement).open)}
            >
              <summary>
                ${msg(
                  plural(evidenceCount, {
                    one: str`Note, planning and evidence (${evidenceCount} link)`,
                    other: str`Note, planning and evidence (${evidenceCount} links)`,
                  }),
                  {
                    id: 'framework-checklist.edit-summary',
                  },
                )}
              </summary>
              ${p.editOpen ? editor(p) : nothing}
            </details>`
      }
      <details
        ?open=${p.guideOpen}
        @toggle=${(ev: Event) => p.on.toggle(`guide:${id}`, (ev.target as HTMLDetailsElement).open)}
      >
        <summary>${msg('About this element', { id: 'framework-checklist.guide' })}</summary>
        ${p.guideOpen ? guide(el, p.level + 1) : nothing}
      </details>
    </article>
  </li>`;
}
