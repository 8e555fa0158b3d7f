// Turns what page-checks.js measured into failures: WCAG 2.2 AA thresholds and the kit's own minimums.

/** Smallest text the kit draws, in CSS px (badge and captions included). */
export const MIN_TEXT_PX = 12;
/** Contrast of focus indicators and of form fields against their surroundings (WCAG 1.4.11). */
export const UI_CONTRAST = 3;

/** One sentence for many places with the same problem: "… on 12 elements: a, b, c and 9 more". */
function grouped(items, key, sentence) {
  const groups = new Map();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()].map((list) => {
    const where = list.slice(0, 3).map((i) => `${i.where}${i.text ? ` "${i.text}"` : ''}`);
    const more = list.length > 3 ? ` and ${list.length - 3} more` : '';
    return `${sentence(list[0])} on ${where.join('; ')}${more}`;
  });
}

/** Returns one sentence per failure. */
export function judge({
  text = [],
  focus = [],
  fields = [],
  chart = [],
  reserves = [],
  overflow = [],
  small = [],
}) {
  return [
    ...grouped(
      text.filter((t) => t.ratio < t.required),
      (t) => `${t.fg}${t.bg}${t.required}`,
      (t) => `text contrast ${t.ratio}:1 < ${t.required}:1 (${t.fg} on ${t.bg})`,
    ),
    ...grouped(
      focus.filter((f) => f.indicator === 'none'),
      () => 'none',
      () => 'no visible focus indicator',
    ),
    ...grouped(
      focus.filter((f) => f.indicator === 'outline' && f.ratio < UI_CONTRAST),
      (f) => `${f.fg}${f.bg}`,
      (f) => `focus indicator ${f.ratio}:1 < ${UI_CONTRAST}:1 (${f.fg} on ${f.bg})`,
    ),
    ...grouped(
      fields.filter((f) => f.ratio < UI_CONTRAST),
      (f) => `${f.fg}${f.bg}`,
      (f) => `field boundary ${f.ratio}:1 < ${UI_CONTRAST}:1 (${f.fg} on ${f.bg})`,
    ),
    ...chart.map((c) => `chart: ${c.problem} (${c.where})`),
    ...reserves.slice(0, 6).map((r) => `reserved height: ${r.where} ${r.problem}`),
    ...(reserves.length > 6 ? [`reserved height: and ${reserves.length - 6} more cards`] : []),
    ...overflow.slice(0, 6).map((o) => `reflow: ${o.where}: ${o.problem}`),
    ...(overflow.length > 6 ? [`reflow: and ${overflow.length - 6} more boxes`] : []),
    ...grouped(
      small,
      (s) => s.size,
      (s) => `text ${s.size}px < ${MIN_TEXT_PX}px`,
    ),
  ];
}
