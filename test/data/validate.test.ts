// Table-driven checks of what organizers see for bad input: which JSON path, what message, what happened.
import { expect } from '@open-wc/testing';
import { formatPath, jsonErrorOffset, lineAndColumn, parseJson, validateWorkshop, type WorkshopIssue } from '../../src/data/validate.js';
import { stateFromText, stateFromValue } from '../../src/data/load.js';

const fixture = async (name: string) => (await fetch(`/test/fixtures/invalid/${name}`)).text();
const issuesOf = (input: unknown) => validateWorkshop(input).issues.map(({ path, effect }) => `${effect} ${path}`);

describe('validate: JSON syntax errors name the line and column', () => {
  const cases: [string, string, number, number, RegExp][] = [
    ['a missing comma', '{\n  "title": "A"\n  "date": "2027-04-26"\n}', 3, 3, /^invalid JSON: /],
    ['a value missing after a colon', '{"title": }', 1, 11, /Unexpected token '\}'/],
    ['a trailing comma', '{\n  "title": "A",\n}', 3, 1, /property name/i],
    ['an unterminated string', '{"title": "A', 1, 13, /Unterminated string|end of JSON/i],
    ['an empty file', '', 1, 1, /end of JSON/i],
    ['a misspelled literal', '{\n  "title": "A",\n  "dateTbd": tru\n}', 3, 17, /^invalid JSON: /],
    ['text after the JSON', '{"title": "A"} oops', 1, 16, /after the end of the JSON|Unexpected non-whitespace/],
    ['an error in a long line (engine quotes a shortened excerpt)', `{"title": "${'x'.repeat(200)}", "date": nul}`, 1, 226, /^invalid JSON: Unexpected token/],
  ];
  for (const [name, text, line, column, message] of cases) {
    it(name, () => {
      const parsed = parseJson(text);
      expect(parsed.ok).to.equal(false);
      if (parsed.ok) return;
      expect([parsed.error.line, parsed.error.column]).to.deep.equal([line, column]);
      expect(parsed.error.message).to.match(message);
      expect(parsed.error.message, 'no engine excerpt').to.not.match(/is not valid JSON|position \d+/);
    });
  }

  it('finds the fixture error on line 4, column 3, and says so in the load state', async () => {
    const state = stateFromText(await fixture('not-json.txt'), 'workshop.json');
    expect(state.status).to.equal('error');
    if (state.status !== 'error') return;
    expect([state.error.kind, state.error.line, state.error.column]).to.deep.equal(['json', 4, 3]);
    expect(state.error.message).to.match(/^workshop\.json is not valid JSON at line 4, column 3: invalid JSON: .+\.$/);
  });

  it('recognises an HTML page served instead of JSON', async () => {
    const parsed = parseJson(await fixture('html-instead.html'));
    expect(parsed.ok).to.equal(false);
    if (!parsed.ok) expect(parsed.error).to.deep.equal({ message: 'this is an HTML page, not JSON (is the address right?)', line: 1, column: 1 });
  });

  it('locates errors itself where the engine gives no position', () => {
    expect(jsonErrorOffset('{"a": }')).to.equal(6);
    expect(jsonErrorOffset('[1, 2,]')).to.equal(6);
    expect(jsonErrorOffset('{"a": "\\q"}')).to.equal(8);
    expect(jsonErrorOffset('{"a": [true, false, null, -1.5e3]}')).to.equal(34); // valid: the end
    expect(lineAndColumn('ab\ncd\nef', 7)).to.deep.equal({ line: 3, column: 2 });
  });
});

