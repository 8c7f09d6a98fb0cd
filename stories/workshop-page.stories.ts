import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-page/workshop-page.js';
import { elementStory, renderElement, seedStory } from './element-story.js';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';

const meta: Meta = { title: 'Elements/workshop-page', component: 'workshop-page', tags: ['autodocs'], ...elementStory('workshop-page') };
export default meta;
const element = (args: Args) => renderElement('workshop-page', args);

export const FM4Science: StoryObj = { name: 'FM4Science', ...seedStory('fm4science') };
export const HideSections: StoryObj = { args: { hide: 'committee related sections', sample: 'fm4science' } };
export const FromSrc: StoryObj = { args: { src: '/workshops/sim2science-icml2026.json' } };
export const MLMP: StoryObj = seedStory('mlmp');
export const Frontier: StoryObj = seedStory('frontier');
export const ML4Astro: StoryObj = { name: 'ML4Astro', ...seedStory('ml4astro') };
export const Sim2Science: StoryObj = { name: 'Sim2Science', ...seedStory('sim2science') };
export const Empty: StoryObj = { args: { data: { title: 'A workshop with nothing else yet' } } };
export const TbdOnly: StoryObj = { args: { sample: 'ml4astro' } };
export const LongContent: StoryObj = {
  render: (args) =>
    element({
      data: {
        ...fm4science,
        faq: Array.from({ length: 12 }, (_, i) => ({ question: `Question ${i + 1}?`, answer: 'An answer. '.repeat(30) })),
        sponsors: Array.from({ length: 12 }, (_, i) => ({ name: `Sponsor ${i + 1}`, url: `https://example.org/${i}` })),
      },
      ...args,
    }),
};
export const InvalidData: StoryObj = {
  render: (args) => element({ data: { title: 'Bad data', overview: 'Hi <script>alert(1)</script>', sponsors: [{ name: 'Evil', url: 'javascript:alert(1)' }], faq: [{ question: 'No answer' }] }, ...args }),
};
export const LoadError: StoryObj = { args: { src: '/workshops/does-not-exist.json' } };
export const Dark: StoryObj = { args: { theme: 'dark', sample: 'fm4science' }, render: (args) => html`<div style="background:#10151f;padding:1rem">${element(args)}</div>` };
export const Narrow: StoryObj = { args: { sample: 'fm4science' }, render: (args) => html`<div style="width:320px">${element(args)}</div>` };
