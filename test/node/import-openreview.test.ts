// `workshop-widgets import openreview`: accepted papers from an OpenReview API v2 notes export (decisions as
// replies, as separate notes, or only in the venue), merged into `papers` with ids kept; bad input refused.
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateWorkshop } from '../../src/data/issue-messages.js';
import type { Entry } from '../../src/node/import/merge.js';
import { importOpenReview } from '../../src/node/import/openreview.js';
import { FileProblem, FileProblems } from '../../src/node/workshop-file.js';
import { positionOf, root, runCli, temporaryDir } from './run-cli.js';

const FIXTURES = `${root}test/fixtures/import/`;
const NOTES = `${FIXTURES}openreview-notes.json`;
const workshop = () => JSON.parse(readFileSync(`${FIXTURES}workshop.json`, 'utf8')) as Entry;
const papersOf = (data: Entry) => data.papers as Entry[];
const byForum = (papers: Entry[], forum: string) => papers.find((paper) => (paper.links as Entry | undefined)?.openreview === `https://openreview.net/forum?id=${forum}`);

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

function notesFile(notes: unknown): string {
  const file = join(temporaryDir('ww-or-'), 'notes.json');
  writeFileSync(file, JSON.stringify(notes, null, 2));
  return file;
}

describe('reading an OpenReview export', () => {
  const imported = importOpenReview(NOTES);
  const papers = papersOf(imported.mergeInto({}).workshop);

  it('keeps the accepted papers only: by decision reply, by decision note, by venue', () => {
    assert.deepEqual(papers.map((paper) => paper.id), ['submission-12', 'submission-17', 'submission-23', 'submission-44']);
    // 31 was rejected (its review's "Reject the null hypothesis" is no decision), 34 withdrawn, 40 undecided.
    assert.deepEqual(imported.notes, [`${NOTES}: 4 accepted of 7 submissions (left out: 1 rejected, 1 withdrawn, 1 without a decision)`]);
  });

  it('maps the decision or venue to a presentation kind', () => {
    assert.deepEqual(papers.map((paper) => paper.presentation), ['oral', 'spotlight', 'poster', 'poster']);
  });

  it('takes title, authors, abstract, and links to the forum and the current PDF on openreview.net', () => {
    const paper = papers[1]!;
    assert.equal(paper.title, 'Do Scaling Laws Transfer to Molecular Foundation Models?');
    assert.deepEqual(paper.authors, ['王晓雯', 'Hannelore Steinbach', 'Rafael Tenório']);
    assert.equal(paper.abstract, 'Scaling curves borrowed from language modelling are often quoted for molecules.');
    assert.deepEqual(paper.links, { openreview: 'https://openreview.net/forum?id=Bn8TkW2cYe', pdf: 'https://openreview.net/pdf?id=Bn8TkW2cYe' });
    assert.ok(validateWorkshop({ title: 'T', papers }).issues.length === 0);
  });

  it('takes the keywords, from a list (API v2) or a text separated by commas, each once', () => {
    assert.deepEqual(papers[0]!.keywords, ['neural operators', 'turbulence', 'equivariance']);
    assert.deepEqual(papers[1]!.keywords, ['scaling laws', 'molecules']);
    // Submission 44 gave none: no empty list.
    assert.ok(!('keywords' in papers[3]!));
    const note = (keywords: unknown) => ({
      id: 'AbC', forum: 'AbC', number: 7,
      content: { title: { value: 'T' }, authors: { value: ['A'] }, keywords, venueid: { value: 'ICLR.cc/2025/Workshop/X' } },
    });
    const fromText = papersOf(importOpenReview(notesFile([note({ value: ' PDEs, surrogates;  pdes ,, Uncertainty ' })])).mergeInto({}).workshop);
    assert.deepEqual(fromText[0]!.keywords, ['PDEs', 'surrogates', 'Uncertainty']);
    const fromV1 = papersOf(importOpenReview(notesFile([note(['operator learning', '', 'operator  learning'])])).mergeInto({}).workshop);
    assert.deepEqual(fromV1[0]!.keywords, ['operator learning']);
    assert.deepEqual(validateWorkshop({ title: 'T', papers: [...papers, ...fromText] }).issues, []);
  });
});

describe('merging papers into a workshop file', () => {
  const imported = importOpenReview(NOTES);
  const first = imported.mergeInto(workshop());
  const papers = papersOf(first.workshop);

  it('updates a paper already there in place: its id, award, slides and track stay, the export’s fields win', () => {
    const p01 = byForum(papers, 'Xq3LmP7aRt')!;
    assert.equal(p01.id, 'p01');
    assert.equal(papers.indexOf(p01), 0);
    assert.deepEqual(p01.awards, ['Best paper']);
    assert.equal(p01.title, 'Equivariant Neural Operators for Wall-Bounded Turbulence');
    assert.deepEqual(p01.links, {
      openreview: 'https://openreview.net/forum?id=Xq3LmP7aRt',
      slides: 'https://example.org/mlmp/slides/01.pdf',
      pdf: 'https://openreview.net/pdf?id=Xq3LmP7aRt',
    });
    assert.deepEqual(first.reports[0]!.updated, [
      { name: 'Equivariant Neural Operators for Wall-Bounded Turbulence (p01)', fields: ['title', 'abstract', 'keywords', 'presentation', 'links.pdf'] },
    ]);
  });

  it('adds the others after the papers written by hand, with ids that do not collide with them', () => {
    assert.equal(papers[1]!.title, 'An invited demo written by hand');
    assert.equal(papers[1]!.id, 'submission-23');
    assert.equal(byForum(papers, 'Hc5VpQ9dUs')!.id, 'submission-23-2');
    assert.equal(first.reports[0]!.added.length, 3);
    assert.equal(papers.length, 5);
  });

  it('places papers in the track their submission names, and says which it could not place', () => {
    assert.equal(byForum(papers, 'Bn8TkW2cYe')!.track, 'tiny');
    assert.equal(byForum(papers, 'Rs9DeF5nOp')!.track, 'full');
    assert.equal(byForum(papers, 'Hc5VpQ9dUs')!.track, undefined);
    assert.deepEqual(first.notes, ['1 paper not placed in a track: the export names none of full, tiny (use --track <id>)']);
    const forced = papersOf(importOpenReview(NOTES, { track: 'tiny' }).mergeInto(workshop()).workshop);
    assert.ok(forced.filter((paper) => paper.links).every((paper) => paper.track === 'tiny'));
    assert.match(problemsOf(() => importOpenReview(NOTES, { track: 'posters' }).mergeInto(workshop()))[0]!, /--track posters: .*known: full, tiny/);
  });

  it('changes nothing the second time', () => {
    const again = imported.mergeInto(first.workshop);
    assert.deepEqual(again.workshop, first.workshop);
    assert.deepEqual(again.reports[0], { list: 'papers', added: [], updated: [], unchanged: 4 });
  });
});

