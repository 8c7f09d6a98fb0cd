/**
 * `workshop-widgets import csv people.csv --list programCommittee`: people from a spreadsheet into `people`,
 * and into one role list. Headers are matched loosely ("Full name", "E-mail", "Institution"...), RFC 4180
 * quoting is read by csv-parse, the delimiter (comma, semicolon or tab) is taken from the header line.
 */
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'csv-parse/sync';
import { PeopleRolesSchema, PersonSchema, SpeakerSchema } from '../../data/schema.js';
import { familyName } from '../../data/workshop.js';
import { FileProblem, FileProblems, readTextFile } from '../workshop-file.js';
import { isPlainObject, mergeList, newId, schemaProblem, textKey, type Entry, type Imported, type ListReport } from './merge.js';

/** The role lists of the schema (speakers, organizers, programCommittee...). */
export const ROLE_LISTS = Object.keys(PeopleRolesSchema.entries);

/** `program-committee`, `Program Committee` and `programcommittee` all name `programCommittee`. */
export function roleListNamed(name: string): string | undefined {
  const plain = (value: string) => value.toLowerCase().replace(/[^a-z]/g, '');
  return ROLE_LISTS.find((list) => plain(list) === plain(name));
}

type Field =
  | 'id' | 'name' | 'first' | 'last' | 'sortName' | 'position' | 'affiliations' | 'homepage' | 'email' | 'photo' | 'bio' | 'role'
  | 'talkTitle' | 'abstract' | 'scholar' | 'github' | 'twitter' | 'bluesky' | 'mastodon' | 'linkedin' | 'orcid';

/** Header spellings (lower case, letters and digits only) for each field. */
const HEADERS: Record<Field, string[]> = {
  id: ['id', 'personid', 'slug'],
  name: ['name', 'fullname', 'person', 'displayname', 'speaker', 'member', 'reviewer'],
  first: ['firstname', 'first', 'givenname', 'forename', 'givennames'],
  last: ['lastname', 'last', 'familyname', 'surname'],
  sortName: ['sortname', 'sortas'],
  position: ['position', 'jobtitle', 'job'],
  affiliations: ['affiliation', 'affiliations', 'institution', 'institutions', 'organisation', 'organization', 'organisations', 'organizations', 'university', 'company', 'employer'],
  homepage: ['website', 'url', 'homepage', 'webpage', 'web', 'personalwebsite', 'site', 'homepageurl', 'websiteurl'],
  email: ['email', 'emailaddress', 'mail'],
  photo: ['photo', 'picture', 'image', 'portrait', 'avatar', 'photourl', 'headshot', 'imageurl'],
  bio: ['bio', 'biography', 'about', 'shortbio'],
  role: ['role', 'roleinlist', 'function'],
  talkTitle: ['talktitle', 'talk', 'titleoftalk', 'talkname'],
  abstract: ['abstract', 'talkabstract'],
  scholar: ['scholar', 'googlescholar', 'scholarurl', 'googlescholarurl'],
  github: ['github', 'githuburl'],
  twitter: ['twitter', 'x', 'twitterx', 'xtwitter'],
  bluesky: ['bluesky', 'bsky'],
  mastodon: ['mastodon'],
  linkedin: ['linkedin'],
  orcid: ['orcid', 'orcidid'],
};

const LINKS: Partial<Record<Field, { label: string; kind?: string; handle?: (handle: string) => string }>> = {
  scholar: { label: 'Google Scholar', kind: 'scholar' },
  github: { label: 'GitHub', kind: 'github', handle: (handle) => `https://github.com/${handle}` },
  twitter: { label: 'X', kind: 'x', handle: (handle) => `https://x.com/${handle}` },
  bluesky: { label: 'Bluesky', kind: 'bluesky', handle: (handle) => `https://bsky.app/profile/${handle}` },
  mastodon: { label: 'Mastodon', kind: 'mastodon' },
  linkedin: { label: 'LinkedIn', kind: 'linkedin' },
  orcid: { label: 'ORCID', handle: (handle) => `https://orcid.org/${handle}` },
};

const plainHeader = (header: string) => header.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '');

/** The delimiter used most outside quotes on the header line. */
function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (char === '\n' && !quoted) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  const [delimiter, used] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return used > 0 ? delimiter : ',';
}

/**
 * A link as a spreadsheet holds it: a full address, a bare domain ("example.org/~ada", which a page would
 * otherwise read as a relative path), or a handle ("@ada") where the site is known.
 */
function linkValue(value: string, handle?: (handle: string) => string): string {
  if (/^(https?:|mailto:)/i.test(value)) return value;
  if (/^(www\.)?[\w-]+(\.[\w-]+)+(\/|$)/i.test(value)) return `https://${value}`;
  return handle ? handle(value.replace(/^@/, '')) : value;
}

interface Row {
  /** Spreadsheet row: the header is row 1. */
  row: number;
  /** Line in the file where the row starts (differs from `row` after cells with line breaks). */
  line: number;
  cells: Partial<Record<Field, string>>;
}

