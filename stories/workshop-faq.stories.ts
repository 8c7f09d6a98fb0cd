import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-faq/workshop-faq.js';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';

const meta: Meta = { title: 'Elements/workshop-faq', component: 'workshop-faq', tags: ['autodocs'] };
export default meta;

export const MLMP: StoryObj = { render: () => html`<workshop-faq .data=${mlmp}></workshop-faq>` };
export const Frontier: StoryObj = { render: () => html`<workshop-faq .data=${frontier}></workshop-faq>` };
export const FM4Science: StoryObj = { render: () => html`<workshop-faq .data=${fm4science}></workshop-faq>` };
export const ML4Astro: StoryObj = { render: () => html`<workshop-faq .data=${ml4astro}></workshop-faq>` };
export const Sim2Science: StoryObj = { render: () => html`<workshop-faq .data=${sim2science}></workshop-faq>` };

const questions = {
  title: 'FAQ',
  faq: [
    { question: 'Is the workshop archival?', answer: 'No. Accepted papers may be submitted to **other venues** later.' },
    { question: 'Can I attend virtually?', answer: 'Yes: the [stream](https://example.org/stream) opens on the day.\n\n- Slack for questions\n- Recordings afterwards' },
    { question: 'Is there financial assistance?', answer: 'Yes, for students. Write to us.' },
  ],
};

export const Questions: StoryObj = { render: () => html`<workshop-faq .data=${questions}></workshop-faq>` };
export const Expanded: StoryObj = { render: () => html`<workshop-faq expanded .data=${questions}></workshop-faq>` };
export const Empty: StoryObj = { render: () => html`<workshop-faq .data=${{ title: 'No FAQ' }}></workshop-faq>` };
export const LongContent: StoryObj = {
  render: () => html`<workshop-faq
    .data=${{ title: 'Long FAQ', faq: Array.from({ length: 20 }, (_, i) => ({ question: `Question ${i + 1}: ${'what about this rather long question '.repeat((i % 3) + 1)}?`, answer: 'An answer. '.repeat(40) })) }}
  ></workshop-faq>`,
};
export const InvalidData: StoryObj = {
  render: () => html`<workshop-faq .data=${{ title: 'Bad FAQ', faq: [{ question: 'No answer' }, { question: 'Script?', answer: 'Gone: <script>alert(1)</script><img src=x onerror=alert(2)>' }] }}></workshop-faq>`,
};
export const LoadError: StoryObj = { render: () => html`<workshop-faq src="/workshops/does-not-exist.json"></workshop-faq>` };
export const Dark: StoryObj = { render: () => html`<div style="background:#10151f;padding:1rem"><workshop-faq theme="dark" .data=${questions}></workshop-faq></div>` };
export const Narrow: StoryObj = { render: () => html`<div style="width:320px"><workshop-faq .data=${questions}></workshop-faq></div>` };
