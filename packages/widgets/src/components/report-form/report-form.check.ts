/** Step 5 (check your answers, consent, send), the sending states, and the confirmation. */
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '@hrc/framework/url';
import { heading } from '../../internal/heading.js';
import { msg, str } from '../../internal/msg.js';
import { EQUALITY_QUESTION_IDS } from '@hrc/framework/schemas';
import type { ReportReceipt } from '@hrc/framework/schemas';
import { areaLabel, areaQuestion } from './report-form.areas.js';
import { errorMessage, type FormContext } from './report-form.fields.js';
import { equalityOption, equalityQuestion, roleLabel, wishLabel } from './report-form.messages.js';
import type { ReportStep, SendState } from './report-form.types.js';

export interface CheckContext extends FormContext {
  readonly officeName: string;
  /** Already checked (`safeUrl`): undefined when absent or unsafe. */
  readonly officeUrl: string | undefined;
  readonly officePhone: string;
  /** Already checked (`safeUrl`): undefined when absent or unsafe. */
  readonly privacyUrl: string | undefined;
  readonly sendState: SendState;
  readonly busy: boolean;
  /** Reports are sealed to the office's key: the check step offers readable statistics. */
  readonly sealed: boolean;
  change(step: ReportStep): void;
  retryNow(): void;
  copy(): void;
  download(kind: 'txt' | 'json'): void;
}

interface Row {
  label: string;
  value: string;
  step: ReportStep;
}

/**
 * The answers as label/value rows, in the person's words and the element's language. Each value takes
 * its direction from its own text (`dir="auto"`): a description typed in English reads left to right on
 * an Arabic page, and one typed in Arabic right to left on an English page.
 */
function rows(ctx: FormContext): Row[] {
  const d = ctx.draft;
  const label = <T extends string>(list: readonly { id: T; label: string }[], id: string) =>
    list.find((x) => x.id === id)?.label ?? id;
  const when = d.day.trim()
    ? `${d.day.trim()}-${d.month.trim()}-${d.year.trim()}`
    : `${d.month.trim()}-${d.year.trim()}`;
  const grounds = [
    ...d.grounds.map((g) => label(ctx.grounds, g)),
    d.groundUnknown && msg('I don’t know', { id: 'report-form.ground-unknown' }),
    d.groundOtherChosen && d.groundOther.trim(),
  ].filter(Boolean);
  const contact =
    d.contactKind === 'contact'
      ? [d.name, d.email, d.phone, d.language]
          .map((s) => s.trim())
          .filter(Boolean)
          .join(', ')
      : msg('No, I want to stay anonymous', { id: 'report-form.anonymous' });
  const out: Row[] = [
    {
      label: msg('Describe what happened', { id: 'report-form.description' }),
      value: d.description.trim(),
      step: 'what',
    },
    { label: msg('When did it happen?', { id: 'report-form.when' }), value: when, step: 'what' },
    {
      label: msg('Where did it happen? (optional)', { id: 'report-form.place' }),
      value: d.place.trim() || '–',
      step: 'what',
    },
    {
      label: msg('In which area of life?', { id: 'report-form.domain' }),
      value: label(ctx.domains, d.domain),
      step: 'what',
    },
    {
      label: msg('Why do you think you were treated differently?', { id: 'report-form.grounds' }),
      value: grounds.join(', '),
      step: 'why',
    },
    {
      label: msg('Who are you in this report?', { id: 'report-form.role' }),
      value: d.role
        ? roleLabel(d.role) + (d.role === 'organisation' ? `: ${d.organisation.trim()}` : '')
        : '',
      step: 'who',
    },
  ];
  for (const q of EQUALITY_QUESTION_IDS) {
    const v = d.equality[q];
    if (ctx.askEquality && v) out.push({ label: equalityQuestion(q), value: equalityOption(v), step: 'who' });
  }
  out.push(
    {
      label: msg('May the office contact you about this report?', { id: 'report-form.contact-kind' }),
      value: contact,
      step: 'contact',
    },
    {
      label: msg('What would you like the office to do?', { id: 'report-form.wish' }),
      value: d.wish ? wishLabel(d.wish) : '',
      step: 'contact',
    },
  );
  return out;
}

/** The report as plain text, for copying or saving when it cannot be sent. */
export function reportText(ctx: FormContext): string {
  const area = areaLabel(ctx);
  const all = area
    ? [
        ...rows(ctx),
        {
          label: msg('In which part of the city did it happen? (optional)', { id: 'report-form.area' }),
          value: area,
        },
      ]
    : rows(ctx);
  return all.map((r) => `${r.label}\n${r.value}\n`).join('\n');
}

