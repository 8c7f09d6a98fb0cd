// Runs once per pinned browser zone (Asia/Tokyo, America/Los_Angeles, UTC): the same AoE deadline must be
// the same instant everywhere, and shown in each reader's own local time.
import { expect } from '@open-wc/testing';
import { formatInZone, resolveDate, viewerTimeZone } from '../../src/data/time.js';

const LOCAL_VIEW: Record<string, string> = {
  'Asia/Tokyo': 'Feb 11, 2025, 20:59 UTC+9',
  'America/Los_Angeles': 'Feb 11, 2025, 03:59 UTC\u22128',
  UTC: 'Feb 11, 2025, 11:59 UTC',
};

describe(`time in the browser zone ${viewerTimeZone()}`, () => {
  it('runs in one of the pinned zones', () => {
    expect(Object.keys(LOCAL_VIEW)).to.include(viewerTimeZone());
  });

  it('resolves "2025-02-10 AoE" to 11:59 UTC the next day, whatever the browser zone', () => {
    const resolved = resolveDate('2025-02-10', 'AoE')!;
    expect(new Date(resolved.end).toISOString()).to.equal('2025-02-11T11:59:00.000Z');
    expect(formatInZone(resolved.end, 'AoE', { locale: 'en-US' })).to.equal('Feb 10, 2025, 23:59 AoE');
  });

  it("shows the deadline in the reader's own zone", () => {
    const resolved = resolveDate('2025-02-10T23:59', 'AoE')!;
    expect(formatInZone(resolved.end, viewerTimeZone(), { locale: 'en-US' })).to.equal(LOCAL_VIEW[viewerTimeZone()]);
  });

  it('does not depend on the browser zone for local Date parsing', () => {
    // A naive `new Date("2025-02-10T23:59")` is read in the browser zone; ours must not be.
    const ours = resolveDate('2025-02-10T23:59', 'AoE')!.end;
    expect(ours).to.equal(Date.UTC(2025, 1, 11, 11, 59));
    expect(resolveDate('2025-04-27T08:55', 'America/Sao_Paulo')!.start).to.equal(Date.UTC(2025, 3, 27, 11, 55));
  });
});
