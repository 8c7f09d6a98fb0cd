import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-tracks/workshop-tracks.js';
import { elementStory, renderElement, seedStory } from './element-story.js';

const meta: Meta = { title: 'Elements/workshop-tracks', component: 'workshop-tracks', tags: ['autodocs'], ...elementStory('workshop-tracks') };
export default meta;
const element = (args: Args) => renderElement('workshop-tracks', args);

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

export const Cards: StoryObj = { args: { data: tracks } };
export const List: StoryObj = { args: { layout: 'list', data: tracks } };
export const OneTrack: StoryObj = { args: { track: 'short', data: tracks } };
export const MLMP: StoryObj = seedStory('mlmp');
export const Frontier: StoryObj = seedStory('frontier');
export const FM4Science: StoryObj = { name: 'FM4Science', ...seedStory('fm4science') };
export const ML4Astro: StoryObj = { name: 'ML4Astro', ...seedStory('ml4astro') };
export const Sim2Science: StoryObj = { name: 'Sim2Science', ...seedStory('sim2science') };
export const Empty: StoryObj = { args: { data: { title: 'No tracks yet' } } };
export const TbdOnly: StoryObj = { args: { sample: 'all-tbd' } };
export const LongContent: StoryObj = { args: { sample: 'long-texts' } };
export const InvalidData: StoryObj = {
  render: (args) => element({ data: { title: 'Bad tracks', callForPapers: { styleFileUrl: 'javascript:alert(1)', tracks: [{ id: 'a', name: 'Alpha', pageLimit: -1 }, { name: 'No id' }, 'junk'] } }, ...args }),
};
export const Loading: StoryObj = { args: { src: '/workshops/does-not-exist.json' } };
export const Dark: StoryObj = {
  args: { theme: 'dark', data: tracks }, render: (args) => html`<div style="background:#10151f;padding:1rem">${element(args)}</div>`,
};
export const Narrow: StoryObj = { args: { data: tracks }, render: (args) => html`<div style="width:320px">${element(args)}</div>` };
