// Table-driven checks of what organizers see for bad input: which JSON path, what message, what happened.
import { expect } from '@open-wc/testing';
import { closestMatch, validateWorkshop } from '../../src/data/issue-messages.js';
import { jsonErrorOffset, lineAndColumn, parseJson, stateFromText } from '../../src/data/json-text.js';
import { formatPath, type WorkshopIssue } from '../../src/data/validate.js';
import { stateFromValue } from '../../src/data/load.js';

const fixture = async (name: string) => (await fetch(`/test/fixtures/invalid/${name}`)).text();
const issuesOf = (input: unknown) => validateWorkshop(input).issues.map(({ path, effect }) => `${effect} ${path}`);

describe('validate: JSON syntax errors name the line and column, in plain words', () => {
  // Our own reading of the text, so every browser (and Node) gives the same words and places.
  const cases: [string, string, number, number, RegExp][] = [
    ['a missing comma', '{\n  "title": "A"\n  "date": "2027-04-26"\n}', 3, 3, /^a comma is missing before "date"$/],
    ['a value missing after a colon', '{"title": }', 1, 11, /^a value is missing before "\}"$/],
    ['a trailing comma in an object (points at the comma)', '{\n  "title": "A",\n}', 2, 15, /^a comma before "\}" has nothing after it \(JSON allows no trailing comma\)$/],
    ['a trailing comma in a list', '{"faq": [1, 2,]}', 1, 14, /comma before "\]" has nothing after it/],
    ['an unterminated string', '{"title": "A', 1, 13, /^a text has no closing double quote$/],
    ['a string that runs past its line', '{"title": "A,\n "date": "2027"}', 1, 14, /^a text has no closing double quote$/],
    ['an empty file', '', 1, 1, /^the file is empty$/],
    ['a file of spaces', '  \n ', 1, 1, /^the file is empty$/],
    ['a misspelled literal (points at the word)', '{\n  "title": "A",\n  "dateTbd": tru\n}', 3, 14, /^"tru" needs double quotes \(the only words JSON knows are true, false and null\)$/],
    ['text after the JSON', '{"title": "A"} oops', 1, 16, /^there is more text after the end of the JSON$/],
    ['an error in a long line', `{"title": "${'x'.repeat(200)}", "date": nul}`, 1, 223, /^"nul" needs double quotes/],
    ['single quotes', "{'title': 'A'}", 1, 2, /^"'title'" needs double quotes$/],
    ['a key without quotes', '{title: "A"}', 1, 2, /^"title" needs double quotes$/],
    ['a comment', '{"title": "A" // the name\n}', 1, 15, /^JSON allows no comments$/],
    ['a missing colon', '{"title" "A"}', 1, 10, /colon/],
    ['a number JSON cannot read', '{"year": 02027}', 1, 10, /^"02027" is not a number JSON can read$/],
    ['a bad escape', '{"title": "C:\\new\\q"}', 1, 19, /^"\\q" is not an escape JSON knows/],
    ['a list that is never closed', '{"faq": [1, 2', 1, 14, /^the text ends before the closing "\]"$/],
    ['a missing comma in a list', '{"faq": [1 2]}', 1, 12, /^a comma is missing$/],
  ];
  for (const [name, text, line, column, message] of cases) {
    it(name, () => {
      expect(() => JSON.parse(text), 'the engine rejects it too').to.throw();
      const parsed = parseJson(text);
      expect(parsed.ok).to.equal(false);
      if (parsed.ok) return;
      expect([parsed.error.line, parsed.error.column]).to.deep.equal([line, column]);
      expect(parsed.error.message).to.match(message);
      expect(parsed.error.message, 'no engine wording').to.not.match(/is not valid JSON|position \d+|Unexpected token|SyntaxError/);
    });
  }

  it('finds the fixture error on line 4, column 3, and says so in one sentence (no "JSON ... JSON")', async () => {
    const state = stateFromText(await fixture('not-json.txt'), 'workshop.json');
    expect(state.status).to.equal('error');
    if (state.status !== 'error') return;
    expect([state.error.kind, state.error.line, state.error.column]).to.deep.equal(['json', 4, 3]);
    expect(state.error.message).to.equal('Could not read workshop.json: a comma is missing before "date" (line 4, column 3).');
    const inline = stateFromText('{"title": }', 'the inline workshop JSON');
    expect(inline.status === 'error' && inline.error.message).to.equal('Could not read the inline workshop JSON: a value is missing before "}" (line 1, column 11).');
  });

  it('recognises an HTML page served instead of JSON', async () => {
    const parsed = parseJson(await fixture('html-instead.html'));
    expect(parsed.ok).to.equal(false);
    if (!parsed.ok) expect(parsed.error).to.deep.equal({ message: 'it is an HTML page, not JSON (is the address right?)', line: 1, column: 1 });
  });

  it('reads a file that starts with a byte-order mark, inline or fetched', async () => {
    const text = '\uFEFF{\n  "title": "With BOM"\n}';
    expect(() => JSON.parse(text), 'JSON.parse alone rejects the mark').to.throw();
    const parsed = parseJson(text);
    expect(parsed.ok && (parsed.value as { title: string }).title).to.equal('With BOM');
    const state = stateFromText(text, 'workshop.json');
    expect(state.status === 'ready' && state.workshop.title).to.equal('With BOM');
    // Positions after the mark count from the first real character.
    const broken = parseJson('\uFEFF{"title": }');
    expect(!broken.ok && [broken.error.line, broken.error.column]).to.deep.equal([1, 11]);
    const bom = await fetch('/test/fixtures/invalid/bom.json');
    const bytes = new Uint8Array(await bom.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)], 'the fixture really starts with EF BB BF').to.deep.equal([0xef, 0xbb, 0xbf]);
    const fetched = stateFromText(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), 'bom.json');
    expect(fetched.status === 'ready' && fetched.issues).to.deep.equal([]);
  });

  it('locates errors itself, the same way in every engine', () => {
    expect(jsonErrorOffset('{"a": }')).to.equal(6);
    expect(jsonErrorOffset('[1, 2,]')).to.equal(5);
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
      issues: [{ path: 'shortName', effect: 'ignored', message: /^Expected text, found 7; ignored\.$/ }],
    },
    {
      name: 'a bad required value skips its list entry and names the entry',
      input: { title: 'T', people: [{ id: 'a', name: 'A' }, { id: 'b' }, { id: 'c', name: 'C' }] },
      issues: [{ path: 'people[1].name', effect: 'skipped', message: /^"name" is missing; the 2nd person, people\[1\], is left out\.$/ }],
    },
    {
      name: 'a bad optional value inside an entry drops only that value',
      input: { title: 'T', people: [{ id: 'a', name: 'A', email: 'not-an-email' }] },
      issues: [{ path: 'people[0].email', effect: 'ignored', message: /^Expected an email address like name@example\.org, found "not-an-email"; ignored\.$/ }],
    },
    {
      name: 'an id with spaces',
      input: { title: 'T', people: [{ id: 'Ada Lovelace', name: 'Ada' }] },
      issues: [{ path: 'people[0].id', effect: 'skipped', message: /^Expected an id made of letters, digits, "-", "_", "\." or ":", found "Ada Lovelace"; the 1st person, people\[0\], is left out\.$/ }],
    },
    {
      name: 'an unknown picklist value',
      input: { title: 'T', importantDates: [{ id: 'd', label: 'D', kind: 'soon', date: '2027-01-01' }] },
      issues: [{ path: 'importantDates[0].kind', effect: 'ignored', message: /^Expected deadline, notification, event or period, found "soon"; ignored\.$/ }],
    },
    {
      name: 'a date with neither "date" nor "tbd"',
      input: { title: 'T', importantDates: [{ id: 'd', label: 'D' }] },
      issues: [{ path: 'importantDates[0]', effect: 'skipped', message: /^Give a "date", or set "tbd": true; the 1st date, importantDates\[0\], is left out\.$/ }],
    },
    {
      name: 'a period without an end',
      input: { title: 'T', importantDates: [{ id: 'p', label: 'P', kind: 'period', date: '2027-01-01' }] },
      issues: [{ path: 'importantDates[0]', effect: 'skipped', message: /^A period needs an "end" date; the 1st date/ }],
    },
    {
      // The end goes first; a period without an end then cannot stand.
      name: 'a period that ends before it starts',
      input: { title: 'T', importantDates: [{ id: 'p', label: 'P', kind: 'period', date: '2027-02-01', end: '2027-01-01' }] },
      issues: [
        { path: 'importantDates[0].end', effect: 'ignored', message: /^The end comes before the start: "2027-01-01"; ignored\.$/ },
        { path: 'importantDates[0]', effect: 'skipped', message: /^A period needs an "end" date; / },
      ],
    },
    {
      name: 'a leap day that does not exist',
      input: { title: 'T', date: '2027-02-29', endDate: '2028-02-29' },
      issues: [{ path: 'date', effect: 'ignored', message: /^This date does not exist in the calendar: "2027-02-29"; ignored\.$/ }],
    },
    {
      name: 'a schedule time past midnight',
      input: { title: 'T', schedule: { days: [{ date: '2027-04-26', items: [{ start: '09:00', end: '24:00', title: 'Late' }] }] } },
      issues: [{ path: 'schedule.days[0].items[0].end', effect: 'ignored', message: /^Expected a time between 00:00 and 23:59, found "24:00"; ignored\.$/ }],
    },
    {
      name: 'a null list entry',
      input: { title: 'T', faq: [null, { question: 'Q', answer: 'A' }] },
      issues: [{ path: 'faq[0]', effect: 'skipped', message: /^Expected an object, found null; the 1st question, faq\[0\], is left out\.$/ }],
    },
    {
      name: 'a topic that is neither text nor a theme (the union explains the closest branch)',
      input: { title: 'T', callForPapers: { topics: ['ok', { title: 'Theme' }] } },
      issues: [{ path: 'callForPapers.topics[1].items', effect: 'skipped', message: /^"items" is missing; the 2nd topic, callForPapers\.topics\[1\], is left out\.$/ }],
    },
    {
      name: 'a javascript: URL',
      input: { title: 'T', sponsors: [{ name: 'S', url: 'javascript:alert(1)', logo: ' JAVASCRIPT:alert(1)' }] },
      issues: [
        { path: 'sponsors[0].logo', effect: 'ignored', message: /^Expected an http, https or mailto link, or a relative path, found " JAVASCRIPT:alert\(1\)"; ignored\.$/ },
        { path: 'sponsors[0].url', effect: 'ignored', message: /^Expected an http, https or mailto link/ },
      ],
    },
    {
      name: 'a reference to an unknown track is dropped from the entry',
      input: { title: 'T', callForPapers: { tracks: [{ id: 'main', name: 'Main' }] }, papers: [{ id: 'p', title: 'P', authors: [], track: 'tiny' }] },
      issues: [{ path: 'papers[0].track', effect: 'ignored', message: /^No track in callForPapers\.tracks has the id "tiny"; ignored\.$/ }],
    },
    {
      name: 'a sponsor tier that is not listed',
      input: { title: 'T', sponsorTiers: ['Gold'], sponsors: [{ name: 'S', tier: 'Diamond' }] },
      issues: [{ path: 'sponsors[0].tier', effect: 'ignored', message: /^"Diamond" is not one of sponsorTiers; listed after the known tiers\.$/ }],
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
      expect(result.issues.at(-1)?.message).to.match(/^Expected a workshop description \(a JSON object with a "title"\), found .+\.$/);
    }
    expect(validateWorkshop({ title: 3 }).issues).to.deep.equal([{ path: 'title', message: 'The "title" of the workshop description should be text, found 3.', effect: 'fatal' }]);
    const state = stateFromValue({ overview: 'x' }, 'the data property');
    expect(state.status === 'error' && state.error.message).to.equal('The "title" is missing from the workshop description.');
    const list = stateFromValue([], 'the data property');
    expect(list.status === 'error' && list.error.message).to.equal('Expected a workshop description (a JSON object with a "title"), found a list.');
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
    // What JSON cannot hold is reported where it is, not dropped without a word.
    expect(issuesOf(inputs[1])).to.have.members(['ignored overview', 'skipped people[0].name']);
    expect(validateWorkshop(inputs[1]).issues.map((i) => i.message)).to.include('Expected text (markdown), found a function; ignored.');
    expect(issuesOf(inputs[4])).to.deep.equal(['ignored papers[0].year']);
    expect(issuesOf(inputs[3]), 'a Map reads as JSON.stringify reads it: {}').to.deep.equal([]);
    expect(issuesOf(inputs[0])).to.have.members(['ignored self', 'ignored people[0].back']);
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
    // Reported like any other unknown key, and never used.
    expect(result.issues.map((i) => `${i.effect} ${i.path}`)).to.deep.equal(['ignored __proto__', 'ignored constructor', 'ignored people[0].__proto__', 'ignored people[0].constructor']);
    expect(result.issues.every((i) => i.unknownKey !== undefined && i.didYouMean === undefined)).to.equal(true);
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
    expect(result.issues.at(-1)).to.deep.equal({ path: 'title', message: 'The "title" is missing from the workshop description.', effect: 'fatal' });
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

describe('validate: unknown keys are reported, with "did you mean"', () => {
  it('names each unknown key by its path and suggests the known key at that place', () => {
    const result = validateWorkshop({
      $schema: 'https://cdn.jsdelivr.net/npm/workshop-widgets/dist/workshop.schema.json',
      title: 'T',
      importantDate: [{ id: 'd', label: 'D', date: '2027-01-01' }],
      venue: { citty: 'Vienna', Country: 'Austria' },
      people: [{ id: 'a', name: 'A', affiliation: 'MIT', home_page: 'https://a.example', twitter: '@a' }],
      roles: { program_committee: ['a'], speakers: [{ person: 'a', talktitle: 'Talk' }] },
      schedule: { days: [{ date: '2027-04-26', items: [{ start: '09:00', title: 'X', speaker: 'a', tilte: 'typo' }] }] },
      callForPapers: { tracks: [{ id: 't', name: 'T', pagelimit: 4 }], topics: [{ title: 'Theme', items: [], Description: 'x' }] },
      hashtag: '#ws',
    });
    expect(result.ok).to.equal(true);
    const found = Object.fromEntries(result.issues.map((i) => [i.path, i.didYouMean ?? null]));
    expect(found).to.deep.equal({
      importantDate: 'importantDates',
      'venue.citty': 'venue.city',
      'venue.Country': 'venue.country',
      'people[0].affiliation': 'people[0].affiliations',
      'people[0].home_page': 'people[0].homepage',
      'people[0].twitter': null, // nothing close: no guess
      'roles.program_committee': 'roles.programCommittee',
      'roles.speakers[0].talktitle': 'roles.speakers[0].talkTitle',
      'schedule.days[0].items[0].speaker': 'schedule.days[0].items[0].speakers',
      'schedule.days[0].items[0].tilte': 'schedule.days[0].items[0].title',
      'callForPapers.tracks[0].pagelimit': 'callForPapers.tracks[0].pageLimit',
      'callForPapers.topics[0].Description': 'callForPapers.topics[0].description',
      hashtag: null,
    });
    for (const issue of result.issues) {
      expect(issue.effect).to.equal('ignored');
      expect(issue.unknownKey).to.equal(issue.path.split('.').pop()!.replace(/^\w+\[\d+\]\./, ''));
    }
    expect(result.issues.find((i) => i.path === 'venue.citty')!.message).to.equal('Unknown key "citty" (did you mean "city"?); ignored.');
    expect(result.issues.find((i) => i.path === 'hashtag')!.message).to.equal('Unknown key "hashtag"; ignored.');
  });

  it('allows "$schema" at the top only, and reports keys in the organizers\' own indices after skipped entries', () => {
    const result = validateWorkshop({ title: 'T', venue: { $schema: 'x' }, people: [{ id: 'a' }, { id: 'b', name: 'B', nmae: 'B' }] });
    expect(result.issues.map((i) => `${i.effect} ${i.path}`)).to.have.members(['ignored venue.$schema', 'skipped people[0].name', 'ignored people[1].nmae']);
    expect(result.issues.find((i) => i.path === 'people[1].nmae')!.didYouMean).to.equal('people[1].name');
    expect(validateWorkshop({ $schema: 'x', title: 'T' }).issues).to.deep.equal([]);
  });

  it('does not guess when nothing is close, and ignores case and separators when guessing', () => {
    expect(closestMatch('importantDate', ['importantDates', 'date'])).to.equal('importantDates');
    expect(closestMatch('TalkTitle', ['talkTitle', 'title'])).to.equal('talkTitle');
    expect(closestMatch('talk-title', ['talkTitle', 'title'])).to.equal('talkTitle');
    expect(closestMatch('affilaitions', ['affiliations'])).to.equal('affiliations'); // two letters swapped
    expect(closestMatch('titel', ['title', 'tagline'])).to.equal('title');
    expect(closestMatch('endTime', ['end', 'start'])).to.equal(undefined);
    expect(closestMatch('x', ['id'])).to.equal(undefined);
    expect(closestMatch('twitter', ['title', 'links'])).to.equal(undefined);
    expect(closestMatch('__proto__', ['photo'])).to.equal(undefined);
  });

  it('a key misspelt in any object of a real workshop is reported with the key it meant, and so is what it costs', async () => {
    const base = await (await fetch('/demo/workshops/default.json')).json();
    const objects: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (value && typeof value === 'object') {
        objects.push(path);
        for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
      }
    };
    walk(base, []);
    // One object of each kind (people[3] is like people[0]).
    const kinds = new Map(objects.map((path) => [path.map((s) => (typeof s === 'number' ? 0 : s)).join('.'), path]));
    expect(kinds.size).to.be.greaterThan(20);
    const clean = validateWorkshop(base);
    for (const path of kinds.values()) {
      const copy = structuredClone(base);
      const target = path.reduce((node: Record<string | number, unknown>, s) => node[s] as Record<string | number, unknown>, copy);
      const key = Object.keys(target).find((k) => k.length > 3 && k !== '$schema')!;
      if (!key) continue;
      const value = target[key];
      delete target[key];
      const typo = key.slice(0, -1); // "affiliations" -> "affiliation"
      target[typo] = value;
      const result = validateWorkshop(copy);
      const where = formatPath([...path, typo]);
      const issue = result.issues.find((i) => i.path === where);
      expect(issue, `${where} reported`).to.not.equal(undefined);
      expect(issue!.didYouMean, where).to.equal(formatPath([...path, key]));
      expect(issue!.message).to.match(new RegExp(`^Unknown key "${typo.replace(/\$/g, '\\$')}" \\(did you mean "${key.replace(/\$/g, '\\$')}"\\?\\); ignored\\.$`));
      // What else it costs (a required key gone skips its entry; an id gone breaks references) is reported too.
      for (const other of result.issues.filter((i) => i !== issue)) {
        expect(other.message, other.path).to.match(other.effect === 'fatal' ? /^The "title" is missing from the workshop description\.$/ : /; (ignored|.+ is left out)\.$/);
      }
    }
    expect(clean.issues).to.deep.equal([]);
  });
});

