/**
 * The optional area question (a district, say), asked beside the consent on the last step when the city
 * lists its areas in the `areas` attribute. Part of the form's later code (report-form.later.ts): the
 * first step neither parses the list nor draws the question.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ReportArea } from '@hrc/framework/schemas';
import { msg } from '../../internal/msg.js';
import { errorMessage, type FormContext } from './report-form.fields.js';
import { areasSchema } from './report-form.payload.js';

let parsed: { source: string; areas: readonly ReportArea[] } | undefined;

/**
 * The city's areas from the `areas` attribute: JSON, `[{"id":"noord","label":"Noord"}]`, checked with
 * the report schema's rules (ids as reports carry them, names as text). A list that is not valid is
 * ignored as a whole, so the form does not ask, and the console tells the site's web team why.
 */
export function parseAreas(source: string): readonly ReportArea[] {
  if (parsed?.source === source) return parsed.areas;
  let areas: readonly ReportArea[] = [];
  if (source.trim()) {
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch {
      json = undefined;
    }
    const result = areasSchema().safeParse(json);
    if (result.success) areas = result.data;
    else
      console.warn(
        '<hrc-report-form areas>: not a list of areas such as [{"id":"noord","label":"Noord"}] (ids: lower-case letters, digits and "-"; names up to 100 characters); the form does not ask for an area.',
      );
  }
  parsed = { source, areas };
  return areas;
}

/** The question: a native select, "I’d rather not say" first and chosen until the person picks an area. */
export function areaQuestion(ctx: FormContext, busy: boolean): TemplateResult | typeof nothing {
  if (!ctx.areas.length) return nothing;
  const err = ctx.error('area');
  const aria = ['area-hint', err && 'area-error'].filter(Boolean).join(' ');
  return html`<div class="field ${err ? 'field--error' : ''}">
    <label for="area"
      >${msg('In which part of the city did it happen? (optional)', { id: 'report-form.area' })}</label
    >
    <p class="hint" id="area-hint">
      ${msg('The office counts reports by area, without names, to see where discrimination happens.', {
        id: 'report-form.area-hint',
      })}
    </p>
    ${errorMessage(ctx, 'area')}
    <select
      id="area"
      ?disabled=${busy}
      aria-describedby=${aria}
      aria-invalid=${Boolean(err)}
      @change=${(e: Event) => ctx.update({ area: (e.target as HTMLSelectElement).value })}
    >
      <option value="" ?selected=${!ctx.draft.area}>
        ${msg('I’d rather not say', { id: 'report-form.area-none' })}
      </option>
      ${ctx.areas.map((a) => html`<option value=${a.id} ?selected=${ctx.draft.area === a.id}>${a.label}</option>`)}
    </select>
  </div>`;
}

/** The area's name for the report as text; undefined when none was chosen. */
export function areaLabel(ctx: FormContext): string | undefined {
  return ctx.areas.find((a) => a.id === ctx.draft.area)?.label;
}
