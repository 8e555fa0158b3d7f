import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/widgets/custom-elements.json';
import locales from '../packages/widgets/dist/locales.json';
import { setContentBase } from '../packages/widgets/src/internal/content.js';
import { setLocaleBase } from '../packages/widgets/src/internal/i18n.js';

setCustomElementsManifest(manifest);
// staticDirs serves the content sections at ./content/ and the catalogs at ./locales/.
let contentBase = 'content/';
setContentBase(new URL(contentBase, document.baseURI));
setLocaleBase(new URL('locales/', document.baseURI));

/** @type { import('@storybook/web-components-vite').Preview } */
const preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        // The kit's one list of locales (packages/widgets/dist/locales.json, written by the build).
        items: locales.map((l) => ({
          value: l.locale,
          title: l.status === 'draft' ? `${l.name} (draft)` : l.name,
        })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl' },
  decorators: [
    (story, context) => {
      // Elements inherit the locale from <html lang>, as they do on a municipal page.
      document.documentElement.lang = context.globals.locale ?? 'nl';
      // A story may show a city's own content folder (parameters.contentBase); the others the kit's.
      const base = context.parameters.contentBase ?? 'content/';
      if (base !== contentBase) {
        contentBase = base;
        setContentBase(new URL(base, document.baseURI));
      }
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
