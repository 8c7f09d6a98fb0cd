import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-sections/workshop-sections.js';
import { elementStory, renderElement, seedStory } from './element-story.js';

const meta: Meta = { title: 'Elements/workshop-sections', component: 'workshop-sections', tags: ['autodocs'], ...elementStory('workshop-sections') };
export default meta;
const element = (args: Args) => renderElement('workshop-sections', args);

export const MLMP: StoryObj = seedStory('mlmp');
export const Frontier: StoryObj = seedStory('frontier');
export const FM4Science: StoryObj = { name: 'FM4Science', ...seedStory('fm4science') };
export const ML4Astro: StoryObj = { name: 'ML4Astro', ...seedStory('ml4astro') };
export const Sim2Science: StoryObj = { name: 'Sim2Science', ...seedStory('sim2science') };

export const OnlyPolicies: StoryObj = { args: { only: 'policies', sample: 'mlmp' } };
export const OneSection: StoryObj = { args: { section: 'reproducible-research', sample: 'mlmp' } };
export const Empty: StoryObj = { args: { data: { title: 'Nothing written yet' } } };
export const LongContent: StoryObj = {
  render: (args) => element({ data: { title: 'Long', overview: 'A long overview paragraph. '.repeat(80), sections: Array.from({ length: 6 }, (_, i) => ({ title: `Section ${i + 1} with a heading that goes on for quite a while`, body: `- item\n- item\n\n${'Text. '.repeat(60)}` })) }, ...args }),
};
export const InvalidData: StoryObj = {
  render: (args) => element({ data: { title: 'Bad sections', overview: 'Hi <script>alert(1)</script><img src=x onerror=alert(2)>', sections: [{ title: 'No body' }, { body: 'No title' }], relatedWorkshops: [{ name: 'Evil', url: 'javascript:alert(1)' }] }, ...args }),
};
export const LoadError: StoryObj = { args: { src: '/workshops/does-not-exist.json' } };
export const Dark: StoryObj = { args: { theme: 'dark', sample: 'mlmp' }, render: (args) => html`<div style="background:#10151f;padding:1rem">${element(args)}</div>` };
export const Narrow: StoryObj = { args: { sample: 'mlmp' }, render: (args) => html`<div style="width:320px">${element(args)}</div>` };
