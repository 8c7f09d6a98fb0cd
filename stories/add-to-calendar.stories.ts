import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/add-to-calendar/add-to-calendar.js';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';
import allTbd from '../test/fixtures/edge/all-tbd.json';
import longTexts from '../test/fixtures/edge/long-texts.json';
import { day, live } from './live-workshop.js';

const meta: Meta = { title: 'Elements/add-to-calendar', component: 'add-to-calendar', tags: ['autodocs'] };
export default meta;


export const Live: StoryObj = { render: () => html`<add-to-calendar .data=${live()}></add-to-calendar>` };
export const OneDeadline: StoryObj = { render: () => html`<add-to-calendar date-id="submission" .data=${live()}></add-to-calendar>` };
export const ShowPassed: StoryObj = { render: () => html`<add-to-calendar show-passed .data=${mlmp}></add-to-calendar>` };
export const MLMP: StoryObj = { render: () => html`<add-to-calendar .data=${mlmp}></add-to-calendar>` };
export const Frontier: StoryObj = { render: () => html`<add-to-calendar .data=${frontier}></add-to-calendar>` };
export const FM4Science: StoryObj = { render: () => html`<add-to-calendar .data=${fm4science}></add-to-calendar>` };
export const ML4Astro: StoryObj = { render: () => html`<add-to-calendar .data=${ml4astro}></add-to-calendar>` };
export const Sim2Science: StoryObj = { render: () => html`<add-to-calendar .data=${sim2science}></add-to-calendar>` };
export const Empty: StoryObj = { render: () => html`<add-to-calendar .data=${{ title: 'No dates yet' }}></add-to-calendar>` };
export const TbdOnly: StoryObj = { render: () => html`<add-to-calendar .data=${allTbd}></add-to-calendar>` };
export const LongContent: StoryObj = { render: () => html`<add-to-calendar .data=${longTexts}></add-to-calendar>` };
export const InvalidData: StoryObj = {
  render: () => html`<add-to-calendar
    .data=${{ title: 'Bad dates', importantDates: [{ id: 'x', label: 'Feb 30', date: '2026-02-30' }, { label: 'No id' }, 'nonsense', { id: 'ok', label: 'Valid deadline', date: day(5) }] }}
  ></add-to-calendar>`,
};
export const LoadError: StoryObj = { render: () => html`<add-to-calendar src="/workshops/does-not-exist.json"></add-to-calendar>` };
export const Dark: StoryObj = {
  render: () => html`<div style="background:#10151f;padding:1rem"><add-to-calendar theme="dark" .data=${live()}></add-to-calendar></div>`,
};
export const Narrow: StoryObj = { render: () => html`<div style="width:320px"><add-to-calendar .data=${live()}></add-to-calendar></div>` };
