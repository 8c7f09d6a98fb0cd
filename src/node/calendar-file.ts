/**
 * `workshop-widgets ics`: one calendar file with the workshop day and every important date (and, when
 * asked, the program), made by the same code as the elements' "Add to calendar" buttons.
 */
import { calendarFileName, dateEvent, workshopDayEvent, type CalendarEvent } from '../data/calendar.js';
import { buildIcs } from '../data/ics.js';
import { scheduleEvents } from '../data/schedule.js';
import type { Workshop } from '../data/schema.js';
import { datedEntries } from '../data/workshop.js';

export interface CalendarFile {
  /** The name the elements give the same file, e.g. `scifm.ics` (`scifm-program.ics` with the program). */
  fileName: string;
  text: string;
  events: number;
  /** Entries without a date to put in a calendar (TBD, or only a month), by label. */
  leftOut: string[];
}

export function workshopCalendar(workshop: Workshop, options: { program?: boolean } = {}): CalendarFile {
  const events: CalendarEvent[] = [];
  const leftOut: string[] = [];
  const dated = datedEntries(workshop);
  // An important date of kind "event" on the workshop day already is the workshop day.
  const dayListed = dated.some(({ entry }) => entry.kind === 'event' && entry.date === workshop.date);
  const day = workshopDayEvent(workshop);
  if (day && !dayListed) events.push(day);
  else if (!day && !dayListed) {
    const why = workshop.dateTbd ? 'TBD' : workshop.date ? `only known as ${workshop.date}` : 'no date';
    leftOut.push(`the workshop day (${why})`);
  }
  for (const item of dated) {
    const event = dateEvent(workshop, item);
    if (event) events.push(event);
    else leftOut.push(`${item.entry.label} (${item.entry.tbd ? 'TBD' : 'no date'})`);
  }
  if (options.program) events.push(...scheduleEvents(workshop));
  return {
    fileName: calendarFileName(workshop, options.program ? 'program' : undefined),
    text: buildIcs(events, { name: workshop.shortName ?? workshop.title }),
    events: events.length,
    leftOut,
  };
}
