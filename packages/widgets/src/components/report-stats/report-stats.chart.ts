/**
 * The two charts, drawn with SVG. They are pictures of the tables beside them (which screen readers
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

/** Columns over months with their values above and the months' short names below. */
export function columns(counts: readonly Count[], labels: readonly string[], values: readonly string[]) {
  const max = Math.max(1, ...counts.map(drawnValue));
  const step = 30;
  const top = 14;
  const bottom = 14;
  const h = 100;
  return html`<svg
    class="columns"
    viewBox="0 0 ${counts.length * step} ${top + h + bottom}"
    width=${counts.length * step * 1.5}
    height=${(top + h + bottom) * 1.5}
    aria-hidden="true"
    focusable="false"
  >
    ${counts.map((c, i) => {
      const height = length(c, max);
      const x = i * step;
      const y = top + h - height;
      return svg`<rect class=${kindOf(c)} x=${x + 4} y=${y} width=${step - 8} height=${height}></rect>
        <text class="value" x=${x + step / 2} y=${y - 3}>${values[i]}</text>
        <text class="month" x=${x + step / 2} y=${top + h + 11}>${labels[i]}</text>`;
    })}
    ${svg`<line class="axis" x1="0" x2=${counts.length * step} y1=${top + h} y2=${top + h}></line>`}
  </svg>`;
}
