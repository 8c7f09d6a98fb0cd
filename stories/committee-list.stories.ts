import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/committee-list/committee-list.js';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';
import longTexts from '../test/fixtures/edge/long-texts.json';

const meta: Meta = { title: 'Elements/committee-list', component: 'committee-list', tags: ['autodocs'] };
export default meta;

const GIVEN = ['Anders', 'Zoë', 'Mesut', 'Kari', 'Émile', 'Ana', 'Chen', 'Łukasz', 'Søren', 'Nguyễn'];
const FAMILY = ['Ångström', 'Zimmer', 'Özil', 'Østby', 'Borel', 'Álvarez', 'Wei', 'Kaiser', 'Kierkegaard', 'Văn An', 'Smith', 'Ōtani'];
const PLACES = ['ETH Zürich', 'Universidad de Chile', 'University of Oslo', 'MIT', 'Tsinghua University', 'Université Paris-Saclay', 'Uppsala University'];

/** A committee of `size` generated members, for the 500-member case. */
function committee(size: number) {
  const people = Array.from({ length: size }, (_, i) => ({
    id: `m${i}`,
    name: `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7) % FAMILY.length]}${i >= FAMILY.length ? `-${i}` : ''}`,
    affiliations: i % 9 === 0 ? [] : [PLACES[i % PLACES.length]!],
  }));
  return { title: `Committee of ${size}`, people, roles: { programCommittee: people.map((person) => person.id), areaChairs: people.slice(0, 8).map((person) => person.id) } };
}

const small = committee(24);

export const MLMP: StoryObj = { render: () => html`<committee-list .data=${mlmp}></committee-list>` };
export const Frontier: StoryObj = { render: () => html`<committee-list .data=${frontier}></committee-list>` };
export const FM4Science: StoryObj = { render: () => html`<committee-list .data=${fm4science}></committee-list>` };
export const ML4Astro: StoryObj = { render: () => html`<committee-list .data=${ml4astro}></committee-list>` };
export const Sim2Science: StoryObj = { render: () => html`<committee-list .data=${sim2science}></committee-list>` };
export const Committee: StoryObj = { render: () => html`<committee-list .data=${small}></committee-list>` };
export const FiveHundred: StoryObj = { render: () => html`<committee-list .data=${committee(500)}></committee-list>` };
export const Prefiltered: StoryObj = { render: () => html`<committee-list query="zurich" .data=${small}></committee-list>` };
export const AreaChairs: StoryObj = { render: () => html`<committee-list group="area-chairs" no-filter .data=${small}></committee-list>` };
export const Empty: StoryObj = { render: () => html`<committee-list .data=${{ title: 'No committee yet' }}></committee-list>` };
export const LongContent: StoryObj = { render: () => html`<committee-list .data=${longTexts}></committee-list>` };
export const InvalidData: StoryObj = {
  render: () => html`<committee-list
    .data=${{ title: 'Bad committee', people: [{ id: 'a', name: 'Alma Ok' }, { id: 'b' }, 7], roles: { programCommittee: ['a', 'b', 'ghost', 3] } }}
  ></committee-list>`,
};
export const Loading: StoryObj = { render: () => html`<committee-list src="/workshops/does-not-exist.json"></committee-list>` };
export const Dark: StoryObj = {
  render: () => html`<div style="background:#10151f;padding:1rem"><committee-list theme="dark" .data=${small}></committee-list></div>`,
};
export const Narrow: StoryObj = { render: () => html`<div style="width:320px"><committee-list .data=${small}></committee-list></div>` };
