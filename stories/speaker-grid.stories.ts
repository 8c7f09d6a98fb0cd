import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/speaker-grid/speaker-grid.js';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';
import longTexts from '../test/fixtures/edge/long-texts.json';

const meta: Meta = { title: 'Elements/speaker-grid', component: 'speaker-grid', tags: ['autodocs'] };
export default meta;

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

export const MLMP: StoryObj = { render: () => html`<speaker-grid .data=${mlmp}></speaker-grid>` };
export const Frontier: StoryObj = { render: () => html`<speaker-grid .data=${frontier}></speaker-grid>` };
export const FM4Science: StoryObj = { render: () => html`<speaker-grid .data=${fm4science}></speaker-grid>` };
export const ML4Astro: StoryObj = { render: () => html`<speaker-grid .data=${ml4astro}></speaker-grid>` };
export const Sim2Science: StoryObj = { render: () => html`<speaker-grid .data=${sim2science}></speaker-grid>` };
export const Speakers: StoryObj = { render: () => html`<speaker-grid .data=${speakers}></speaker-grid>` };
export const ByLastName: StoryObj = { render: () => html`<speaker-grid order="last-name" columns="3" .data=${speakers}></speaker-grid>` };
export const Panelists: StoryObj = { render: () => html`<speaker-grid group="panelists" .data=${speakers}></speaker-grid>` };
export const Limited: StoryObj = { render: () => html`<speaker-grid limit="2" .data=${speakers}></speaker-grid>` };
export const Empty: StoryObj = { render: () => html`<speaker-grid .data=${{ title: 'No speakers yet' }}></speaker-grid>` };
export const LongContent: StoryObj = { render: () => html`<speaker-grid .data=${longTexts}></speaker-grid>` };
export const InvalidData: StoryObj = {
  render: () => html`<speaker-grid
    .data=${{
      title: 'Bad people',
      people: [{ id: 'evil', name: 'Eve Mallory', homepage: 'javascript:alert(1)', photo: 'javascript:alert(2)' }, { id: 'noname' }, 42],
      roles: { speakers: ['evil', 'noname', 'ghost'] },
    }}
  ></speaker-grid>`,
};
export const Loading: StoryObj = { render: () => html`<speaker-grid src="/workshops/does-not-exist.json"></speaker-grid>` };
export const Dark: StoryObj = {
  render: () => html`<div style="background:#10151f;padding:1rem"><speaker-grid theme="dark" .data=${speakers}></speaker-grid></div>`,
};
export const Narrow: StoryObj = { render: () => html`<div style="width:320px"><speaker-grid .data=${speakers}></speaker-grid></div>` };
