import { html, nothing, type TemplateResult } from 'lit';
import { timedSchedule } from '../../data/schedule.js';
import type { Workshop } from '../../data/schema.js';
import { textBlocks } from '../workshop-sections/workshop-sections.component.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { link } from '../../internal/links.js';
import '../workshop-sections/workshop-sections.js';
import '../workshop-topics/workshop-topics.js';
import '../sponsor-wall/sponsor-wall.js';
import '../workshop-faq/workshop-faq.js';
import '../workshop-contact/workshop-contact.js';
import '../workshop-dates/workshop-dates.js';
import '../countdown-deadline/countdown-deadline.js';
import '../add-to-calendar/add-to-calendar.js';
import '../paper-list/paper-list.js';
import '../workshop-tracks/workshop-tracks.js';
import '../workshop-schedule/workshop-schedule.js';
import '../speaker-grid/speaker-grid.js';
import '../people-grid/people-grid.js';
import '../committee-list/committee-list.js';

export interface PageSection {
  /** Anchor id, and the word that hides the section in `hide`. */
  id: string;
  /** Nav label and heading. */
  title: string;
  /** The section's content: child elements whose headings sit one level below the section heading. */
  content: TemplateResult;
}

interface SectionSpec {
  id: string;
  title: string;
  present: (workshop: Workshop) => boolean;
  render: (workshop: Workshop, level: number, hidden: Set<string>) => TemplateResult;
}

/** One heading level down, never past h6. */
const below = (level: number) => Math.min(level + 1, 6);
const has = (list: readonly unknown[] | undefined) => (list?.length ?? 0) > 0;
const sub = (level: number, hidden: Set<string>, word: string, title: string, body: TemplateResult) =>
  hidden.has(word) ? nothing : html`<div class="part" data-part=${word}>${subheading(level, title)}${body}</div>`;

/** A heading inside a section, one level below the section's own. */
const subheading = (level: number, title: string) => heading(headingLevel(level, 3), title, 'subheading');

/**
 * The sections of a workshop site in reading order; each renders a child element with `.data`.
 * `only` is set as a property: an attribute starting with "on" reads as an event handler to markup scanners.
 */
