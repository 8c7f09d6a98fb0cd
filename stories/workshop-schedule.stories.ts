import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-schedule/workshop-schedule.js';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';
import scifm from '../demo/workshops/default.json';
import allTbd from '../test/fixtures/edge/all-tbd.json';
import longTexts from '../test/fixtures/edge/long-texts.json';
import backwards from '../test/fixtures/invalid/schedule-end-before-start.json';

const meta: Meta = { title: 'Elements/workshop-schedule', component: 'workshop-schedule', tags: ['autodocs'] };
export default meta;

export const FM4Science: StoryObj = { render: () => html`<workshop-schedule .data=${fm4science}></workshop-schedule>` };
/** The Rio program as a reader in Tokyo sees it: local times run into the next day. */
export const FM4ScienceFromTokyo: StoryObj = {
  render: () => html`<div time-zone="Asia/Tokyo"><workshop-schedule primary-zone="local" .data=${fm4science}></workshop-schedule></div>`,
};
export const ParallelRooms: StoryObj = { render: () => html`<workshop-schedule .data=${scifm}></workshop-schedule>` };
export const MLMP: StoryObj = { render: () => html`<workshop-schedule .data=${mlmp}></workshop-schedule>` };
export const Frontier: StoryObj = { render: () => html`<workshop-schedule .data=${frontier}></workshop-schedule>` };
export const ML4Astro: StoryObj = { render: () => html`<workshop-schedule .data=${ml4astro}></workshop-schedule>` };
export const Sim2Science: StoryObj = { render: () => html`<workshop-schedule .data=${sim2science}></workshop-schedule>` };
export const Empty: StoryObj = { render: () => html`<workshop-schedule .data=${{ title: 'No program yet' }}></workshop-schedule>` };
export const TbdOnly: StoryObj = { render: () => html`<workshop-schedule .data=${allTbd}></workshop-schedule>` };
export const LongContent: StoryObj = { render: () => html`<workshop-schedule .data=${longTexts}></workshop-schedule>` };
export const InvalidData: StoryObj = { render: () => html`<workshop-schedule .data=${backwards}></workshop-schedule>` };
export const Loading: StoryObj = { render: () => html`<workshop-schedule src="/workshops/does-not-exist.json"></workshop-schedule>` };
export const Dark: StoryObj = {
  render: () => html`<div style="background:#10151f;padding:1rem"><workshop-schedule theme="dark" .data=${scifm}></workshop-schedule></div>`,
};
export const Narrow: StoryObj = { render: () => html`<div style="width:320px"><workshop-schedule .data=${scifm}></workshop-schedule></div>` };