function sendStatus(ctx: CheckContext): TemplateResult | typeof nothing {
  const s = ctx.sendState;
  switch (s.phase) {
    case 'idle':
      return nothing;
    case 'sending':
      return html`<p>${msg('Sending your report…', { id: 'report-form.sending' })}</p>`;
    case 'waiting':
      return html`<p class="problem">
          ${
            s.reason === 'offline'
              ? msg(
                  'Your report is not sent yet: this device is offline. It will be sent when you are back online.',
                  {
                    id: 'report-form.offline',
                  },
                )
              : msg(
                  'Your report is not sent yet: the office could not be reached. We keep trying automatically.',
                  {
                    id: 'report-form.retrying',
                  },
                )
          }
          ${msg('Your answers stay on this page until then. Do not close it.', { id: 'report-form.kept' })}
        </p>
        <button type="button" class="button button--secondary" @click=${ctx.retryNow}>
          ${msg('Try again now', { id: 'report-form.retry-now' })}
        </button>`;
    case 'refused':
      // A preview in an editor only says that it sends nothing.
      if (s.error === 'preview') return html`<p>${s.message}</p>`;
      return html`<p class="problem">
        ${msg('The office could not accept this report.', { id: 'report-form.refused' })} ${s.message}
      </p>`;
  }
}

const officeOf = (ctx: CheckContext) => ctx.officeName || msg('the office', { id: 'report-form.the-office' });

function rescue(ctx: CheckContext): TemplateResult {
  const office = officeOf(ctx);
  return html`<div class="rescue">
    <p>
      ${msg(str`You can also keep a copy of your report and send it to ${office} another way.`, {
        id: 'report-form.rescue',
      })}
    </p>
    <div class="actions">
      <button type="button" class="button button--secondary" @click=${ctx.copy}>
        ${msg('Copy the report', { id: 'report-form.copy' })}
      </button>
      <button type="button" class="button button--secondary" @click=${() => ctx.download('txt')}>
        ${msg('Download as text', { id: 'report-form.download-txt' })}
      </button>
      <button type="button" class="button button--secondary" @click=${() => ctx.download('json')}>
        ${msg('Download as JSON', { id: 'report-form.download-json' })}
      </button>
    </div>
    <details>
      <summary>${msg('Show the report as text', { id: 'report-form.show-text' })}</summary>
      <pre class="report-text" tabindex="0">${reportText(ctx)}</pre>
    </details>
  </div>`;
}

/**
 * Sealed reports only: the optional choice to have the report counted. Ticked, the report's coarse
 * fields (month, area of life, grounds, role, wish, and the area when asked) travel readable beside the
 * sealed report, so the office can count it without opening it (docs/sealed-reports.md, "The
 * envelope"). Unticked by default; fixed once the report is sealed.
 */
function statisticsChoice(ctx: CheckContext, office: string): TemplateResult {
  return html`<div class="field">
    <div class="choice">
      <input
        id="statistics"
        type="checkbox"
        .checked=${Boolean(ctx.draft.statistics)}
        ?disabled=${ctx.busy}
        aria-describedby="statistics-hint"
        @change=${(e: Event) => ctx.update({ statistics: (e.target as HTMLInputElement).checked })}
      />
      <label for="statistics">
        ${msg(str`Count my report in the statistics that ${office} publishes (optional)`, {
          id: 'report-form.statistics',
        })}
      </label>
    </div>
    <p class="hint" id="statistics-hint">
      ${
        ctx.areas.length
          ? msg(
              'If you tick this box, these answers are kept readable next to your report, which only the office can open: the month, the area of life, why you think you were treated differently, who you are in this report, what you want the office to do, and the part of the city. Never your description, your name or your contact details.',
              { id: 'report-form.statistics-hint-area' },
            )
          : msg(
              'If you tick this box, these answers are kept readable next to your report, which only the office can open: the month, the area of life, why you think you were treated differently, who you are in this report and what you want the office to do. Never your description, your name or your contact details.',
              { id: 'report-form.statistics-hint' },
            )
      }
    </p>
  </div>`;
}

