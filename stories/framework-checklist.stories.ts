import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ELEMENT_IDS } from '@hrc/framework/ids';
import type { Assessment, ElementStatus } from '@hrc/framework/schemas';
import '../packages/widgets/src/define/hrc-framework-checklist.js';

/**
 * A city's self-assessment against the 20 elements of a human rights city: status, note, evidence,
 * department and target date per element, progress per layer, autosave in the browser, import and
 * export (JSON, CSV, report outline). With `src` and `readonly` it shows a published assessment; with
 * `compare-src` what changed since an earlier one. Pick the language in the toolbar.
 */
interface ChecklistArgs {
  'storage-key'?: string;
  src?: string;
  'compare-src'?: string;
  'statistics-src'?: string;
  readonly: boolean;
  assessment?: Assessment;
}

// Vite copies these files into the build, so the published views fetch them as a city's site would.
const fixture = (name: string) =>
  new URL(
    `../packages/widgets/src/components/framework-checklist/fixtures/${name}?no-inline`,
    import.meta.url,
  ).href;
const PUBLISHED_2026 = fixture('middelstad-2026.json');
const PUBLISHED_2025 = fixture('middelstad-2025-v1.json');
// The kit's example of published report statistics, as a receiver serves its /statistics.json.
const STATISTICS = new URL(
  '../packages/framework/examples/statistics.example.json?no-inline',
  import.meta.url,
).href;

const partly: Assessment = {
  kind: 'hrc-assessment',
  schemaVersion: 2,
  lang: 'en',
  city: 'Middelstad',
  period: '2026',
  updatedAt: '2026-11-20T10:00:00.000Z',
  elements: {
    'eu-charter': {
      status: 'in-place',
      note: 'The council adopted the Charter as a reference for municipal policy.',
      evidence: [{ label: 'Council decision 2024/113', url: 'https://middelstad.example/raad/2024-113' }],
      department: 'Strategy and policy',
      updatedAt: '2026-11-20T10:00:00.000Z',
    },
    declaration: { status: 'in-place', department: "Mayor's office" },
    'anti-discrimination-office': {
      status: 'in-progress',
      note: 'Joint office with two neighbouring municipalities opens in spring.',
      targetDate: '2027-04-01',
    },
    'annual-report': { status: 'planned', targetDate: '2027-06-30' },
    sdgs: { status: 'not-applicable', note: "Covered by the province's SDG programme." },
  },
};

const cycle: ElementStatus[] = ['in-place', 'in-place', 'in-progress', 'in-place', 'planned'];
const complete: Assessment = {
  ...partly,
  elements: Object.fromEntries(
    ELEMENT_IDS.map((id, i) => [
      id,
      {
        status: cycle[i % cycle.length]!,
        note: `Status agreed in the human rights steering group (${i + 1}/20).`,
        department: i % 2 ? 'Social affairs' : 'Strategy and policy',
        evidence: [{ label: `Policy document ${i + 1}`, url: `https://middelstad.example/docs/${id}` }],
        updatedAt: '2026-11-20T10:00:00.000Z',
      },
    ]),
  ),
};

const meta: Meta<ChecklistArgs> = {
  title: 'Elements/Framework checklist',
  component: 'hrc-framework-checklist',
  parameters: { layout: 'padded' },
  args: { readonly: false },
  render: (a) =>
    html`<hrc-framework-checklist
      storage-key=${ifDefined(a['storage-key'])}
      src=${ifDefined(a.src)}
      compare-src=${ifDefined(a['compare-src'])}
      statistics-src=${ifDefined(a['statistics-src'])}
      ?readonly=${a.readonly}
      .assessment=${a.assessment}
    ></hrc-framework-checklist>`,
};
export default meta;
type Story = StoryObj<ChecklistArgs>;

export const Empty: Story = {};
export const PartlyFilled: Story = { name: 'Partly filled', args: { assessment: partly } };
export const Complete: Story = { args: { assessment: complete } };
export const Autosave: Story = {
  name: 'Autosave in this browser',
  args: { 'storage-key': 'storybook-framework-checklist' },
};
export const Published: Story = { args: { src: PUBLISHED_2026, readonly: true } };
export const Compare: Story = {
  name: 'Published, compared with last year',
  args: { src: PUBLISHED_2026, 'compare-src': PUBLISHED_2025, readonly: true },
};

/** The report outline with the period's figures from published report statistics. */
export const ReportOutlineWithFigures: Story = {
  name: 'Report outline with figures',
  args: { assessment: { ...partly, period: '2025' }, 'statistics-src': STATISTICS, readonly: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('hrc-framework-checklist')!;
    await el.updateComplete;
    // The outline's button, whatever the language chosen in the toolbar.
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]');
    button?.click();
    // The figures arrive after the outline is drawn (their code and the file are fetched): wait until
    // they are in, so that the story always shows the same, final state.
    for (let waited = 0; waited < 5000; waited += 50) {
      await el.updateComplete;
      if (el.shadowRoot!.querySelector('.figures')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  },
};
