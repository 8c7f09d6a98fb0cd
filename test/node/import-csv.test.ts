// `workshop-widgets import csv`: people from a spreadsheet (loose headers, RFC 4180 quoting, BOM, ; , or tab)
// into `people` and one role list, matched to people already there; bad rows refused with their line.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateWorkshop } from '../../src/data/issue-messages.js';
import { importCsv, ROLE_LISTS } from '../../src/node/import/csv.js';
import type { Entry } from '../../src/node/import/merge.js';
import { FileProblem, FileProblems } from '../../src/node/workshop-file.js';
import { root, runCli, temporaryDir } from './run-cli.js';

const FIXTURES = `${root}test/fixtures/import/`;
const PEOPLE = `${FIXTURES}people.csv`;
const workshop = () => JSON.parse(readFileSync(`${FIXTURES}workshop.json`, 'utf8')) as Entry;
const peopleOf = (data: Entry) => data.people as Entry[];
const byName = (data: Entry, name: string) => peopleOf(data).find((person) => person.name === name);

function csvFile(text: string, name = 'people.csv'): string {
  const file = join(temporaryDir('ww-csv-'), name);
  writeFileSync(file, text);
  return file;
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof FileProblems) return error.problems.map((problem) => problem.message);
    if (error instanceof FileProblem) return [error.message];
    throw error;
  }
  assert.fail('expected the import to be refused');
}

describe('reading a spreadsheet of people', () => {
  // people.csv: BOM, CRLF, semicolons, "First name"/"Last name", quoted cells with ";", quotes and a line break, a blank row.
  const imported = importCsv(PEOPLE, { list: 'programCommittee' });
  const preview = imported.mergeInto({}).workshop;

  it('reads every person, joining first and last names', () => {
    assert.deepEqual(
      peopleOf(preview).map((person) => person.name),
      ['Ada Lovelace', 'Kofi Mensah', 'María José García Pérez', 'Jean-Luc Picard "JL"', 'Zoë Dąbrowska'],
    );
    assert.deepEqual(imported.notes, [`${PEOPLE}: 5 people; columns not used: Notes`]);
  });

  it('maps loose headers to fields: institutions split at ";" and line breaks, bare domains made links, Scholar as a link', () => {
    const ada = byName(preview, 'Ada Lovelace')!;
    assert.deepEqual(ada.affiliations, ['Analytical Engines Ltd', 'University of London']);
    assert.equal(ada.homepage, 'https://www.example.org/~ada');
    assert.equal(ada.email, 'ada@example.org');
    assert.deepEqual(byName(preview, 'Jean-Luc Picard "JL"')!.affiliations, ['Starfleet', 'Academy']);
    assert.deepEqual(byName(preview, 'Kofi Mensah')!.links, [{ label: 'Google Scholar', url: 'https://scholar.google.com/citations?user=kofi', kind: 'scholar' }]);
  });

  it('keeps a family name of several words for sorting, and makes ids from names', () => {
    const maria = byName(preview, 'María José García Pérez')!;
    assert.equal(maria.sortName, 'García Pérez');
    assert.equal(maria.id, 'maria-jose-garcia-perez');
    assert.equal(byName(preview, 'Zoë Dąbrowska')!.id, 'zoe-dabrowska');
    assert.equal(byName(preview, 'Zoë Dąbrowska')!.sortName, undefined);
  });

  it('fills the role list, with the Role column as the role within it', () => {
    const roles = preview.roles as Entry;
    assert.deepEqual(roles.programCommittee, [{ person: 'ada-lovelace', role: 'Chair' }, 'kofi-mensah', 'maria-jose-garcia-perez', 'jean-luc-picard-jl', 'zoe-dabrowska']);
    assert.equal(validateWorkshop({ title: 'T', ...preview }).issues.length, 0);
  });

  it('reads commas and tabs too, and other spellings of the headers', () => {
    const comma = importCsv(csvFile('Full name,Organisation,URL,E-mail address,Talk title\n"Grace Hopper","US Navy, Yale",grace.example.org,grace@example.org,"COBOL, again"\n'), { list: 'speakers' });
    const grace = peopleOf(comma.mergeInto({}).workshop)[0]!;
    assert.deepEqual(grace.affiliations, ['US Navy, Yale']);
    assert.equal(grace.homepage, 'https://grace.example.org');
    assert.deepEqual((comma.mergeInto({}).workshop.roles as Entry).speakers, [{ person: 'grace-hopper', talkTitle: 'COBOL, again' }]);
    const tab = importCsv(csvFile('Name\tInstitution\tGitHub\nAlan Turing\tUniversity of Manchester\t@aturing\n'));
    assert.deepEqual(peopleOf(tab.mergeInto({}).workshop)[0], {
      id: 'alan-turing',
      name: 'Alan Turing',
      affiliations: ['University of Manchester'],
      links: [{ label: 'GitHub', url: 'https://github.com/aturing', kind: 'github' }],
    });
    assert.equal(tab.mergeInto({}).workshop.roles, undefined, 'without --list, people only');
  });

  it('names role lists loosely but only those of the schema', () => {
    assert.deepEqual(ROLE_LISTS, ['speakers', 'panelists', 'moderators', 'organizers', 'areaChairs', 'programCommittee', 'volunteers']);
    assert.ok((importCsv(PEOPLE, { list: 'Program Committee' }).mergeInto({}).workshop.roles as Entry).programCommittee);
    assert.match(problemsOf(() => importCsv(PEOPLE, { list: 'reviewers' }))[0]!, /--list reviewers: not a list of the workshop file; use one of speakers, panelists/);
  });
});

