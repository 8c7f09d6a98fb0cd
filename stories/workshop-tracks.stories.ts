import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-tracks/workshop-tracks.js';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';
import allTbd from '../test/fixtures/edge/all-tbd.json';
import longTexts from '../test/fixtures/edge/long-texts.json';

const meta: Meta = { title: 'Elements/workshop-tracks', component: 'workshop-tracks', tags: ['autodocs'] };
export default meta;

const tracks = {
  title: 'Tracks',
  importantDates: [
    { id: 'sub', label: 'Paper submission', date: '2025-02-10', previousDates: ['2025-02-03'] },
    { id: 'short-sub', label: 'Short paper submission', date: '2025-02-20T12:00', timeZone: 'Europe/Vienna', track: 'short' },
    { id: 'camera', label: 'Camera-ready', tbd: true, track: 'full' },
  ],
  callForPapers: {
    submissionUrl: 'https://openreview.net/group?id=example',
    styleFileUrl: 'https://example.org/style.zip',
    tracks: [
      {
        id: 'full',
        name: 'Full papers',
        description: 'Complete **research** papers with experiments.',
        pageLimit: 8,
        pageLimitExcludes: 'references and appendix',
        cameraReadyPageLimit: 9,
        format: 'ICLR style',
        reviewCriteria: ['Novelty', 'Clarity', 'Relevance to the workshop'],
        archival: false,
        anonymity: 'double-blind',
        eligibleForOral: true,
        notes: ['Dual submission to the main conference is *allowed*.'],
      },
      { id: 'short', name: 'Tiny papers', pageLimit: 2, format: 'Extended abstract', anonymity: 'double-blind', eligibleForOral: false },
    ],
  },
};

export const MLMP: StoryObj = { render: () => html`<workshop-tracks .data=${mlmp}></workshop-tracks>` };
export const Frontier: StoryObj = { render: () => html`<workshop-tracks .data=${frontier}></workshop-tracks>` };
export const FM4Science: StoryObj = { render: () => html`<workshop-tracks .data=${fm4science}></workshop-tracks>` };
export const ML4Astro: StoryObj = { render: () => html`<workshop-tracks .data=${ml4astro}></workshop-tracks>` };
export const Sim2Science: StoryObj = { render: () => html`<workshop-tracks .data=${sim2science}></workshop-tracks>` };
export const Cards: StoryObj = { render: () => html`<workshop-tracks .data=${tracks}></workshop-tracks>` };
export const List: StoryObj = { render: () => html`<workshop-tracks layout="list" .data=${tracks}></workshop-tracks>` };
export const OneTrack: StoryObj = { render: () => html`<workshop-tracks track="short" .data=${tracks}></workshop-tracks>` };
export const Empty: StoryObj = { render: () => html`<workshop-tracks .data=${{ title: 'No tracks yet' }}></workshop-tracks>` };
export const TbdOnly: StoryObj = { render: () => html`<workshop-tracks .data=${allTbd}></workshop-tracks>` };
export const LongContent: StoryObj = { render: () => html`<workshop-tracks .data=${longTexts}></workshop-tracks>` };
export const InvalidData: StoryObj = {
  render: () => html`<workshop-tracks
    .data=${{ title: 'Bad tracks', callForPapers: { styleFileUrl: 'javascript:alert(1)', tracks: [{ id: 'a', name: 'Alpha', pageLimit: -1 }, { name: 'No id' }, 'junk'] } }}
  ></workshop-tracks>`,
};
export const Loading: StoryObj = { render: () => html`<workshop-tracks src="/workshops/does-not-exist.json"></workshop-tracks>` };
export const Dark: StoryObj = {
  render: () => html`<div style="background:#10151f;padding:1rem"><workshop-tracks theme="dark" .data=${tracks}></workshop-tracks></div>`,
};
export const Narrow: StoryObj = { render: () => html`<div style="width:320px"><workshop-tracks .data=${tracks}></workshop-tracks></div>` };
