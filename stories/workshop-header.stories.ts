import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-header/workshop-header.js';
import { elementStory, renderElement, seedStory } from './element-story.js';
import empty from '../test/fixtures/edge/empty.json';

const meta: Meta = { title: 'Elements/workshop-header', component: 'workshop-header', tags: ['autodocs'], ...elementStory('workshop-header') };
export default meta;
const element = (args: Args) => renderElement('workshop-header', args);

export const Default: StoryObj = { args: { sample: 'default' } };
export const MLMP: StoryObj = seedStory('mlmp');
export const Frontier: StoryObj = seedStory('frontier');
export const FM4Science: StoryObj = { name: 'FM4Science', ...seedStory('fm4science') };
export const ML4Astro: StoryObj = { name: 'ML4Astro', ...seedStory('ml4astro') };
export const Sim2Science: StoryObj = { name: 'Sim2Science', ...seedStory('sim2science') };
export const Empty: StoryObj = { args: { data: empty } };
export const LongContent: StoryObj = { args: { sample: 'long-texts' } };
export const InvalidData: StoryObj = { args: { data: { title: 42, venue: { city: 'Vienna' } } } };
export const LoadError: StoryObj = { args: { src: '/workshops/does-not-exist.json' } };
export const FromUrl: StoryObj = { args: { src: '/workshops/mlmp-iclr2025.json' } };
export const Dark: StoryObj = {
  args: { theme: 'dark', sample: 'default' }, render: (args) => html`<div style="background:#10151f;padding:1rem">${element(args)}</div>`,
};
export const Narrow: StoryObj = { args: { sample: 'fm4science' }, render: (args) => html`<div style="width:320px;border:1px dashed #999">${element(args)}</div>` };

/**
 * Page-wide tokens (`--ww-*`) restyle every element at once; per-element ones (`--workshop-header-*`) one.
 * Colours given as light-dark() pairs keep working when the page or the element turns dark.
 */
export const Theming: StoryObj = {
  args: { sample: 'default' },
  render: (args) => html`<div
    style="--ww-accent:light-dark(#9d174d,#f9a8d4);--ww-radius:0;--ww-surface:light-dark(#fdf2f8,#3b0f24);--ww-border:light-dark(#f9a8d4,#9d174d);--workshop-header-title-size:1.6rem;font-family:Georgia,serif"
  >
    ${element(args)}
  </div>`,
};