describe('validate: a layout entry that names no section is reported', () => {
  const workshop = {
    title: 'T',
    overview: 'About.',
    callForPapers: { policies: [{ title: 'Dual submission', body: 'Welcome.' }] },
    sections: [{ id: 'travel', title: 'Travel grants', body: 'Apply.' }, { title: 'Travel grants', body: 'Twice.' }],
  };

  it('names the entry by its path, suggests the closest section name, and keeps the rest of the layout', () => {
    const result = validateWorkshop({ ...workshop, layout: ['overvew', { section: 'sponsor', hidden: true }, 'travel', { section: 'Dual-Submission' }] });
    expect(result.ok).to.equal(true);
    expect(result.issues.map((issue) => [issue.effect, issue.path, issue.message])).to.deep.equal([
      ['ignored', 'layout[0]', 'No section of the page is called "overvew" (did you mean "overview"?); this layout entry is ignored.'],
      ['ignored', 'layout[1].section', 'No section of the page is called "sponsor" (did you mean "sponsors"?); this layout entry is ignored.'],
      ['ignored', 'layout[3].section', 'No section of the page is called "Dual-Submission" (did you mean "dual-submission"?); this layout entry is ignored.'],
    ]);
    expect(result.ok && result.workshop.layout).to.have.length(4);
  });

  it('knows built-in sections, policies and free sections by id or title slug (a repeated one as "-2"), and headings that group sub-sections', () => {
    const layout = ['overview', 'dual-submission', 'travel', 'travel-grants', { section: 'program', title: 'Program', sections: ['schedule', 'papers'] }, 'related'];
    expect(validateWorkshop({ ...workshop, layout }).issues).to.deep.equal([]);
    const sub = validateWorkshop({ ...workshop, layout: [{ section: 'program', title: 'Program', sections: ['schedul', 'nothing-like-it'] }] }).issues;
    expect(sub.map((issue) => issue.path)).to.deep.equal(['layout[0].sections[0]', 'layout[0].sections[1]']);
    expect(sub[0]!.message).to.contain('did you mean "schedule"?');
    // Nothing close: the message lists what the page has, this file's own sections included.
    expect(sub[1]!.message).to.match(/the page's sections are overview, dates, .*sponsors, .*dual-submission, travel, travel-grants\); this layout entry is ignored\.$/);
  });

  it('counts from the organizers\' indices after a broken layout entry was skipped', () => {
    const issues = validateWorkshop({ ...workshop, layout: [{ title: 'No section' }, 'sponsor'] }).issues;
    expect(issues.map((issue) => `${issue.effect} ${issue.path}`)).to.deep.equal(['skipped layout[0].section', 'ignored layout[1]']);
  });
});

describe('validate: a value of the wrong kind is never dropped without a word', () => {
  it('every leaf of the demo workshops, replaced by a value of another kind, is reported at or around its path', async function () {
    this.timeout(60_000);
    const started = performance.now();
    // Smallest first: each kind of leaf is tried in the smallest workshop that has it.
    const names = ['sim2science-icml2026.json', 'mlmp-iclr2025.json', 'fm4science-iclr2026.json', 'default.json'];
    const bases = await Promise.all(names.map(async (name) => (await fetch(`/demo/workshops/${name}`)).json()));
    const leaves = new Map<string, { base: unknown; path: (string | number)[] }>();
    const walk = (base: unknown, value: unknown, path: (string | number)[]) => {
      if (Array.isArray(value)) value.forEach((item, i) => walk(base, item, [...path, i]));
      else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(base, inner, [...path, key]);
      else {
        const kind = path.map((s) => (typeof s === 'number' ? 0 : s)).join('.');
        if (!leaves.has(kind)) leaves.set(kind, { base, path });
      }
    };
    for (const base of bases) walk(base, base, []);
    expect(leaves.size).to.be.greaterThan(80);
    // Text or a number for the other scalar, an object, a list, null.
    const others = (original: unknown) => [typeof original === 'number' ? 'text' : 42, {}, ['a list'], null];
    // Only the section of the leaf and what it refers to, so each of the ~550 checks validates a small file.
    const refersTo: Record<string, string[]> = { schedule: ['people', 'papers', 'callForPapers'], roles: ['people'], papers: ['callForPapers'], importantDates: ['callForPapers'], sponsors: ['sponsorTiers'], layout: ['sections', 'callForPapers'] };
    const slim = (base: Record<string, unknown>, section: string) =>
      Object.fromEntries(['title', 'timeZone', 'deadlineTimeZone', section, ...(refersTo[section] ?? [])].filter((key) => key in base).map((key) => [key, base[key]]));
    let checked = 0;
    for (const { base: whole, path } of leaves.values()) {
      if (path[0] === '$schema') continue;
      const base = slim(whole as Record<string, unknown>, String(path[0]));
      expect(validateWorkshop(base).issues.map((i) => i.path)).to.deep.equal([]);
      const original = path.reduce((node: Record<string | number, unknown>, s) => node[s] as Record<string | number, unknown>, base as Record<string, unknown>) as unknown;
      for (const wrong of others(original)) {
        const copy = structuredClone(base) as Record<string | number, unknown>;
        const parent = path.slice(0, -1).reduce((node: Record<string | number, unknown>, s) => node[s] as Record<string | number, unknown>, copy);
        parent[path[path.length - 1]!] = wrong;
        const result = validateWorkshop(copy);
        const where = formatPath(path);
        // At the value, at the entry that holds it (skipped), or inside it (an object where text or an id belongs).
        const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`);
        const reported = result.issues.filter((i) => related(where, i.path) || related(i.path, where));
        expect(reported.length, `${where} = ${JSON.stringify(wrong)}: ${JSON.stringify(result.issues.map((i) => i.path))}`).to.be.greaterThan(0);
        for (const issue of reported) expect(issue.message, where).to.match(/^["A-Z].+\.$/);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(500);
    console.log(`[validate] ${checked} wrong values at ${leaves.size} kinds of place, all reported, in ${Math.round(performance.now() - started)} ms`);
  });
});

describe('validate: time zones as sites write them', () => {
  it('accepts fixed offsets and keeps them as written', () => {
    const result = validateWorkshop({
      title: 'T',
      timeZone: 'UTC-7',
      deadlineTimeZone: 'GMT-3',
      importantDates: [
        { id: 'a', label: 'A', date: '2027-01-01' },
        { id: 'b', label: 'B', date: '2027-01-01', timeZone: 'UTC+05:30' },
        { id: 'c', label: 'C', date: '2027-01-01', timeZone: '+02:00' },
        { id: 'd', label: 'D', date: '2027-01-01', timeZone: 'UTC' },
        { id: 'e', label: 'E', date: '2027-01-01', timeZone: 'GMT' },
      ],
      schedule: { days: [{ date: '2027-04-26', items: [{ start: '09:00', title: 'X' }] }] },
    });
    expect(result.issues).to.deep.equal([]);
    expect(result.ok && result.workshop.importantDates!.map((d) => d.timeZone ?? '-')).to.deep.equal(['-', 'UTC+05:30', '+02:00', 'UTC', 'GMT']);
    expect(result.ok && result.workshop.schedule?.days.length).to.equal(1);
  });

  it('never shows an entry at a time in another zone: what an unknown zone governs is left out, and says why', () => {
    const result = validateWorkshop({
      title: 'T',
      timeZone: 'Europe/Viena',
      deadlineTimeZone: 'Mars/Olympus_Mons',
      importantDates: [
        { id: 'own', label: 'Own zone', date: '2027-01-01', timeZone: 'UTC-7' },
        { id: 'shared', label: 'Deadline zone', date: '2027-01-02' },
        { id: 'event', label: 'Event', kind: 'event', date: '2027-04-26' },
        { id: 'tbd', label: 'Not yet known', tbd: true },
        { id: 'typo', label: 'Typo', date: '2027-01-03', timeZone: 'Vienna' },
      ],
      schedule: { days: [{ date: '2027-04-26', items: [{ start: '09:00', title: 'X' }] }] },
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.workshop.importantDates!.map((d) => d.id)).to.deep.equal(['own', 'tbd']);
    expect(result.workshop.schedule).to.equal(undefined);
    expect(result.workshop.timeZone).to.equal(undefined);
    const messages = Object.fromEntries(result.issues.map((i) => [i.path, i.message]));
    expect(messages).to.deep.equal({
      timeZone: 'Unknown time zone "Europe/Viena" (did you mean "Europe/Vienna"?); ignored.',
      deadlineTimeZone: 'Unknown time zone "Mars/Olympus_Mons" (write one such as "AoE", "UTC-7" or "Europe/Vienna"); ignored.',
      'importantDates[4].timeZone': 'Unknown time zone "Vienna" (did you mean "Europe/Vienna"?); the 5th date, importantDates[4], is left out.',
      'importantDates[1]': 'Its time zone (deadlineTimeZone, "Mars/Olympus_Mons") is unknown, so its times cannot be shown; the 2nd date, importantDates[1], is left out.',
      'importantDates[2]': 'Its time zone (timeZone, "Europe/Viena") is unknown, so its times cannot be shown; the 3rd date, importantDates[2], is left out.',
      schedule: 'The program\'s time zone (timeZone, "Europe/Viena") is unknown, so its times cannot be shown; schedule is left out.',
    });
  });

  it('a schedule with its own known zone stays when the workshop zone is unknown', () => {
    const result = validateWorkshop({ title: 'T', timeZone: 'Nowhere/Land', schedule: { timeZone: 'UTC+02:00', days: [{ date: '2027-04-26', items: [{ start: '09:00', title: 'X' }] }] } });
    expect(result.ok && result.workshop.schedule?.timeZone).to.equal('UTC+02:00');
    expect(result.issues.map((i) => i.path)).to.deep.equal(['timeZone']);
    const own = validateWorkshop({ title: 'T', timeZone: 'UTC', schedule: { timeZone: 'AOE', days: [{ date: '2027-04-26', items: [{ start: '09:00', title: 'X' }] }] } });
    expect(own.issues.map((i) => `${i.effect} ${i.path}: ${i.message}`)).to.deep.equal([
      'ignored schedule.timeZone: Unknown time zone "AOE" (did you mean "AoE"?); ignored.',
      'skipped schedule: The program\'s time zone (schedule.timeZone, "AOE") is unknown, so its times cannot be shown; schedule is left out.',
    ]);
  });
});

describe('validate: the title', () => {
  for (const title of ['', '   ', '\t\n']) {
    it(`a blank title (${JSON.stringify(title)}) is an error like a missing one`, () => {
      const result = validateWorkshop({ title, overview: 'Still here' });
      expect(result.ok).to.equal(false);
      expect(result.issues).to.deep.equal([{ path: 'title', message: 'The "title" of the workshop description is blank.', effect: 'fatal' }]);
      const state = stateFromValue({ title }, 'the data property');
      expect(state.status === 'error' && state.error.message).to.equal('The "title" of the workshop description is blank.');
    });
  }
  it('a title with text around spaces is fine', () => expect(validateWorkshop({ title: '  A  ' }).ok).to.equal(true));
});

describe('validate: messages read well for organizers', () => {
  /** Every message a battery of bad input produces. */
  const battery = (): WorkshopIssue[] => [
    ...validateWorkshop({
      $schema: 5,
      title: 'T',
      shortName: 7,
      date: '2027-02-30',
      endDate: '2027-13-01',
      dateTbd: 'yes',
      timeZone: 'Mars',
      deadlineTimeZone: 12,
      conference: { name: 'X', year: 'twenty' },
      modes: ['on-site'],
      links: [{ label: 'L' }, { label: 'M', url: 'ftp://x' }],
      logo: { src: 4 },
      venue: [],
      importantDates: [{ id: 'a b', label: 'D', date: '2027-01-01' }, { id: 'd', label: 'D' }, { id: 'p', label: 'P', kind: 'period', date: '2027-02-01', end: '2027-01-01' }, 'x'],
      callForPapers: { topics: [{ title: 'T' }], tracks: [{ id: 't', name: 'T', pageLimit: -1, archival: 'no' }] },
      people: [{ id: 'a', name: 'A', email: 'nope', photo: 'javascript:x' }, { id: 'a', name: 'B' }, { name: 'C' }],
      roles: { organizers: ['ghost', { person: 'a', role: 3 }] },
      schedule: { days: [{ date: '2027-04-26', items: [{ start: '9:00', title: 'X' }, { start: '10:00', end: '09:00', title: 'Y', kind: 'talk', speakers: ['nobody'], papers: ['none'] }] }] },
      papers: [{ id: 'p', title: 'P', authors: 'A', links: { pdf: 'javascript:x' } }],
      sponsorTiers: ['Gold'],
      sponsors: [{ name: 'S', tier: 'Diamond' }],
      faq: [{ question: 'Q' }],
      contact: { email: 'x' },
    }).issues,
    ...validateWorkshop({ title: 4 }).issues,
    ...validateWorkshop(null).issues,
    ...validateWorkshop(JSON.stringify({ title: 'x' })).issues,
  ];

  it('are sentences: capitalised, one period at the end, no engine wording, no word twice in a row', () => {
    const issues = battery();
    expect(issues.length).to.be.greaterThan(30);
    for (const { path, message } of issues) {
      expect(message, path).to.match(/^["A-Z]/);
      expect(message, path).to.match(/[^.]\.$/);
      expect(message, path).to.not.match(/Invalid (type|length|format|key)|but received|Expected [A-Z][a-z]+ but|\bundefined\b|\[object Object\]/);
      expect(message, path).to.not.match(/\b(\w+) \1\b/i);
    }
  });

  it('count entries from 1 and name them, with the path as in the file', () => {
    const issues = Object.fromEntries(battery().map((i) => [i.path, i.message]));
    expect(issues['importantDates[0].id']).to.match(/; the 1st date, importantDates\[0\], is left out\.$/);
    expect(issues['importantDates[1]']).to.equal('Give a "date", or set "tbd": true; the 2nd date, importantDates[1], is left out.');
    expect(issues['importantDates[3]']).to.equal('Expected an object, found "x"; the 4th date, importantDates[3], is left out.');
    expect(issues['people[2].id']).to.equal('"id" is missing; the 3rd person, people[2], is left out.');
    expect(issues['people[1]']).to.equal('The id "a" is used twice in people; the 2nd person, people[1], is left out.');
    expect(issues['roles.organizers[0]']).to.equal('No one in "people" has the id "ghost"; the 1st organizer, roles.organizers[0], is left out.');
    expect(issues['sponsors[0].tier']).to.equal('"Diamond" is not one of sponsorTiers; listed after the known tiers.');
    expect(issues['links[0].url']).to.equal('"url" is missing; the 1st link, links[0], is left out.');
    expect(issues['schedule.days[0].items[0].start']).to.equal('Expected a 24-hour time like 09:30, found "9:00"; the 1st item, schedule.days[0].items[0], is left out.');
    expect(issues['callForPapers.topics[0].items']).to.equal('"items" is missing; the 1st topic, callForPapers.topics[0], is left out.');
    expect(issues.venue).to.equal('Expected an object, found a list; ignored.');
    expect(issues['schedule.days[0].items[1].kind']).to.equal(`Expected ${['opening', 'keynote', 'invited-talk', 'contributed-talk', 'poster-session', 'panel', 'break', 'lunch', 'closing', 'social'].join(', ')} or other, found "talk"; ignored.`);
    expect(issues.modes).to.equal(undefined);
    expect(issues['modes[0]']).to.equal('Expected in-person, virtual or hybrid, found "on-site"; the 1st mode, modes[0], is left out.');
    expect(issues.$schema).to.equal('Expected the address of the JSON Schema, found 5; ignored.');
    expect(issues.title).to.equal('The "title" of the workshop description should be text, found 4.');
  });

  it('ordinals read as English ordinals', () => {
    const names = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map((n) => {
      const people = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: 'P' }));
      people[n - 1] = { id: `p${n - 1}` } as never;
      return /the (\S+) person/.exec(validateWorkshop({ title: 'T', people }).issues[0]!.message)![1];
    });
    expect(names).to.deep.equal(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th']);
  });
});
