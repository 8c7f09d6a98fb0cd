// The published JSON Schema and the runtime validator, checked against every fixture in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parseJson, validateWorkshop, type WorkshopIssue } from '../../src/data/index.js';
import { SCHEMA_PATH, serializeWorkshopJsonSchema } from '../../scripts/build-schema.js';
import { generateWorkshop } from '../fixtures/generate.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(root + path, 'utf8');
const readJson = (path: string): unknown => JSON.parse(read(path));
const jsonFiles = (dir: string) => readdirSync(root + dir).filter((name) => name.endsWith('.json')).map((name) => `${dir}/${name}`);

const demoFiles = jsonFiles('demo/workshops');
const edgeFiles = jsonFiles('test/fixtures/edge');

function makeValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is not installed; the formats the converter emits are checked by valibot at runtime.
  for (const format of ['email', 'uri', 'date', 'date-time', 'time']) ajv.addFormat(format, true);
  return ajv.compile(JSON.parse(read('workshop.schema.json')));
}

test('the committed workshop.schema.json equals a fresh conversion of WorkshopSchema', () => {
  assert.equal(readFileSync(SCHEMA_PATH, 'utf8'), serializeWorkshopJsonSchema(), 'run: npx tsx scripts/build-schema.ts');
});

test('the JSON Schema keeps ids, descriptions and patterns, and requires a title', () => {
  const schema = JSON.parse(read('workshop.schema.json'));
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.match(schema.$id, /workshop\.schema\.json$/);
  assert.deepEqual(schema.required, ['title']);
  assert.equal(schema.properties.date.pattern, '^\\d{4}-\\d{2}(?:-\\d{2}(?:T\\d{2}:\\d{2})?)?$');
  assert.equal(schema.properties.title.description, 'Full workshop title.');
  assert.deepEqual(schema.properties.modes.items.enum, ['in-person', 'virtual', 'hybrid']);
  // A blank title is no title, for editors too.
  assert.equal(schema.properties.title.pattern, '\\S');
});

test('the JSON Schema closes every object, so editors underline unknown keys; "$schema" stays allowed at the top', () => {
  const schema = JSON.parse(read('workshop.schema.json'));
  let objects = 0;
  const visit = (node: unknown, where: string): void => {
    if (!node || typeof node !== 'object') return;
    const entry = node as Record<string, unknown>;
    if (entry.type === 'object') {
      objects++;
      assert.equal(entry.additionalProperties, false, where);
    }
    for (const [key, value] of Object.entries(entry)) (Array.isArray(value) ? value : [value]).forEach((item) => visit(item, `${where}/${key}`));
  };
  visit(schema, '#');
  assert.ok(objects > 25, String(objects));
  assert.ok('$schema' in schema.properties);
  const validate = makeValidator();
  assert.equal(validate({ $schema: './workshop.schema.json', title: 'T' }), true);
  assert.equal(validate({ title: 'T', venue: { citty: 'Vienna' } }), false);
  assert.deepEqual(validate.errors?.map((e) => [e.instancePath, e.params]), [['/venue', { additionalProperty: 'citty' }]]);
});

test('there are six demo workshops and three edge fixtures', () => {
  assert.deepEqual(demoFiles.map((f) => f.split('/').pop()).sort(), [
    'default.json', 'fm4science-iclr2026.json', 'frontier-reasoning.json', 'ml4astro-icml2025.json', 'mlmp-iclr2025.json', 'sim2science-icml2026.json',
  ]);
  assert.deepEqual(edgeFiles.map((f) => f.split('/').pop()).sort(), ['all-tbd.json', 'empty.json', 'long-texts.json']);
});

for (const file of [...demoFiles, ...edgeFiles]) {
  test(`${file}: ajv accepts it and validateWorkshop keeps all of it`, () => {
    const data = readJson(file) as Record<string, unknown>;
    const validate = makeValidator();
    assert.ok(validate(data), JSON.stringify(validate.errors?.slice(0, 3)));
    const result = validateWorkshop(data);
    assert.ok(result.ok);
    assert.deepEqual(result.issues, []);
    assert.equal(result.workshop.title, data.title);
    if (file.startsWith('demo/')) assert.equal(Object.keys(data)[0], '$schema');
  });
}

test('generated workshops of any size are valid for both validators', () => {
  const validate = makeValidator();
  for (const options of [{}, { papers: 0, committee: 0, speakers: 0 }, { papers: 200, committee: 150, speakers: 9, seed: 42 }]) {
    const workshop = generateWorkshop(options);
    assert.ok(validate(workshop), JSON.stringify(validate.errors?.slice(0, 3)));
    const result = validateWorkshop(workshop);
    assert.ok(result.ok);
    assert.deepEqual(result.issues, []);
    assert.equal(result.workshop.papers?.length, (options as { papers?: number }).papers ?? 30);
  }
  assert.deepEqual(generateWorkshop({ seed: 3 }), generateWorkshop({ seed: 3 }));
  assert.notDeepEqual(generateWorkshop({ seed: 3 }), generateWorkshop({ seed: 4 }));
});

