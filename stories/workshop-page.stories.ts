import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-page/workshop-page.js';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';

const meta: Meta = { title: 'Elements/workshop-page', component: 'workshop-page', tags: ['autodocs'] };
export default meta;

export const MLMP: StoryObj = { render: () => html`<workshop-page .data=${mlmp}></workshop-page>` };
export const Frontier: StoryObj = { render: () => html`<workshop-page .data=${frontier}></workshop-page>` };
export const FM4Science: StoryObj = { render: () => html`<workshop-page .data=${fm4science}></workshop-page>` };
export const ML4Astro: StoryObj = { render: () => html`<workshop-page .data=${ml4astro}></workshop-page>` };
export const Sim2Science: StoryObj = { render: () => html`<workshop-page .data=${sim2science}></workshop-page>` };

export const HideSections: StoryObj = { render: () => html`<workshop-page hide="committee related sections" .data=${fm4science}></workshop-page>` };
export const FromSrc: StoryObj = { render: () => html`<workshop-page src="/workshops/sim2science-icml2026.json"></workshop-page>` };
export const Empty: StoryObj = { render: () => html`<workshop-page .data=${{ title: 'A workshop with nothing else yet' }}></workshop-page>` };
export const TbdOnly: StoryObj = { render: () => html`<workshop-page .data=${ml4astro}></workshop-page>` };
export const LongContent: StoryObj = {
  render: () => html`<workshop-page
    .data=${{
      ...fm4science,
      faq: Array.from({ length: 12 }, (_, i) => ({ question: `Question ${i + 1}?`, answer: 'An answer. '.repeat(30) })),
      sponsors: Array.from({ length: 12 }, (_, i) => ({ name: `Sponsor ${i + 1}`, url: `https://example.org/${i}` })),
    }}
  ></workshop-page>`,
};
export const InvalidData: StoryObj = {
  render: () => html`<workshop-page
    .data=${{ title: 'Bad data', overview: 'Hi <script>alert(1)</script>', sponsors: [{ name: 'Evil', url: 'javascript:alert(1)' }], faq: [{ question: 'No answer' }] }}
  ></workshop-page>`,
};
export const LoadError: StoryObj = { render: () => html`<workshop-page src="/workshops/does-not-exist.json"></workshop-page>` };
export const Dark: StoryObj = { render: () => html`<div style="background:#10151f;padding:1rem"><workshop-page theme="dark" .data=${fm4science}></workshop-page></div>` };
export const Narrow: StoryObj = { render: () => html`<div style="width:320px"><workshop-page .data=${fm4science}></workshop-page></div>` };
