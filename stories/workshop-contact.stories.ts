import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-contact/workshop-contact.js';
import mlmp from '../demo/workshops/mlmp-iclr2025.json';
import frontier from '../demo/workshops/frontier-reasoning.json';
import fm4science from '../demo/workshops/fm4science-iclr2026.json';
import ml4astro from '../demo/workshops/ml4astro-icml2025.json';
import sim2science from '../demo/workshops/sim2science-icml2026.json';

const meta: Meta = { title: 'Elements/workshop-contact', component: 'workshop-contact', tags: ['autodocs'] };
export default meta;

export const MLMP: StoryObj = { render: () => html`<workshop-contact .data=${mlmp}></workshop-contact>` };
export const Frontier: StoryObj = { render: () => html`<workshop-contact .data=${frontier}></workshop-contact>` };
export const FM4Science: StoryObj = { render: () => html`<workshop-contact .data=${fm4science}></workshop-contact>` };
export const ML4Astro: StoryObj = { render: () => html`<workshop-contact .data=${ml4astro}></workshop-contact>` };
export const Sim2Science: StoryObj = { render: () => html`<workshop-contact .data=${sim2science}></workshop-contact>` };

const full = {
  title: 'Contact',
  contact: {
    email: 'organizers@example.org',
    text: 'Questions about submissions or attendance? Write to us, or ask in **Slack**.',
    links: [
      { label: 'Slack', url: 'https://example.org/slack' },
      { label: 'Contact form', url: 'https://example.org/form' },
    ],
  },
};

export const Full: StoryObj = { render: () => html`<workshop-contact .data=${full}></workshop-contact>` };
export const EmailOnly: StoryObj = { render: () => html`<workshop-contact .data=${{ title: 'Email only', contact: { email: 'sim2science@example.org' } }}></workshop-contact>` };
export const Empty: StoryObj = { render: () => html`<workshop-contact .data=${{ title: 'No contact' }}></workshop-contact>` };
export const LongContent: StoryObj = {
  render: () => html`<workshop-contact
    .data=${{ title: 'Long', contact: { email: 'a-very-long-mailbox-name-for-the-workshop@some-long-university-domain.example.org', text: 'Write to us. '.repeat(40), links: Array.from({ length: 8 }, (_, i) => ({ label: `Channel ${i + 1}`, url: `https://example.org/${i}` })) } }}
  ></workshop-contact>`,
};
export const InvalidData: StoryObj = {
  render: () => html`<workshop-contact .data=${{ title: 'Bad contact', contact: { email: 'not an address', text: 'Hi <script>alert(1)</script>', links: [{ label: 'Evil', url: 'javascript:alert(1)' }] } }}></workshop-contact>`,
};
export const LoadError: StoryObj = { render: () => html`<workshop-contact src="/workshops/does-not-exist.json"></workshop-contact>` };
export const Dark: StoryObj = { render: () => html`<div style="background:#10151f;padding:1rem"><workshop-contact theme="dark" .data=${full}></workshop-contact></div>` };
export const Narrow: StoryObj = { render: () => html`<div style="width:320px"><workshop-contact .data=${full}></workshop-contact></div>` };
