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
import { en, LANGUAGES, PROGRAM_KEYS, type Language, type MessageKey } from './messages/index.js';

/**
 * Marks a description for workshop.schema.json. The CDN build replaces each `doc(...)` with '' (the browser
 * never shows descriptions; scripts/lib/cdn-plugins.mjs), so wrap every description in it and nothing else.
 */
const doc = (description: string) => description;

const text = (description: string) => v.pipe(v.string('expected text'), v.description(description));

const markdown = (description: string) =>
  v.pipe(v.string('expected text (markdown)'), v.description(doc(`${description} Markdown.`)));

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

/** Zone names: "AoE", an offset as sites write it ("UTC-7", "GMT+05:30", "+02:00"), or an IANA name. */
const ZONE_EXAMPLES = 'a time zone such as "AoE", "UTC-7" or "Europe/Vienna"';
const zone = (description: string) =>
  v.pipe(v.string(`expected ${ZONE_EXAMPLES}`), v.check(isKnownTimeZone, `write ${ZONE_EXAMPLES.replace('a time zone', 'one')}`), v.description(description));

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

/** A page limit: a number, or a range `{ "min": 4, "max": 9 }`. */
const pageLimit = (description: string) =>
  v.pipe(
    v.union(
      [
        count(doc('Most pages.')),
        // Both keys optional, so that a missing "max" drops this value alone, not the track around it.
        v.pipe(
          v.object({ min: v.optional(count(doc('Fewest pages.'))), max: v.optional(count(doc('Most pages.'))) }),
          v.check((range) => range.max !== undefined, 'a page range needs its "max"'),
          v.check((range) => !(range.min! > range.max!), 'the maximum is below the minimum'),
        ),
      ],
      'expected a number of pages, or a range like { "min": 4, "max": 9 }',
    ),
    v.description(description),
  );

export const LinkSchema = v.object({
  label: text(doc('What the link says, e.g. "OpenReview" or "Twitter".')),
  url: url(doc('Where it goes.')),
  kind: v.optional(text(doc('A hint for an icon: website, twitter, x, bluesky, mastodon, linkedin, github, scholar, youtube, slack, discord, openreview.'))),
});

export const ImageSchema = v.object({
  src: url(doc('Image address (absolute or relative to the page).')),
  alt: v.optional(text(doc('Text alternative; leave empty for a purely decorative image.'))),
});

export const ConferenceSchema = v.object({
  name: text(doc('Host conference, e.g. "ICLR".')),
  year: v.optional(v.pipe(v.number('expected a year'), v.integer('expected a year'), v.description(doc('Conference year.')))),
  url: v.optional(url(doc('Conference website.'))),
});

export const VenueSchema = v.object({
  name: v.optional(text(doc('Venue or building, e.g. "Riocentro".'))),
  room: v.optional(text(doc('Room or hall.'))),
  address: v.optional(text(doc('Street address.'))),
  city: v.optional(text(doc('City.'))),
  country: v.optional(text(doc('Country.'))),
  mapUrl: v.optional(url(doc('A map link.'))),
});

export const MODES = ['in-person', 'virtual', 'hybrid'] as const;

export const DATE_KINDS = ['deadline', 'notification', 'event', 'period'] as const;

/** Who a date concerns; track cards show the authors' dates only. */
export const DATE_AUDIENCES = ['authors', 'reviewers', 'attendees', 'everyone'] as const;

