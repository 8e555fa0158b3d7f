import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/widgets/src/define/hrc-declaration-badge.js';

/**
 * The city's human rights commitment as a badge: city, year, a link to the declaration and, from a
 * published checklist, how many of the 20 elements are in place. Pick the language in the toolbar. The
 * panel under each badge holds the embed code for the chosen settings.
 */
interface BadgeArgs {
  city: string;
  year?: number;
  'declaration-url'?: string;
  variant: 'seal' | 'horizontal' | 'compact';
  size: 's' | 'm' | 'l';
  theme?: 'light' | 'dark';
  'status-src'?: string;
  'status-url'?: string;
}

/** Where a city hosts the kit; replaced by its own address when it copies the code. */
const KIT_URL = 'https://www.example-city.nl/hrc-kit/hrc-declaration-badge.js';
// Vite copies the example checklist into the build (as a file: the badge reads http(s) only).
const EXAMPLE_CHECKLIST = new URL(
  '../packages/framework/examples/assessment.example.json?no-inline',
  import.meta.url,
).href;

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The snippet a web team pastes into its page for these settings. */
export function embedCode(args: BadgeArgs): string {
  const attrs = (Object.entries(args) as [string, unknown][])
    .filter(([, v]) => v !== undefined && v !== '')
    .filter(([k, v]) => !(k === 'variant' && v === 'seal') && !(k === 'size' && v === 'm'))
    .map(([k, v]) => `\n  ${k}="${escapeAttr(String(v))}"`)
    .join('');
  return `<script type="module" src="${KIT_URL}"></script>\n<hrc-declaration-badge${attrs}\n></hrc-declaration-badge>`;
}

async function copy(event: Event, code: string) {
  const button = event.currentTarget as HTMLButtonElement;
  try {
    await navigator.clipboard.writeText(code);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Copy failed: select the code and copy it yourself';
  }
  setTimeout(() => (button.textContent = 'Copy embed code'), 3000);
}

const meta: Meta<BadgeArgs> = {
  title: 'Elements/Declaration badge',
  component: 'hrc-declaration-badge',
  parameters: { layout: 'padded' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['seal', 'horizontal', 'compact'] },
    size: { control: 'inline-radio', options: ['s', 'm', 'l'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    year: { control: 'number' },
  },
  args: {
    city: 'Utrecht',
    year: 2011,
    'declaration-url': 'https://www.example-city.nl/mensenrechtenstad',
    variant: 'seal',
    size: 'm',
  },
  render: (a) => {
    const code = embedCode(a);
    return html`<div class="story-badge">
      <hrc-declaration-badge
        city=${a.city}
        year=${ifDefined(a.year)}
        declaration-url=${ifDefined(a['declaration-url'])}
        variant=${a.variant}
        size=${a.size}
        theme=${ifDefined(a.theme)}
        status-src=${ifDefined(a['status-src'])}
        status-url=${ifDefined(a['status-url'])}
      ></hrc-declaration-badge>
      <section class="embed" aria-labelledby="embed-title">
        <h2 id="embed-title">Embed code</h2>
        <pre><code>${code}</code></pre>
        <button type="button" @click=${(e: Event) => copy(e, code)}>Copy embed code</button>
      </section>
    </div>`;
  },
  decorators: [
    (story) =>
      html`<style>
          .story-badge .embed {
            margin-block-start: 1.5rem;
            max-inline-size: 40rem;
          }
          .story-badge .embed h2 {
            font-size: 1rem;
          }
          .story-badge pre {
            overflow-x: auto;
            padding: 0.75rem;
            background: #f3f4f6;
            color: #1a1a1a;
            border: 1px solid #6b7280;
          }
        </style>
        ${story()}`,
  ],
};
export default meta;
type Story = StoryObj<BadgeArgs>;

export const Seal: Story = {};
export const Horizontal: Story = { args: { variant: 'horizontal' } };
export const Compact: Story = { args: { variant: 'compact' } };
export const Large: Story = { name: 'Seal, large', args: { size: 'l' } };
export const Small: Story = { name: 'Horizontal, small', args: { variant: 'horizontal', size: 's' } };
export const Dark: Story = { args: { variant: 'horizontal', theme: 'dark' } };
export const WithStatus: Story = {
  name: 'With checklist status',
  args: { city: 'Middelstad', year: 2024, variant: 'horizontal', 'status-src': EXAMPLE_CHECKLIST },
};
export const BrokenStatus: Story = {
  name: 'Status file missing (badge still works)',
  args: { 'status-src': './no-such-checklist.json' },
};
export const NotInGuide: Story = {
  name: 'City not named in the guide',
  args: { city: 'Middelstad', year: 2024 },
};
export const WithoutLink: Story = {
  name: 'Without declaration link (image)',
  args: { 'declaration-url': undefined },
};
