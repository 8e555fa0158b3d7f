/** @type { import('@storybook/web-components-vite').StorybookConfig } */
const config = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Municipal users expect no phoning home, and the network is closed anyway.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The content sections and the UI catalogs of every locale, where preview.js tells the kit to look.
  staticDirs: [
    { from: '../packages/framework/dist/content', to: '/content' },
    { from: '../packages/widgets/locales', to: '/locales' },
    // A city's own content folder, as a story's `contentBase` parameter names it.
    { from: '../stories/fixtures', to: '/fixtures' },
  ],
};
export default config;
