import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-data/workshop-data.js';
import '../src/components/workshop-header/workshop-header.js';

const meta: Meta = { title: 'Elements/workshop-data', component: 'workshop-data', tags: ['autodocs'] };
export default meta;

/** One file feeds every element inside the provider. */
export const FromUrl: StoryObj = {
  render: () => html`<workshop-data src="/workshops/fm4science-iclr2026.json"><workshop-header heading-level="2"></workshop-header></workshop-data>`,
};

/** Inline JSON, as a Jekyll site writes it with `{{ site.data.workshop | jsonify }}`. */
export const InlineJson: StoryObj = {
  render: () => html`<workshop-data>
    <script type="application/json">
      { "title": "Inline Workshop", "shortName": "IW", "conference": { "name": "NeurIPS", "year": 2026 }, "date": "2026-12-12" }
    </script>
    <workshop-header heading-level="2"></workshop-header>
  </workshop-data>`,
};

/** Invalid JSON: the element names the line and column. */
export const InvalidJson: StoryObj = {
  render: () => html`<workshop-data>
    <script type="application/json">
      { "title": "Broken", "date": "2026-12-12", }
    </script>
    <workshop-header heading-level="2"></workshop-header>
  </workshop-data>`,
};

export const NotFound: StoryObj = {
  render: () => html`<workshop-data src="/workshops/missing.json"><workshop-header heading-level="2"></workshop-header></workshop-data>`,
};
