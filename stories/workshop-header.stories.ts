import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-header/workshop-header.js';
import defaultWorkshop from '../demo/workshops/default.json';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';
import empty from '../test/fixtures/edge/empty.json';
import longTexts from '../test/fixtures/edge/long-texts.json';

const meta: Meta = { title: 'Elements/workshop-header', component: 'workshop-header', tags: ['autodocs'] };
export default meta;

const header = (data: unknown) => html`<workshop-header .data=${data}></workshop-header>`;

export const Default: StoryObj = { render: () => header(defaultWorkshop) };
export const MLMP: StoryObj = { render: () => header(mlmp) };
export const Frontier: StoryObj = { render: () => header(frontier) };
export const FM4Science: StoryObj = { render: () => header(fm4science) };
export const ML4Astro: StoryObj = { render: () => header(ml4astro) };
export const Sim2Science: StoryObj = { render: () => header(sim2science) };
export const Empty: StoryObj = { render: () => header(empty) };
export const LongContent: StoryObj = { render: () => header(longTexts) };
export const InvalidData: StoryObj = { render: () => header({ title: 42, venue: { city: 'Vienna' } }) };
export const LoadError: StoryObj = { render: () => html`<workshop-header src="/workshops/does-not-exist.json"></workshop-header>` };
export const FromUrl: StoryObj = { render: () => html`<workshop-header src="/workshops/mlmp-iclr2025.json"></workshop-header>` };
export const Dark: StoryObj = {
  render: () => html`<div style="background:#10151f;padding:1rem"><workshop-header theme="dark" .data=${defaultWorkshop}></workshop-header></div>`,
};
export const Narrow: StoryObj = { render: () => html`<div style="width:320px;border:1px dashed #999">${header(fm4science)}</div>` };

/**
 * Page-wide tokens (`--ww-*`) restyle every element at once; per-element ones (`--workshop-header-*`) one.
 * Colours given as light-dark() pairs keep working when the page or the element turns dark.
 */
export const Theming: StoryObj = {
  render: () => html`<div
    style="--ww-accent:light-dark(#9d174d,#f9a8d4);--ww-radius:0;--ww-surface:light-dark(#fdf2f8,#3b0f24);--ww-border:light-dark(#f9a8d4,#9d174d);--workshop-header-title-size:1.6rem;font-family:Georgia,serif"
  >
    ${header(defaultWorkshop)}
  </div>`,
};