export const ImportantDateSchema = v.pipe(
  v.object({
    id: id(doc('Stable id, used by <countdown-deadline deadline="..."> and calendar files.')),
    label: text(doc('What happens, e.g. "Paper submission deadline".')),
    kind: v.optional(v.picklist(DATE_KINDS, 'expected one of: deadline, notification, event, period'), 'deadline'),
    date: v.optional(dateValue(doc('When: a day (deadlines then mean 23:59 that day), a day and time, or a month.'))),
    end: v.optional(dateValue(doc('Last day (or time) of a period.'))),
    timeZone: v.optional(zone(doc('Zone the organizers wrote the date in: "AoE", an IANA name, or a fixed offset such as "UTC-7". Defaults to the workshop\'s deadlineTimeZone.'))),
    tbd: v.optional(v.boolean('expected true or false'), false),
    tentative: v.optional(v.boolean('expected true or false'), false),
    previousDates: v.optional(list(dateValue(doc('An earlier date.')), doc('Earlier dates of an extended deadline, oldest first; shown after the current one ("Extended from …").'))),
    track: v.optional(id(doc('Id of the track this date belongs to.'))),
    audience: v.optional(
      v.pipe(
        v.picklist(DATE_AUDIENCES, 'expected one of: authors, reviewers, attendees, everyone'),
        v.description(
          doc(
            'Who the date concerns; track cards list the authors\' dates only. When omitted: a date of a track, and submission, abstract, paper, notification, rebuttal and camera-ready dates concern authors; review, bidding and area-chair dates reviewers; registration, travel grants, visas and the program, and events (except submissions opening), attendees; anything else everyone.',
          ),
        ),
      ),
    ),
    note: v.optional(markdown(doc('A short note shown under the date.'))),
  }),
  v.check((entry) => entry.tbd || entry.date !== undefined, 'give a "date", or set "tbd": true'),
  v.check((entry) => entry.kind !== 'period' || entry.tbd || entry.end !== undefined, 'a period needs an "end" date'),
  v.forward(
    v.check((entry) => !entry.date || !entry.end || entry.end.slice(0, 10) >= entry.date.slice(0, 10), 'the end comes before the start'),
    ['end'],
  ),
);

export const SUBMISSION_STATUSES = ['open', 'closed', 'not-yet-open'] as const;

export const TrackSchema = v.object({
  id: id(doc('Stable id, referred to by important dates and papers.')),
  name: text(doc('Track name.')),
  description: v.optional(markdown(doc('What the track is for.'))),
  pageLimit: v.optional(pageLimit(doc('Maximum pages of the main text, or a range such as { "min": 4, "max": 9 } (shown "4–9 pages").'))),
  pageLimitExcludes: v.optional(text(doc('What does not count towards the page limit, e.g. "references and appendix".'))),
  cameraReadyPageLimit: v.optional(pageLimit(doc('Page limit of the camera-ready version: a number or a range like pageLimit.'))),
  format: v.optional(text(doc('Submission format, e.g. "extended abstract".'))),
  reviewCriteria: v.optional(list(text(doc('A criterion.')), doc('What reviewers weigh.'))),
  archival: v.optional(v.boolean('expected true or false')),
  anonymity: v.optional(v.picklist(['double-blind', 'single-blind', 'open'], 'expected double-blind, single-blind or open')),
  submissionUrl: v.optional(url(doc('Where to submit.'))),
  styleFileUrl: v.optional(url(doc('The LaTeX style files or template.'))),
  eligibleForOral: v.optional(v.boolean('expected true or false')),
  notes: v.optional(list(markdown(doc('A rule or remark.')), doc('Further rules of the track.'))),
  status: v.optional(
    v.pipe(
      v.picklist(SUBMISSION_STATUSES, 'expected open, closed or not-yet-open'),
      v.description(doc('Whether the track takes submissions. When omitted, it is closed once every submission deadline of the track has passed, and not yet open before a date labelled "Submissions open" (or "… opens").')),
    ),
  ),
});

export const SectionSchema = v.object({
  id: v.optional(id(doc('Anchor id.'))),
  title: text(doc('Heading.')),
  body: markdown(doc('Content.')),
});

export const TopicGroupSchema = v.object({
  title: text(doc('Theme heading.')),
  description: v.optional(markdown(doc('A line about the theme.'))),
  items: list(markdown(doc('A topic.')), doc('Topics of the theme.')),
});

export const CallForPapersSchema = v.object({
  description: v.optional(markdown(doc('Introduction to the call.'))),
  topics: v.optional(list(v.union([markdown(doc('A topic.')), TopicGroupSchema], 'expected a topic (text) or a theme with "title" and "items"'), doc('Topics, or themes each with topics.'))),
  tracks: v.optional(list(TrackSchema, doc('Submission tracks.'))),
  submissionUrl: v.optional(url(doc('Where to submit (e.g. the OpenReview group).'))),
  styleFileUrl: v.optional(url(doc('Style files or template.'))),
  policies: v.optional(list(SectionSchema, doc('Policies (dual submission, anonymity, financial assistance...).'))),
  closing: v.optional(markdown(doc('Text after the topics, e.g. how and where to submit.'))),
});

