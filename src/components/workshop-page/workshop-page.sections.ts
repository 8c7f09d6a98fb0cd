import { html, nothing, type TemplateResult } from 'lit';
import { arrange, layoutEntries, type LayoutEntry } from '../../data/layout.js';
import type { PlainMessageKey, Translate } from '../../data/messages/index.js';
import { timedSchedule } from '../../data/schedule.js';
import type { Link, Workshop } from '../../data/schema.js';
import { textBlocks } from '../workshop-sections/workshop-sections.component.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { link } from '../../internal/links.js';
import { markdown } from '../../internal/markdown.js';
import { emptyNote } from '../../internal/section-note.js';
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
import { addEnglish } from '../../data/messages/index.js';
import { enProgram } from '../../data/messages/en-program.js';

// The words only the elements that load on demand say, with them.
addEnglish(enProgram);

export interface PageSection {
  /** Anchor id, and the word that hides the section in `hide`. */
  id: string;
  /** Nav label and heading. */
  title: string;
  /** The section's content: child elements whose headings sit one level below the section heading. */
  content: TemplateResult;
  /** Ids of the sections the layout nests in this one (the skip link may lead to one). */
  parts?: string[];
}

interface SectionSpec {
  id: string;
  /** The heading's message key. */
  title: PlainMessageKey;
  present: (workshop: Workshop) => boolean;
  render: (workshop: Workshop, level: number, hidden: Set<string>, msg: Translate) => TemplateResult;
}

/** One heading level down, never past h6. */
const below = (level: number) => Math.min(level + 1, 6);
const has = (list: readonly unknown[] | undefined) => (list?.length ?? 0) > 0;
const sub = (level: number, hidden: Set<string>, word: string, title: string, body: TemplateResult) =>
  hidden.has(word) ? nothing : html`<div class="part" data-part=${word}>${subheading(level, title)}${body}</div>`;

/** Links shown as buttons: the call's submission links, a section's call to action. */
const actions = (links: readonly Link[] | undefined) =>
  links?.length ? html`<ul class="actions">${links.map((item) => html`<li>${link(item.url, item.label, 'action button')}</li>`)}</ul>` : nothing;

/** The call's policies; one the layout places elsewhere (its id in `hidden`) is left out here. */
function policies(w: Workshop, level: number, hidden: Set<string>) {
  const all = textBlocks(w).filter((block) => block.kind === 'policies');
  const shown = all.filter((block) => !hidden.has(block.id));
  if (hidden.has('policies') || shown.length === 0) return nothing;
  return html`<div class="part" data-part="policies">${shown.length === all.length
    ? html`<workshop-sections .only=${'policies'} heading-level=${level} .data=${w}></workshop-sections>`
    : shown.map((block) => html`<workshop-sections section=${block.id} heading-level=${level} .data=${w}></workshop-sections>`)}</div>`;
}

/** A heading inside a section, one level below the section's own. */
const subheading = (level: number, title: string) => heading(headingLevel(level, 3), title, 'subheading');

/**
 * The sections of a workshop site in reading order; each renders a child element with `.data`.
 * `only` is set as a property: an attribute starting with "on" reads as an event handler to markup scanners.
 */
