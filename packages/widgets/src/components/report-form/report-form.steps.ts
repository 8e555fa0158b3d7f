/** The four question steps. Each renders from the in-memory draft and writes back through `ctx.update`. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../internal/msg.js';
import {
  EQUALITY_QUESTIONS,
  EQUALITY_QUESTION_IDS,
  REPORT_LIMITS,
  REPORT_WISHES,
  REPORTER_ROLES,
} from '@hrc/framework/schemas';
import type { GroundId } from '@hrc/framework/ids';
import { choiceGroup, textField, type FormContext } from './report-form.fields.js';
import { equalityOption, equalityQuestion, roleLabel, wishLabel } from './report-form.messages.js';

export function stepWhy(ctx: FormContext): TemplateResult {
  const d = ctx.draft;
  const toggle = (v: string, on: boolean) =>
    ctx.update({
      grounds: on ? [...d.grounds, v as GroundId] : d.grounds.filter((g) => g !== v),
    });
  return choiceGroup(ctx, {
    id: 'grounds',
    multiple: true,
    columns: true,
    legend: msg('Why do you think you were treated differently?', { id: 'report-form.grounds' }),
    hint: msg('Choose all that apply.', { id: 'report-form.grounds-hint' }),
    choices: ctx.grounds,
    isChecked: (v) => d.grounds.includes(v as GroundId),
    onChange: toggle,
    after: html`<p class="or">${msg('or', { id: 'report-form.or' })}</p>
      <div class="choice">
        <input
          id="ground-unknown"
          type="checkbox"
          .checked=${d.groundUnknown}
          @change=${(e: Event) => ctx.update({ groundUnknown: (e.target as HTMLInputElement).checked })}
        />
        <label for="ground-unknown">${msg('I don’t know', { id: 'report-form.ground-unknown' })}</label>
      </div>
      <div class="choice">
        <input
          id="ground-other-choice"
          type="checkbox"
          .checked=${d.groundOtherChosen}
          @change=${(e: Event) => ctx.update({ groundOtherChosen: (e.target as HTMLInputElement).checked })}
        />
        <label for="ground-other-choice">${msg('Other', { id: 'report-form.ground-other-choice' })}</label>
      </div>
      ${
        d.groundOtherChosen
          ? html`<div class="reveal">
              ${textField(ctx, {
                id: 'ground-other',
                key: 'groundOther',
                label: msg('Describe the other reason', { id: 'report-form.ground-other' }),
                maxlength: REPORT_LIMITS.shortText,
              })}
            </div>`
          : nothing
      }`,
  });
}

export function stepWho(ctx: FormContext): TemplateResult {
  const d = ctx.draft;
  return html`${choiceGroup(ctx, {
    id: 'role',
    legend: msg('Who are you in this report?', { id: 'report-form.role' }),
    choices: REPORTER_ROLES.map((r) => ({
      id: r,
      label: roleLabel(r),
      reveal:
        r === 'organisation'
          ? textField(ctx, {
              id: 'organisation',
              label: msg('Name of the organisation', { id: 'report-form.organisation' }),
              maxlength: REPORT_LIMITS.shortText,
              autocomplete: 'organization',
            })
          : undefined,
    })),
  })}
  ${
    ctx.askEquality
      ? html`<details class="equality">
          <summary>${msg('Optional questions about you', { id: 'report-form.eq.summary' })}</summary>
          <p class="hint">
            ${msg(
              'These questions help the city see who experiences discrimination. Answering is voluntary and does not change how your report is handled. You can skip them or choose “Prefer not to say”.',
              { id: 'report-form.eq.explain' },
            )}
          </p>
          ${EQUALITY_QUESTION_IDS.map((q) =>
            choiceGroup(ctx, {
              id: `equality-${q}` as const,
              legend: equalityQuestion(q),
              choices: EQUALITY_QUESTIONS[q].map((v) => ({ id: v, label: equalityOption(v) })),
              isChecked: (v) => d.equality[q] === v,
              onChange: (v) => ctx.update({ equality: { ...d.equality, [q]: v } }),
            }),
          )}
        </details>`
      : nothing
  }`;
}

export function stepContact(ctx: FormContext): TemplateResult {
  const details = html`<p class="hint" id="contact-hint">
      ${msg('Give an e-mail address, a phone number or both.', { id: 'report-form.contact-hint' })}
    </p>
    ${textField(ctx, {
      id: 'name',
      label: msg('Name (optional)', { id: 'report-form.name' }),
      maxlength: REPORT_LIMITS.shortText,
      autocomplete: 'name',
    })}
    ${textField(ctx, {
      id: 'email',
      label: msg('E-mail address', { id: 'report-form.email' }),
      type: 'email',
      maxlength: REPORT_LIMITS.shortText,
      autocomplete: 'email',
      describedBy: 'contact-hint',
    })}
    ${textField(ctx, {
      id: 'phone',
      label: msg('Phone number', { id: 'report-form.phone' }),
      type: 'tel',
      maxlength: 25,
      autocomplete: 'tel',
      describedBy: 'contact-hint',
    })}
    ${textField(ctx, {
      id: 'language',
      label: msg('Language you would like us to use (optional)', { id: 'report-form.language' }),
      maxlength: 35,
    })}`;
  return html`${choiceGroup(ctx, {
    id: 'contact-kind',
    legend: msg('May the office contact you about this report?', { id: 'report-form.contact-kind' }),
    choices: [
      {
        id: 'anonymous',
        label: msg('No, I want to stay anonymous', { id: 'report-form.anonymous' }),
        hint: msg('The office cannot ask you questions or tell you what it did.', {
          id: 'report-form.anonymous-hint',
        }),
      },
      { id: 'contact', label: msg('Yes, contact me', { id: 'report-form.contact-me' }), reveal: details },
    ],
    key: 'contactKind',
  })}
  ${choiceGroup(ctx, {
    id: 'wish',
    legend: msg('What would you like the office to do?', { id: 'report-form.wish' }),
    choices: REPORT_WISHES.map((w) => ({ id: w, label: wishLabel(w) })),
  })}`;
}