export const PersonSchema = v.object({
  id: id(doc('Stable id, used by role lists and the schedule.')),
  name: text(doc('Full name, as the person writes it.')),
  honorific: v.optional(text(doc('A title shown before the name, e.g. "Prof." or "Dr."; not used for sorting or initials.'))),
  sortName: v.optional(text(doc('Name to sort by when the last word of "name" is not the family name.'))),
  position: v.optional(text(doc('Job title, e.g. "Associate Professor".'))),
  positions: v.optional(
    list(
      v.object({ title: text(doc('Job title or role, e.g. "Professor".')), institution: v.optional(text(doc('Where it is held, e.g. "UC Berkeley".'))) }),
      doc('Several roles, each at its own institution; shown one per line ("Professor, UC Berkeley").'),
    ),
  ),
  affiliations: v.optional(list(text(doc('An institution.')), doc('Institutions, most important first.'))),
  photo: v.optional(url(doc('Portrait (square works best).'))),
  homepage: v.optional(url(doc('Personal page.'))),
  email: v.optional(v.pipe(v.string('expected an email address'), v.email('expected an email address like name@example.org'), v.description(doc('Email address.')))),
  links: v.optional(list(LinkSchema, doc('Other links (Scholar, GitHub...).'))),
  bio: v.optional(markdown(doc('Short biography.'))),
});

/** How one list writes a person's institutions, when it differs from their entry in "people". */
const listAffiliations = () =>
  v.optional(list(text(doc('An institution.')), doc('The institutions as this list writes them; replaces the person\'s "affiliations" and "positions" here.')));

/** A role entry names a person by id; the object form adds the role within the list. */
const RoleEntrySchema = v.union(
  [
    id(doc('Person id.')),
    v.object({ person: id(doc('Person id.')), role: v.optional(text(doc('Role in this list, e.g. "General chair".'))), affiliations: listAffiliations() }),
  ],
  'expected a person id or an object with "person"',
);
const roleList = (description: string) => v.optional(list(RoleEntrySchema, description));

export const SpeakerSchema = v.object({
  person: id(doc('Person id.')),
  talkTitle: v.optional(text(doc('Talk title.'))),
  abstract: v.optional(markdown(doc('Talk abstract.'))),
  kind: v.optional(v.picklist(['keynote', 'invited'], 'expected keynote or invited')),
  confirmed: v.optional(v.boolean('expected true or false')),
  affiliations: listAffiliations(),
});

export const PeopleRolesSchema = v.object({
  speakers: v.optional(list(v.union([id(doc('Person id.')), SpeakerSchema], 'expected a person id or an object with "person"'), doc('Invited speakers.'))),
  panelists: roleList(doc('Panelists.')),
  moderators: roleList(doc('Panel moderators.')),
  organizers: roleList(doc('Organizers.')),
  areaChairs: roleList(doc('Area chairs.')),
  programCommittee: roleList(doc('Program committee (reviewers).')),
  volunteers: roleList(doc('Volunteers.')),
});

export const SCHEDULE_KINDS = [
  'opening', 'keynote', 'invited-talk', 'contributed-talk', 'poster-session', 'panel', 'break', 'lunch', 'closing', 'social', 'other',
] as const;

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export const ScheduleItemSchema = v.pipe(
  v.object({
    start: wallTime(doc('Start, wall-clock time in the event zone.')),
    end: v.optional(wallTime(doc('End, wall-clock time in the event zone. "24:00" is not allowed; use 23:59.'))),
    title: text(doc('What happens.')),
    kind: v.optional(v.picklist(SCHEDULE_KINDS, `expected one of: ${SCHEDULE_KINDS.join(', ')}`), 'other'),
    speakers: v.optional(list(v.union([id(doc('Person id.')), v.object({ name: text(doc('Speaker name.')), affiliation: v.optional(text(doc('Affiliation.'))) })], 'expected a person id or an object with "name"'), doc('Speakers: person ids, or names of people not in "people".'))),
    papers: v.optional(list(id(doc('Paper id.')), doc('Papers presented in this slot.'))),
    room: v.optional(text(doc('Room; items in different rooms at the same time run in parallel.'))),
    description: v.optional(markdown(doc('Details.'))),
    url: v.optional(url(doc('Slides, recording or stream link.'))),
  }),
  v.forward(v.check((item) => !item.end || minutes(item.end) > minutes(item.start), 'the item ends before (or when) it starts'), ['end']),
);