describe('validate: paths and messages for bad values', () => {
  const cases: { name: string; input: Record<string, unknown>; issues: { path: string; effect: WorkshopIssue['effect']; message: RegExp }[] }[] = [
    {
      name: 'a wrong type on an optional top-level value is ignored',
      input: { title: 'T', shortName: 7 },
      issues: [{ path: 'shortName', effect: 'ignored', message: /^expected text; found 7; ignored$/ }],
    },
    {
      name: 'a bad required value skips its list entry and names the entry',
      input: { title: 'T', people: [{ id: 'a', name: 'A' }, { id: 'b' }, { id: 'c', name: 'C' }] },
      issues: [{ path: 'people[1].name', effect: 'skipped', message: /^"name" is missing; skipped people\[1\]$/ }],
    },
    {
      name: 'a bad optional value inside an entry drops only that value',
      input: { title: 'T', people: [{ id: 'a', name: 'A', email: 'not-an-email' }] },
      issues: [{ path: 'people[0].email', effect: 'ignored', message: /^expected an email address like name@example\.org; found "not-an-email"; ignored$/ }],
    },
    {
      name: 'an id with spaces',
      input: { title: 'T', people: [{ id: 'Ada Lovelace', name: 'Ada' }] },
      issues: [{ path: 'people[0].id', effect: 'skipped', message: /expected an id made of letters/ }],
    },
    {
      name: 'an unknown picklist value',
      input: { title: 'T', importantDates: [{ id: 'd', label: 'D', kind: 'soon', date: '2027-01-01' }] },
      issues: [{ path: 'importantDates[0].kind', effect: 'ignored', message: /^expected one of: deadline, notification, event, period; found "soon"; ignored$/ }],
    },
    {
      name: 'a date with neither "date" nor "tbd"',
      input: { title: 'T', importantDates: [{ id: 'd', label: 'D' }] },
      issues: [{ path: 'importantDates[0]', effect: 'skipped', message: /give a "date", or set "tbd": true/ }],
    },
    {
      name: 'a period without an end',
      input: { title: 'T', importantDates: [{ id: 'p', label: 'P', kind: 'period', date: '2027-01-01' }] },
      issues: [{ path: 'importantDates[0]', effect: 'skipped', message: /a period needs an "end" date/ }],
    },
    {
      // The end goes first; a period without an end then cannot stand.
      name: 'a period that ends before it starts',
      input: { title: 'T', importantDates: [{ id: 'p', label: 'P', kind: 'period', date: '2027-02-01', end: '2027-01-01' }] },
      issues: [
        { path: 'importantDates[0].end', effect: 'ignored', message: /the end comes before the start; found "2027-01-01"; ignored/ },
        { path: 'importantDates[0]', effect: 'skipped', message: /a period needs an "end" date/ },
      ],
    },
    {
      name: 'a leap day that does not exist',
      input: { title: 'T', date: '2027-02-29', endDate: '2028-02-29' },
      issues: [{ path: 'date', effect: 'ignored', message: /^this date does not exist in the calendar; found "2027-02-29"; ignored$/ }],
    },
    {
      name: 'a schedule time past midnight',
      input: { title: 'T', schedule: { days: [{ date: '2027-04-26', items: [{ start: '09:00', end: '24:00', title: 'Late' }] }] } },
      issues: [{ path: 'schedule.days[0].items[0].end', effect: 'ignored', message: /expected a time between 00:00 and 23:59/ }],
    },
    {
      name: 'a null list entry',
      input: { title: 'T', faq: [null, { question: 'Q', answer: 'A' }] },
      issues: [{ path: 'faq[0]', effect: 'skipped', message: /^expected an object; found null; skipped faq\[0\]$/ }],
    },
    {
      name: 'a topic that is neither text nor a theme (the union explains the closest branch)',
      input: { title: 'T', callForPapers: { topics: ['ok', { title: 'Theme' }] } },
      issues: [{ path: 'callForPapers.topics[1].items', effect: 'skipped', message: /"items" is missing; skipped callForPapers\.topics\[1\]/ }],
    },
    {
      name: 'a javascript: URL',
      input: { title: 'T', sponsors: [{ name: 'S', url: 'javascript:alert(1)', logo: ' JAVASCRIPT:alert(1)' }] },
      issues: [
        { path: 'sponsors[0].logo', effect: 'ignored', message: /expected an http, https or mailto link/ },
        { path: 'sponsors[0].url', effect: 'ignored', message: /expected an http, https or mailto link/ },
      ],
    },
    {
      name: 'a reference to an unknown track is dropped from the entry',
      input: { title: 'T', callForPapers: { tracks: [{ id: 'main', name: 'Main' }] }, papers: [{ id: 'p', title: 'P', authors: [], track: 'tiny' }] },
      issues: [{ path: 'papers[0].track', effect: 'ignored', message: /no track in callForPapers\.tracks has the id "tiny"/ }],
    },
    {
      name: 'a sponsor tier that is not listed',
      input: { title: 'T', sponsorTiers: ['Gold'], sponsors: [{ name: 'S', tier: 'Diamond' }] },
      issues: [{ path: 'sponsors[0].tier', effect: 'ignored', message: /"Diamond" is not one of sponsorTiers/ }],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = validateWorkshop(c.input);
      expect(result.ok).to.equal(true);
      const actual = [...result.issues].sort((a, b) => a.path.localeCompare(b.path));
      const expected = [...c.issues].sort((a, b) => a.path.localeCompare(b.path));
      expect(actual.map((i) => `${i.effect} ${i.path}`)).to.deep.equal(expected.map((i) => `${i.effect} ${i.path}`));
      actual.forEach((issue, i) => expect(issue.message).to.match(expected[i]!.message));
    });
  }

  it('skipped entries keep the rest, in order, and report the organizer\'s own indices', () => {
    const result = validateWorkshop({
      title: 'T',
      people: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 2 },
        { id: 'c', name: 'C' },
        { name: 'No id' },
        { id: 'e', name: 'E', homepage: 'javascript:x' },
      ],
      roles: { organizers: ['a', 'b', 'c', 'e'] },
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.workshop.people?.map((p) => p.id)).to.deep.equal(['a', 'c', 'e']);
    expect(result.workshop.people?.[2]?.homepage).to.equal(undefined);
    expect(result.workshop.roles?.organizers).to.deep.equal(['a', 'c', 'e']);
    expect(result.issues.map((i) => `${i.effect} ${i.path}`)).to.have.members([
      'skipped people[1].name',
      'skipped people[3].id',
      'ignored people[4].homepage',
      'skipped roles.organizers[1]',
    ]);
  });

  it('a later repair pass still reports the organizer\'s index after earlier entries were skipped', () => {
    const result = validateWorkshop({
      title: 'T',
      importantDates: [{ label: 'no id' }, { id: 'p', label: 'P', kind: 'period', date: '2027-02-01', end: '2027-01-01' }, { id: 'ok', label: 'OK', date: '2027-03-01' }],
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.issues.map((i) => `${i.effect} ${i.path}`)).to.deep.equal(['skipped importantDates[0].id', 'ignored importantDates[1].end', 'skipped importantDates[1]']);
    expect(result.workshop.importantDates?.map((d) => d.id)).to.deep.equal(['ok']);
  });

  it('thousands of broken entries among good ones are skipped in one go, keeping order', () => {
    const importantDates = Array.from({ length: 6000 }, (_, i) => (i % 3 === 0 ? { id: `d${i}`, label: 'D', date: '2027-01-01' } : { id: `bad${i}` }));
    const started = performance.now();
    const result = validateWorkshop({ title: 'T', importantDates });
    expect(performance.now() - started, 'linear, not quadratic').to.be.below(5000);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.workshop.importantDates?.length).to.equal(2000);
    expect(result.workshop.importantDates?.[1]?.id).to.equal('d3');
    expect(result.workshop.importantDates?.at(-1)?.id).to.equal('d5997');
    expect(result.issues.at(-1)?.path).to.match(/^importantDates\[5999\]/);
  });

  it('fatal problems: no object, no title', () => {
    for (const input of [null, 42, 'workshop', [], [{ title: 'T' }], undefined]) {
      const result = validateWorkshop(input);
      expect(result.ok, JSON.stringify(input)).to.equal(false);
      expect(result.issues.at(-1)?.effect).to.equal('fatal');
      expect(result.issues.at(-1)?.message).to.match(/^expected a workshop description/);
    }
    expect(validateWorkshop({ title: 3 }).issues).to.deep.equal([{ path: 'title', message: 'expected text; found 3', effect: 'fatal' }]);
    const state = stateFromValue({ overview: 'x' }, 'the data property');
    expect(state.status === 'error' && state.error.message).to.equal('The workshop description is not valid at title: "title" is missing.');
  });

  it("names JSON that was encoded twice (what Hugo's jsonify gives inside a script tag) and says how to fix it", () => {
    const twice = validateWorkshop(JSON.stringify({ title: 'MLMP' }));
    expect(twice.ok).to.equal(false);
    expect(twice.issues.at(-1)?.message).to.contain('encoded twice').and.to.contain('| safeJS');
    for (const text of ['workshop', '{not json', '["a list"]']) expect(validateWorkshop(text).issues.at(-1)?.message).not.to.contain('encoded twice');
  });

  it('formats paths the way a JSON reader would point at them', () => {
    expect(formatPath(['people', 3, 'email'])).to.equal('people[3].email');
    expect(formatPath(['schedule', 'days', 0, 'items', 12, 'end'])).to.equal('schedule.days[0].items[12].end');
    expect(formatPath(['weird-key', 'a b'])).to.equal('["weird-key"]["a b"]');
    expect(formatPath([])).to.equal('');
  });

  it('never throws, whatever the data property holds', () => {
    const cyclic: Record<string, unknown> = { title: 'Cyclic', people: [] };
    cyclic.self = cyclic;
    (cyclic.people as unknown[]).push({ id: 'x', name: 'X', back: cyclic });
    const inputs: unknown[] = [
      cyclic,
      { title: 'Fn', overview: () => 'x', people: [{ id: 'a', name: Symbol('a') }] },
      { title: 'Date', date: new Date(Date.UTC(2027, 3, 26)) },
      { title: 'Map', venue: new Map([['city', 'Vienna']]) },
      { title: 'Big', papers: [{ id: 'p', title: 'P', authors: [], year: 10n }] },
      Object.assign(Object.create(null), { title: 'No prototype' }),
    ];
    for (const input of inputs) {
      const result = validateWorkshop(input);
      expect(result.ok).to.equal(true);
    }
    expect(issuesOf(inputs[2])).to.deep.equal(['ignored date']);
    expect(issuesOf(inputs[1])).to.have.members(['skipped people[0].name']);
  });

  it('leaves the caller\'s data untouched while repairing', () => {
    const input = { title: 'T', people: [{ id: 'a', name: 'A', email: 'bad' }, { id: 'b' }] };
    const before = JSON.stringify(input);
    validateWorkshop(input);
    expect(JSON.stringify(input)).to.equal(before);
  });
});

