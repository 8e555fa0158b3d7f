/**
 * Progress as numbers, as a stacked bar per layer, and as a table: the table is the text equivalent of
 * the bars, which are hidden from assistive technology. Also the summary of a comparison.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import { msg, plural, str } from '../../internal/msg.js';
import { ELEMENT_STATUSES } from '@hrc/framework/schemas';
import type { FrameworkElement } from '@hrc/framework/schemas';
import { directionLabel, statusLabel } from './messages.js';
import type { Comparison, Tally } from './progress.js';

export interface ProgressRow {
  label: string;
  tally: Tally;
}

function bar(t: Tally): TemplateResult {
  let x = 0;
  return html`<svg
    class="bar"
    viewBox="0 0 100 4"
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
  >
    ${ELEMENT_STATUSES.map((s) => {
      const w = t.total ? (t.counts[s] / t.total) * 100 : 0;
      // Inside <svg>, parts are made with `svg`: `html` would make HTML elements named "rect", which
      // draw nothing.
      const rect = w ? svg`<rect class="seg-${s}" x=${x} y="0" width=${w} height="4"></rect>` : nothing;
      x += w;
      return rect;
    })}
  </svg>`;
}

export function progressView(
  rows: ProgressRow[],
  overall: Tally,
  percent: (share: number) => string,
  level = 3,
): TemplateResult {
  const inPlace = overall.counts['in-place'];
  const applicable = overall.applicable;
  const share = percent(overall.share);
  const notCounted = overall.counts['not-applicable'];
  return html`<section class="progress" aria-labelledby="progress-title">
    ${heading(level, msg('Progress', { id: 'framework-checklist.progress' }), { id: 'progress-title', class: 'h-section' })}
    <p class="overall">
      ${msg(
        plural(applicable, {
          one: str`${inPlace} of ${applicable} applicable element in place (${share}).`,
          other: str`${inPlace} of ${applicable} applicable elements in place (${share}).`,
        }),
        {
          id: 'framework-checklist.progress.overall',
        },
      )}
      ${
        notCounted
          ? msg(str`Not counted: ${notCounted} marked not applicable.`, {
              id: 'framework-checklist.progress.not-counted',
            })
          : nothing
      }
    </p>
    <div class="bars">
      ${rows.map(
        (r) => html`<div class="bar-row"><span class="bar-label">${r.label}</span>${bar(r.tally)}</div>`,
      )}
    </div>
    <ul class="legend" aria-hidden="true">
      ${ELEMENT_STATUSES.map((s) => html`<li><span class="swatch seg-${s}"></span>${statusLabel(s)}</li>`)}
    </ul>
    <div class="table-wrap" role="region" aria-labelledby="progress-table-caption" tabindex="0">
      <table>
        <caption id="progress-table-caption">
          ${msg('Elements per status', { id: 'framework-checklist.progress.table' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Layer', { id: 'framework-checklist.layer' })}</th>
            ${ELEMENT_STATUSES.map((s) => html`<th scope="col">${statusLabel(s)}</th>`)}
            <th scope="col">${msg('In place', { id: 'framework-checklist.status.in-place' })} %</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr>
                <th scope="row">${r.label}</th>
                ${ELEMENT_STATUSES.map((s) => html`<td>${r.tally.counts[s]}</td>`)}
                <td>${percent(r.tally.share)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

export function compareView(
  comparison: Comparison,
  labels: { before: string; after: string },
  elements: ReadonlyMap<string, FrameworkElement>,
  level = 3,
): TemplateResult {
  const changed = comparison.changes.filter((c) => c.direction !== 'same');
  const { forward, back, other } = comparison;
  const { before, after } = labels;
  return html`<section class="compare" aria-labelledby="compare-title">
    ${heading(level, msg(str`What changed: ${before} → ${after}`, { id: 'framework-checklist.compare.title' }), { id: 'compare-title', class: 'h-section' })}
    <p>
      ${msg(
        plural(forward, {
          one: str`${forward} element moved forward, ${back} moved back, ${other} changed otherwise.`,
          other: str`${forward} elements moved forward, ${back} moved back, ${other} changed otherwise.`,
        }),
        {
          id: 'framework-checklist.compare.counts',
        },
      )}
    </p>
    ${
      changed.length
        ? html`<div class="table-wrap" role="region" aria-labelledby="compare-changes-caption" tabindex="0">
            <table>
              <caption id="compare-changes-caption">
                ${msg('Changed elements', { id: 'framework-checklist.compare.changes' })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Element', { id: 'framework-checklist.element' })}</th>
                  <th scope="col">${before}</th>
                  <th scope="col">${after}</th>
                  <th scope="col">${msg('Change', { id: 'framework-checklist.compare.change' })}</th>
                </tr>
              </thead>
              <tbody>
                ${changed.map(
                  (c) =>
                    html`<tr>
                      <th scope="row">${elements.get(c.id)?.title ?? c.id}</th>
                      <td>${statusLabel(c.before)}</td>
                      <td>${statusLabel(c.after)}</td>
                      <td>${directionLabel(c.direction)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${msg('No element changed status.', { id: 'framework-checklist.compare.none' })}</p>`
    }
  </section>`;
}
