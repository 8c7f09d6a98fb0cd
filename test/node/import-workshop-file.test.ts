// Writing an import into the organizers' workshop file: JSON keeps its indentation, YAML is edited in place
// (only what changes is written; comments, quoting and folded text stay), and a merge that would make the
// file worse, or could not be written faithfully, is refused before anything is written.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { mergeList, updateEntry, type Entry } from '../../src/node/import/merge.js';
import { runImport } from '../../src/node/import/run.js';
import { assertNoNewProblems, openTarget, renderTarget, type WorkshopTarget } from '../../src/node/import/workshop-target.js';
import { FileProblem, FileProblems } from '../../src/node/workshop-file.js';
import { temporaryDir } from './run-cli.js';

function target(text: string, name: string): WorkshopTarget {
  const file = join(temporaryDir('ww-target-'), name);
  writeFileSync(file, text);
  return openTarget(file);
}

const YAML = `# Our workshop
title: Multiscale # short for now
overview: >-
  A folded paragraph that Jekyll
  joins into one line.
people:
  - id: ada
    name: Ada Lovelace # first organizer
  - id: kofi
    name: Kofi Mensah
roles:
  organizers: [ada]

# Free sections
sections:
  - title: Travel
    body: |
      Take the train.
`;

describe('editing a YAML workshop file in place', () => {
  it('changes a value on its own line and leaves every other byte as it was', () => {
    const file = target(YAML, 'workshop.yml');
    const data = structuredClone(file.data);
    ((data.people as Entry[])[1] as Entry).name = 'Kofi A. Mensah';
    assert.equal(renderTarget(file, data), YAML.replace('name: Kofi Mensah', 'name: Kofi A. Mensah'));
  });

  it('inserts new keys and entries after the last one at the same indentation, below a trailing comment', () => {
    const file = target(YAML, 'workshop.yml');
    const data = structuredClone(file.data);
    const people = data.people as Entry[];
    people[0]!.affiliations = ['Analytical Engines Ltd'];
    people.push({ id: 'zoe', name: 'Zoë Dąbrowska' });
    (data.roles as Entry).programCommittee = ['kofi', 'zoe'];
    data.timeZone = 'Asia/Singapore';
    const text = renderTarget(file, data);
    assert.equal(
      text,
      YAML.replace('  - id: kofi\n    name: Kofi Mensah\n', '  - id: kofi\n    name: Kofi Mensah\n  - id: zoe\n    name: Zoë Dąbrowska\n')
        .replace('    name: Ada Lovelace # first organizer\n', '    name: Ada Lovelace # first organizer\n    affiliations:\n      - Analytical Engines Ltd\n')
        .replace('  organizers: [ada]\n', '  organizers: [ada]\n  programCommittee:\n    - kofi\n    - zoe\n')
        .concat('timeZone: Asia/Singapore\n'),
    );
    assert.deepEqual(parse(text), data);
  });

  it('grows a flow list on its line, and turns a plain id into an entry with a role', () => {
    const file = target(YAML, 'workshop.yml');
    const data = structuredClone(file.data);
    (data.roles as Entry).organizers = ['ada', 'kofi'];
    const text = renderTarget(file, data);
    assert.ok(text.includes('  organizers: [ada, kofi]\n'), text);
    const listed = target('title: T\nroles:\n  programCommittee:\n    - ada # chair\n    - kofi\n', 'w.yaml');
    const withRole = structuredClone(listed.data);
    ((withRole.roles as Entry).programCommittee as unknown[])[1] = { person: 'kofi', role: 'Senior PC' };
    assert.equal(renderTarget(listed, withRole), 'title: T\nroles:\n  programCommittee:\n    - ada # chair\n    - person: kofi\n      role: Senior PC\n');
  });

  it('quotes what Ruby’s YAML would misread (times, dates, yes/no), so Jekyll sees the same data', () => {
    const file = target('title: T\n', 'workshop.yml');
    const text = renderTarget(file, { title: 'T', schedule: { days: [{ date: '2025-04-27', items: [{ start: '10:30', title: 'yes' }] }] } });
    assert.equal(text, 'title: T\nschedule:\n  days:\n    - date: "2025-04-27"\n      items:\n        - start: "10:30"\n          title: "yes"\n');
  });

  it('fills in a key that had nothing after it', () => {
    const file = target('title: T\npeople:\nroles: {}\n', 'w.yml');
    const text = renderTarget(file, { title: 'T', people: [{ id: 'a', name: 'A' }], roles: {} });
    assert.equal(text, 'title: T\npeople:\n  - id: a\n    name: A\nroles: {}\n');
  });

  it('refuses to edit through an anchor that other places share', () => {
    const file = target('title: T\npeople:\n  - &ada\n    id: ada\n    name: Ada\nspeakerCopy: *ada\n', 'w.yml');
    const people = file.data.people as Entry[];
    // The import changes the person; the copy made through the alias must not change with it.
    assert.throws(() => renderTarget(file, { ...file.data, people: [{ ...people[0], name: 'Ada Lovelace' }] }), /anchors \(&name \/ \*name\)/);
    // Replacing the alias itself is fine: the anchor is not touched.
    const text = renderTarget(file, { ...file.data, speakerCopy: { id: 'kofi', name: 'Kofi' } });
    assert.ok(text.startsWith('title: T\npeople:\n  - &ada\n    id: ada\n    name: Ada\nspeakerCopy:'), text);
  });
});

