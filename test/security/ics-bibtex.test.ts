/**
 * Generated calendar files and BibTeX carry workshop text into other programs. Every attack string, put in
 * every field, must stay inside its own property or field: no new lines, no new properties, no new entries.
 * The parsers here read the output the way the receiving programs do (RFC 5545 unfolding; BibTeX's literal
 * brace counting, which ignores backslashes).
 */
import { expect } from '@open-wc/testing';
import { ATTACKS } from './attacks.js';
import type { CalendarEvent } from '../../src/data/calendar.js';
import { buildIcs } from '../../src/data/ics.js';
import { bibtexEntry } from '../../src/data/bibtex.js';
import type { Paper, Workshop } from '../../src/data/schema.js';

const VALUES = [...ATTACKS.map((attack) => attack.value), 'a\\;b,c', 'x'.repeat(300), 'ü'.repeat(100) + '\r\nX:1', '\n\r\u2028\u2029\u000b\u0000'];

/** RFC 5545 TEXT unescaping, as a calendar client does it. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** What the original should read as after the round trip: line breaks become \n, other controls vanish. */
function expectedText(value: string): string {
  return value.replace(/\r\n|\r|\n|\u2028|\u2029/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function parseIcs(text: string): { lines: string[]; properties: [string, string][] } {
  expect(text.endsWith('\r\n')).to.equal(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line, 'no bare CR or LF inside a line').not.to.match(/[\r\n]/);
    expect(new TextEncoder().encode(line).length, 'lines fold at 75 octets').to.be.at.most(75);
  }
  const lines = text.replace(/\r\n[ \t]/g, '').slice(0, -2).split('\r\n');
  const properties = lines.map((line): [string, string] => {
    const match = /^([A-Z][A-Z0-9-]*)(?:;[^:]*)?:(.*)$/.exec(line);
    expect(match, `a property line: ${JSON.stringify(line)}`).to.not.equal(null);
    return [match![1]!, match![2]!];
  });
  return { lines, properties };
}

describe('security: calendar files', () => {
  it('every attack in every text field stays inside its own property and round-trips', () => {
    for (const value of VALUES) {
      const event: CalendarEvent = {
        uid: value,
        title: value,
        description: value,
        location: value,
        url: value,
        start: Date.UTC(2026, 6, 18, 9),
        end: Date.UTC(2026, 6, 18, 10),
      };
      const { properties } = parseIcs(buildIcs([event, { ...event, allDay: { start: '2026-07-18', end: '2026-07-19' } }], { name: value, prodId: value }));
      const names = properties.map(([name]) => name);
      expect(names.filter((n) => n === 'BEGIN')).to.have.length(3);
      expect(names.filter((n) => n === 'END')).to.have.length(3);
      expect(properties.filter(([n, v]) => n === 'BEGIN' && v === 'VEVENT')).to.have.length(2);
      const allowed = new Set(['BEGIN', 'END', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'X-WR-CALNAME', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL']);
      expect(names.filter((n) => !allowed.has(n)), `injected properties from ${JSON.stringify(value)}`).to.deep.equal([]);
      for (const [name, raw] of properties) {
        if (['SUMMARY', 'DESCRIPTION', 'LOCATION', 'X-WR-CALNAME', 'PRODID', 'UID'].includes(name)) {
          expect(raw, 'TEXT has no unescaped ; or ,').not.to.match(/(^|[^\\])(\\\\)*[;,]/);
          expect(unescapeText(raw)).to.equal(expectedText(value));
        }
        if (name === 'URL') expect(raw).not.to.match(/[\s\u0000-\u001f]/);
      }
    }
  });
});

describe('security: BibTeX', () => {
  const workshop = { title: 'Attack Workshop', conference: { name: 'ICLR', year: 2026 } } as Workshop;

  /** Reads `@type{key, name = {value}, ...}` counting braces literally, as BibTeX does. */
  function parseBibtex(text: string): { type: string; key: string; fields: Record<string, string>; rest: string } {
    const head = /^@(\w+)\{([^,\s{}]*),/.exec(text);
    expect(head, 'entry header').to.not.equal(null);
    let i = head![0].length;
    const fields: Record<string, string> = {};
    for (;;) {
      const field = /^\s*(\w+)\s*=\s*\{/.exec(text.slice(i));
      if (!field) break;
      i += field[0].length;
      let depth = 1;
      const start = i;
      while (i < text.length && depth > 0) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}') depth--;
        i++;
      }
      expect(depth, `field ${field[1]} closes`).to.equal(0);
      expect(fields[field[1]!], `field ${field[1]} appears once`).to.equal(undefined);
      fields[field[1]!] = text.slice(start, i - 1);
      const comma = /^\s*,/.exec(text.slice(i));
      if (comma) i += comma[0].length;
    }
    const close = /^\s*\}\s*$/.exec(text.slice(i));
    return { type: head![1]!, key: head![2]!, fields, rest: close ? '' : text.slice(i) };
  }

  /** BibTeX splits authors at " and " outside braces only. */
  function topLevelAuthors(field: string): number {
    let depth = 0;
    let count = 1;
    for (let i = 0; i < field.length; i++) {
      if (field[i] === '{') depth++;
      else if (field[i] === '}') depth--;
      else if (depth === 0 && /^\sand\s/i.test(field.slice(i, i + 5))) count++;
    }
    return count;
  }

  it('every attack in title, authors and links stays inside its own field', () => {
    const report: string[] = [];
    for (const [index, value] of VALUES.entries()) {
      const paper: Paper = {
        id: `p${index}`,
        title: value,
        authors: [value, 'Ada Lovelace', `${value} and friends`],
        links: { openreview: `https://openreview.net/forum?id=${value}` },
      } as Paper;
      const text = bibtexEntry(paper, { ...workshop, title: value } as Workshop);
      try {
        const entry = parseBibtex(text);
        expect(entry.type).to.equal('inproceedings');
        expect(entry.rest, 'nothing after the entry').to.equal('');
        // A title with nothing printable is left out rather than written empty.
        const printable = /[^\s\u0000-\u001f\u007f\u2028\u2029]/.test(value);
        expect(Object.keys(entry.fields).sort()).to.deep.equal(printable ? ['author', 'booktitle', 'title', 'url', 'year'] : ['author', 'booktitle', 'url', 'year']);
        expect(entry.fields.year).to.equal('2026');
        expect(text.split('\n').filter((line) => line.trim().startsWith('@')), 'one entry').to.have.length(1);
        expect(topLevelAuthors(entry.fields.author!), 'three authors').to.equal(3);
        expect(entry.fields.title ?? '', 'no line breaks').not.to.match(/[\r\n]/);
      } catch (error) {
        report.push(`${JSON.stringify(value)} -> ${JSON.stringify(text)}: ${(error as Error).message}`);
      }
    }
    expect(report, `${report.length} entries break out, e.g.\n${report.slice(0, 6).join('\n')}`).to.deep.equal([]);
  });
});
