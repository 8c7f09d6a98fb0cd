/**
 * The shape of a seed's facts (test/fidelity/<seed>.facts.ts): what a visitor of the original site found there,
 * written from the seed text in /work/shared/seeds, never from our workshop JSON.
 *
 * A fact the library cannot show yet carries `needs`: the schema extension or element change that would let it
 * pass. The fidelity test reports such facts as pending (with the need in the test title) instead of failing, and
 * fails on every fact without it. `needs` may differ between the two forms of a page: the one built from
 * <workshop-page> and the one built from separate elements (the demo page's markup).
 */

export type Form = 'page' | 'elements';

/**
 * What the known gaps need, named once: the work plan of issue 15. "schema:" is a field the workshop JSON cannot
 * express yet (then an element, or <workshop-page>, shows it); "element:" is a change of an element alone.
 */
export const NEEDS = {
  datesFileOrder: 'element: <workshop-dates> keeps the file order (a TBD date stays where the organizers put it, not last)',
  datesZoneShown: 'element: <workshop-dates> shows the zone (AoE) of whole-day periods and notifications, as it does for deadlines',
} as const;

/** What must be built for a fact to pass: "schema: …" (a field the JSON cannot express yet) or "element: …". */
export type Needs = string | Partial<Record<Form, string>>;

interface Known {
  needs?: Needs;
}

/** A heading of the seed, shown as a heading (role heading, any level). Leading "1." / "A." numbering is ignored. */
export interface HeadingFact extends Known {
  kind: 'heading';
  text: string;
  /** The heading is there but out of the seed's order: what would put it in place. */
  orderNeeds?: Needs;
}

/**
 * A sentence or phrase of the seed that must be in the rendered text (markdown emphasis and links are text;
 * letter case is ignored). With `under`, it must sit in that heading's section (up to the next heading of the
 * same or a higher level), where the seed puts it.
 */
export interface TextFact extends Known {
  kind: 'text';
  text: string;
  under?: string;
  /** A text the seed shows before this one: it must come first on the page too. */
  after?: string;
  /** Words the seed puts next to this text (a workshop's venues), each after it, before the next such text. */
  near?: string[];
}

/** A list item of the seed's topics. */
export interface TopicFact extends Known {
  kind: 'topic';
  text: string;
}

/** A submission track's name. */
export interface TrackFact extends Known {
  kind: 'track';
  text: string;
}

/**
 * A dated entry: its label, then within a few words its date (ISO day "2026-04-24", month "2026-07", or a
 * period with `end`), its time and zone when the seed gives them; or "TBD" / "To be announced" when `tbd`.
 */
export interface DateFact extends Known {
  kind: 'date';
  label: string;
  date?: string;
  end?: string;
  time?: string;
  /** The zone as the seed names it; "AoE" also matches "Anywhere on Earth". */
  zone?: string;
  tbd?: boolean;
  orderNeeds?: Needs;
}

/** A person, with what the seed says next to the name (position, affiliation), each after the name in the person's card. */
export interface PersonFact extends Known {
  kind: 'person';
  name: string;
  details?: string[];
}

/** A link target of the seed, present as an href (and its text, when given, in that link). */
export interface LinkFact extends Known {
  kind: 'link';
  href: string;
  text?: string;
}

/**
 * Something the seed leaves open, said as such under a heading: the seed's own words (`text`), or, where the
 * seed shows nothing yet (a Jekyll include), any of "to be announced", "coming soon", "TBD", "… announced yet".
 */
export interface PlaceholderFact extends Known {
  kind: 'placeholder';
  under: string;
  text?: string;
}

/** A program slot: its start and end (wall-clock, in the seed's zone) and, right after them, its title. */
export interface SlotFact extends Known {
  kind: 'slot';
  start: string;
  end: string;
  title: string;
}

/** A city or country the seed names for the workshop. */
export interface PlaceFact extends Known {
  kind: 'place';
  text: string;
}

/** Something the original page does not show (commented out in its source): the rebuilt page must not either. */
export interface AbsentFact extends Known {
  kind: 'absent';
  text: string;
}

export type Fact = AbsentFact | HeadingFact | TextFact | TopicFact | TrackFact | DateFact | PersonFact | LinkFact | PlaceholderFact | PlaceFact | SlotFact;

/** A date or place the page shows that the seed does not hold, and what must be built to remove it. */
export interface KnownInvention {
  /** A regular expression (source) matched against the reverse check's report, e.g. 'Apr 26' or 'weekday "Sun"'. */
  match: string;
  needs: Needs;
}

export interface SeedFacts {
  /** File in /work/shared/seeds. */
  seed: string;
  /** File in demo/workshops. */
  workshop: string;
  /** The demo page composing separate elements, in demo/. */
  demoPage: string;
  /** The faked clock (ms since the epoch). */
  now: number;
  facts: Fact[];
  inventions?: KnownInvention[];
}