describe('writing a JSON workshop file', () => {
  it('keeps the file’s indentation (4 spaces, tabs) and key order, with a final newline', () => {
    const four = target('{\n    "title": "T",\n    "people": []\n}\n', 'workshop.json');
    assert.equal(renderTarget(four, { ...four.data, people: [{ id: 'a', name: 'A' }] }), '{\n    "title": "T",\n    "people": [\n        {\n            "id": "a",\n            "name": "A"\n        }\n    ]\n}\n');
    const tabs = target('{\n\t"title": "T"\n}', 'workshop.json');
    assert.equal(renderTarget(tabs, { ...tabs.data, shortName: 'S' }), '{\n\t"title": "T",\n\t"shortName": "S"\n}\n');
  });
});

describe('guards before anything is written', () => {
  it('refuses a merge that adds problems to the file, naming them', () => {
    const file = target('{ "title": "T", "people": [{ "id": "a", "name": "A" }] }', 'workshop.json');
    const merged = { ...file.data, roles: { organizers: ['nobody'] } };
    assert.throws(
      () => assertNoNewProblems(file, merged),
      (error: unknown) => error instanceof FileProblems && /After the import, roles\.organizers\[0\]: .*nobody/.test(error.problems[0]!.message),
    );
    assert.doesNotThrow(() => assertNoNewProblems(file, { ...file.data, shortName: 'T' }));
  });

  it('refuses a workshop file that is missing, broken or not a workshop', () => {
    const dir = temporaryDir();
    assert.throws(() => openTarget(join(dir, 'none.json')), /No such file/);
    writeFileSync(join(dir, 'broken.yml'), 'title: T\n  people: x\n');
    assert.throws(() => openTarget(join(dir, 'broken.yml')), (error: unknown) => error instanceof FileProblem && error.line === 1 && /Not valid YAML/.test(error.message));
    writeFileSync(join(dir, 'list.json'), '[]');
    assert.throws(() => openTarget(join(dir, 'list.json')), /Not a workshop description/);
  });

  it('writes the file whole, leaving no temporary file, and nothing on --dry-run', () => {
    const dir = temporaryDir();
    const file = join(dir, 'workshop.json');
    writeFileSync(file, '{ "title": "T" }');
    const lines: string[] = [];
    const imported = {
      notes: ['read 1 thing'],
      mergeInto: (workshop: Entry) => {
        const { list, report } = mergeList('sponsors', workshop.sponsors as unknown[] | undefined, [{ name: 'Acme' }], { keys: (entry) => [String(entry.name)], name: (entry) => String(entry.name) });
        return { workshop: { ...workshop, sponsors: list }, reports: [report], notes: [] };
      },
    };
    runImport(imported, { into: file, dryRun: true, log: (line) => lines.push(line), print: () => assert.fail('no preview') });
    assert.equal(readFileSync(file, 'utf8'), '{ "title": "T" }');
    runImport(imported, { into: file, log: (line) => lines.push(line), print: () => assert.fail('no preview') });
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { title: 'T', sponsors: [{ name: 'Acme' }] });
    assert.deepEqual(readdirSync(dir), ['workshop.json']);
    assert.deepEqual(lines, [
      'read 1 thing', 'sponsors: 1 added, 0 updated, 0 unchanged', '  + Acme', `dry run: ${file} was not written`,
      'read 1 thing', 'sponsors: 1 added, 0 updated, 0 unchanged', '  + Acme', `wrote ${file}`,
    ]);
  });
});

describe('merging entries', () => {
  it('updates nested objects key by key and never erases a field the import leaves out', () => {
    const { entry, fields } = updateEntry({ id: 'p1', title: 'Old', links: { slides: 's', pdf: 'a' }, awards: ['Best'] }, { title: 'New', links: { pdf: 'b' }, abstract: undefined });
    assert.deepEqual(entry, { id: 'p1', title: 'New', links: { slides: 's', pdf: 'b' }, awards: ['Best'] });
    assert.deepEqual(fields, ['title', 'links.pdf']);
  });

  it('matches by the first key that fits, merges repeats within one import, and reports counts and names', () => {
    const existing = [{ id: 'a', name: 'Ada', email: 'ada@x.org' }, 'not an entry', { id: 'b', name: 'Bob' }];
    const { list, report } = mergeList('people', existing, [{ name: 'ADA', email: 'ada@x.org' }, { name: 'Cy' }, { name: 'cy', homepage: 'https://cy.org' }, { name: 'Bob' }], {
      keys: (entry) => [entry.email ? `email:${String(entry.email)}` : undefined, `name:${String(entry.name).toLowerCase()}`],
      name: (entry) => String(entry.name),
    });
    assert.deepEqual(list, [{ id: 'a', name: 'ADA', email: 'ada@x.org' }, 'not an entry', { id: 'b', name: 'Bob' }, { name: 'cy', homepage: 'https://cy.org' }]);
    assert.deepEqual(report, { list: 'people', added: ['cy'], updated: [{ name: 'ADA', fields: ['name'] }], unchanged: 1 });
  });
});
