/**
 * The workshop description: the one contract every element renders from.
 *
 * This file is the single source of truth. The TypeScript types are inferred from it, the browser validator
 * runs it, and `scripts/build-schema.ts` converts it into `workshop.schema.json` for editors and CI.
 * Checks that JSON Schema cannot express (real calendar dates, known time zones, references between
 * entries) live in `validate.ts` or in `v.check` actions that the converter skips.
 */
import * as v from 'valibot';
import { isCalendarDate, isKnownTimeZone, isWallClockTime } from './time.js';
import { isSafeUrl } from './url.js';

const text = (description: string) => v.pipe(v.string('expected text'), v.description(description));

const markdown = (description: string) =>
  v.pipe(v.string('expected text (markdown)'), v.description(`${description} Markdown.`));

const url = (description: string) =>
  v.pipe(
    v.string('expected a link'),
    v.check(isSafeUrl, 'expected an http, https or mailto link, or a relative path'),
    v.description(description),
  );

/** `2026-01-30`, `2026-01-30T23:59`, or `2026-07` for "some day in July 2026". */
const DATE_PATTERN = /^\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?$/;
const dateValue = (description: string) =>
  v.pipe(
    v.string('expected a date like 2026-01-30 or 2026-01-30T23:59'),
    v.regex(DATE_PATTERN, 'expected a date like 2026-01-30 or 2026-01-30T23:59 (year-month-day, 24-hour time)'),
    v.check(isCalendarDate, 'this date does not exist in the calendar'),
    v.description(description),
  );

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const day = (description: string) =>
  v.pipe(
    v.string('expected a date like 2026-04-27'),
    v.regex(DAY_PATTERN, 'expected a date like 2026-04-27 (year-month-day)'),
    v.check(isCalendarDate, 'this date does not exist in the calendar'),
    v.description(description),
  );

const TIME_PATTERN = /^\d{2}:\d{2}$/;
const wallTime = (description: string) =>
  v.pipe(
    v.string('expected a time like 09:30'),
    v.regex(TIME_PATTERN, 'expected a 24-hour time like 09:30'),
    v.check(isWallClockTime, 'expected a time between 00:00 and 23:59'),
    v.description(description),
  );

const zone = (description: string) =>
  v.pipe(
    v.string('expected a time zone such as "AoE" or "America/Sao_Paulo"'),
    v.check(isKnownTimeZone, 'unknown time zone: use "AoE", "UTC" or an IANA name such as "Europe/Vienna"'),
    v.description(description),
  );

const id = (description: string) =>
  v.pipe(
    v.string('expected an id (text)'),
    v.regex(/^[A-Za-z0-9][\w.:-]*$/, 'expected an id made of letters, digits, "-", "_", "." or ":"'),
    v.description(description),
  );

const count = (description: string) =>
  v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(0, 'expected 0 or more'), v.description(description));

const list = <T extends v.GenericSchema>(item: T, description: string) =>
  v.pipe(v.array(item, 'expected a list'), v.description(description));

export const LinkSchema = v.object({
  label: text('What the link says, e.g. "OpenReview" or "Twitter".'),
  url: url('Where it goes.'),
  kind: v.optional(text('A hint for an icon: website, twitter, x, bluesky, mastodon, linkedin, github, scholar, youtube, slack, discord, openreview.')),
});

export const ImageSchema = v.object({
  src: url('Image address (absolute or relative to the page).'),
  alt: v.optional(text('Text alternative; leave empty for a purely decorative image.')),
});

export const ConferenceSchema = v.object({
  name: text('Host conference, e.g. "ICLR".'),
  year: v.optional(v.pipe(v.number('expected a year'), v.integer('expected a year'), v.description('Conference year.'))),
  url: v.optional(url('Conference website.')),
});

export const VenueSchema = v.object({
  name: v.optional(text('Venue or building, e.g. "Riocentro".')),
  room: v.optional(text('Room or hall.')),
  address: v.optional(text('Street address.')),
  city: v.optional(text('City.')),
  country: v.optional(text('Country.')),
  mapUrl: v.optional(url('A map link.')),
});

export const MODES = ['in-person', 'virtual', 'hybrid'] as const;

export const DATE_KINDS = ['deadline', 'notification', 'event', 'period'] as const;