export interface CsvOptions {
  /** A role list of the schema, e.g. programCommittee; without it people only go into `people`. */
  list?: string;
}

export function importCsv(file: string, options: CsvOptions = {}): Imported {
  const list = options.list === undefined ? undefined : roleListNamed(options.list);
  if (options.list !== undefined && !list) {
    throw new FileProblem(file, undefined, undefined, `--list ${options.list}: not a list of the workshop file; use one of ${ROLE_LISTS.join(', ')}`);
  }
  // Excel on old Macs ends lines with CR alone; csv-parse's line count also needs one kind of line end.
  const text = readTextFile(file).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    // Empty lines stay records, so a record's number is its row in the spreadsheet. (The package's types
    // do not describe the records `info` and `raw` give.)
    records = parse(text, { delimiter: sniffDelimiter(text), info: true, raw: true, relax_column_count: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    throw new FileProblem(file, lines, 1, `Not valid CSV: ${message.replace(/^[\w ]+: /, '').replace(/ at line \d+/, '')}`);
  }
  if (records.length === 0) throw new FileProblem(file, 1, 1, 'The file is empty: expected a header row (Name, Affiliation, Website...) and one row per person');

  const header = records[0]!.record;
  const columns = new Map<number, Field>();
  const ignored: string[] = [];
  header.forEach((title, index) => {
    const field = (Object.keys(HEADERS) as Field[]).find((candidate) => HEADERS[candidate].includes(plainHeader(title)));
    if (field && ![...columns.values()].includes(field)) columns.set(index, field);
    else if (title) ignored.push(title);
  });
  const has = (field: Field) => [...columns.values()].includes(field);
  if (!has('name') && !(has('first') && has('last'))) {
    throw new FileProblem(file, 1, 1, `No column for names (found: ${header.join(', ')}); name one "Name" or "Full name", or "First name" and "Last name"`);
  }

  const rows: Row[] = [];
  records.slice(1).forEach(({ record, info, raw }, index) => {
    if (record.every((cell) => !cell)) return;
    // csv-parse counts the line where a record ends; count back the line breaks inside its cells.
    const line = info.lines - (raw.replace(/\n$/, '').match(/\n/g)?.length ?? 0);
    const cells: Row['cells'] = {};
    columns.forEach((field, column) => {
      if (record[column]) cells[field] = record[column];
    });
    rows.push({ row: index + 2, line, cells });
  });

  const problems: FileProblem[] = [];
  const people: { person: Entry; role?: string; speaker: Entry; row: Row }[] = [];
  for (const row of rows) {
    const { cells } = row;
    const name = cells.name ?? [cells.first, cells.last].filter(Boolean).join(' ');
    const where = `row ${row.row}${name ? ` (${name})` : ''}`;
    if (!name) {
      problems.push(new FileProblem(file, row.line, 1, `${where}: no name`));
      continue;
    }
    const linkFields = (Object.keys(LINKS) as Field[]).filter((field) => cells[field]);
    const links = linkFields.map((field) => {
      const link = LINKS[field]!;
      return { label: link.label, url: linkValue(cells[field]!, link.handle), ...(link.kind && { kind: link.kind }) };
    });
    // A profile elsewhere must be a full address: a page would read "@ada@sigmoid.social" as a path of its own site.
    const relative = links.findIndex((link) => !/^https?:\/\//i.test(link.url));
    if (relative !== -1) {
      const column = header[[...columns].find(([, field]) => field === linkFields[relative])![0]];
      problems.push(new FileProblem(file, row.line, 1, `${where}: "${column}": Expected a link like https://..., found ${JSON.stringify(cells[linkFields[relative]!])}`));
      continue;
    }
    const sortName = !cells.sortName && cells.last && familyName({ name }) !== cells.last ? cells.last : cells.sortName;
    const person: Entry = {
      ...(cells.id && { id: cells.id }),
      name,
      ...(sortName && { sortName }),
      ...(cells.position && { position: cells.position }),
      ...(cells.affiliations && { affiliations: cells.affiliations.split(/\s*[;\n]\s*/).filter(Boolean) }),
      ...(cells.photo && { photo: linkValue(cells.photo) }),
      ...(cells.homepage && { homepage: linkValue(cells.homepage) }),
      ...(cells.email && { email: cells.email.replace(/^mailto:/i, '') }),
      ...(links.length > 0 && { links }),
      ...(cells.bio && { bio: cells.bio }),
    };
    const speaker: Entry = { ...(cells.talkTitle && { talkTitle: cells.talkTitle }), ...(cells.abstract && { abstract: cells.abstract }) };
    // The id is given later (matched or new); a stand-in lets the schema check everything else.
    const problem = schemaProblem(PersonSchema, { id: 'stand-in', ...person }) ?? (list === 'speakers' ? schemaProblem(SpeakerSchema, { person: 'stand-in', ...speaker }) : undefined);
    if (problem) {
      const field = (path: string[]) => (path[0] === 'links' ? linkFields[Number(path[1])] : (path[0] as Field));
      problems.push(new FileProblem(file, row.line, 1, `${where}: ${inColumn(problem, field, header, columns)}`));
      continue;
    }
    people.push({ person, ...(cells.role && { role: cells.role }), speaker, row });
  }
  if (problems.length > 0) throw new FileProblems(problems);

  const read = `${file}: ${people.length} ${people.length === 1 ? 'person' : 'people'}`;
  const notes = [ignored.length ? `${read}; columns not used: ${ignored.join(', ')}` : read];
  if (list !== 'speakers' && (has('talkTitle') || has('abstract'))) notes.push('talk titles and abstracts are kept only for --list speakers');
  if (list === 'speakers' && has('role')) notes.push('speakers have no role within the list; the Role column is not used');

  return {
    notes,
    mergeInto(workshop) {
      const existingPeople = ((workshop.people as unknown[] | undefined) ?? []).filter(isPlainObject);
      const taken = new Set(existingPeople.map((person) => String(person.id)));
      const byKey = new Map<string, string>();
      for (const person of existingPeople) for (const key of personKeys(person)) if (key && !byKey.has(key)) byKey.set(key, String(person.id));
      // Each row gets the id of the person it matches, else a new one from the name.
      const incoming = people.map(({ person }, index): Entry & { id: string } => {
        const matched = personKeys(person).map((key) => key && byKey.get(key)).find(Boolean);
        const id = matched ?? (person.id as string | undefined) ?? newId(String(person.name), taken, `person-${existingPeople.length + index + 1}`);
        for (const key of personKeys({ ...person, id })) if (key && !byKey.has(key)) byKey.set(key, id);
        const { id: _given, ...rest } = person;
        return { id, ...rest };
      });
      const merged = mergeList('people', workshop.people as unknown[] | undefined, incoming, {
        keys: (person) => [`id:${String(person.id)}`],
        name: (person) => String(person.name),
        update: (existing, person) => mergePerson(existing, person),
      });
      const reports: ListReport[] = [merged.report];
      const result: Entry = { ...workshop, people: merged.list };
      if (list) {
        const roles = isPlainObject(workshop.roles) ? workshop.roles : {};
        const entries = incoming.map((person, index) => {
          const extra = list === 'speakers' ? people[index]!.speaker : people[index]!.role ? { role: people[index]!.role } : {};
          return { person: person.id, ...extra } as Entry;
        });
        const names = new Map(incoming.map((person) => [person.id, String(person.name)]));
        // Entries written as a plain id are merged as { person } and written back plain unless the row adds to them.
        const existing = ((roles[list] as unknown[] | undefined) ?? []).map((entry) => (typeof entry === 'string' ? { person: entry } : entry));
        const plain = new Set(((roles[list] as unknown[] | undefined) ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : [])));
        const roleList = mergeList(`roles.${list}`, existing, entries, {
          keys: (entry) => [`person:${String(entry.person)}`],
          name: (entry) => names.get(String(entry.person)) ?? String(entry.person),
        });
        const written = roleList.list.map((entry, index) => {
          const isNew = index >= existing.length;
          const onlyPerson = isPlainObject(entry) && Object.keys(entry).length === 1;
          return onlyPerson && (isNew || plain.has(String(entry.person))) ? entry.person : entry;
        });
        result.roles = { ...roles, [list]: written };
        reports.push(roleList.report);
      }
      return { workshop: result, reports, notes: [] };
    },
  };
}

function personKeys(person: Entry): (string | undefined)[] {
  return [person.id ? `id:${String(person.id)}` : undefined, textKey('email', person.email), textKey('name', person.name)];
}

/** Links are added by address; the rest as updateEntry does (a cell left empty erases nothing). */
function mergePerson(existing: Entry, person: Entry) {
  const fields: string[] = [];
  const entry: Entry = { ...existing };
  for (const [key, value] of Object.entries(person)) {
    if (key === 'id') continue;
    if (key === 'links' && Array.isArray(existing.links)) {
      const known = new Set((existing.links as Entry[]).map((link) => link.url));
      const fresh = (value as Entry[]).filter((link) => !known.has(link.url));
      if (fresh.length) {
        entry.links = [...(existing.links as Entry[]), ...fresh];
        fields.push('links');
      }
    } else if (!isDeepStrictEqual(existing[key], value)) {
      entry[key] = value;
      fields.push(key);
    }
  }
  return { entry, fields };
}

/** "email: expected ..." → `"E-mail": expected ...`: the column as the sheet names it. */
function inColumn(problem: string, fieldOf: (path: string[]) => Field | undefined, header: string[], columns: Map<number, Field>): string {
  const match = /^([\w.]+): (.*)$/.exec(problem);
  if (!match) return problem;
  const field = fieldOf(match[1]!.split('.'));
  const column = [...columns].find(([, candidate]) => candidate === field)?.[0];
  return column === undefined ? problem : `"${header[column]}": ${match[2]}`;
}
