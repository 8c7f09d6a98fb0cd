import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/workshop-contact/workshop-contact.js';
import { elementStory, renderElement, seedStory } from './element-story.js';

const meta: Meta = { title: 'Elements/workshop-contact', component: 'workshop-contact', tags: ['autodocs'], ...elementStory('workshop-contact') };
export default meta;
const element = (args: Args) => renderElement('workshop-contact', args);

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

export const Full: StoryObj = { args: { data: full } };
export const EmailOnly: StoryObj = { args: { data: { title: 'Email only', contact: { email: 'sim2science@example.org' } } } };
export const MLMP: StoryObj = seedStory('mlmp');
export const Frontier: StoryObj = seedStory('frontier');
export const FM4Science: StoryObj = { name: 'FM4Science', ...seedStory('fm4science') };
export const ML4Astro: StoryObj = { name: 'ML4Astro', ...seedStory('ml4astro') };
export const Sim2Science: StoryObj = { name: 'Sim2Science', ...seedStory('sim2science') };
export const Empty: StoryObj = { args: { data: { title: 'No contact' } } };
export const LongContent: StoryObj = {
  render: (args) => element({ data: { title: 'Long', contact: { email: 'a-very-long-mailbox-name-for-the-workshop@some-long-university-domain.example.org', text: 'Write to us. '.repeat(40), links: Array.from({ length: 8 }, (_, i) => ({ label: `Channel ${i + 1}`, url: `https://example.org/${i}` })) } }, ...args }),
};
export const InvalidData: StoryObj = {
  args: { data: { title: 'Bad contact', contact: { email: 'not an address', text: 'Hi <script>alert(1)</script>', links: [{ label: 'Evil', url: 'javascript:alert(1)' }] } } },
};
export const LoadError: StoryObj = { args: { src: '/workshops/does-not-exist.json' } };
export const Dark: StoryObj = { args: { theme: 'dark', data: full }, render: (args) => html`<div style="background:#10151f;padding:1rem">${element(args)}</div>` };
export const Narrow: StoryObj = { args: { data: full }, render: (args) => html`<div style="width:320px">${element(args)}</div>` };