describe('validate: prototype keys', () => {
  it('proto-keys.json validates without touching Object.prototype', async () => {
    const text = await fixture('proto-keys.json');
    const parsed = parseJson(text);
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    const result = validateWorkshop(parsed.value);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.issues).to.deep.equal([]);
    expect(result.workshop.title).to.equal('Workshop Trying Prototype Pollution');
    expect(Object.hasOwn(result.workshop, '__proto__')).to.equal(false);
    expect(Object.getPrototypeOf(result.workshop)).to.equal(Object.prototype);
    const person = result.workshop.people![0]! as unknown as Record<string, unknown>;
    expect(Object.hasOwn(person, '__proto__') || Object.hasOwn(person, 'constructor')).to.equal(false);
    expect(person.isAdmin).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).isAdmin).to.equal(undefined);
    expect(Object.getOwnPropertyNames(Object.prototype)).to.not.include('polluted');
  });

  it('a "__proto__" key made by JSON.parse cannot change what the workshop is', () => {
    const parsed = JSON.parse('{"__proto__": {"title": "Hijacked", "people": [{"id": "x", "name": "X"}]}}');
    const result = validateWorkshop(parsed);
    expect(result.ok).to.equal(false);
    expect(result.issues.at(-1)).to.deep.equal({ path: 'title', message: '"title" is missing', effect: 'fatal' });
  });
});

describe('validate: fixtures keep what is valid', () => {
  const cases: [string, string[]][] = [
    ['impossible-date.json', ['ignored date', 'skipped importantDates[0].date']],
    ['nulls.json', ['ignored shortName', 'ignored venue.city', 'skipped importantDates[0]', 'ignored people']],
    ['deep-nesting.json', ['ignored overview']],
    ['duplicate-ids.json', ['skipped people[1]']],
    ['dangling-person.json', ['skipped roles.speakers[0]', 'ignored schedule.days[0].items[0].speakers[0]']],
  ];
  for (const [file, expected] of cases) {
    it(file, async () => {
      const parsed = parseJson(await fixture(file));
      expect(parsed.ok).to.equal(true);
      if (parsed.ok) expect(issuesOf(parsed.value)).to.have.members(expected);
    });
  }
});