export const ImportantDateSchema = v.pipe(
  v.object({
    id: id('Stable id, used by <countdown-deadline deadline="..."> and calendar files.'),
    label: text('What happens, e.g. "Paper submission deadline".'),
    kind: v.optional(v.picklist(DATE_KINDS, 'expected one of: deadline, notification, event, period'), 'deadline'),
    date: v.optional(dateValue('When: a day (deadlines then mean 23:59 that day), a day and time, or a month.')),
    end: v.optional(dateValue('Last day (or time) of a period.')),
    timeZone: v.optional(zone('Zone the organizers wrote the date in: "AoE" or an IANA name. Defaults to the workshop\'s deadlineTimeZone.')),
    tbd: v.optional(v.boolean('expected true or false'), false),
    tentative: v.optional(v.boolean('expected true or false'), false),
    previousDates: v.optional(list(dateValue('An earlier date.'), 'Earlier dates of an extended deadline, oldest first; shown struck through.')),
    track: v.optional(id('Id of the track this date belongs to.')),
    note: v.optional(markdown('A short note shown under the date.')),
  }),
  v.check((entry) => entry.tbd || entry.date !== undefined, 'give a "date", or set "tbd": true'),
  v.check((entry) => entry.kind !== 'period' || entry.tbd || entry.end !== undefined, 'a period needs an "end" date'),
  v.forward(
    v.check((entry) => !entry.date || !entry.end || entry.end.slice(0, 10) >= entry.date.slice(0, 10), 'the end comes before the start'),
    ['end'],
  ),
);

export const TrackSchema = v.object({
  id: id('Stable id, referred to by important dates and papers.'),
  name: text('Track name.'),
  description: v.optional(markdown('What the track is for.')),
  pageLimit: v.optional(count('Maximum pages of the main text.')),
  pageLimitExcludes: v.optional(text('What does not count towards the page limit, e.g. "references and appendix".')),
  cameraReadyPageLimit: v.optional(count('Page limit of the camera-ready version.')),
  format: v.optional(text('Submission format, e.g. "extended abstract".')),
  reviewCriteria: v.optional(list(text('A criterion.'), 'What reviewers weigh.')),
  archival: v.optional(v.boolean('expected true or false')),
  anonymity: v.optional(v.picklist(['double-blind', 'single-blind', 'open'], 'expected double-blind, single-blind or open')),
  submissionUrl: v.optional(url('Where to submit.')),
  styleFileUrl: v.optional(url('The LaTeX style files or template.')),
  eligibleForOral: v.optional(v.boolean('expected true or false')),
  notes: v.optional(list(markdown('A rule or remark.'), 'Further rules of the track.')),
});

export const SectionSchema = v.object({
  id: v.optional(id('Anchor id.')),
  title: text('Heading.'),
  body: markdown('Content.'),
});

export const TopicGroupSchema = v.object({
  title: text('Theme heading.'),
  description: v.optional(markdown('A line about the theme.')),
  items: list(markdown('A topic.'), 'Topics of the theme.'),
});

export const CallForPapersSchema = v.object({
  description: v.optional(markdown('Introduction to the call.')),
  topics: v.optional(list(v.union([markdown('A topic.'), TopicGroupSchema], 'expected a topic (text) or a theme with "title" and "items"'), 'Topics, or themes each with topics.')),
  tracks: v.optional(list(TrackSchema, 'Submission tracks.')),
  submissionUrl: v.optional(url('Where to submit (e.g. the OpenReview group).')),
  styleFileUrl: v.optional(url('Style files or template.')),
  policies: v.optional(list(SectionSchema, 'Policies (dual submission, anonymity, financial assistance...).')),
});

export const PersonSchema = v.object({
  id: id('Stable id, used by role lists and the schedule.'),
  name: text('Full name, as the person writes it.'),
  sortName: v.optional(text('Name to sort by when the last word of "name" is not the family name.')),
  position: v.optional(text('Job title, e.g. "Associate Professor".')),
  affiliations: v.optional(list(text('An institution.'), 'Institutions, most important first.')),
  photo: v.optional(url('Portrait (square works best).')),
  homepage: v.optional(url('Personal page.')),
  email: v.optional(v.pipe(v.string('expected an email address'), v.email('expected an email address like name@example.org'), v.description('Email address.'))),
  links: v.optional(list(LinkSchema, 'Other links (Scholar, GitHub...).')),
  bio: v.optional(markdown('Short biography.')),
});