describe('refusing an export it cannot trust, with the place in the file', () => {
  const accepted = (content: Entry) => ({
    id: 'AbC',
    forum: 'AbC',
    number: 7,
    content: { venue: { value: 'ICLR 2025 Workshop X Poster' }, venueid: { value: 'ICLR.cc/2025/Workshop/X' }, ...content },
  });

  it('an accepted paper whose authors are still anonymous', () => {
    const file = notesFile({ notes: [accepted({ title: { value: 'Anonymous' } })] });
    const [message] = problemsOf(() => importOpenReview(file));
    const where = positionOf(readFileSync(file, 'utf8'), '{', '"content"');
    assert.equal(message, `${file}:${where.line}:${where.column}: notes[0] (submission 7): the authors are not in the export (still anonymous? export after the decisions are public, or as a program chair)`);
  });

  it('an accepted paper without a title, at its title', () => {
    const file = notesFile([accepted({ title: { value: '  ' }, authors: { value: ['A'] } })]);
    const [message] = problemsOf(() => importOpenReview(file));
    const where = positionOf(readFileSync(file, 'utf8'), '{', '"title"');
    assert.equal(message, `${file}:${where.line}:${where.column}: notes[0] (submission 7): no title`);
  });

  it('a file that is not an export, or not JSON', () => {
    assert.match(problemsOf(() => importOpenReview(notesFile({ submissions: [] })))[0]!, /:1:1: Not an OpenReview notes export/);
    const file = join(temporaryDir(), 'notes.json');
    writeFileSync(file, '{\n  "notes": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}\n');
    assert.match(problemsOf(() => importOpenReview(file))[0]!, /notes\.json:4:5: Not valid JSON/);
  });
});

describe('the import openreview command', () => {
  it('merges into the workshop file, reports, and is idempotent', () => {
    const dir = temporaryDir();
    cpSync(`${FIXTURES}workshop.json`, join(dir, 'workshop.json'));
    const run = runCli(['import', 'openreview', NOTES, '--into', 'workshop.json'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^papers: 3 added, 1 updated, 0 unchanged$/m);
    assert.match(run.stdout, /^ {2}\+ Multi-Fidelity Surrogates for Regional Climate Downscaling \(submission-23-2\)$/m);
    assert.match(run.stdout, /^wrote workshop\.json$/m);
    const written = JSON.parse(readFileSync(join(dir, 'workshop.json'), 'utf8'));
    assert.equal(written.papers.length, 5);
    assert.equal(validateWorkshop(written).issues.length, 0);
    const again = runCli(['import', 'openreview', NOTES, '--into', 'workshop.json'], dir);
    assert.match(again.stdout, /workshop\.json is already up to date/);
    assert.deepEqual(readdirSync(dir), ['workshop.json'], 'no temporary file is left');
  });

  it('prints the papers as JSON without --into, and writes nothing with --dry-run', () => {
    const preview = runCli(['import', 'openreview', NOTES]);
    assert.equal(preview.status, 0, preview.stderr);
    assert.equal(JSON.parse(preview.stdout).papers.length, 4);
    assert.match(preview.stderr, /4 accepted of 7 submissions/);
    const dir = temporaryDir();
    cpSync(`${FIXTURES}workshop.json`, join(dir, 'workshop.json'));
    const before = readFileSync(join(dir, 'workshop.json'), 'utf8');
    const dry = runCli(['import', 'openreview', NOTES, '--into', 'workshop.json', '--dry-run'], dir);
    assert.match(dry.stdout, /dry run: workshop\.json was not written/);
    assert.equal(readFileSync(join(dir, 'workshop.json'), 'utf8'), before);
  });

  it('exits 1 and writes nothing when the export is refused', () => {
    const dir = temporaryDir();
    cpSync(`${FIXTURES}workshop.json`, join(dir, 'workshop.json'));
    const before = readFileSync(join(dir, 'workshop.json'), 'utf8');
    writeFileSync(join(dir, 'notes.json'), JSON.stringify({ notes: [{ id: 'x', forum: 'x', content: { title: { value: 'T' }, venueid: { value: 'V' } } }] }));
    const run = runCli(['import', 'openreview', 'notes.json', '--into', 'workshop.json'], dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /notes\.json:\d+:\d+: notes\[0\]: the authors are not in the export/);
    assert.match(run.stderr, /nothing was written/);
    assert.equal(readFileSync(join(dir, 'workshop.json'), 'utf8'), before);
  });
});
