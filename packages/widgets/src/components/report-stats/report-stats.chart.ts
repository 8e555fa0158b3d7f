/**
 * The charts: bars drawn with SVG, their labels and values as text. They are pictures of the tables beside them (which screen readers
 * read), so they are hidden from assistive technology. A count that is not zero always gets a bar
 * that can be seen, however small next to the largest; a withheld count is drawn as an outline up to
 * the threshold, because its value is not known.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { Count } from '@hrc/framework/statistics/schema';
import { drawnValue } from './report-stats.data.js';

/** Smallest bar, in the units of the drawing (the largest bar is 100 long, or 100 high). */
const MIN = 1.5;

const kindOf = (c: Count) => (typeof c === 'number' ? 'bar' : 'lt' in c ? 'bar small' : 'bar withheld');
const length = (c: Count, max: number) => Math.max(MIN, (drawnValue(c) / max) * 100);

/** One horizontal bar, as wide as its share of `max`. */
export function hbar(c: Count, max: number): TemplateResult {
  return html`<svg
    class="hbar"
    viewBox="0 0 100 10"
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
  >
    ${svg`<rect class=${kindOf(c)} x="0" y="0" width=${length(c, max)} height="10" vector-effect="non-scaling-stroke"></rect>`}
  </svg>`;
}

/**
 * Rows of bars with their labels and values as text beside them: the months of a year, or the
 * categories of a period. Text stays text at the page's size (a drawing scaled to a narrow screen would
 * shrink its labels), and a long value such as 100,000 takes the room it needs.
 */
export function barRows(
  rows: readonly { label: string; count: Count; value: string }[],
  className = '',
): TemplateResult {
  const max = Math.max(1, ...rows.map((r) => drawnValue(r.count)));
  return html`<div class="bars ${className}" aria-hidden="true">
    ${rows.map(
      (r) =>
        html`<span class="bar-label">${r.label}</span>${hbar(r.count, max)}<span class="bar-value"
            >${r.value}</span
          >`,
    )}
  </div>`;
}
