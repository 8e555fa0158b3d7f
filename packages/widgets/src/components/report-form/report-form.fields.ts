/** GOV.UK-style form controls: label, hint, inline error, and the ids the error summary links to. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../internal/msg.js';
import type { DomainId, GroundId } from '@hrc/framework/ids';
import type { ReportArea } from '@hrc/framework/schemas';
import type { ReportDraft, ReportField } from './report-form.types.js';

/** What the step templates need from the element. */
export interface FormContext {
  readonly draft: ReportDraft;
  readonly grounds: readonly { id: GroundId; label: string }[];
  readonly domains: readonly { id: DomainId; label: string }[];
  readonly askEquality: boolean;
  /** The city's areas, when it asks for one (checked); empty otherwise. */
  readonly areas: readonly ReportArea[];
  /** The localized problem with a field, once the person pressed next or send. */
  error(field: ReportField): string | undefined;
  update(patch: Partial<ReportDraft>): void;
}

export function errorMessage(ctx: FormContext, field: ReportField): TemplateResult | typeof nothing {
  const text = ctx.error(field);
  return text
    ? html`<p class="error-message" id="${field}-error">
        <span class="visually-hidden">${msg('Error:', { id: 'report-form.error-prefix' })}</span> ${text}
      </p>`
    : nothing;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || nothing;

/** The answers a text field or a single choice can hold. */
export type DraftKey = {
  [K in keyof ReportDraft]: ReportDraft[K] extends string ? K : never;
}[keyof ReportDraft];

export interface TextOptions {
  id: ReportField;
  /** The answer it edits, when its name differs from the field id. */
  key?: DraftKey;
  label: string;
  hint?: string;
  maxlength: number;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  /** The id of a hint outside the field that applies to it too. */
  describedBy?: string;
}

export function textField(ctx: FormContext, o: TextOptions): TemplateResult {
  const err = ctx.error(o.id);
  const aria = describedBy(o.describedBy, o.hint && `${o.id}-hint`, err && `${o.id}-error`);
  const key = o.key ?? (o.id as DraftKey);
  const onInput = (e: Event) => ctx.update({ [key]: (e.target as HTMLInputElement).value });
  return html`<div class="field ${err ? 'field--error' : ''}">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing} ${errorMessage(ctx, o.id)}
    ${
      o.multiline
        ? html`<textarea
            id=${o.id}
            rows="6"
            maxlength=${o.maxlength}
            aria-describedby=${aria}
            aria-invalid=${Boolean(err)}
            .value=${ctx.draft[key]}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${o.id}
            type=${o.type ?? 'text'}
            maxlength=${o.maxlength}
            autocomplete=${o.autocomplete ?? 'off'}
            spellcheck="false"
            aria-describedby=${aria}
            aria-invalid=${Boolean(err)}
            .value=${ctx.draft[key]}
            @input=${onInput}
          />`
    }
  </div>`;
}

export interface Choice {
  /** The value it sets (content lists such as the grounds pass as they are). */
  id: string;
  label: string;
  hint?: string;
  /** Shown right below the choice while it is selected (GOV.UK conditional reveal). */
  reveal?: TemplateResult;
}

export interface ChoiceOptions {
  /**
   * The field id, also the group's `name`; the first choice carries it, so the error summary focuses
   * the group's first control.
   */
  id: ReportField;
  legend: string;
  hint?: string;
  choices: readonly Choice[];
  multiple?: boolean;
  /**
   * The answer a single choice sets, when its name differs from the field id. A checkbox list, or an
   * answer kept elsewhere, passes `isChecked` and `onChange` instead.
   */
  key?: DraftKey;
  isChecked?: (value: string) => boolean;
  onChange?: (value: string, checked: boolean) => void;
  /** Extra content at the end of the group (the "or" options of a checkbox list). */
  after?: TemplateResult;
  columns?: boolean;
}

export function choiceGroup(ctx: FormContext, o: ChoiceOptions): TemplateResult {
  const err = ctx.error(o.id);
  const type = o.multiple ? 'checkbox' : 'radio';
  const key = o.key ?? (o.id as DraftKey);
  const isChecked = o.isChecked ?? ((v: string) => ctx.draft[key] === v);
  const onChange = o.onChange ?? ((v: string) => ctx.update({ [key]: v }));
  return html`<fieldset
    class="field ${err ? 'field--error' : ''}"
    aria-describedby=${describedBy(o.hint && `${o.id}-hint`, err && `${o.id}-error`)}
  >
    <legend>${o.legend}</legend>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing} ${errorMessage(ctx, o.id)}
    <div class="choices ${o.columns ? 'choices--columns' : ''}">
      ${o.choices.map((c, i) => {
        const id = i === 0 ? o.id : `${o.id}-${c.id}`;
        const checked = isChecked(c.id);
        return html`<div class="choice">
            <input
              id=${id}
              type=${type}
              name=${o.id}
              .value=${c.id}
              .checked=${checked}
              aria-describedby=${c.hint ? `${id}-hint` : nothing}
              @change=${(e: Event) => onChange(c.id, (e.target as HTMLInputElement).checked)}
            />
            <label for=${id}>${c.label}</label>
            ${c.hint ? html`<p class="hint choice-hint" id="${id}-hint">${c.hint}</p>` : nothing}
          </div>
          ${c.reveal && checked ? html`<div class="reveal">${c.reveal}</div>` : nothing}`;
      })}
      ${o.after ?? nothing}
    </div>
  </fieldset>`;
}
