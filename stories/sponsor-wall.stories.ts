import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/sponsor-wall/sponsor-wall.js';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';

const meta: Meta = { title: 'Elements/sponsor-wall', component: 'sponsor-wall', tags: ['autodocs'] };
export default meta;

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

export const MLMP: StoryObj = { render: () => html`<sponsor-wall .data=${mlmp}></sponsor-wall>` };
export const Frontier: StoryObj = { render: () => html`<sponsor-wall .data=${frontier}></sponsor-wall>` };
export const FM4Science: StoryObj = { render: () => html`<sponsor-wall .data=${fm4science}></sponsor-wall>` };
export const ML4Astro: StoryObj = { render: () => html`<sponsor-wall .data=${ml4astro}></sponsor-wall>` };
export const Sim2Science: StoryObj = { render: () => html`<sponsor-wall .data=${sim2science}></sponsor-wall>` };
export const Tiers: StoryObj = { render: () => html`<sponsor-wall .data=${tiered}></sponsor-wall>` };
export const Empty: StoryObj = { render: () => html`<sponsor-wall .data=${{ title: 'No sponsors' }}></sponsor-wall>` };
export const LongContent: StoryObj = {
  render: () => html`<sponsor-wall
    .data=${{
      title: 'Many sponsors',
      sponsorTiers: ['Gold', 'Silver'],
      sponsors: Array.from({ length: 40 }, (_, i) => ({
        name: i % 7 === 0 ? `The International Consortium for Very Long Sponsor Names Number ${i}` : `Sponsor ${i}`,
        tier: i % 3 === 0 ? 'Gold' : 'Silver',
        url: `https://example.org/${i}`,
      })),
    }}
  ></sponsor-wall>`,
};
export const InvalidData: StoryObj = {
  render: () => html`<sponsor-wall
    .data=${{ title: 'Bad sponsors', sponsors: [{ name: 'Evil', url: 'javascript:alert(1)' }, { name: 'Bad logo', logo: 'javascript:alert(2)' }, { tier: 'Gold' }, 'nonsense'] }}
  ></sponsor-wall>`,
};
export const LoadError: StoryObj = { render: () => html`<sponsor-wall src="/workshops/does-not-exist.json"></sponsor-wall>` };
export const Dark: StoryObj = {
  render: () => html`<div style="background:#10151f;padding:1rem"><sponsor-wall theme="dark" .data=${tiered}></sponsor-wall></div>`,
};
export const Narrow: StoryObj = { render: () => html`<div style="width:320px"><sponsor-wall .data=${tiered}></sponsor-wall></div>` };
