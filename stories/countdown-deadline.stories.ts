import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/countdown-deadline/countdown-deadline.js';
import { elementStory, renderElement, seedStory } from './element-story.js';
import { day, live } from './live-workshop.js';

const meta: Meta = { title: 'Elements/countdown-deadline', component: 'countdown-deadline', tags: ['autodocs'], ...elementStory('countdown-deadline') };
export default meta;
const element = (args: Args) => renderElement('countdown-deadline', args);


export const Live: StoryObj = { args: { sample: 'live' } };
export const Compact: StoryObj = { args: { format: 'compact', sample: 'live' } };
export const ChosenDeadline: StoryObj = { args: { deadline: 'notification', sample: 'live' } };
export const PassesWithinAMinute: StoryObj = {
  // Its `ww-deadline-passed` event shows in the Actions panel.
  render: (args) => element({ data: live(70_000), ...args }),
};
export const MLMP: StoryObj = seedStory('mlmp');
export const Frontier: StoryObj = seedStory('frontier');
export const FM4Science: StoryObj = { name: 'FM4Science', ...seedStory('fm4science') };
export const ML4Astro: StoryObj = { name: 'ML4Astro', ...seedStory('ml4astro') };
export const Sim2Science: StoryObj = { name: 'Sim2Science', ...seedStory('sim2science') };
export const Empty: StoryObj = { args: { data: { title: 'No dates yet' } } };
export const TbdOnly: StoryObj = { args: { sample: 'all-tbd' } };
export const LongContent: StoryObj = { args: { sample: 'long-texts' } };
export const InvalidData: StoryObj = {
  render: (args) => element({ data: { title: 'Bad dates', importantDates: [{ id: 'x', label: 'Feb 30', date: '2026-02-30' }, { label: 'No id' }, 'nonsense', { id: 'ok', label: 'Valid deadline', date: day(5) }] }, ...args }),
};
export const LoadError: StoryObj = { args: { src: '/workshops/does-not-exist.json' } };
export const Dark: StoryObj = {
  args: { theme: 'dark', sample: 'live' }, render: (args) => html`<div style="background:#10151f;padding:1rem">${element(args)}</div>`,
};
export const Narrow: StoryObj = { args: { sample: 'live' }, render: (args) => html`<div style="width:320px">${element(args)}</div>` };
