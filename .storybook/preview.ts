import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import './preview.css';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { argTypesFromDeclaration, declarationOf, descriptionFromDeclaration, type Manifest } from './manifest-arg-types.js';

// Docs pages and controls come from the manifest, which is generated from each element's JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true, sort: 'none' },
    // The guide for organizers first, then the elements.
    options: { storySort: { order: ['Guides', 'Elements'] } },
    docs: {
      toc: true,
      extractArgTypes: (tag: string) => {
        const declaration = declarationOf(manifest as Manifest, tag);
        return declaration ? argTypesFromDeclaration(declaration) : null;
      },
      extractComponentDescription: (tag: string) => {
        const declaration = declarationOf(manifest as Manifest, tag);
        return declaration ? descriptionFromDeclaration(declaration) : null;
      },
    },
  },
  globalTypes: {
    theme: {
      description: 'Colour scheme of the page around the elements (they follow it unless their `theme` is set)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [
    // A host page in the chosen scheme, in the font and colours of preview.css; in docs pages each story gets
    // its own, so a dark story does not darken the docs around it.
    (story, context) => {
      const scheme = context.globals.theme === 'dark' ? 'dark' : 'light';
      if (context.viewMode === 'story') document.documentElement.dataset.scheme = scheme;
      return html`<div class="ww-story-page" data-scheme=${scheme}>${story()}</div>`;
    },
  ],
};
export default preview;
