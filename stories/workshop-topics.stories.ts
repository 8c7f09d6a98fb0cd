import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-topics/workshop-topics.js';
import { elementStory, renderElement, seedStory } from './element-story.js';

const meta: Meta = { title: 'Elements/workshop-topics', component: 'workshop-topics', tags: ['autodocs'], ...elementStory('workshop-topics') };
export default meta;
const element = (args: Args) => renderElement('workshop-topics', args);

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

export const Groups: StoryObj = { args: { data: grouped } };
export const MLMP: StoryObj = seedStory('mlmp');
export const Frontier: StoryObj = seedStory('frontier');
export const FM4Science: StoryObj = { name: 'FM4Science', ...seedStory('fm4science') };
export const ML4Astro: StoryObj = { name: 'ML4Astro', ...seedStory('ml4astro') };
export const Sim2Science: StoryObj = { name: 'Sim2Science', ...seedStory('sim2science') };
export const Empty: StoryObj = { args: { data: { title: 'No topics', callForPapers: {} } } };
export const LongContent: StoryObj = {
  render: (args) => element({ data: { title: 'Many topics', callForPapers: { topics: Array.from({ length: 30 }, (_, i) => `Topic ${i + 1}: ${'a rather long description of a research direction '.repeat((i % 3) + 1)}`) } }, ...args }),
};
export const InvalidData: StoryObj = {
  args: { data: { title: 'Bad topics', callForPapers: { topics: ['Fine <script>alert(1)</script>', { title: 'No items' }, 42] } } },
};
export const LoadError: StoryObj = { args: { src: '/workshops/does-not-exist.json' } };
export const Dark: StoryObj = { args: { theme: 'dark', data: grouped }, render: (args) => html`<div style="background:#10151f;padding:1rem">${element(args)}</div>` };
export const Narrow: StoryObj = { args: { data: grouped }, render: (args) => html`<div style="width:320px">${element(args)}</div>` };
