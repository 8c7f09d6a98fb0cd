import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-dates/workshop-dates.js';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';
import allTbd from '../test/fixtures/edge/all-tbd.json';
import longTexts from '../test/fixtures/edge/long-texts.json';
import { day, live } from './live-workshop.js';

const meta: Meta = { title: 'Elements/workshop-dates', component: 'workshop-dates', tags: ['autodocs'] };
export default meta;


export const Live: StoryObj = { render: () => html`<workshop-dates .data=${live()}></workshop-dates>` };
export const Table: StoryObj = { render: () => html`<workshop-dates layout="table" .data=${live()}></workshop-dates>` };
export const DeadlinesOnlyHidePassed: StoryObj = { render: () => html`<workshop-dates kinds="deadline" hide-passed .data=${live()}></workshop-dates>` };
export const TokyoReaderGerman: StoryObj = { render: () => html`<workshop-dates time-zone="Asia/Tokyo" lang="de" .data=${live()}></workshop-dates>` };
export const MLMP: StoryObj = { render: () => html`<workshop-dates .data=${mlmp}></workshop-dates>` };
export const Frontier: StoryObj = { render: () => html`<workshop-dates .data=${frontier}></workshop-dates>` };
export const FM4Science: StoryObj = { render: () => html`<workshop-dates .data=${fm4science}></workshop-dates>` };
export const ML4Astro: StoryObj = { render: () => html`<workshop-dates .data=${ml4astro}></workshop-dates>` };
export const Sim2Science: StoryObj = { render: () => html`<workshop-dates .data=${sim2science}></workshop-dates>` };
export const Empty: StoryObj = { render: () => html`<workshop-dates .data=${{ title: 'No dates yet' }}></workshop-dates>` };
export const TbdOnly: StoryObj = { render: () => html`<workshop-dates .data=${allTbd}></workshop-dates>` };
export const LongContent: StoryObj = { render: () => html`<workshop-dates .data=${longTexts}></workshop-dates>` };
export const InvalidData: StoryObj = {
  render: () => html`<workshop-dates
    .data=${{ title: 'Bad dates', importantDates: [{ id: 'x', label: 'Feb 30', date: '2026-02-30' }, { label: 'No id' }, 'nonsense', { id: 'ok', label: 'Valid deadline', date: day(5) }] }}
  ></workshop-dates>`,
};
export const LoadError: StoryObj = { render: () => html`<workshop-dates src="/workshops/does-not-exist.json"></workshop-dates>` };
export const Dark: StoryObj = {
  render: () => html`<div style="background:#10151f;padding:1rem"><workshop-dates theme="dark" .data=${live()}></workshop-dates></div>`,
};
export const Narrow: StoryObj = { render: () => html`<div style="width:320px"><workshop-dates .data=${live()}></workshop-dates></div>` };