const SPECS: SectionSpec[] = [
  {
    id: 'overview',
    title: 'overview',
    present: (w) => !!w.overview,
    render: (w, level) => html`<workshop-sections .only=${'overview'} heading-level=${level} .data=${w}></workshop-sections>`,
  },
  {
    id: 'dates',
    title: 'importantDates',
    present: (w) => has(w.importantDates),
    render: (w, level, hidden, msg) =>
      // A countdown to deadlines that are all still to be announced would only repeat the list's "To be announced".
      html`${!hidden.has('countdown') && w.importantDates!.some((item) => item.kind === 'deadline' && !item.tbd && !!item.date)
        ? html`<countdown-deadline .data=${w}></countdown-deadline>`
        : nothing}<workshop-dates .data=${w}></workshop-dates>
      ${w.date && w.date.length >= 10 && !w.dateTbd
        ? sub(level, hidden, 'calendar', msg('addWorkshopToCalendar'), html`<add-to-calendar date-id="workshop" .data=${w}></add-to-calendar>`)
        : nothing}`,
  },
  {
    id: 'call-for-papers',
    title: 'callForPapers',
    present: (w) => {
      const call = w.callForPapers;
      return !!call && (!!call.description || !!call.submissionUrl || has(call.topics) || has(call.tracks) || has(call.policies));
    },
    render: (w, level, hidden, msg) => {
      const call = w.callForPapers!;
      const links = [
        ...(call.submissionUrl ? [{ label: msg('submit'), url: call.submissionUrl }] : []),
        ...(call.styleFileUrl ? [{ label: msg('styleFiles'), url: call.styleFileUrl }] : []),
      ];
      return html`${call.description ? html`<workshop-sections .only=${'call-for-papers'} heading-level=${level} .data=${w}></workshop-sections>` : nothing}
        ${actions(links)}
        ${has(call.topics) ? sub(level, hidden, 'topics', msg('topics'), html`<workshop-topics heading-level=${below(level)} .data=${w}></workshop-topics>`) : nothing}
        ${has(call.tracks) ? sub(level, hidden, 'tracks', msg('tracks'), html`<workshop-tracks heading-level=${below(level)} .data=${w}></workshop-tracks>`) : nothing}
        ${policies(w, level, hidden)}`;
    },
  },
  {
    id: 'speakers',
    title: 'invitedSpeakers',
    present: (w) => has(w.roles?.speakers),
    render: (w, level) => html`<speaker-grid heading-level=${level} .data=${w}></speaker-grid>`,
  },
  {
    id: 'panelists',
    title: 'panel',
    present: (w) => has(w.roles?.panelists) || has(w.roles?.moderators),
    render: (w, level, hidden, msg) =>
      html`${has(w.roles?.moderators) ? sub(level, hidden, 'moderators', msg('moderators'), html`<people-grid group="moderators" heading-level=${below(level)} .data=${w}></people-grid>`) : nothing}
      ${has(w.roles?.panelists) ? sub(level, hidden, 'panelists-list', msg('panelists'), html`<people-grid group="panelists" heading-level=${below(level)} .data=${w}></people-grid>`) : nothing}`,
  },
  {
    id: 'schedule',
    title: 'schedule',
    // A program still to come ("Coming soon") is a schedule too, as <workshop-schedule> shows it.
    present: (w) => !!timedSchedule(w) || !!w.schedule?.note,
    render: (w, level) => html`<workshop-schedule heading-level=${level} .data=${w}></workshop-schedule>`,
  },
  {
    id: 'papers',
    title: 'acceptedPapers',
    present: (w) => has(w.papers),
    render: (w, level) => html`<paper-list heading-level=${level} .data=${w}></paper-list>`,
  },
  {
    id: 'organizers',
    title: 'organizers',
    present: (w) => has(w.roles?.organizers),
    render: (w, level) => html`<people-grid group="organizers" heading-level=${level} .data=${w}></people-grid>`,
  },
  {
    id: 'committee',
    title: 'programCommittee',
    present: (w) => has(w.roles?.programCommittee) || has(w.roles?.areaChairs),
    render: (w, level, hidden, msg) =>
      // Area chairs are few and shown as people (photos, links); reviewers are many and shown as a list.
      html`${has(w.roles?.areaChairs) ? sub(level, hidden, 'area-chairs', msg('areaChairs'), html`<people-grid group="areaChairs" order="last-name" heading-level=${below(level)} .data=${w}></people-grid>`) : nothing}
      ${has(w.roles?.programCommittee)
        ? has(w.roles?.areaChairs)
          ? sub(level, hidden, 'reviewers', msg('reviewers'), html`<committee-list .data=${w}></committee-list>`)
          : html`<committee-list .data=${w}></committee-list>`
        : nothing}`,
  },
  {
    id: 'volunteers',
    title: 'volunteers',
    present: (w) => has(w.roles?.volunteers),
    render: (w, level) => html`<people-grid group="volunteers" heading-level=${level} .data=${w}></people-grid>`,
  },
  {
    id: 'sponsors',
    title: 'sponsors',
    present: (w) => has(w.sponsors),
    render: (w, level) => html`<sponsor-wall heading-level=${level} .data=${w}></sponsor-wall>`,
  },
  {
    id: 'faq',
    title: 'faq',
    present: (w) => has(w.faq),
    render: (w) => html`<workshop-faq .data=${w}></workshop-faq>`,
  },
  {
    id: 'contact',
    title: 'contact',
    present: (w) => !!w.contact && (!!w.contact.email || !!w.contact.text || has(w.contact.links)),
    render: (w) => html`<workshop-contact .data=${w}></workshop-contact>`,
  },
];

interface Candidate {
  title: string;
  /** The built-in title, when the layout renames the section: a free section so titled still joins it. */
  builtIn?: string;
  render: (level: number) => TemplateResult | typeof nothing;
}

/**
 * Sections present in the workshop and not hidden, in page order: the built-in ones, free sections, related
 * workshops; then arranged, renamed and nested as the workshop's `layout` says. A built-in section with nothing
 * to show stays when the layout gives it a note ("Coming soon"), which it then shows.
 */
