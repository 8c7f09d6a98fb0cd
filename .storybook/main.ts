import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.@(ts|js)'],
  // Docs pages (one per element, from custom-elements.json) come from addon-docs; controls, actions and the
  // theme toolbar are part of Storybook's core.
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  staticDirs: [
    { from: '../demo/workshops', to: '/workshops' },
    { from: '../demo/images', to: '/images' },
  ],
  async viteFinal(viteConfig) {
    // Lit decorators as TypeScript lowers them; Chromium does not parse TC39 decorators.
    return { ...viteConfig, oxc: { ...(viteConfig.oxc || {}), decorator: { legacy: true } } };
  },
};
export default config;
