import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/countdown-deadline/countdown-deadline.js';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';
import allTbd from '../test/fixtures/edge/all-tbd.json';
import longTexts from '../test/fixtures/edge/long-texts.json';
import { day, live } from './live-workshop.js';

const meta: Meta = { title: 'Elements/countdown-deadline', component: 'countdown-deadline', tags: ['autodocs'] };
export default meta;


export const Live: StoryObj = { render: () => html`<countdown-deadline .data=${live()}></countdown-deadline>` };
export const Compact: StoryObj = { render: () => html`<countdown-deadline format="compact" .data=${live()}></countdown-deadline>` };
export const ChosenDeadline: StoryObj = { render: () => html`<countdown-deadline deadline="notification" .data=${live()}></countdown-deadline>` };
export const PassesWithinAMinute: StoryObj = {
  render: () => html`<countdown-deadline .data=${live(70_000)} @ww-deadline-passed=${(e: CustomEvent) => console.log("ww-deadline-passed", e.detail)}></countdown-deadline>`,
};
export const MLMP: StoryObj = { render: () => html`<countdown-deadline .data=${mlmp}></countdown-deadline>` };
export const Frontier: StoryObj = { render: () => html`<countdown-deadline .data=${frontier}></countdown-deadline>` };
export const FM4Science: StoryObj = { render: () => html`<countdown-deadline .data=${fm4science}></countdown-deadline>` };
export const ML4Astro: StoryObj = { render: () => html`<countdown-deadline .data=${ml4astro}></countdown-deadline>` };
export const Sim2Science: StoryObj = { render: () => html`<countdown-deadline .data=${sim2science}></countdown-deadline>` };
export const Empty: StoryObj = { render: () => html`<countdown-deadline .data=${{ title: 'No dates yet' }}></countdown-deadline>` };
export const TbdOnly: StoryObj = { render: () => html`<countdown-deadline .data=${allTbd}></countdown-deadline>` };
export const LongContent: StoryObj = { render: () => html`<countdown-deadline .data=${longTexts}></countdown-deadline>` };
export const InvalidData: StoryObj = {
  render: () => html`<countdown-deadline
    .data=${{ title: 'Bad dates', importantDates: [{ id: 'x', label: 'Feb 30', date: '2026-02-30' }, { label: 'No id' }, 'nonsense', { id: 'ok', label: 'Valid deadline', date: day(5) }] }}
  ></countdown-deadline>`,
};
export const LoadError: StoryObj = { render: () => html`<countdown-deadline src="/workshops/does-not-exist.json"></countdown-deadline>` };
export const Dark: StoryObj = {
  render: () => html`<div style="background:#10151f;padding:1rem"><countdown-deadline theme="dark" .data=${live()}></countdown-deadline></div>`,
};
export const Narrow: StoryObj = { render: () => html`<div style="width:320px"><countdown-deadline .data=${live()}></countdown-deadline></div>` };
