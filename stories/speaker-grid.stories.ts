import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/speaker-grid/speaker-grid.js';
import { elementStory, renderElement, seedStory } from './element-story.js';

const meta: Meta = { title: 'Elements/speaker-grid', component: 'speaker-grid', tags: ['autodocs'], ...elementStory('speaker-grid') };
export default meta;
const element = (args: Args) => renderElement('speaker-grid', args);

const speakers = {
  title: 'Speakers',
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
  },
};

export const Speakers: StoryObj = { args: { data: speakers } };
export const ByLastName: StoryObj = { args: { order: 'last-name', columns: 3, data: speakers } };
export const Panelists: StoryObj = { args: { group: 'panelists', data: speakers } };
export const Limited: StoryObj = { args: { limit: 2, data: speakers } };
export const MLMP: StoryObj = seedStory('mlmp');
export const Frontier: StoryObj = seedStory('frontier');
export const FM4Science: StoryObj = { name: 'FM4Science', ...seedStory('fm4science') };
export const ML4Astro: StoryObj = { name: 'ML4Astro', ...seedStory('ml4astro') };
export const Sim2Science: StoryObj = { name: 'Sim2Science', ...seedStory('sim2science') };
export const Empty: StoryObj = { args: { data: { title: 'No speakers yet' } } };
export const LongContent: StoryObj = { args: { sample: 'long-texts' } };
export const InvalidData: StoryObj = {
  render: (args) =>
    element({
      data: {
        title: 'Bad people',
        people: [{ id: 'evil', name: 'Eve Mallory', homepage: 'javascript:alert(1)', photo: 'javascript:alert(2)' }, { id: 'noname' }, 42],
        roles: { speakers: ['evil', 'noname', 'ghost'] },
      },
      ...args,
    }),
};
export const Loading: StoryObj = { args: { src: '/workshops/does-not-exist.json' } };
export const Dark: StoryObj = {
  args: { theme: 'dark', data: speakers }, render: (args) => html`<div style="background:#10151f;padding:1rem">${element(args)}</div>`,
};
export const Narrow: StoryObj = { args: { data: speakers }, render: (args) => html`<div style="width:320px">${element(args)}</div>` };