/** A role entry names a person by id; the object form adds the role within the list. */
const RoleEntrySchema = v.union(
  [id('Person id.'), v.object({ person: id('Person id.'), role: v.optional(text('Role in this list, e.g. "General chair".')) })],
  'expected a person id or an object with "person"',
);
const roleList = (description: string) => v.optional(list(RoleEntrySchema, description));

export const SpeakerSchema = v.object({
  person: id('Person id.'),
  talkTitle: v.optional(text('Talk title.')),
  abstract: v.optional(markdown('Talk abstract.')),
  kind: v.optional(v.picklist(['keynote', 'invited'], 'expected keynote or invited')),
  confirmed: v.optional(v.boolean('expected true or false')),
});

export const PeopleRolesSchema = v.object({
  speakers: v.optional(list(v.union([id('Person id.'), SpeakerSchema], 'expected a person id or an object with "person"'), 'Invited speakers.')),
  panelists: roleList('Panelists.'),
  moderators: roleList('Panel moderators.'),
  organizers: roleList('Organizers.'),
  areaChairs: roleList('Area chairs.'),
  programCommittee: roleList('Program committee (reviewers).'),
  volunteers: roleList('Volunteers.'),
});

export const SCHEDULE_KINDS = [
  'opening', 'keynote', 'invited-talk', 'contributed-talk', 'poster-session', 'panel', 'break', 'lunch', 'closing', 'social', 'other',
] as const;

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export const ScheduleItemSchema = v.pipe(
  v.object({
    start: wallTime('Start, wall-clock time in the event zone.'),
    end: v.optional(wallTime('End, wall-clock time in the event zone. "24:00" is not allowed; use 23:59.')),
    title: text('What happens.'),
    kind: v.optional(v.picklist(SCHEDULE_KINDS, `expected one of: ${SCHEDULE_KINDS.join(', ')}`), 'other'),
    speakers: v.optional(list(v.union([id('Person id.'), v.object({ name: text('Speaker name.'), affiliation: v.optional(text('Affiliation.')) })], 'expected a person id or an object with "name"'), 'Speakers: person ids, or names of people not in "people".')),
    papers: v.optional(list(id('Paper id.'), 'Papers presented in this slot.')),
    room: v.optional(text('Room; items in different rooms at the same time run in parallel.')),
    description: v.optional(markdown('Details.')),
    url: v.optional(url('Slides, recording or stream link.')),
  }),
  v.forward(v.check((item) => !item.end || minutes(item.end) > minutes(item.start), 'the item ends before (or when) it starts'), ['end']),
);

export const ScheduleDaySchema = v.object({
  date: day('The day, in the event zone.'),
  label: v.optional(text('A heading for the day, e.g. "Day 1".')),
  rooms: v.optional(list(text('A room.'), 'Rooms in display order (columns of parallel sessions).')),
  items: list(ScheduleItemSchema, 'Program items.'),
});

export const ScheduleSchema = v.object({
  timeZone: v.optional(zone('Zone of the wall-clock times; defaults to the workshop timeZone.')),
  days: list(ScheduleDaySchema, 'Days of the program.'),
  note: v.optional(markdown('A note above the program, e.g. "Tentative".')),
});

export const PAPER_LINK_KINDS = ['openreview', 'pdf', 'arxiv', 'poster', 'slides', 'video', 'code'] as const;

export const PaperSchema = v.object({
  id: id('Stable id, used by the schedule.'),
  title: text('Paper title.'),
  authors: list(text('An author, as printed.'), 'Authors in order.'),
  abstract: v.optional(markdown('Abstract.')),
  track: v.optional(id('Track id.')),
  presentation: v.optional(v.picklist(['oral', 'spotlight', 'poster'], 'expected oral, spotlight or poster')),
  awards: v.optional(list(text('An award, e.g. "Best paper".'), 'Awards.')),
  links: v.optional(
    v.object(Object.fromEntries(PAPER_LINK_KINDS.map((kind) => [kind, v.optional(url(`${kind} link.`))])) as Record<
      (typeof PAPER_LINK_KINDS)[number],
      v.OptionalSchema<ReturnType<typeof url>, undefined>
    >),
  ),
  year: v.optional(v.pipe(v.number('expected a year'), v.integer('expected a year'), v.description('Year, for BibTeX; defaults to the conference year.'))),
});

export const SponsorSchema = v.object({
  name: text('Sponsor name; shown as text when there is no logo.'),
  tier: v.optional(text('Tier name, one of sponsorTiers.')),
  logo: v.optional(url('Logo image.')),
  url: v.optional(url('Sponsor website.')),
});