describe('merging people into a workshop file', () => {
  const first = importCsv(PEOPLE, { list: 'programCommittee' }).mergeInto(workshop());

  it('matches people already there by email or name and keeps their ids and what the sheet does not say', () => {
    const ada = byName(first.workshop, 'Ada Lovelace')!;
    assert.equal(ada.id, 'ada-lovelace');
    assert.equal(peopleOf(first.workshop).filter((person) => person.name === 'Ada Lovelace').length, 1);
    const kofi = byName(first.workshop, 'Kofi Mensah')!;
    assert.equal(kofi.id, 'kofi-mensah');
    assert.equal(byName(first.workshop, 'Ilse Vandermeulen')!.bio, 'Works on machine learning for the physical sciences.');
    assert.deepEqual(first.reports[0]!.updated, [
      { name: 'Ada Lovelace', fields: ['affiliations', 'homepage'] },
      { name: 'Kofi Mensah', fields: ['email', 'links'] },
    ]);
    assert.deepEqual(first.reports[0]!.added, ['María José García Pérez', 'Jean-Luc Picard "JL"', 'Zoë Dąbrowska']);
  });

  it('adds to the role list without duplicates, keeping each entry’s form and role', () => {
    const committee = (first.workshop.roles as Entry).programCommittee;
    assert.deepEqual(committee, [
      { person: 'ada-lovelace', role: 'Chair' },
      { person: 'kofi-mensah', role: 'Senior PC' },
      'maria-jose-garcia-perez',
      'jean-luc-picard-jl',
      'zoe-dabrowska',
    ]);
    assert.deepEqual((first.workshop.roles as Entry).organizers, ['ilse-vandermeulen']);
    assert.deepEqual(first.reports[1], {
      list: 'roles.programCommittee',
      added: ['María José García Pérez', 'Jean-Luc Picard "JL"', 'Zoë Dąbrowska'],
      updated: [{ name: 'Ada Lovelace', fields: ['role'] }],
      unchanged: 1,
    });
    assert.equal(validateWorkshop(first.workshop).issues.length, 0);
  });

  it('changes nothing the second time', () => {
    const again = importCsv(PEOPLE, { list: 'programCommittee' }).mergeInto(first.workshop);
    assert.deepEqual(again.workshop, first.workshop);
    assert.deepEqual(again.reports.map((report) => [report.added.length, report.updated.length, report.unchanged]), [[0, 0, 5], [0, 0, 5]]);
  });

  it('gives a new person a free id when the name’s id is taken by someone else', () => {
    const data = { title: 'T', people: [{ id: 'ada-lovelace', name: 'Ada Lovelace-Byron' }] };
    const merged = importCsv(csvFile('Name\nAda Lovelace\n')).mergeInto(data).workshop;
    assert.deepEqual(peopleOf(merged).map((person) => person.id), ['ada-lovelace', 'ada-lovelace-2']);
  });

  it('stays linear at conference scale: 20,000 committee members', () => {
    const rows = ['Name,Affiliation,Email', ...Array.from({ length: 20_000 }, (_, i) => `Member ${i},University ${i % 97},m${i}@example.org`)];
    const existing = { title: 'T', people: Array.from({ length: 10_000 }, (_, i) => ({ id: `member-${i}`, name: `Member ${i}` })) };
    const started = performance.now();
    const merged = importCsv(csvFile(rows.join('\n')), { list: 'programCommittee' }).mergeInto(existing);
    // Linear work takes about a second here; a quadratic merge would take minutes (the bound allows a busy machine).
    assert.ok(performance.now() - started < 30_000);
    assert.equal(peopleOf(merged.workshop).length, 20_000);
    assert.equal(merged.reports[0]!.updated.length, 10_000);
  });
});

