import type { CalendarEvent } from '../data/calendar.js';
import type { IcsOptions } from '../data/ics.js';
import { onDemand } from './on-demand.js';

/** Saves text the page built (a calendar file) as a download, without a server round trip. */
export function downloadText(filename: string, text: string, mime = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke on the next task: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The calendar-file writer, loaded when a download button is first hovered, focused or clicked. */
export const calendarFiles = onDemand(() => import('../data/ics.js'));

/**
 * Builds `events` into one `.ics` file and downloads it. Resolves true once the download has started, false when
 * the writer could not load (the connection dropped after the page loaded); the next click tries again.
 */
export function downloadCalendar(filename: string, events: CalendarEvent[], options: IcsOptions): Promise<boolean> {
  return calendarFiles.run(({ buildIcs }) => downloadText(filename, buildIcs(events, options), 'text/calendar;charset=utf-8')).then(
    () => true,
    (error: unknown) => {
      console.warn('workshop-widgets: could not load the calendar-file code; check the connection and click again.', error);
      return false;
    },
  );
}
