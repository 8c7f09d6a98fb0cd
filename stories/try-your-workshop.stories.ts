import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { WorkshopPlayground } from './workshop-playground.js';

// Registered here rather than by importing the module for its side effect, which the bundler drops: the
// package's `sideEffects` list names the library's own files only.
if (!customElements.get('ww-workshop-playground')) customElements.define('ww-workshop-playground', WorkshopPlayground);

const meta: Meta = {
  title: 'Guides/Try your workshop',
  // An editor, not an element: no screenshots against baselines, no controls.
  tags: ['skip-visual'],
  parameters: { controls: { disable: true }, actions: { disable: true }, layout: 'padded' },
};
export default meta;

/** Paste or drop a workshop file: every element renders it, its problems are listed, and the embed code is ready to copy. */
export const TryYourWorkshop: StoryObj = { name: 'Try your workshop', render: () => html`<ww-workshop-playground></ww-workshop-playground>` };