test('fm4science keeps the seed as printed: 96 committee entries (duplicates under distinct ids), 14 slots, 6 tentative dates', () => {
  const result = validateWorkshop(readJson('demo/workshops/fm4science-iclr2026.json'));
  assert.ok(result.ok);
  const { workshop } = result;
  assert.equal(workshop.roles?.programCommittee?.length, 96);
  assert.ok(workshop.roles?.programCommittee?.includes('ryan-theisen-2'));
  assert.ok(workshop.roles?.programCommittee?.includes('konstantin-schurholt-2'));
  const names = new Map(workshop.people?.map((p) => [p.id, p]));
  assert.deepEqual(names.get('dominguez-sanchez-helena')?.affiliations, ['Centro de Estudios de Física del Cosmos de Aragón']);
  assert.equal(workshop.roles?.speakers?.length, 7);
  assert.equal(workshop.roles?.organizers?.length, 7);
  const items = workshop.schedule?.days[0]?.items ?? [];
  assert.deepEqual([items[0]?.start, items.at(-1)?.end, items.length], ['08:55', '17:35', 14]);
  assert.deepEqual(items.map((i) => i.start), [...items.map((i) => i.start)].sort());
  assert.ok(workshop.importantDates?.every((d) => d.tentative));
  assert.deepEqual(workshop.importantDates?.find((d) => d.kind === 'period'), {
    id: 'review-bidding', label: 'Review Bidding Period', kind: 'period', date: '2026-01-31', end: '2026-02-07', timeZone: 'AoE', tentative: true, tbd: false,
  });
});

type Expected =
  | { parse: { line: number; column: number; message: RegExp } }
  | { ajv: boolean; fatal: string }
  | { ajv: boolean; issues: Pick<WorkshopIssue, 'path' | 'effect'>[]; check?: (workshop: Record<string, unknown>) => void };

const INVALID: Record<string, Expected> = {
  'not-json.txt': { parse: { line: 4, column: 3, message: /^a comma is missing before "date"$/ } },
  'html-instead.html': { parse: { line: 1, column: 1, message: /HTML page, not JSON/ } },
  'missing-title.json': { ajv: false, fatal: 'title' },
  'blank-title.json': { ajv: false, fatal: 'title' },
  'bom.json': { ajv: true, issues: [], check: (w) => assert.equal(w.title, 'Workshop Saved With A Byte-Order Mark') },
  'unknown-keys.json': {
    ajv: false,
    issues: [
      { path: 'importantDate', effect: 'ignored' },
      { path: 'venue.citty', effect: 'ignored' },
      { path: 'people[0].affiliation', effect: 'ignored' },
      { path: 'roles.speakers[0].talktitle', effect: 'ignored' },
      { path: 'schedule.days[0].items[0].speaker', effect: 'ignored' },
      { path: 'hashtag', effect: 'ignored' },
    ],
    check: (w) => assert.deepEqual(w.venue, { name: 'Hall A' }),
  },
  'wrong-types.json': {
    ajv: false,
    issues: [
      { path: 'conference.year', effect: 'ignored' },
      { path: 'date', effect: 'ignored' },
      { path: 'modes', effect: 'ignored' },
      { path: 'people[0].name', effect: 'skipped' },
      { path: 'people[1].affiliations', effect: 'ignored' },
      { path: 'papers', effect: 'ignored' },
    ],
    check: (w) => assert.deepEqual((w.people as { id: string }[]).map((p) => p.id), ['grace']),
  },
  'impossible-date.json': {
    ajv: true,
    issues: [{ path: 'date', effect: 'ignored' }, { path: 'importantDates[0].date', effect: 'skipped' }],
    check: (w) => assert.deepEqual((w.importantDates as { id: string }[]).map((d) => d.id), ['notification']),
  },
  'unknown-zone.json': {
    ajv: true,
    issues: [{ path: 'timeZone', effect: 'ignored' }, { path: 'importantDates[0].timeZone', effect: 'skipped' }, { path: 'schedule', effect: 'skipped' }],
    // Nothing is shown at a time in another zone: the entries in unknown zones are left out, the fixed offset kept.
    check: (w) => {
      assert.deepEqual(w.importantDates, [{ id: 'notification', label: 'Notification', kind: 'deadline', date: '2027-03-01', timeZone: 'UTC-7', tbd: false, tentative: false }]);
      assert.equal(w.schedule, undefined);
    },
  },
  'schedule-end-before-start.json': {
    ajv: true,
    issues: [{ path: 'schedule.days[0].items[1].end', effect: 'ignored' }],
    check: (w) => {
      const items = (w.schedule as { days: { items: { title: string; end?: string }[] }[] }).days[0]!.items;
      assert.equal(items.length, 3);
      assert.equal(items[1]!.end, undefined);
    },
  },
  'dangling-person.json': {
    ajv: true,
    issues: [{ path: 'roles.speakers[0]', effect: 'skipped' }, { path: 'schedule.days[0].items[0].speakers[0]', effect: 'ignored' }],
    check: (w) => assert.deepEqual((w.roles as { speakers: unknown[] }).speakers, ['ada-example']),
  },
  'duplicate-ids.json': {
    ajv: true,
    issues: [{ path: 'people[1]', effect: 'skipped' }],
    check: (w) => assert.deepEqual((w.people as { name: string }[]).map((p) => p.name), ['Sam First', 'Kim Example']),
  },
  'proto-keys.json': {
    ajv: false,
    issues: [
      { path: '__proto__', effect: 'ignored' },
      { path: 'constructor', effect: 'ignored' },
      { path: 'people[0].__proto__', effect: 'ignored' },
      { path: 'people[0].constructor', effect: 'ignored' },
    ],
    check: (w) => {
      assert.equal(w.title, 'Workshop Trying Prototype Pollution');
      assert.ok(!Object.hasOwn(w, '__proto__') && !Object.hasOwn(w, 'constructor'));
      assert.equal(Object.getPrototypeOf(w), Object.prototype);
      const person = (w.people as Record<string, unknown>[])[0]!;
      assert.ok(!Object.hasOwn(person, '__proto__') && !Object.hasOwn(person, 'constructor'));
      assert.equal((person as { isAdmin?: unknown }).isAdmin, undefined);
    },
  },
  'nulls.json': {
    ajv: false,
    issues: [
      { path: 'shortName', effect: 'ignored' },
      { path: 'venue.city', effect: 'ignored' },
      { path: 'importantDates[0]', effect: 'skipped' },
      { path: 'people', effect: 'ignored' },
    ],
    check: (w) => {
      assert.deepEqual(w.venue, { country: 'Austria' });
      assert.deepEqual((w.importantDates as { id: string }[]).map((d) => d.id), ['submission']);
    },
  },
  'deep-nesting.json': { ajv: false, issues: [{ path: 'overview', effect: 'ignored' }], check: (w) => assert.equal(w.overview, undefined) },
  'unsafe-url.json': {
    ajv: true,
    issues: [{ path: 'website', effect: 'ignored' }, { path: 'links[0].url', effect: 'skipped' }],
    check: (w) => assert.deepEqual(w.links, [{ label: 'OpenReview', url: 'https://openreview.net/', kind: 'openreview' }]),
  },
};

