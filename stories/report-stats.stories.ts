import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/widgets/src/define/hrc-report-stats.js';

/**
 * A city's published statistics of discrimination reports (docs/statistics.md): counts by ground or
 * domain, the change since the year before, and the reports of each month, as charts with their
 * tables. Counts under the threshold show as "fewer than 5". Pick the language in the toolbar.
 */
interface StatsArgs {
  src?: string;
  view: 'grounds' | 'domains';
  period?: string;
  label?: string;
  theme?: 'light' | 'dark';
}

// Vite copies the files into the build (as files: the element reads http(s) only). It finds them only
// when each `new URL()` names its file literally.
const EXAMPLE = new URL('../packages/framework/examples/statistics.example.json?no-inline', import.meta.url)
  .href;
const SKEWED = new URL(
  '../packages/widgets/src/components/report-stats/test-files/skewed.json?no-inline',
  import.meta.url,
).href;
const WITHHELD = new URL(
  '../packages/widgets/src/components/report-stats/test-files/withheld.json?no-inline',
  import.meta.url,
).href;
const EMPTY = new URL(
  '../packages/widgets/src/components/report-stats/test-files/empty.json?no-inline',
  import.meta.url,
).href;
const INVALID = new URL(
  '../packages/widgets/src/components/report-stats/test-files/invalid.json?no-inline',
  import.meta.url,
).href;

const meta: Meta<StatsArgs> = {
  title: 'Elements/Report statistics',
  component: 'hrc-report-stats',
  parameters: { layout: 'padded' },
  argTypes: {
    view: { control: 'inline-radio', options: ['grounds', 'domains'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    period: { control: 'select', options: [undefined, '2025-01', '2024-01'] },
  },
  args: { src: EXAMPLE, view: 'grounds' },
  render: (a) =>
    html`<hrc-report-stats
      src=${ifDefined(a.src)}
      view=${a.view}
      period=${ifDefined(a.period)}
      label=${ifDefined(a.label)}
      theme=${ifDefined(a.theme)}
    ></hrc-report-stats>`,
};
export default meta;
type Story = StoryObj<StatsArgs>;

export const ByGround: Story = { name: 'Middelstad, by ground (2025 against 2024)' };
export const ByDomain: Story = { name: 'By domain', args: { view: 'domains' } };
export const FirstYear: Story = {
  name: 'First year published (no change to show)',
  args: { period: '2024-01' },
};
export const Dark: Story = { name: 'Dark', args: { theme: 'dark' } };
export const SmallAndLarge: Story = {
  name: 'A count of 5 next to 100,000, and a category of a newer kit',
  args: { src: SKEWED },
};
export const Withheld: Story = {
  name: 'Period withheld as a whole',
  args: { src: WITHHELD },
};
export const Empty: Story = { name: 'Nothing published yet', args: { src: EMPTY } };
export const Invalid: Story = {
  name: 'Error: a file that publishes a small count',
  args: { src: INVALID },
};
export const Unreachable: Story = {
  name: 'Error: not found',
  args: { src: '/no-such-statistics.json' },
};
