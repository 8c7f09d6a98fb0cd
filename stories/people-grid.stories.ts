import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/people-grid/people-grid.js';
import { elementStory, renderElement, seedStory } from './element-story.js';

const meta: Meta = { title: 'Elements/people-grid', component: 'people-grid', tags: ['autodocs'], ...elementStory('people-grid') };
export default meta;
const element = (args: Args) => renderElement('people-grid', args);

const team = {
  title: 'Team',
  people: [
    { id: 'ozil', name: 'Mesut Özil', position: 'Professor', affiliations: ['Universität Gelsenkirchen'], photo: '/missing-photo.jpg', homepage: 'https://example.org/ozil' },
    { id: 'angstrom', name: 'Anders Ångström', affiliations: ['Uppsala University', 'KTH'], bio: 'Works on *spectra* of learned operators.', links: [{ label: 'Scholar', url: 'https://scholar.example.org' }] },
    { id: 'zoe', name: 'Zoë Zimmer', position: 'Research Scientist', affiliations: ['ETH Zürich'] },
    { id: 'ostby', name: 'Kari Østby', affiliations: ['University of Oslo'], email: 'kari@example.org' },
  ],
  roles: {
    speakers: [
      { person: 'ozil', talkTitle: 'Passing in high dimensions', kind: 'keynote', abstract: 'We show that **passing** generalizes.' },
      { person: 'angstrom', talkTitle: 'Spectra of learning' },
      'zoe',
      'ostby',
    ],
    panelists: ['zoe', 'ostby'],
    organizers: [{ person: 'zoe', role: 'General chair' }, 'angstrom', { person: 'ostby', role: 'Program chair' }, 'ozil'],
    volunteers: ['ostby'],
  },
};

export const Organizers: StoryObj = { args: { data: team } };
export const Volunteers: StoryObj = { args: { group: 'volunteers', data: team } };
export const ByLastName: StoryObj = { args: { order: 'last-name', columns: 3, data: team } };
export const Panelists: StoryObj = { args: { group: 'panelists', data: team } };
export const Limited: StoryObj = { args: { limit: 2, data: team } };
export const MLMP: StoryObj = seedStory('mlmp');
export const Frontier: StoryObj = seedStory('frontier');
export const FM4Science: StoryObj = { name: 'FM4Science', ...seedStory('fm4science') };
export const ML4Astro: StoryObj = { name: 'ML4Astro', ...seedStory('ml4astro') };
export const Sim2Science: StoryObj = { name: 'Sim2Science', ...seedStory('sim2science') };
export const Empty: StoryObj = { args: { data: { title: 'No organizers yet' } } };
export const LongContent: StoryObj = { args: { sample: 'long-texts' } };
export const InvalidData: StoryObj = {
  render: (args) =>
    element({
      data: {
        title: 'Bad people',
        people: [{ id: 'evil', name: 'Eve Mallory', homepage: 'javascript:alert(1)', photo: 'javascript:alert(2)' }, { id: 'noname' }, 42],
        roles: { organizers: ['evil', 'noname', 'ghost'] },
      },
      ...args,
    }),
};
export const Loading: StoryObj = { args: { src: '/workshops/does-not-exist.json' } };
export const Dark: StoryObj = {
  args: { theme: 'dark', data: team }, render: (args) => html`<div style="background:#10151f;padding:1rem">${element(args)}</div>`,
};
export const Narrow: StoryObj = { args: { data: team }, render: (args) => html`<div style="width:320px">${element(args)}</div>` };
