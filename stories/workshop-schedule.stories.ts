import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-schedule/workshop-schedule.js';
import { elementStory, renderElement, seedStory } from './element-story.js';
import backwards from '../test/fixtures/invalid/schedule-end-before-start.json';

const meta: Meta = { title: 'Elements/workshop-schedule', component: 'workshop-schedule', tags: ['autodocs'], ...elementStory('workshop-schedule') };
export default meta;
const element = (args: Args) => renderElement('workshop-schedule', args);

export const FM4Science: StoryObj = { name: 'FM4Science', ...seedStory('fm4science') };
/** The Rio program as a reader in Tokyo sees it: local times run into the next day. */
export const FM4ScienceFromTokyo: StoryObj = {
  name: 'FM4Science from Tokyo',
  args: { 'primary-zone': 'local', sample: 'fm4science' }, render: (args) => html`<div time-zone="Asia/Tokyo">${element(args)}</div>`,
};
export const ParallelRooms: StoryObj = { args: { sample: 'default' } };
export const MLMP: StoryObj = seedStory('mlmp');
export const Frontier: StoryObj = seedStory('frontier');
export const ML4Astro: StoryObj = { name: 'ML4Astro', ...seedStory('ml4astro') };
export const Sim2Science: StoryObj = { name: 'Sim2Science', ...seedStory('sim2science') };
export const Empty: StoryObj = { args: { data: { title: 'No program yet' } } };
export const TbdOnly: StoryObj = { args: { sample: 'all-tbd' } };
export const LongContent: StoryObj = { args: { sample: 'long-texts' } };
export const InvalidData: StoryObj = { args: { data: backwards } };
export const Loading: StoryObj = { args: { src: '/workshops/does-not-exist.json' } };
export const Dark: StoryObj = {
  args: { theme: 'dark', sample: 'default' }, render: (args) => html`<div style="background:#10151f;padding:1rem">${element(args)}</div>`,
};
export const Narrow: StoryObj = { args: { sample: 'default' }, render: (args) => html`<div style="width:320px">${element(args)}</div>` };
