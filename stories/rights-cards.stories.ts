import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/widgets/src/define/hrc-rights-card.js';
import '../packages/widgets/src/define/hrc-rights-cards.js';
import { ELEMENT_IDS } from '@hrc/framework/ids';
import { CARD_KINDS } from '../packages/widgets/src/components/rights-card/rights-card.types.js';

/**
 * Rights awareness that leads somewhere: one Charter right in plain language with what to do, the
 * framework elements, the survey fact, and what a human rights city is. Pick the language in the
 * toolbar; the text comes from the kit's content files.
 */
interface CardArgs {
  article?: number;
  element?: string;
  kind?: string;
  variant: 'compact' | 'full';
  theme?: 'light' | 'dark';
  'office-name'?: string;
  'office-url'?: string;
  'office-phone'?: string;
  'report-url'?: string;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/Rights card',
  component: 'hrc-rights-card',
  parameters: { layout: 'padded' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    kind: { control: 'select', options: [undefined, 'survey', 'rights-vs-fundamental', 'human-rights-city'] },
  },
  args: { variant: 'full' },
  render: (a) =>
    html`<div class="story-column">
      <hrc-rights-card
        article=${ifDefined(a.article)}
        element=${ifDefined(a.element)}
        kind=${ifDefined(a.kind)}
        variant=${a.variant}
        theme=${ifDefined(a.theme)}
        office-name=${ifDefined(a['office-name'])}
        office-url=${ifDefined(a['office-url'])}
        office-phone=${ifDefined(a['office-phone'])}
        report-url=${ifDefined(a['report-url'])}
      ></hrc-rights-card>
    </div>`,
  decorators: [
    (story) =>
      html`<style>
          .story-column {
            max-inline-size: 26rem;
          }
        </style>
        ${story()}`,
  ],
};
export default meta;
type Story = StoryObj<CardArgs>;

const city = {
  'office-name': 'Anti-discrimination desk',
  'office-url': 'https://city.example/equality',
  'office-phone': '020 123 45 67',
  'report-url': 'https://city.example/report',
};

export const EqualityRight: Story = {
  name: 'Article 23 (equality, with report form)',
  args: { article: 23, ...city },
};
export const EqualityRightCompact: Story = {
  name: 'Article 23, compact',
  args: { article: 23, variant: 'compact', ...city },
};
export const NonDiscrimination: Story = { name: 'Article 21', args: { article: 21, ...city } };
export const RightToLife: Story = {
  name: 'Article 2, right to life (text added with the other 30)',
  args: { article: 2 },
};
/**
 * A city that serves its own content folder (`setContentBase`) in which article 20 has no
 * plain-language text yet and article 21 no example: the card shows the title, the official text and
 * the office, with no blank area, and warns the page's author once in the console.
 */
export const WithoutText: Story = {
  name: 'Article 20 without text (a city’s own content)',
  args: { article: 20, ...city },
  parameters: { contentBase: 'fixtures/city-content/' },
};
export const WithoutExample: Story = {
  name: 'Article 21 without example (a city’s own content)',
  args: { article: 21, ...city },
  parameters: { contentBase: 'fixtures/city-content/' },
};
export const Dark: Story = { name: 'Article 26, dark', args: { article: 26, theme: 'dark', ...city } };
export const FrameworkElement: Story = { name: 'Framework element', args: { element: 'declaration' } };
export const FrameworkElementCompact: Story = {
  name: 'Framework element, compact',
  args: { element: 'declaration', variant: 'compact' },
};
export const Survey: Story = { args: { kind: 'survey' } };
export const SurveyCompact: Story = { name: 'Survey, compact', args: { kind: 'survey', variant: 'compact' } };
export const RightsVsFundamental: Story = {
  name: 'Human rights and fundamental rights',
  args: { kind: 'rights-vs-fundamental' },
};
export const RightsVsFundamentalCompact: Story = {
  name: 'Human rights and fundamental rights, compact',
  args: { kind: 'rights-vs-fundamental', variant: 'compact' },
};
export const HumanRightsCity: Story = {
  name: 'What is a human rights city',
  args: { kind: 'human-rights-city' },
};
export const HumanRightsCityCompact: Story = {
  name: 'What is a human rights city, compact',
  args: { kind: 'human-rights-city', variant: 'compact' },
};
export const UnknownArticle: Story = { name: 'Unknown article', args: { article: 99 } };
export const UnknownElement: Story = { name: 'Unknown element', args: { element: 'town-twinning' } };

