import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/people-grid/people-grid.js';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';
import longTexts from '../test/fixtures/edge/long-texts.json';

const meta: Meta = { title: 'Elements/people-grid', component: 'people-grid', tags: ['autodocs'] };
export default meta;

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

export const MLMP: StoryObj = { render: () => html`<people-grid .data=${mlmp}></people-grid>` };
export const Frontier: StoryObj = { render: () => html`<people-grid .data=${frontier}></people-grid>` };
export const FM4Science: StoryObj = { render: () => html`<people-grid .data=${fm4science}></people-grid>` };
export const ML4Astro: StoryObj = { render: () => html`<people-grid .data=${ml4astro}></people-grid>` };
export const Sim2Science: StoryObj = { render: () => html`<people-grid .data=${sim2science}></people-grid>` };
export const Organizers: StoryObj = { render: () => html`<people-grid .data=${team}></people-grid>` };
export const Volunteers: StoryObj = { render: () => html`<people-grid group="volunteers" .data=${team}></people-grid>` };
export const ByLastName: StoryObj = { render: () => html`<people-grid order="last-name" columns="3" .data=${team}></people-grid>` };
export const Panelists: StoryObj = { render: () => html`<people-grid group="panelists" .data=${team}></people-grid>` };
export const Limited: StoryObj = { render: () => html`<people-grid limit="2" .data=${team}></people-grid>` };
export const Empty: StoryObj = { render: () => html`<people-grid .data=${{ title: 'No organizers yet' }}></people-grid>` };
export const LongContent: StoryObj = { render: () => html`<people-grid .data=${longTexts}></people-grid>` };
export const InvalidData: StoryObj = {
  render: () => html`<people-grid
    .data=${{
      title: 'Bad people',
      people: [{ id: 'evil', name: 'Eve Mallory', homepage: 'javascript:alert(1)', photo: 'javascript:alert(2)' }, { id: 'noname' }, 42],
      roles: { organizers: ['evil', 'noname', 'ghost'] },
    }}
  ></people-grid>`,
};
export const Loading: StoryObj = { render: () => html`<people-grid src="/workshops/does-not-exist.json"></people-grid>` };
export const Dark: StoryObj = {
  render: () => html`<div style="background:#10151f;padding:1rem"><people-grid theme="dark" .data=${team}></people-grid></div>`,
};
export const Narrow: StoryObj = { render: () => html`<div style="width:320px"><people-grid .data=${team}></people-grid></div>` };
