import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-sections/workshop-sections.js';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';

const meta: Meta = { title: 'Elements/workshop-sections', component: 'workshop-sections', tags: ['autodocs'] };
export default meta;

export const MLMP: StoryObj = { render: () => html`<workshop-sections .data=${mlmp}></workshop-sections>` };
export const Frontier: StoryObj = { render: () => html`<workshop-sections .data=${frontier}></workshop-sections>` };
export const FM4Science: StoryObj = { render: () => html`<workshop-sections .data=${fm4science}></workshop-sections>` };
export const ML4Astro: StoryObj = { render: () => html`<workshop-sections .data=${ml4astro}></workshop-sections>` };
export const Sim2Science: StoryObj = { render: () => html`<workshop-sections .data=${sim2science}></workshop-sections>` };

export const OnlyPolicies: StoryObj = { render: () => html`<workshop-sections only="policies" .data=${mlmp}></workshop-sections>` };
export const OneSection: StoryObj = { render: () => html`<workshop-sections section="reproducible-research" .data=${mlmp}></workshop-sections>` };
export const Empty: StoryObj = { render: () => html`<workshop-sections .data=${{ title: 'Nothing written yet' }}></workshop-sections>` };
export const LongContent: StoryObj = {
  render: () => html`<workshop-sections
    .data=${{ title: 'Long', overview: 'A long overview paragraph. '.repeat(80), sections: Array.from({ length: 6 }, (_, i) => ({ title: `Section ${i + 1} with a heading that goes on for quite a while`, body: `- item\n- item\n\n${'Text. '.repeat(60)}` })) }}
  ></workshop-sections>`,
};
export const InvalidData: StoryObj = {
  render: () => html`<workshop-sections
    .data=${{ title: 'Bad sections', overview: 'Hi <script>alert(1)</script><img src=x onerror=alert(2)>', sections: [{ title: 'No body' }, { body: 'No title' }], relatedWorkshops: [{ name: 'Evil', url: 'javascript:alert(1)' }] }}
  ></workshop-sections>`,
};
export const LoadError: StoryObj = { render: () => html`<workshop-sections src="/workshops/does-not-exist.json"></workshop-sections>` };
export const Dark: StoryObj = { render: () => html`<div style="background:#10151f;padding:1rem"><workshop-sections theme="dark" .data=${mlmp}></workshop-sections></div>` };
export const Narrow: StoryObj = { render: () => html`<div style="width:320px"><workshop-sections .data=${mlmp}></workshop-sections></div>` };
