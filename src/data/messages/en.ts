/**
 * Every word the elements show, in English: the source of truth that the other languages (./de.ts ...) are
 * typed against. A message is text with `{placeholders}`, or a function of its parameters for plurals, which
 * returns text with placeholders too; ./index.ts fills them (numbers and lists formatted by Intl).
 * Words from the workshop file (titles, names) are never here.
 */
import type { Plural } from './plural.js';

export const en = {
  // Every element
  loading: 'Loading workshop information…',
  loadFailed: 'Workshop information could not be shown.',
  retry: 'Try again',
  // The notice under an element when the workshop file has problems (the problems themselves stay in English,
  // like the command line's: they quote the file's keys for its organizers)
  unknownKeys: (p: { count: number }, plural: Plural) => plural(p.count, { one: 'A key in the workshop file is not known and ignored:', other: '{count} keys in the workshop file are not known and ignored:' }),
  fileProblems: (p: { count: number }, plural: Plural) => plural(p.count, { one: 'One problem in the workshop file: what it affects is not shown.', other: '{count} problems in the workshop file: what they affect is not shown.' }),
  moreProblems: (p: { count: number }, plural: Plural) => plural(p.count, { one: 'One more', other: '{count} more' }),
  andMore: 'and {count} more',
  wholeFile: 'file',
  problemsUnworded: (p: { count: number }, plural: Plural) => plural(p.count, { one: 'The workshop file has a problem that could not be described here (a script did not load): what it affects may be missing.', other: 'The workshop file has {count} problems that could not be described here (a script did not load): what they affect may be missing.' }),
  tba: 'To be announced',
  tentative: '(tentative)',
  asOf: 'as of {date}',
  yourTime: 'Your time',
  yourTimeIs: 'Your time:',
  theSame: 'the same',
  newTab: '(opens in a new tab)',
  addToCalendar: 'Add to calendar',
  calendarFailed: 'Could not make the calendar file: check the connection and try again.',
  abstract: 'Abstract',
  email: 'Email',
  submit: 'Submit',
  styleFiles: 'Style files',
  noList: 'There is no people list called "{name}".',

  // <countdown-deadline>
  noDateId: 'There is no date with the id “{id}”.',
  noDeadlines: 'No deadlines yet.',
  allDeadlinesPassed: 'All deadlines have passed.',
  labelTba: '{label}: date to be announced.',
  labelPassed: '{label} has passed.',
  dateTba: 'Date to be announced.',
  deadlinePassed: 'This deadline has passed.',
  nextDeadlineAsOf: 'Next deadline as of {date}',
  timeLeft: '{label}: {time} left.',
  underMinuteLeft: '{label}: less than a minute left.',

  // <workshop-dates>
  noDates: 'No important dates yet.',
  datesPassed: 'All these dates have passed.',
  noDatesOfKind: 'No dates of this kind.',
  importantDates: 'Important dates',
  what: 'What',
  when: 'When',
  status: 'Status',
  statePassed: 'Passed',
  stateNext: 'Next',
  stateTbd: 'TBD',
  flagTentative: 'Tentative',
  flagExtended: 'Extended',
  ends: 'ends {when}',
  extendedFrom: 'Extended from {dates}',
  upcomingDates: (p: { count: number }, plural: Plural) => plural(p.count, { one: ': the upcoming date (.ics file)', other: ': the {count} upcoming dates (.ics file)' }),

  // <add-to-calendar>
  datePassed: 'This date has passed.',
  allDatesPassed: 'These dates have passed.',
  noDatedEntry: 'There is no dated entry “{id}” to add to a calendar.',
  nothingToAdd: 'Nothing to add to a calendar yet.',
  downloadIcs: 'Download .ics',
  googleCalendar: 'Google Calendar',
  downloadAllIcs: 'Download all dates (.ics)',

  // People
  homepage: 'Homepage',
  keynoteSpeaker: 'Keynote speaker',
  toBeConfirmed: 'To be confirmed',
  talk: 'Talk:',
  bio: 'Bio',
  noSpeakers: 'No speakers announced yet.',
  noPanelists: 'No panelists announced yet.',
  noModerators: 'No moderators announced yet.',
  noOrganizers: 'No organizers listed yet.',
  noAreaChairs: 'No area chairs listed yet.',
  noProgramCommittee: 'No program committee listed yet.',
  noVolunteers: 'No volunteers listed yet.',

  // <committee-list>
  filterPeople: 'Filter by name or affiliation',
  noCommittee: 'No committee members listed yet.',
  members: (p: { count: number }, plural: Plural) => plural(p.count, { one: '{count} member', other: '{count} members' }),
  membersShown: (p: { shown: number; total: number }, plural: Plural) => plural(p.total, { one: '{shown} of {total} member', other: '{shown} of {total} members' }),
  noMemberMatches: 'No members match “{query}”.',

  // <sponsor-wall>
  noSponsors: 'No sponsors yet.',
  supporters: 'Supporters',
  prospectiveSponsors: 'Prospective sponsors',

  // <workshop-contact>, <workshop-faq>, <workshop-topics>
  noContact: 'Contact details will be announced.',
  emailIs: 'Email:',
  noQuestions: 'No questions yet.',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  noTopics: 'Topics will be announced.',

  // <workshop-header>
  website: 'Website',
  joinOnline: 'Join online',
  date: 'Date',
  place: 'Place',
  attend: 'Attend',
  hours: 'Hours',
  yourHours: ' (your time: {time})',
  inPerson: 'In person',
  virtual: 'Virtual',
  hybrid: 'Hybrid',

  // <workshop-tracks>
  noTrack: 'There is no track "{id}".',
  noTracks: 'No submission tracks announced yet.',
  pages: (p: { count: number }, plural: Plural) => plural(p.count, { one: '{count} page', other: '{count} pages' }),
  pageRange: '{min}–{max} pages',
  notCounting: ' (not counting {what})',
  pageLimit: 'Page limit',
  notCounted: 'Not counted in pages',
  cameraReady: 'Camera-ready',
  format: 'Format',
  review: 'Review',
  doubleBlind: 'Double-blind',
  singleBlind: 'Single-blind',
  openReview: 'Open (author names visible)',
  proceedings: 'Proceedings',
  archival: 'Archival',
  nonArchival: 'Non-archival',
  orals: 'Orals',
  oralEligible: 'Eligible for an oral',
  oralIneligible: 'Not eligible for an oral',
  reviewCriteria: 'Review criteria',
  notes: 'Notes',
  dates: 'Dates',
  details: 'Details',
  detailsOf: ' of {name}',
  submitTo: 'Submit to {name}',
  styleFilesFor: 'Style files for {name}',
  submissionsOpen: 'Submissions open',
  submissionsClosed: 'Submissions closed',
  submissionsNotYetOpen: 'Submissions not yet open',

  // <workshop-sections>, <workshop-page>
  overview: 'Overview',
  callForPapers: 'Call for papers',
  relatedWorkshops: 'Related workshops',
  noSection: 'There is no section "{id}".',
  nothingYet: 'Nothing to show yet.',

  // <workshop-schedule>, shared with the data helpers of src/data/schedule.ts
  zoneOfCity: '{city} time',
  anywhereOnEarth: 'Anywhere on Earth',
  quoted: '“{text}”',
  overlaps: 'Overlaps with {titles}',
  overlapsMore: (p: { titles: string; count: number }, plural: Plural) => plural(p.count, { one: 'Overlaps with {titles} and {count} more item', other: 'Overlaps with {titles} and {count} more items' }),
  dayOffset: (p: { days: string; count: number }, plural: Plural) => plural(p.count, { one: '{days} day', other: '{days} days' }),
} as const;
