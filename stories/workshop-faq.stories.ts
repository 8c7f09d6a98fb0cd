import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-faq/workshop-faq.js';
import { elementStory, renderElement, seedStory } from './element-story.js';

const meta: Meta = { title: 'Elements/workshop-faq', component: 'workshop-faq', tags: ['autodocs'], ...elementStory('workshop-faq') };
export default meta;
const element = (args: Args) => renderElement('workshop-faq', args);

const questions = {
  title: 'FAQ',
  faq: [
    { question: 'Is the workshop archival?', answer: 'No. Accepted papers may be submitted to **other venues** later.' },
    { question: 'Can I attend virtually?', answer: 'Yes: the [stream](https://example.org/stream) opens on the day.\n\n- Slack for questions\n- Recordings afterwards' },
    { question: 'Is there financial assistance?', answer: 'Yes, for students. Write to us.' },
  ],
};

export const Questions: StoryObj = { args: { data: questions } };
export const Expanded: StoryObj = { args: { expanded: true, data: questions } };
export const MLMP: StoryObj = seedStory('mlmp');
export const Frontier: StoryObj = seedStory('frontier');
export const FM4Science: StoryObj = { name: 'FM4Science', ...seedStory('fm4science') };
export const ML4Astro: StoryObj = { name: 'ML4Astro', ...seedStory('ml4astro') };
export const Sim2Science: StoryObj = { name: 'Sim2Science', ...seedStory('sim2science') };
export const Empty: StoryObj = { args: { data: { title: 'No FAQ' } } };
export const LongContent: StoryObj = {
  render: (args) => element({ data: { title: 'Long FAQ', faq: Array.from({ length: 20 }, (_, i) => ({ question: `Question ${i + 1}: ${'what about this rather long question '.repeat((i % 3) + 1)}?`, answer: 'An answer. '.repeat(40) })) }, ...args }),
};
export const InvalidData: StoryObj = {
  args: { data: { title: 'Bad FAQ', faq: [{ question: 'No answer' }, { question: 'Script?', answer: 'Gone: <script>alert(1)</script><img src=x onerror=alert(2)>' }] } },
};
export const LoadError: StoryObj = { args: { src: '/workshops/does-not-exist.json' } };
export const Dark: StoryObj = { args: { theme: 'dark', data: questions }, render: (args) => html`<div style="background:#10151f;padding:1rem">${element(args)}</div>` };
export const Narrow: StoryObj = { args: { data: questions }, render: (args) => html`<div style="width:320px">${element(args)}</div>` };
