import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import embedding from '../docs/embedding.md?raw';
// Two Dutch cities' NL Design System themes, from npm (devDependencies): shown here to check that the
// kit takes a city's theme through its tokens. Their visual design belongs to those cities.
import denHaagTheme from '@gemeente-denhaag/design-tokens-components/dist/theme/index.css?raw';
import utrechtTheme from '@utrecht/design-tokens/dist/index.css?raw';
import '../packages/widgets/src/define/hrc-declaration-badge.js';
import '../packages/widgets/src/define/hrc-framework-checklist.js';
import '../packages/widgets/src/define/hrc-report-form.js';
import '../packages/widgets/src/define/hrc-rights-card.js';

/**
 * The elements on pages that theme them. "Tokens as the docs show" applies the CSS of the theming
 * example in docs/embedding.md itself, so the screenshot tests check that what the docs tell cities to
 * write gives readable elements in both schemes. The NL Design System stories apply two cities' own
 * token packages and add no CSS for the kit.
 */
const meta: Meta = {
  title: 'Theming',
  parameters: { layout: 'padded' },
};
export default meta;

/** The first CSS example under "## Theming" in docs/embedding.md. */
function themingExample(markdown: string): string {
  const section = markdown.slice(markdown.indexOf('## Theming'));
  const match = /```css\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error('docs/embedding.md has no CSS example under "## Theming"');
  return match[1]!;
}

/** A `<style>` element with `css` (Lit does not bind inside `<style>`). */
const styleElement = (css: string) => {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
};

const PUBLISHED = new URL(
  '../packages/widgets/src/components/framework-checklist/fixtures/middelstad-2026.json?no-inline',
  import.meta.url,
).href;

/** One of each element, as a city page would show them. */
const elements = () =>
  html`<div class="theming-sample">
    <hrc-declaration-badge
      city="Middelstad"
      year="2019"
      variant="horizontal"
      declaration-url="https://middelstad.example/declaration"
    ></hrc-declaration-badge>
    <hrc-rights-card
      article="21"
      office-name="Anti-discrimination office"
      office-phone="020 123 45 67"
      report-url="https://middelstad.example/report"
    ></hrc-rights-card>
    <hrc-report-form
      endpoint="https://middelstad.example/reports"
      office-name="Anti-discrimination office"
      privacy-url="https://middelstad.example/privacy"
    ></hrc-report-form>
    <hrc-framework-checklist readonly src=${PUBLISHED}></hrc-framework-checklist>
  </div>`;

const layout = styleElement(`
  .theming-sample {
    display: grid;
    gap: 1.5rem;
    max-inline-size: 48rem;
  }
  .theming-sample > hrc-rights-card {
    max-inline-size: 24rem;
  }
`);

/** Most city sites have a light design only: they set no `color-scheme`. */
const lightPage = styleElement(':root { color-scheme: light; }');

/** A site with a dark design of its own: both schemes, and its own page colours in each. */
const darkPage = styleElement(`
  :root {
    color-scheme: light dark;
    background: light-dark(#fbfaf7, #101a1d);
    color: light-dark(#1b1b1b, #eef2f3);
  }
`);

export const TokensFromDocs: StoryObj = {
  name: 'Tokens as the docs show, on a light page',
  render: () => html`${lightPage}${styleElement(themingExample(embedding))}${layout}${elements()}`,
};

export const TokensFromDocsDarkPage: StoryObj = {
  name: 'Tokens as the docs show, on a page with a dark design',
  render: () => html`${darkPage}${styleElement(themingExample(embedding))}${layout}${elements()}`,
};

/**
 * A page themed with its city's NL Design System tokens and nothing else: the kit's tokens fall back to
 * them (styles/tokens-css.ts). City themes are light designs, so the page declares only light.
 */
const cityPage = (css: string, themeClass: string) =>
  html`${lightPage}${styleElement(css)}${layout}
    <div class=${themeClass}>${elements()}</div>`;

export const DenHaag: StoryObj = {
  name: 'NL Design System: Den Haag',
  render: () => cityPage(denHaagTheme, 'denhaag-theme'),
};

export const Utrecht: StoryObj = {
  name: 'NL Design System: Utrecht',
  render: () => cityPage(utrechtTheme, 'utrecht-theme'),
};
