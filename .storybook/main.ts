import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.@(ts|js)'],
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
