import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/paper-list/paper-list.js';
import { elementStory, renderElement, seedStory } from './element-story.js';
import type { PaperList } from '../src/components/paper-list/paper-list.js';
import { generateWorkshop } from '../test/fixtures/generate.js';

const meta: Meta = { title: 'Elements/paper-list', component: 'paper-list', tags: ['autodocs'], ...elementStory('paper-list') };
export default meta;
const element = (args: Args) => renderElement('paper-list', args);

// No seed site has published accepted papers yet; they show the empty state. The default workshop has 30.
export const Default: StoryObj = { args: { 'no-url-state': true, sample: 'default' } };
export const FM4Science: StoryObj = { name: 'FM4Science', ...seedStory('fm4science', { 'no-url-state': true }) };
export const MLMP: StoryObj = seedStory('mlmp', { 'no-url-state': true });
export const Frontier: StoryObj = seedStory('frontier', { 'no-url-state': true });
export const ML4Astro: StoryObj = { name: 'ML4Astro', ...seedStory('ml4astro', { 'no-url-state': true }) };
export const Sim2Science: StoryObj = { name: 'Sim2Science', ...seedStory('sim2science', { 'no-url-state': true }) };
let thousands: unknown;
/** Generated once, when a story first shows it. */
const fiveThousandPapers = () => (thousands ??= generateWorkshop({ papers: 5000, seed: 7 }));

/**
 * A big conference: 5,000 generated papers, rendered in chunks. Every paper stays in the page (find-in-page finds
 * it); a search only hides the rows it leaves out, so typing stays quick. Not on the docs page, which would
 * render it twice.
 */
export const FiveThousand: StoryObj = { tags: ['skip-axe', '!autodocs'], args: { 'no-url-state': true }, render: (args) => element({ data: fiveThousandPapers(), ...args }) };
/** The 5,000 papers with a search typed in (the rows it leaves out are hidden, not removed). */
export const FiveThousandSearched: StoryObj = {
  tags: ['skip-axe', '!autodocs'],
  args: { 'no-url-state': true },
  render: (args) =>
    html`<div @ww-load=${(event: Event) => (event.target as PaperList).setFilter({ query: 'turbulent flows' })}>${element({ data: fiveThousandPapers(), ...args })}</div>`,
};
export const Empty: StoryObj = { args: { 'no-url-state': true, data: { title: 'No papers yet' } } };
export const LongContent: StoryObj = { args: { 'no-url-state': true, sample: 'long-texts' } };
export const InvalidData: StoryObj = {
  args: {
    'no-url-state': true,
    data: {
      title: 'Bad papers',
      papers: [
        { id: 'ok', title: 'A fine paper', authors: ['A. Author'], links: { pdf: 'javascript:alert(1)', code: 'https://example.org/code' } },
        { id: 'no-authors', title: 'Missing authors' },
        { id: 'braces', title: '}, note = {not injected', authors: ['Eve'] },
      ],
    },
  },
};
export const Loading: StoryObj = { args: { src: '/workshops/does-not-exist.json' } };
export const Dark: StoryObj = {
  args: { 'no-url-state': true, theme: 'dark', sample: 'default' }, render: (args) => html`<div style="background:#10151f;padding:1rem">${element(args)}</div>`,
};
export const Narrow: StoryObj = { args: { 'no-url-state': true, sample: 'default' }, render: (args) => html`<div style="width:320px">${element(args)}</div>` };