test('every invalid fixture has an expectation, and the README lists each one', () => {
  const files = readdirSync(root + 'test/fixtures/invalid').filter((name) => name !== 'README.md').sort();
  assert.deepEqual(files, Object.keys(INVALID).sort());
  const readme = read('test/fixtures/invalid/README.md');
  for (const file of files) assert.ok(readme.includes(`\`${file}\``), file);
});

for (const [file, expected] of Object.entries(INVALID)) {
  test(`invalid/${file}: ${'parse' in expected ? 'parse error' : 'fatal' in expected ? 'fatal' : 'repaired'}`, () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const parsed = parseJson(read(`test/fixtures/invalid/${file}`));
    if ('parse' in expected) {
      assert.equal(parsed.ok, false);
      if (parsed.ok) return;
      assert.equal(parsed.error.line, expected.parse.line);
      assert.equal(parsed.error.column, expected.parse.column);
      assert.match(parsed.error.message, expected.parse.message);
      return;
    }
    assert.ok(parsed.ok);
    if (!parsed.ok) return;
    const validate = makeValidator();
    assert.equal(validate(parsed.value), expected.ajv, JSON.stringify(validate.errors?.slice(0, 2)));
    const result = validateWorkshop(parsed.value);
    if ('fatal' in expected) {
      assert.equal(result.ok, false);
      assert.deepEqual(result.issues.map((i) => [i.path, i.effect]), [[expected.fatal, 'fatal']]);
    } else {
      assert.ok(result.ok, JSON.stringify(result.issues));
      assert.deepEqual(result.issues.map(({ path, effect }) => ({ path, effect })), expected.issues);
      for (const issue of result.issues) assert.match(issue.message, /^["A-Z].*; (ignored|the \d+(st|nd|rd|th) .+, is left out|\S+ is left out)\.$/);
      if (result.ok) expected.check?.(result.workshop as unknown as Record<string, unknown>);
    }
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
    assert.equal(({} as { polluted?: unknown }).polluted, undefined);
  });
}

test('messages: every language refers to one definition of the words, which accepts known keys only', () => {
  const schema = JSON.parse(read('workshop.schema.json'));
  const languages = schema.properties.messages.properties;
  assert.deepEqual(Object.keys(languages), ['en', 'de', 'fr', 'es', 'pt', 'zh']);
  for (const words of Object.values(languages)) assert.deepEqual(words, { $ref: '#/definitions/messageWords' });
  const validate = makeValidator();
  const [key] = Object.keys(schema.definitions.messageWords.properties);
  assert.equal(validate({ title: 'T', messages: { de: { [key!]: 'Wort' } } }), true);
  assert.equal(validate({ title: 'T', messages: { fr: { notAMessageKey: 'mot' } } }), false);
});
