// A workshop whose dates sit around today, shared by the stories of the date elements.
export const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
export const minute = (offsetMs: number) => new Date(Date.now() + offsetMs - 12 * 3_600_000).toISOString().slice(0, 16); // as AoE wall clock

/** Dates around today, so the live states (passed, next, extended, TBD) show whatever day the story is opened. */
export const live = (firstDeadlineInMs = 3 * 86_400_000) => ({
  title: 'Live Demo Workshop',
  shortName: 'LDW',
  date: day(60),
  endDate: day(61),
  timeZone: 'America/Sao_Paulo',
  venue: { name: 'Riocentro', city: 'Rio de Janeiro', country: 'Brazil' },
  importantDates: [
    { id: 'abstract', label: 'Abstract deadline', date: day(-2) },
    { id: 'submission', label: 'Paper submission deadline', date: minute(firstDeadlineInMs), previousDates: [day(-5)] },
    { id: 'bidding', label: 'Review bidding', kind: 'period', date: day(7), end: day(14) },
    { id: 'notification', label: 'Notification', kind: 'notification', date: day(30), tentative: true },
    { id: 'camera', label: 'Camera-ready deadline', tbd: true },
    { id: 'workshop', label: 'Workshop', kind: 'event', date: day(60), timeZone: 'America/Sao_Paulo' },
  ],
});