/** The markup a CMS prints: shown before the script runs, and kept if the content cannot load. */
export const Fallback: Story = {
  name: 'Fallback markup (before upgrade)',
  render: () =>
    html`<div class="story-column">
      <hrc-rights-card article="21" variant="compact">
        <h3>Non-discrimination</h3>
        <p>
          Nobody may treat you worse because of who you are. If you experience discrimination, you can report
          it.
        </p>
        <p><a href="https://fra.europa.eu/en/eu-charter/article/21-non-discrimination">Read more</a></p>
      </hrc-rights-card>
    </div>`,
};

export const Grid: StoryObj = {
  name: 'Collection: grid of the equality chapter',
  render: () =>
    html`<hrc-rights-cards
      chapter="equality"
      filter
      search
      report-url=${city['report-url']}
      office-name=${city['office-name']}
      office-phone=${city['office-phone']}
    ></hrc-rights-cards>`,
};

export const GridFull: StoryObj = {
  name: 'Collection: grid, full cards',
  render: () =>
    html`<hrc-rights-cards
      articles="21,23,26"
      variant="full"
      report-url=${city['report-url']}
    ></hrc-rights-cards>`,
};

export const Deck: StoryObj = {
  name: 'Collection: deck',
  render: () =>
    html`<div class="story-column">
      <hrc-rights-cards
        layout="deck"
        kind="human-rights-city,survey,rights-vs-fundamental"
        articles="1,21,26"
        report-url=${city['report-url']}
      ></hrc-rights-cards>
    </div>`,
};

export const DeckDark: StoryObj = {
  name: 'Collection: deck, dark, full cards with search',
  render: () =>
    html`<div class="story-column">
      <hrc-rights-cards
        layout="deck"
        variant="full"
        theme="dark"
        chapter="equality"
        search
      ></hrc-rights-cards>
    </div>`,
};

/**
 * Every card, full and compact, 24rem wide with the city's links: the width the reserved heights are
 * measured at (scripts/rights-card-reserves.mjs). The screenshot suite checks here that each card
 * reserves the height it takes, neither less (the page would move) nor more (an empty frame).
 */
export const ReservedHeights: StoryObj = {
  name: 'Every card at 24rem (reserved heights)',
  render: () => {
    const refs: { article?: string; element?: string; kind?: string }[] = [
      ...Array.from({ length: 54 }, (_, i) => ({ article: String(i + 1) })),
      ...ELEMENT_IDS.map((element) => ({ element })),
      ...CARD_KINDS.map((kind) => ({ kind })),
    ];
    return html`<div class="reserved-heights">
      ${(['full', 'compact'] as const).flatMap((variant) =>
        refs.map(
          (r) =>
            html`<hrc-rights-card
              article=${ifDefined(r.article)}
              element=${ifDefined(r.element)}
              kind=${ifDefined(r.kind)}
              variant=${variant}
              office-name=${city['office-name']}
              office-url=${city['office-url']}
              office-phone=${city['office-phone']}
              report-url=${city['report-url']}
            ></hrc-rights-card>`,
        ),
      )}
    </div>`;
  },
  decorators: [
    (story) =>
      html`<style>
          .reserved-heights {
            display: grid;
            grid-template-columns: repeat(auto-fill, min(100%, 24rem));
            align-items: start;
            gap: 1rem;
          }
        </style>
        ${story()}`,
  ],
};
