/**
 * The first step and the step titles: all the form draws before the person starts. It imports no
 * validation and no other step, so that the first step is drawn from as little code as possible; the
 * rest comes with `report-form.later.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../internal/msg.js';
import { REPORT_LIMITS } from '@hrc/framework/schemas';
import { choiceGroup, errorMessage, textField, type FormContext } from './report-form.fields.js';
import type { ReportStep } from './report-form.types.js';

export function stepTitle(step: ReportStep): string {
  switch (step) {
    case 'what':
      return msg('What happened?', { id: 'report-form.step.what' });
    case 'why':
      return msg('Why do you think this happened?', { id: 'report-form.step.why' });
    case 'who':
      return msg('Who are you in this report?', { id: 'report-form.step.who' });
    case 'contact':
      return msg('Can we contact you?', { id: 'report-form.step.contact' });
    case 'check':
      return msg('Check your answers and send', { id: 'report-form.step.check' });
  }
}

export function stepWhat(ctx: FormContext): TemplateResult {
  const d = ctx.draft;
  const dateError = (['when-day', 'when-month', 'when-year'] as const).find((f) => ctx.error(f));
  // A part is marked with the date's problem when it is its own, or when it is a needed part left empty
  // (an empty date marks month and year; the day may stay empty).
  const datePart = (key: 'day' | 'month' | 'year', label: string) => {
    const id = `when-${key}` as const;
    return html`<div class="date-part">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        class=${key === 'year' ? 'input--year' : 'input--short'}
        inputmode="numeric"
        maxlength=${key === 'year' ? 4 : 2}
        autocomplete="off"
        aria-invalid=${Boolean(ctx.error(id)) || (dateError !== undefined && key !== 'day' && !d[key].trim())}
        .value=${d[key]}
        @input=${(e: Event) => ctx.update({ [key]: (e.target as HTMLInputElement).value })}
      />
    </div>`;
  };
  return html`${textField(ctx, {
      id: 'description',
      label: msg('Describe what happened', { id: 'report-form.description' }),
      hint: msg(
        'In your own words: what was said or done, and by whom. You do not need to name other people.',
        { id: 'report-form.description-hint' },
      ),
      multiline: true,
      maxlength: REPORT_LIMITS.description,
    })}
    <fieldset
      class="field ${dateError ? 'field--error' : ''}"
      aria-describedby="when-hint${dateError ? ` ${dateError}-error` : ''}"
    >
      <legend>${msg('When did it happen?', { id: 'report-form.when' })}</legend>
      <p class="hint" id="when-hint">
        ${msg('For example 27 3 2024. If you do not remember the day, leave it empty.', {
          id: 'report-form.when-hint',
        })}
      </p>
      ${dateError ? errorMessage(ctx, dateError) : nothing}
      <div class="date">
        ${datePart('day', msg('Day', { id: 'report-form.day' }))}
        ${datePart('month', msg('Month', { id: 'report-form.month' }))}
        ${datePart('year', msg('Year', { id: 'report-form.year' }))}
      </div>
    </fieldset>
    ${textField(ctx, {
      id: 'place',
      label: msg('Where did it happen? (optional)', { id: 'report-form.place' }),
      hint: msg('For example a street, a shop, a school or a website.', { id: 'report-form.place-hint' }),
      maxlength: REPORT_LIMITS.shortText,
    })}
    ${choiceGroup(ctx, {
      id: 'domain',
      legend: msg('In which area of life?', { id: 'report-form.domain' }),
      choices: ctx.domains,
      columns: true,
    })}`;
}
