import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-topics/workshop-topics.js';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';

const meta: Meta = { title: 'Elements/workshop-topics', component: 'workshop-topics', tags: ['autodocs'] };
export default meta;

export const MLMP: StoryObj = { render: () => html`<workshop-topics .data=${mlmp}></workshop-topics>` };
export const Frontier: StoryObj = { render: () => html`<workshop-topics .data=${frontier}></workshop-topics>` };
export const FM4Science: StoryObj = { render: () => html`<workshop-topics .data=${fm4science}></workshop-topics>` };
export const ML4Astro: StoryObj = { render: () => html`<workshop-topics .data=${ml4astro}></workshop-topics>` };
export const Sim2Science: StoryObj = { render: () => html`<workshop-topics .data=${sim2science}></workshop-topics>` };

const grouped = {
  title: 'Grouped topics',
  callForPapers: {
    topics: [
      { title: 'Foundations', description: 'Theory of **scientific** foundation models.', items: ['Scaling laws', 'Inductive biases for symmetry'] },
      { title: 'Applications', items: ['Climate', 'Materials', 'Biology'] },
      'Anything else that fits the theme',
    ],
  },
};

export const Groups: StoryObj = { render: () => html`<workshop-topics .data=${grouped}></workshop-topics>` };
export const Empty: StoryObj = { render: () => html`<workshop-topics .data=${{ title: 'No topics', callForPapers: {} }}></workshop-topics>` };
export const LongContent: StoryObj = {
  render: () => html`<workshop-topics
    .data=${{ title: 'Many topics', callForPapers: { topics: Array.from({ length: 30 }, (_, i) => `Topic ${i + 1}: ${'a rather long description of a research direction '.repeat((i % 3) + 1)}`) } }}
  ></workshop-topics>`,
};
export const InvalidData: StoryObj = {
  render: () => html`<workshop-topics .data=${{ title: 'Bad topics', callForPapers: { topics: ['Fine <script>alert(1)</script>', { title: 'No items' }, 42] } }}></workshop-topics>`,
};
export const LoadError: StoryObj = { render: () => html`<workshop-topics src="/workshops/does-not-exist.json"></workshop-topics>` };
export const Dark: StoryObj = { render: () => html`<div style="background:#10151f;padding:1rem"><workshop-topics theme="dark" .data=${grouped}></workshop-topics></div>` };
export const Narrow: StoryObj = { render: () => html`<div style="width:320px"><workshop-topics .data=${grouped}></workshop-topics></div>` };