describe('refusing a sheet with bad rows, naming the line, row and column', () => {
  it('lists every bad row at once: an invalid email, a row without a name, an unsafe link', () => {
    assert.deepEqual(problemsOf(() => importCsv(`${FIXTURES}people-bad.csv`)), [
      `${FIXTURES}people-bad.csv:3:1: row 3 (Grace Hopper): "Email": Expected an email address like name@example.org (found "n/a")`,
      `${FIXTURES}people-bad.csv:4:1: row 4: no name`,
      `${FIXTURES}people-bad.csv:5:1: row 5 (Alan Turing): "Website": Expected an http, https or mailto link, or a relative path (found "javascript:alert(1)")`,
    ]);
  });

  it('counts a row by the sheet and its line by the file, which differ after a cell with a line break', () => {
    const file = csvFile('Name,Affiliation,Email\n"Ada Lovelace","Analytical\nEngines",ada@example.org\nBob,Nowhere,bob-at-example\n');
    assert.deepEqual(problemsOf(() => importCsv(file)), [`${file}:4:1: row 3 (Bob): "Email": Expected an email address like name@example.org (found "bob-at-example")`]);
  });

  it('wants profiles elsewhere as full addresses where a handle is not enough', () => {
    const file = csvFile('Name,Mastodon,GitHub\nAda Lovelace,@ada@sigmoid.social,@ada\n');
    assert.deepEqual(problemsOf(() => importCsv(file)), [`${file}:2:1: row 2 (Ada Lovelace): "Mastodon": Expected a link like https://..., found "@ada@sigmoid.social"`]);
  });

  it('refuses a file that is not CSV, has no name column, or is empty', () => {
    assert.match(problemsOf(() => importCsv(csvFile('Name,Email\n"Ada,ada@example.org\n')))[0]!, /people\.csv:\d+:1: Not valid CSV: .*[Qq]uote/);
    assert.match(problemsOf(() => importCsv(csvFile('Affiliation,Email\nMIT,a@example.org\n')))[0]!, /people\.csv:1:1: No column for names \(found: Affiliation, Email\)/);
    assert.match(problemsOf(() => importCsv(csvFile('')))[0]!, /people\.csv:1:1: The file is empty/);
  });
});

describe('the import csv command', () => {
  it('merges into a YAML workshop file, changing only what the sheet adds', () => {
    const dir = temporaryDir();
    cpSync(`${FIXTURES}workshop.yml`, join(dir, 'workshop.yml'));
    const before = readFileSync(join(dir, 'workshop.yml'), 'utf8');
    const run = runCli(['import', 'csv', PEOPLE, '--into', 'workshop.yml', '--list', 'programCommittee'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^people: 4 added, 1 updated, 0 unchanged$/m);
    assert.match(run.stdout, /^ {2}~ Ada Lovelace \(affiliations, homepage\)$/m);
    assert.match(run.stdout, /^roles\.programCommittee: 4 added, 1 updated, 0 unchanged$/m);
    const after = readFileSync(join(dir, 'workshop.yml'), 'utf8');
    // Everything before Ada's new fields is as the organizers wrote it, comments and folded text included.
    const kept = before.slice(0, before.indexOf('\nroles:')).trimEnd();
    assert.ok(after.startsWith(kept), after);
    assert.match(after, /# keep this id: the schedule uses it/);
    assert.match(after, /\n {2}organizers: \[ilse-vandermeulen\]\n/);
  });

  it('points at --list when --into names a list, and exits 2', () => {
    const run = runCli(['import', 'csv', PEOPLE, '--into', 'programCommittee']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--into names the workshop file; to add people to programCommittee, use --list programCommittee/);
  });

  it('exits 1 and leaves the workshop file as it was when a row is bad', () => {
    const dir = temporaryDir();
    cpSync(`${FIXTURES}workshop.json`, join(dir, 'workshop.json'));
    const before = readFileSync(join(dir, 'workshop.json'), 'utf8');
    const run = runCli(['import', 'csv', `${FIXTURES}people-bad.csv`, '--into', 'workshop.json'], dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /people-bad\.csv:3:1: row 3 \(Grace Hopper\)/);
    assert.match(run.stderr, /3 problems; nothing was written/);
    assert.equal(readFileSync(join(dir, 'workshop.json'), 'utf8'), before);
  });
});