const SPECS: SectionSpec[] = [
  {
    id: 'overview',
    title: 'Overview',
    present: (w) => !!w.overview,
    render: (w, level) => html`<workshop-sections .only=${'overview'} heading-level=${level} .data=${w}></workshop-sections>`,
  },
  {
    id: 'dates',
    title: 'Important dates',
    present: (w) => has(w.importantDates),
    render: (w, level, hidden) =>
      html`${!hidden.has('countdown') && w.importantDates!.some((item) => item.kind === 'deadline')
        ? html`<countdown-deadline .data=${w}></countdown-deadline>`
        : nothing}<workshop-dates .data=${w}></workshop-dates>
      ${w.date && w.date.length >= 10 && !w.dateTbd
        ? sub(level, hidden, 'calendar', 'Add the workshop to your calendar', html`<add-to-calendar date-id="workshop" .data=${w}></add-to-calendar>`)
        : nothing}`,
  },
  {
    id: 'call-for-papers',
    title: 'Call for papers',
    present: (w) => {
      const call = w.callForPapers;
      return !!call && (!!call.description || !!call.submissionUrl || has(call.topics) || has(call.tracks) || has(call.policies));
    },
    render: (w, level, hidden) => {
      const call = w.callForPapers!;
      const links = [
        ...(call.submissionUrl ? [{ label: 'Submit', url: call.submissionUrl }] : []),
        ...(call.styleFileUrl ? [{ label: 'Style files', url: call.styleFileUrl }] : []),
      ];
      return html`${call.description ? html`<workshop-sections .only=${'call-for-papers'} heading-level=${level} .data=${w}></workshop-sections>` : nothing}
        ${links.length ? html`<ul class="actions">${links.map((item) => html`<li>${link(item.url, item.label, 'action button')}</li>`)}</ul>` : nothing}
        ${has(call.topics) ? sub(level, hidden, 'topics', 'Topics', html`<workshop-topics heading-level=${below(level)} .data=${w}></workshop-topics>`) : nothing}
        ${has(call.tracks) ? sub(level, hidden, 'tracks', 'Tracks', html`<workshop-tracks heading-level=${below(level)} .data=${w}></workshop-tracks>`) : nothing}
        ${has(call.policies) && !hidden.has('policies')
          ? html`<div class="part" data-part="policies"><workshop-sections .only=${'policies'} heading-level=${level} .data=${w}></workshop-sections></div>`
          : nothing}`;
    },
  },
  {
    id: 'speakers',
    title: 'Invited speakers',
    present: (w) => has(w.roles?.speakers),
    render: (w, level) => html`<speaker-grid heading-level=${level} .data=${w}></speaker-grid>`,
  },
  {
    id: 'panelists',
    title: 'Panel',
    present: (w) => has(w.roles?.panelists) || has(w.roles?.moderators),
    render: (w, level, hidden) =>
      html`${has(w.roles?.moderators) ? sub(level, hidden, 'moderators', 'Moderators', html`<people-grid group="moderators" heading-level=${below(level)} .data=${w}></people-grid>`) : nothing}
      ${has(w.roles?.panelists) ? sub(level, hidden, 'panelists-list', 'Panelists', html`<people-grid group="panelists" heading-level=${below(level)} .data=${w}></people-grid>`) : nothing}`,
  },
  {
    id: 'schedule',
    title: 'Schedule',
    // A program still to come ("Coming soon") is a schedule too, as <workshop-schedule> shows it.
    present: (w) => !!timedSchedule(w) || !!w.schedule?.note,
    render: (w, level) => html`<workshop-schedule heading-level=${level} .data=${w}></workshop-schedule>`,
  },
  {
    id: 'papers',
    title: 'Accepted papers',
    present: (w) => has(w.papers),
    render: (w, level) => html`<paper-list heading-level=${level} .data=${w}></paper-list>`,
  },
  {
    id: 'organizers',
    title: 'Organizers',
    present: (w) => has(w.roles?.organizers),
    render: (w, level) => html`<people-grid group="organizers" heading-level=${level} .data=${w}></people-grid>`,
  },
  {
    id: 'committee',
    title: 'Program committee',
    present: (w) => has(w.roles?.programCommittee) || has(w.roles?.areaChairs),
    render: (w, level, hidden) =>
      // Area chairs are few and shown as people (photos, links); reviewers are many and shown as a list.
      html`${has(w.roles?.areaChairs) ? sub(level, hidden, 'area-chairs', 'Area chairs', html`<people-grid group="areaChairs" order="last-name" heading-level=${below(level)} .data=${w}></people-grid>`) : nothing}
      ${has(w.roles?.programCommittee)
        ? has(w.roles?.areaChairs)
          ? sub(level, hidden, 'reviewers', 'Reviewers', html`<committee-list .data=${w}></committee-list>`)
          : html`<committee-list .data=${w}></committee-list>`
        : nothing}`,
  },
  {
    id: 'volunteers',
    title: 'Volunteers',
    present: (w) => has(w.roles?.volunteers),
    render: (w, level) => html`<people-grid group="volunteers" heading-level=${level} .data=${w}></people-grid>`,
  },
  {
    id: 'sponsors',
    title: 'Sponsors',
    present: (w) => has(w.sponsors),
    render: (w, level) => html`<sponsor-wall heading-level=${level} .data=${w}></sponsor-wall>`,
  },
  {
    id: 'faq',
    title: 'FAQ',
    present: (w) => has(w.faq),
    render: (w) => html`<workshop-faq .data=${w}></workshop-faq>`,
  },
  {
    id: 'contact',
    title: 'Contact',
    present: (w) => !!w.contact && (!!w.contact.email || !!w.contact.text || has(w.contact.links)),
    render: (w) => html`<workshop-contact .data=${w}></workshop-contact>`,
  },
];

/** Sections present in the workshop and not hidden, in page order; free sections go before related workshops. */
export function pageSections(workshop: Workshop, level: number, hidden: Set<string>): PageSection[] {
  const out: PageSection[] = SPECS.filter((spec) => !hidden.has(spec.id) && spec.present(workshop)).map((spec) => ({
    id: spec.id,
    title: spec.title,
    content: spec.render(workshop, below(level), hidden),
  }));
  const taken = new Set(out.map((section) => section.id));
  if (!hidden.has('sections')) {
    for (const block of textBlocks(workshop).filter((item) => item.kind === 'sections')) {
      if (hidden.has(block.id)) continue;
      const body = html`<workshop-sections section=${block.id} heading-level=${below(level)} hide-headings .data=${workshop}></workshop-sections>`;
      // "Program Committee" written as a free section is a note about the built-in one: show it there, not twice.
      const title = block.title.trim().toLowerCase();
      const namesake = out.find((section) => section.title.toLowerCase() === title);
      if (!namesake && SPECS.some((spec) => hidden.has(spec.id) && spec.title.toLowerCase() === title)) continue;
      if (namesake) {
        namesake.content = html`${body}${namesake.content}`;
        continue;
      }
      // A free section may not reuse the id of a built-in one, or the nav would jump to the wrong place.
      const id = taken.has(block.id) ? `section-${block.id}` : block.id;
      taken.add(id);
      out.push({ id, title: block.title, content: body });
    }
  }
  if (!hidden.has('related') && has(workshop.relatedWorkshops)) {
    out.push({ id: 'related', title: 'Related workshops', content: html`<workshop-sections .only=${'related'} heading-level=${below(level)} .data=${workshop}></workshop-sections>` });
  }
  return out;
}
