import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/paper-list/paper-list.js';
import type { PaperList } from '../src/components/paper-list/paper-list.js';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';
import scifm from '../demo/workshops/default.json';
import longTexts from '../test/fixtures/edge/long-texts.json';
import { generateWorkshop } from '../test/fixtures/generate.js';

const meta: Meta = { title: 'Elements/paper-list', component: 'paper-list', tags: ['autodocs'] };
export default meta;

// No seed site has published accepted papers yet; they show the empty state. The default workshop has 30.
export const Default: StoryObj = { render: () => html`<paper-list no-url-state .data=${scifm}></paper-list>` };
export const FM4Science: StoryObj = { render: () => html`<paper-list no-url-state .data=${fm4science}></paper-list>` };
export const MLMP: StoryObj = { render: () => html`<paper-list no-url-state .data=${mlmp}></paper-list>` };
export const Frontier: StoryObj = { render: () => html`<paper-list no-url-state .data=${frontier}></paper-list>` };
export const ML4Astro: StoryObj = { render: () => html`<paper-list no-url-state .data=${ml4astro}></paper-list>` };
export const Sim2Science: StoryObj = { render: () => html`<paper-list no-url-state .data=${sim2science}></paper-list>` };
/**
 * A big conference: 5,000 generated papers, rendered in chunks. Every paper stays in the page (find-in-page finds
 * it); a search only hides the rows it leaves out, so typing stays quick.
 */
export const FiveThousand: StoryObj = { tags: ['skip-axe'], render: () => html`<paper-list no-url-state .data=${generateWorkshop({ papers: 5000, seed: 7 })}></paper-list>` };
/** The 5,000 papers with a search typed in (the rows it leaves out are hidden, not removed). */
export const FiveThousandSearched: StoryObj = {
  tags: ['skip-axe'],
  render: () => html`<paper-list
    no-url-state
    .data=${generateWorkshop({ papers: 5000, seed: 7 })}
    @ww-load=${(event: Event) => (event.target as PaperList).setFilter({ query: 'turbulent flows' })}
  ></paper-list>`,
};
export const Empty: StoryObj = { render: () => html`<paper-list no-url-state .data=${{ title: 'No papers yet' }}></paper-list>` };
export const LongContent: StoryObj = { render: () => html`<paper-list no-url-state .data=${longTexts}></paper-list>` };
export const InvalidData: StoryObj = {
  render: () => html`<paper-list
    no-url-state
    .data=${{
      title: 'Bad papers',
      papers: [
        { id: 'ok', title: 'A fine paper', authors: ['A. Author'], links: { pdf: 'javascript:alert(1)', code: 'https://example.org/code' } },
        { id: 'no-authors', title: 'Missing authors' },
        { id: 'braces', title: '}, note = {not injected', authors: ['Eve'] },
      ],
    }}
  ></paper-list>`,
};
export const Loading: StoryObj = { render: () => html`<paper-list src="/workshops/does-not-exist.json"></paper-list>` };
export const Dark: StoryObj = {
  render: () => html`<div style="background:#10151f;padding:1rem"><paper-list no-url-state theme="dark" .data=${scifm}></paper-list></div>`,
};
export const Narrow: StoryObj = { render: () => html`<div style="width:320px"><paper-list no-url-state .data=${scifm}></paper-list></div>` };