export function pageSections(workshop: Workshop, level: number, hidden: Set<string>, msg: Translate): PageSection[] {
  const layout = layoutEntries(workshop);
  const entries = new Map<string, LayoutEntry>();
  for (const top of layout) for (const item of [top, ...(top.sections ?? [])]) entries.set(item.section, item);
  const off = (id: string) => hidden.has(id) || !!entries.get(id)?.hidden;
  const titleOf = (id: string, fallback: string) => entries.get(id)?.title ?? fallback;
  const candidates = new Map<string, Candidate>();
  // The call's policies the layout names are placed like free sections, and left out of the call.
  const blocks = textBlocks(workshop, msg);
  const placed = blocks.filter((block) => block.kind === 'policies' && entries.has(block.id));
  const inCall = placed.length ? new Set([...hidden, ...placed.map((block) => block.id)]) : hidden;
  for (const spec of SPECS) {
    if (off(spec.id)) continue;
    const note = spec.present(workshop) ? undefined : emptyNote(workshop, spec.id);
    if (note || spec.present(workshop)) {
      const title = msg(spec.title);
      candidates.set(spec.id, { title: titleOf(spec.id, title), builtIn: title, render: (inner) => note ?? spec.render(workshop, inner, inCall, msg) });
    }
  }
  if (!hidden.has('sections') || placed.length) {
    for (const block of blocks.filter((item) => (item.kind === 'sections' && !hidden.has('sections')) || placed.includes(item))) {
      if (off(block.id)) continue;
      const render = (inner: number) => html`<workshop-sections section=${block.id} heading-level=${inner} hide-headings .data=${workshop}></workshop-sections>`;
      // "Program Committee" written as a free section is a note about the built-in one: show it there, not twice.
      // A free section the layout places itself stays apart.
      const title = block.title.trim().toLowerCase();
      const namesake = entries.has(block.id)
        ? undefined
        : [...candidates.values()].find((section) => [section.title, section.builtIn].some((name) => name?.toLowerCase() === title));
      if (!namesake && !entries.has(block.id) && SPECS.some((spec) => off(spec.id) && msg(spec.title).toLowerCase() === title)) continue;
      if (namesake) {
        const own = namesake.render;
        namesake.render = (inner) => html`${render(inner)}${own(inner)}`;
        continue;
      }
      // A free section may not reuse the id of a built-in one, or the nav would jump to the wrong place.
      candidates.set(candidates.has(block.id) ? `section-${block.id}` : block.id, { title: titleOf(block.id, block.title), render });
    }
  }
  if (!off('related') && has(workshop.relatedWorkshops)) {
    candidates.set('related', {
      title: titleOf('related', msg('relatedWorkshops')),
      render: (inner) => html`<workshop-sections .only=${'related'} heading-level=${inner} .data=${workshop}></workshop-sections>`,
    });
  }
  // A layout entry naming no section, with a title and sub-sections, is a heading that groups them ("Program").
  for (const top of layout) {
    if (!candidates.has(top.section) && !off(top.section) && top.title && top.sections?.some((sub) => candidates.has(sub.section))) {
      candidates.set(top.section, { title: top.title, render: () => nothing });
    }
  }
  const nested = new Set(layout.filter((top) => candidates.has(top.section)).flatMap((top) => (top.sections ?? []).map((sub) => sub.section)));
  const order = arrange([...candidates.keys()].filter((id) => !nested.has(id)), layout.map((top) => top.section));
  const inner = below(level);
  return order.map((id) => {
    const { title, render } = candidates.get(id)!;
    const entry = entries.get(id);
    const subs = (entry?.sections ?? []).filter((sub) => candidates.has(sub.section));
    return {
      id,
      title,
      parts: subs.map((sub) => sub.section),
      content: html`${render(inner)}${actions(entry?.links)}${subs.map((sub) => {
        const part = candidates.get(sub.section)!;
        return html`<section class="part" id=${sub.section} aria-labelledby="${sub.section}-heading" data-part=${sub.section}>
          ${heading(headingLevel(inner, 3), part.title, 'subheading', `${sub.section}-heading`)}${part.render(below(inner))}${actions(sub.links)}
        </section>`;
      })}`,
    };
  });
}

/** The organizers' closing line at the foot of the page. */
export const pageFooter = (workshop: Workshop, hidden: Set<string>) =>
  workshop.footer && !hidden.has('footer') ? html`<footer part="footer" class="footer markdown">${markdown(workshop.footer)}</footer>` : nothing;
