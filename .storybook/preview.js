import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/widgets/custom-elements.json';
import { setContentBase } from '../packages/widgets/src/internal/content.js';

setCustomElementsManifest(manifest);
// staticDirs serves @hrc/framework's dist/ (the content JSON per locale) at ./content/.
setContentBase(new URL('content/', document.baseURI));

/** @type { import('@storybook/web-components-vite').Preview } */
const preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl' },
  decorators: [
    (story, context) => {
      // Elements inherit the locale from <html lang>, as they do on a municipal page.
      document.documentElement.lang = context.globals.locale ?? 'nl';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