export const ScheduleDaySchema = v.object({
  date: v.optional(day(doc('The day, in the event zone. Leave it out while the day is not fixed: the times are then shown in the event zone only, and no calendar file is offered.'))),
  dateText: v.optional(text(doc('The day as the organizers write it while it is not fixed, e.g. "December 14 or 15"; shown instead of a date (else "Date to be announced").'))),
  label: v.optional(text(doc('A heading for the day, e.g. "Day 1".'))),
  rooms: v.optional(list(text(doc('A room.')), doc('Rooms in display order (columns of parallel sessions).'))),
  items: list(ScheduleItemSchema, doc('Program items.')),
});

export const ScheduleSchema = v.object({
  timeZone: v.optional(zone(doc('Zone of the wall-clock times; defaults to the workshop timeZone.'))),
  days: list(ScheduleDaySchema, doc('Days of the program.')),
  note: v.optional(markdown(doc('A note above the program, e.g. "Tentative"; while there is no program yet, the note alone ("Coming soon").'))),
});

export const PAPER_LINK_KINDS = ['openreview', 'pdf', 'arxiv', 'poster', 'slides', 'video', 'code'] as const;

export const PaperSchema = v.object({
  id: id(doc('Stable id, used by the schedule.')),
  title: text(doc('Paper title.')),
  authors: list(text(doc('An author, as printed.')), doc('Authors in order.')),
  abstract: v.optional(markdown(doc('Abstract.'))),
  keywords: v.optional(list(text(doc('A keyword.')), doc('Keywords, as the authors gave them (OpenReview imports them); shown in a quiet line and found by the search.'))),
  track: v.optional(id(doc('Track id.'))),
  presentation: v.optional(v.picklist(['oral', 'spotlight', 'poster'], 'expected oral, spotlight or poster')),
  awards: v.optional(list(text(doc('An award, e.g. "Best paper".')), doc('Awards.'))),
  links: v.optional(
    v.object(Object.fromEntries(PAPER_LINK_KINDS.map((kind) => [kind, v.optional(url(doc(`${kind} link.`)))])) as Record<
      (typeof PAPER_LINK_KINDS)[number],
      v.OptionalSchema<ReturnType<typeof url>, undefined>
    >),
  ),
  year: v.optional(v.pipe(v.number('expected a year'), v.integer('expected a year'), v.description(doc('Year, for BibTeX; defaults to the conference year.')))),
});

export const SponsorSchema = v.object({
  name: text(doc('Sponsor name; shown as text when there is no logo.')),
  tier: v.optional(text(doc('Tier name, one of sponsorTiers.'))),
  logo: v.optional(url(doc('Logo image.'))),
  url: v.optional(url(doc('Sponsor website.'))),
  role: v.optional(text(doc('What they sponsor, shown under the logo, e.g. "Best paper award" or "Compute credits".'))),
  contribution: v.optional(text(doc('What they give, e.g. "$1,000 prize" or "$5,000 in cloud credits".'))),
  prospective: v.optional(v.pipe(v.boolean('expected true or false'), v.description(doc('Not confirmed yet: left off the sponsor wall unless it has show-prospective, then listed apart.')))),
});

export const FaqSchema = v.object({
  question: text(doc('The question.')),
  answer: markdown(doc('The answer.')),
});

