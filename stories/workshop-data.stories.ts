import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/workshop-data/workshop-data.js';
import '../src/components/workshop-header/workshop-header.js';
import { elementStory, renderElement } from './element-story.js';

const meta: Meta = { title: 'Elements/workshop-data', component: 'workshop-data', tags: ['autodocs'], ...elementStory('workshop-data') };
export default meta;
const provider = (args: Args, children: TemplateResult) => renderElement('workshop-data', args, children);
const header = html`<workshop-header heading-level="2"></workshop-header>`;

/** One file feeds every element inside the provider. */
export const FromUrl: StoryObj = {
  args: { src: '/workshops/fm4science-iclr2026.json' },
  render: (args) => provider(args, header),
};

/** Inline JSON, as a Jekyll site writes it with `{{ site.data.workshop | jsonify }}`. */
export const InlineJson: StoryObj = {
  render: (args) =>
    provider(
      args,
      html`
    <script type="application/json">
      { "title": "Inline Workshop", "shortName": "IW", "conference": { "name": "NeurIPS", "year": 2026 }, "date": "2026-12-12" }
    </script>
    <workshop-header heading-level="2"></workshop-header>
  `,
    ),
};

/** Invalid JSON: the element names the line and column. */
export const InvalidJson: StoryObj = {
  render: (args) =>
    provider(
      args,
      html`
    <script type="application/json">
      { "title": "Broken", "date": "2026-12-12", }
    </script>
    <workshop-header heading-level="2"></workshop-header>
  `,
    ),
};

export const NotFound: StoryObj = {
  args: { src: '/workshops/missing.json' },
  render: (args) => provider(args, header),
};