export const FaqSchema = v.object({
  question: text('The question.'),
  answer: markdown('The answer.'),
});

export const ContactSchema = v.object({
  email: v.optional(v.pipe(v.string('expected an email address'), v.email('expected an email address like name@example.org'), v.description('Contact email.'))),
  text: v.optional(markdown('A line about how to reach the organizers.')),
  links: v.optional(list(LinkSchema, 'Other channels (Slack, forms...).')),
});

export const RelatedWorkshopSchema = v.object({
  name: text('Workshop name.'),
  url: v.optional(url('Its website.')),
  venue: v.optional(text('Where and when, e.g. "NeurIPS 2024".')),
  note: v.optional(text('Why it is related.')),
});

export const WorkshopSchema = v.object({
  $schema: v.optional(v.string()),
  title: text('Full workshop title.'),
  shortName: v.optional(text('Acronym, e.g. "MLMP".')),
  edition: v.optional(text('e.g. "2nd".')),
  tagline: v.optional(text('One line under the title.')),
  conference: v.optional(ConferenceSchema),
  website: v.optional(url('Workshop website.')),
  links: v.optional(list(LinkSchema, 'Social and other links.')),
  logo: v.optional(ImageSchema),
  banner: v.optional(ImageSchema),
  date: v.optional(dateValue('Workshop day, first day, or month ("2026-07") when the day is not known yet.')),
  endDate: v.optional(day('Last day of a multi-day workshop.')),
  dateTbd: v.optional(v.boolean('expected true or false')),
  timeZone: v.optional(zone('Event time zone (IANA), e.g. "America/Sao_Paulo".')),
  deadlineTimeZone: v.optional(zone('Default zone of important dates; "AoE" when omitted.'), 'AoE'),
  venue: v.optional(VenueSchema),
  modes: v.optional(list(v.picklist(MODES, 'expected in-person, virtual or hybrid'), 'How people attend.')),
  virtualUrl: v.optional(url('Stream or virtual venue.')),
  overview: v.optional(markdown('What the workshop is about.')),
  importantDates: v.optional(list(ImportantDateSchema, 'Deadlines, notifications and events.')),
  callForPapers: v.optional(CallForPapersSchema),
  people: v.optional(list(PersonSchema, 'Everyone named anywhere on the site, once.')),
  roles: v.optional(PeopleRolesSchema),
  schedule: v.optional(ScheduleSchema),
  papers: v.optional(list(PaperSchema, 'Accepted papers.')),
  sponsorTiers: v.optional(list(text('A tier.'), 'Tier names, most prominent first.')),
  sponsors: v.optional(list(SponsorSchema, 'Sponsors.')),
  faq: v.optional(list(FaqSchema, 'Questions and answers.')),
  contact: v.optional(ContactSchema),
  relatedWorkshops: v.optional(list(RelatedWorkshopSchema, 'Related workshops.')),
  sections: v.optional(list(SectionSchema, 'Free markdown sections (reproducibility, financial assistance...).')),
});

export type Workshop = v.InferOutput<typeof WorkshopSchema>;
export type WorkshopInput = v.InferInput<typeof WorkshopSchema>;
export type ImportantDate = v.InferOutput<typeof ImportantDateSchema>;
export type DateKind = (typeof DATE_KINDS)[number];
export type Track = v.InferOutput<typeof TrackSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Speaker = v.InferOutput<typeof SpeakerSchema>;
export type Link = v.InferOutput<typeof LinkSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type TopicGroup = v.InferOutput<typeof TopicGroupSchema>;
export type Schedule = v.InferOutput<typeof ScheduleSchema>;
export type ScheduleDay = v.InferOutput<typeof ScheduleDaySchema>;
export type ScheduleItem = v.InferOutput<typeof ScheduleItemSchema>;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];
export type Paper = v.InferOutput<typeof PaperSchema>;
export type PaperLinkKind = (typeof PAPER_LINK_KINDS)[number];
export type Sponsor = v.InferOutput<typeof SponsorSchema>;
export type Faq = v.InferOutput<typeof FaqSchema>;
export type Contact = v.InferOutput<typeof ContactSchema>;
export type RelatedWorkshop = v.InferOutput<typeof RelatedWorkshopSchema>;
export type Mode = (typeof MODES)[number];
export type RoleName = keyof v.InferOutput<typeof PeopleRolesSchema>;