export function stepCheck(ctx: CheckContext): TemplateResult {
  const d = ctx.draft;
  const s = ctx.sendState;
  const err = ctx.error('consent');
  const showRescue = s.phase === 'waiting' || (s.phase === 'refused' && s.error !== 'preview');
  const office = officeOf(ctx);
  return html`<dl class="summary">
      ${rows(ctx).map(
        (r) =>
          html`<div class="summary-row">
            <dt>${r.label}</dt>
            <dd class="summary-value" dir="auto">${r.value}</dd>
            <dd class="summary-action">
              ${
                ctx.busy
                  ? nothing
                  : html`<button type="button" class="link" @click=${() => ctx.change(r.step)}>
                      ${msg('Change', { id: 'report-form.change' })}<span class="visually-hidden">
                        ${r.label}</span
                      >
                    </button>`
              }
            </dd>
          </div>`,
      )}
    </dl>
    ${areaQuestion(ctx, ctx.busy)} ${ctx.sealed ? statisticsChoice(ctx, office) : nothing}
    <div class="field ${err ? 'field--error' : ''}">
      ${errorMessage(ctx, 'consent')}
      <div class="choice">
        <input
          id="consent"
          type="checkbox"
          .checked=${d.consent}
          ?disabled=${ctx.busy}
          aria-invalid=${Boolean(err)}
          aria-describedby=${err ? 'consent-error' : ctx.privacyUrl ? 'privacy' : nothing}
          @change=${(e: Event) => ctx.update({ consent: (e.target as HTMLInputElement).checked })}
        />
        <label for="consent">
          ${
            // A sealed report is counted only if the box above is ticked: consent is to handling alone.
            ctx.sealed
              ? msg(str`I agree that ${office} uses my report to handle it.`, {
                  id: 'report-form.consent-sealed',
                })
              : msg(
                  str`I agree that ${office} uses my report to handle it and, without my name or contact details, for statistics.`,
                  { id: 'report-form.consent' },
                )
          }
        </label>
      </div>
      ${
        ctx.privacyUrl
          ? html`<p class="hint" id="privacy">
              <a href=${ctx.privacyUrl} target="_blank" rel="noopener noreferrer"
                >${msg('Read the privacy statement (opens in a new tab)', { id: 'report-form.privacy' })}</a
              >
            </p>`
          : nothing
      }
    </div>
    <div class="honeypot" aria-hidden="true">
      <label for="website">${msg('Leave this field empty', { id: 'report-form.honeypot' })}</label>
      <input
        id="website"
        name="website"
        tabindex="-1"
        autocomplete="off"
        .value=${d.honeypot}
        @input=${(e: Event) => ctx.update({ honeypot: (e.target as HTMLInputElement).value })}
      />
    </div>
    <div role="status" class="send-status">${sendStatus(ctx)}</div>
    ${showRescue ? rescue(ctx) : nothing}`;
}

export function confirmation(
  ctx: CheckContext,
  receipt: ReportReceipt,
  contacted: boolean,
  level = 3,
): TemplateResult {
  const office = officeOf(ctx);
  return html`<div class="panel">
      <p>${msg('Your reference', { id: 'report-form.reference' })}</p>
      <p class="reference">${receipt.reference}</p>
    </div>
    ${heading(level, msg('What happens next', { id: 'report-form.next-heading' }), { class: 'h-section' })}
    <p>
      ${
        contacted
          ? msg(str`${office} has received your report and will contact you.`, {
              id: 'report-form.next-contact',
            })
          : msg(str`${office} has registered your report. It helps to show where discrimination happens.`, {
              id: 'report-form.next-register',
            })
      }
      ${msg('Mention your reference if you get in touch.', { id: 'report-form.mention-reference' })}
    </p>
    ${officeContacts(ctx)}`;
}

/** The office's web page and phone number, where the page gives them. */
function officeContacts(ctx: CheckContext) {
  const phoneHref =
    ctx.officePhone && safeUrl(`tel:${ctx.officePhone.replace(/[^+\d]/g, '')}`, { kind: 'contact' });
  return ctx.officeUrl || phoneHref
    ? html`<p>
        ${msg('Contact the office:', { id: 'report-form.contact-office' })}
        ${ctx.officeUrl ? html`<a href=${ctx.officeUrl}>${officeOf(ctx)}</a>` : nothing}
        ${phoneHref ? html`<a href=${phoneHref}>${ctx.officePhone}</a>` : nothing}
      </p>`
    : nothing;
}

/**
 * Shown instead of the form where reports must be sealed but the browser cannot seal them (no WebCrypto:
 * a very old browser, or a page not served over HTTPS). The form never sends such a report unsealed.
 */
export function cannotSeal(ctx: CheckContext, level: number): TemplateResult {
  return html`${heading(level, msg('Reports cannot be sent from this browser', { id: 'report-form.cannot-seal' }), { class: 'h-title', tabindex: '-1' })}
    <p>
      ${msg(
        str`Reports leave this page encrypted, for ${officeOf(ctx)} alone to read, and this browser cannot encrypt. Use an up-to-date browser, or contact the office another way.`,
        { id: 'report-form.cannot-seal-why' },
      )}
    </p>
    ${officeContacts(ctx)}`;
}
