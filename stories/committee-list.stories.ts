import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/committee-list/committee-list.js';
import { elementStory, renderElement, seedStory } from './element-story.js';

const meta: Meta = { title: 'Elements/committee-list', component: 'committee-list', tags: ['autodocs'], ...elementStory('committee-list') };
export default meta;
const element = (args: Args) => renderElement('committee-list', args);

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

export const Committee: StoryObj = { args: { data: small } };
export const FiveHundred: StoryObj = { args: { data: committee(500) } };
export const Prefiltered: StoryObj = { args: { query: 'zurich', data: small } };
export const AreaChairs: StoryObj = { args: { group: 'area-chairs', 'no-filter': true, data: small } };
export const MLMP: StoryObj = seedStory('mlmp');
export const Frontier: StoryObj = seedStory('frontier');
export const FM4Science: StoryObj = { name: 'FM4Science', ...seedStory('fm4science') };
export const ML4Astro: StoryObj = { name: 'ML4Astro', ...seedStory('ml4astro') };
export const Sim2Science: StoryObj = { name: 'Sim2Science', ...seedStory('sim2science') };
export const Empty: StoryObj = { args: { data: { title: 'No committee yet' } } };
export const LongContent: StoryObj = { args: { sample: 'long-texts' } };
export const InvalidData: StoryObj = {
  render: (args) => element({ data: { title: 'Bad committee', people: [{ id: 'a', name: 'Alma Ok' }, { id: 'b' }, 7], roles: { programCommittee: ['a', 'b', 'ghost', 3] } }, ...args }),
};
export const Loading: StoryObj = { args: { src: '/workshops/does-not-exist.json' } };
export const Dark: StoryObj = {
  args: { theme: 'dark', data: small }, render: (args) => html`<div style="background:#10151f;padding:1rem">${element(args)}</div>`,
};
export const Narrow: StoryObj = { args: { data: small }, render: (args) => html`<div style="width:320px">${element(args)}</div>` };
