import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/sponsor-wall/sponsor-wall.js';
import { elementStory, renderElement, seedStory } from './element-story.js';

const meta: Meta = { title: 'Elements/sponsor-wall', component: 'sponsor-wall', tags: ['autodocs'], ...elementStory('sponsor-wall') };
export default meta;
const element = (args: Args) => renderElement('sponsor-wall', args);

const tiered = {
  title: 'Sponsored workshop',
  sponsorTiers: ['Platinum', 'Gold', 'Silver'],
  sponsors: [
    { name: 'Lit', tier: 'Platinum', url: 'https://lit.dev' },
    { name: 'Gold Research Labs', tier: 'Gold', url: 'https://example.org/gold' },
    { name: 'Another Gold Sponsor', tier: 'Gold' },
    { name: 'Silver Foundation', tier: 'Silver', url: 'https://example.org/silver' },
    { name: 'A Tier Nobody Listed', tier: 'Community' },
    { name: 'Friends of the workshop' },
  ],
};

export const Tiers: StoryObj = { args: { data: tiered } };
export const MLMP: StoryObj = seedStory('mlmp');
export const Frontier: StoryObj = seedStory('frontier');
export const FM4Science: StoryObj = { name: 'FM4Science', ...seedStory('fm4science') };
export const ML4Astro: StoryObj = { name: 'ML4Astro', ...seedStory('ml4astro') };
export const Sim2Science: StoryObj = { name: 'Sim2Science', ...seedStory('sim2science') };
export const Empty: StoryObj = { args: { data: { title: 'No sponsors' } } };
export const LongContent: StoryObj = {
  render: (args) =>
    element({
      data: {
        title: 'Many sponsors',
        sponsorTiers: ['Gold', 'Silver'],
        sponsors: Array.from({ length: 40 }, (_, i) => ({
          name: i % 7 === 0 ? `The International Consortium for Very Long Sponsor Names Number ${i}` : `Sponsor ${i}`,
          tier: i % 3 === 0 ? 'Gold' : 'Silver',
          url: `https://example.org/${i}`,
        })),
      },
      ...args,
    }),
};
export const InvalidData: StoryObj = {
  render: (args) => element({ data: { title: 'Bad sponsors', sponsors: [{ name: 'Evil', url: 'javascript:alert(1)' }, { name: 'Bad logo', logo: 'javascript:alert(2)' }, { tier: 'Gold' }, 'nonsense'] }, ...args }),
};
export const LoadError: StoryObj = { args: { src: '/workshops/does-not-exist.json' } };
export const Dark: StoryObj = {
  args: { theme: 'dark', data: tiered }, render: (args) => html`<div style="background:#10151f;padding:1rem">${element(args)}</div>`,
};
export const Narrow: StoryObj = { args: { data: tiered }, render: (args) => html`<div style="width:320px">${element(args)}</div>` };