/** A plain address, or one written out against address harvesters: "name [at] example [dot] org", "name (at) example.org". */
const EMAIL_OR_WRITTEN_OUT = /^(?:[^\s@?&#%:/<>"]+@[^\s@?&#%:/<>"]+\.[^\s@?&#%:/<>"]+|[^\s@]+ ?[[({<] ?[aA][tT] ?[\])}>] ?[^\s@][^@]*)$/;

export const ContactSchema = v.object({
  email: v.optional(
    v.pipe(
      v.string('expected an email address'),
      v.regex(EMAIL_OR_WRITTEN_OUT, 'expected an email address like name@example.org, or one written out like name [at] example [dot] org'),
      v.description(doc('Contact email: name@example.org (shown as a mail link), or written out as "name [at] example [dot] org" (shown exactly so, as text, never as a link).')),
    ),
  ),
  text: v.optional(markdown(doc('A line about how to reach the organizers.'))),
  links: v.optional(list(LinkSchema, doc('Other channels (Slack, forms...).'))),
});

export const RelatedWorkshopSchema = v.object({
  name: text(doc('Workshop name.')),
  url: v.optional(url(doc('Its website.'))),
  venue: v.optional(text(doc('Where and when, e.g. "NeurIPS 2024".'))),
  note: v.optional(text(doc('Why it is related.'))),
});

export const RelatedGroupSchema = v.object({
  title: text(doc('Group heading, e.g. "Foundation Models."')),
  description: v.optional(markdown(doc('What the group has in common.'))),
  items: list(RelatedWorkshopSchema, doc('Workshops of the group.')),
});

/** The built-in sections of <workshop-page>, by id; "layout" entries name these or a free section's id. */
export const PAGE_SECTION_IDS = [
  'overview', 'dates', 'call-for-papers', 'speakers', 'panelists', 'schedule', 'papers', 'organizers', 'committee', 'volunteers', 'sponsors', 'faq', 'contact', 'related',
] as const;

const pageEntryFields = {
  section: id(doc(`A built-in section (${PAGE_SECTION_IDS.join(', ')}), a free section's id, or a new id for a heading that only groups its "sections".`)),
  title: v.optional(text(doc('Heading (and navigation label) instead of the built-in one, e.g. "Technical Committee".'))),
  hidden: v.optional(v.pipe(v.boolean('expected true or false'), v.description(doc('Leave the section off the page.')))),
  note: v.optional(markdown(doc('Shown while the section has nothing to list yet, e.g. "Coming soon"; the section then stays on the page (and in its navigation), and the element showing it says the note instead of its empty message.'))),
  links: v.optional(list(LinkSchema, doc('Call-to-action links shown as buttons after the section, e.g. { "label": "See Call For Abstracts", "url": "#call-for-abstracts" }.'))),
};
const PageSubEntrySchema = v.union([id(doc('Section id.')), v.object(pageEntryFields)], 'expected a section id or an object with "section"');

export const PageEntrySchema = v.union(
  [
    id(doc('Section id.')),
    v.object({ ...pageEntryFields, sections: v.optional(list(PageSubEntrySchema, doc('Sections shown inside this one, as its sub-sections (one heading level down).'))) }),
  ],
  'expected a section id or an object with "section"',
);

/** The English of a message, for editors: a plural shows its forms. */
const englishOf = (message: (typeof en)[keyof typeof en]) =>
  typeof message === 'string' ? message : message(new Proxy({} as never, { get: () => 2 }), (_, forms) => Object.values(forms).join(' | '));

/** The elements' own words as the organizers want them, by language and message key (src/data/messages/en.ts). */
const wording = v.object(
  Object.fromEntries([
    ...Object.entries(en).map(([key, message]) => [key, v.optional(text(doc(`In English: ${englishOf(message)}`)))]),
    ...PROGRAM_KEYS.map((key) => [key, v.optional(text(doc('A word of <workshop-schedule>, <paper-list> or <workshop-page>: src/data/messages/en-program.ts')))]),
  ]) as Record<MessageKey, v.OptionalSchema<ReturnType<typeof text>, undefined>>,
);
const MessagesSchema = v.pipe(
  v.object(Object.fromEntries(LANGUAGES.map((language) => [language, v.optional(wording)])) as Record<Language, v.OptionalSchema<typeof wording, undefined>>),
  v.description(doc('The elements\' own words (labels, buttons, empty states) reworded, by language ("en", "de", "fr", "es", "pt", "zh") and message key.')),
);

export const WorkshopSchema = v.object({
  $schema: v.optional(v.string('expected the address of the JSON Schema')),
  // A blank title is no title: JSON Schema's "pattern" carries the check to editors.
  title: v.pipe(text(doc('Full workshop title.')), v.regex(/\S/, 'the title is blank')),
  shortName: v.optional(text(doc('Acronym, e.g. "MLMP".'))),
  edition: v.optional(text(doc('e.g. "2nd".'))),
  tagline: v.optional(text(doc('One line under the title.'))),
  conference: v.optional(ConferenceSchema),
  website: v.optional(url(doc('Workshop website.'))),
  links: v.optional(list(LinkSchema, doc('Social and other links.'))),
  logo: v.optional(ImageSchema),
  banner: v.optional(ImageSchema),
  date: v.optional(dateValue(doc('Workshop day, first day, or month ("2026-07") when the day is not known yet.'))),
  endDate: v.optional(day(doc('Last day of a multi-day workshop.'))),
  dateTbd: v.optional(v.boolean('expected true or false')),
  hours: v.optional(
    v.pipe(
      v.object({ start: wallTime(doc('First hour, e.g. "09:00", in the event zone.')), end: wallTime(doc('Last hour, e.g. "17:00".')) }),
      v.check((hours) => minutes(hours.end) > minutes(hours.start), 'the hours end before (or when) they start'),
      v.description(doc('Hours of each workshop day, wall-clock in the event zone (timeZone); the header shows them with the zone.')),
    ),
  ),
  timeZone: v.optional(zone(doc('Event time zone: an IANA name such as "America/Sao_Paulo" (follows daylight-saving time), or a fixed offset such as "UTC-3" or "UTC+05:30".'))),
  deadlineTimeZone: v.optional(zone(doc('Default zone of important dates; "AoE" when omitted.')), 'AoE'),
  venue: v.optional(VenueSchema),
  modes: v.optional(list(v.picklist(MODES, 'expected in-person, virtual or hybrid'), doc('How people attend.'))),
  virtualUrl: v.optional(url(doc('Stream or virtual venue.'))),
  overview: v.optional(markdown(doc('What the workshop is about.'))),
  importantDates: v.optional(list(ImportantDateSchema, doc('Deadlines, notifications and events, shown in this order.'))),
  importantDatesIntro: v.optional(markdown(doc('A line shown above the important dates, e.g. "Tentative important dates for paper submissions (anywhere on earth):".'))),
  importantDatesNote: v.optional(markdown(doc('A note shown under the important dates, e.g. "All deadlines are 23:59 Anywhere on Earth (AoE)."'))),
  callForPapers: v.optional(CallForPapersSchema),
  people: v.optional(list(PersonSchema, doc('Everyone named anywhere on the site, once.'))),
  roles: v.optional(PeopleRolesSchema),
  schedule: v.optional(ScheduleSchema),
  papers: v.optional(list(PaperSchema, doc('Accepted papers.'))),
  sponsorTiers: v.optional(list(text(doc('A tier.')), doc('Tier names, most prominent first.'))),
  sponsors: v.optional(list(SponsorSchema, doc('Sponsors.'))),
  faq: v.optional(list(FaqSchema, doc('Questions and answers.'))),
  contact: v.optional(ContactSchema),
  relatedWorkshops: v.optional(
    list(v.union([RelatedWorkshopSchema, RelatedGroupSchema], 'expected a workshop with "name" or a group with "title" and "items"'), doc('Related workshops, or groups of them each with a title and description.')),
  ),
  relatedWorkshopsIntro: v.optional(markdown(doc('Text before the related workshops.'))),
  relatedWorkshopsClosing: v.optional(markdown(doc('Text after the related workshops.'))),
  sections: v.optional(list(SectionSchema, doc('Free markdown sections (reproducibility, financial assistance...).'))),
  layout: v.optional(
    list(
      PageEntrySchema,
      doc('The sections of <workshop-page>: their order, headings, notes and sub-sections. Sections named here come in this order; one not named keeps its default place after the named section that precedes it by default.'),
    ),
  ),
  footer: v.optional(markdown(doc('A closing line at the foot of the page, e.g. "© 2025 Jane Doe, MIT Licensed".'))),
  messages: v.optional(MessagesSchema),
});

export type Workshop = v.InferOutput<typeof WorkshopSchema>;
export type WorkshopInput = v.InferInput<typeof WorkshopSchema>;
export type ImportantDate = v.InferOutput<typeof ImportantDateSchema>;
export type DateKind = (typeof DATE_KINDS)[number];
export type DateAudience = (typeof DATE_AUDIENCES)[number];
export type Track = v.InferOutput<typeof TrackSchema>;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export type PageLimit = NonNullable<Track['pageLimit']>;
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
export type RelatedGroup = v.InferOutput<typeof RelatedGroupSchema>;
export type PageEntry = v.InferOutput<typeof PageEntrySchema>;
export type Mode = (typeof MODES)[number];
export type RoleName = keyof v.InferOutput<typeof PeopleRolesSchema>;
