// `workshop-widgets check`: the browser's validator on a file, each problem at the line and column of the key or
// value it is about, in JSON and YAML, printed for people, GitHub Actions and tools; exit codes for CI.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatPath } from '../../src/data/validate.js';
import { checkWorkshopFile, checkWorkshopText, formatProblems, type CheckProblem } from '../../src/node/check.js';
import { jsonLocator, parseIssuePath, yamlLocator } from '../../src/node/source-positions.js';
import { UnreadableFile } from '../../src/node/workshop-file.js';
import { positionOf, root, runCli, temporaryDir } from './run-cli.js';

const JSON_TEXT = `{
  "title": "Multiscale",
  "importantDate": [{ "id": "x", "label": "X", "date": "2027-01-01" }],
  "modes": { "in-person": true },
  "people": [
    { "id": "ada", "name": "Ada Lovelace", "email": "ada-at-example" },
    { "id": "bob" }
  ],
  "schedule": {
    "days": [
      { "date": "2027-04-26", "items": [{ "start": "09:00", "title": "Opening", "speker": ["ada"] }] }
    ]
  }
}
`;

const YAML_TEXT = `# The same workshop, as Jekyll keeps it.
title: Multiscale
importantDate:
  - id: x
    label: X
    date: "2027-01-01"
modes:
  in-person: true
people:
  - id: ada
    name: Ada Lovelace
    email: ada-at-example
  - id: bob
schedule:
  days:
    - date: "2027-04-26"
      items:
        - start: "09:00"
          title: Opening
          speker: [ada]
`;

const at = (problem: CheckProblem | undefined) => problem && { line: problem.line, column: problem.column };
const byPath = (problems: CheckProblem[], path: string) => problems.find((problem) => problem.path === path);

describe('from a JSON path to the source text', () => {
  it('reads back every path the validator writes, odd keys included', () => {
    for (const path of [['people', 2, 'email'], ['schedule', 'days', 0, 'items', 11, 'speakers', 1], ['links', 'odd key', 3], ['$schema'], []]) {
      assert.deepEqual(parseIssuePath(formatPath(path)), path);
    }
  });

  it('finds keys and values in JSON, the last of duplicate keys (as JSON.parse keeps), after a BOM', () => {
    const text = '\uFEFF{\n  "a": 1,\n  "people": [\n    { "id": "x", "id": "y" }\n  ]\n}';
    const located = jsonLocator(text).locate(['people', 0, 'id']);
    assert.deepEqual(located.key, positionOf(text.slice(1), '"id"', '"x"'));
    assert.deepEqual(located.value, positionOf(text.slice(1), '"y"'));
    assert.equal(located.complete, true);
    // A path that goes further than the text: the deepest part that exists, here the entry.
    const missing = jsonLocator(text).locate(['people', 0, 'name']);
    assert.equal(missing.complete, false);
    assert.deepEqual(missing.value, { line: 4, column: 5 });
  });

  it('finds keys and values in YAML, through aliases and for a key with nothing after it', () => {
    const text = 'base: &base\n  city: Vienna\nvenue: *base\npeople:\n  - id: x\n    bio:\n';
    const locator = yamlLocator(text);
    assert.deepEqual(locator.locate(['venue', 'city']).value, { line: 2, column: 9 });
    assert.deepEqual(locator.locate(['people', 0, 'bio']).key, { line: 6, column: 5 });
    assert.equal(locator.locate(['people', 0, 'bio']).scalar, true);
  });
});

describe('checking a workshop file', () => {
  it('finds nothing in the demo workshops, JSON and YAML', () => {
    assert.deepEqual(checkWorkshopFile(`${root}demo/workshops/default.json`), []);
    // The Jekyll demo reads the seed's own file (a link to demo/workshops/sim2science-icml2026.json).
    assert.deepEqual(checkWorkshopFile(`${root}demo/jekyll/_data/workshop.json`), []);
    assert.deepEqual(checkWorkshopFile(`${root}test/fixtures/import/workshop.yml`), []);
  });

  it('places each JSON problem at its key or value: unknown keys and objects at the key, bad text at the value, a missing field at its entry', () => {
    const problems = checkWorkshopText(JSON_TEXT, 'workshop.json');
    assert.deepEqual(at(byPath(problems, 'importantDate')), positionOf(JSON_TEXT, '"importantDate"'));
    assert.equal(byPath(problems, 'importantDate')?.didYouMean, 'importantDates');
    assert.deepEqual(at(byPath(problems, 'modes')), positionOf(JSON_TEXT, '"modes"'));
    assert.deepEqual(at(byPath(problems, 'people[0].email')), positionOf(JSON_TEXT, '"ada-at-example"'));
    assert.deepEqual(at(byPath(problems, 'people[1].name')), positionOf(JSON_TEXT, '{ "id": "bob" }'));
    // A key nested in a list inside a list.
    assert.deepEqual(at(byPath(problems, 'schedule.days[0].items[0].speker')), positionOf(JSON_TEXT, '"speker"'));
    assert.equal(problems.length, 5);
    assert.deepEqual(problems.map((problem) => problem.line), [...problems.map((problem) => problem.line)].sort((a, b) => a - b));
  });

  it('reports a layout entry that names no section, at that name, with the section it most likely means', () => {
    const text = `{
  "title": "Multiscale",
  "sponsors": [{ "name": "Acme" }],
  "sections": [{ "title": "Financial assistance", "body": "Ask us." }],
  "layout": ["overview", { "section": "sponsor", "title": "Our sponsors" }, { "section": "program", "title": "Program", "sections": ["financial-asistance"] }]
}
`;
    const problems = checkWorkshopText(text, 'workshop.json');
    assert.deepEqual(problems.map((problem) => problem.path), ['layout[1].section', 'layout[2].sections[0]']);
    assert.deepEqual(at(problems[0]), positionOf(text, '"sponsor"'));
    assert.match(problems[0]!.message, /^No section of the page is called "sponsor" \(did you mean "sponsors"\?\); this layout entry is ignored\.$/);
    assert.deepEqual(at(problems[1]), positionOf(text, '"financial-asistance"'));
    assert.match(problems[1]!.message, /did you mean "financial-assistance"\?/);
    // "program" is a new heading grouping its sub-sections: not a misspelling.
    assert.ok(!problems.some((problem) => problem.message.includes('"program"')));
  });

  it('places the same problems in YAML text', () => {
    const problems = checkWorkshopText(YAML_TEXT, '_data/workshop.yml');
    assert.deepEqual(at(byPath(problems, 'importantDate')), positionOf(YAML_TEXT, 'importantDate'));
    assert.deepEqual(at(byPath(problems, 'modes')), positionOf(YAML_TEXT, 'modes'));
    assert.deepEqual(at(byPath(problems, 'people[0].email')), positionOf(YAML_TEXT, 'ada-at-example'));
    assert.deepEqual(at(byPath(problems, 'people[1].name')), positionOf(YAML_TEXT, 'id: bob'));
    assert.deepEqual(at(byPath(problems, 'schedule.days[0].items[0].speker')), positionOf(YAML_TEXT, 'speker'));
    assert.equal(problems.length, 5);
  });

  it('reports a file that does not parse as one problem at the place the parser stopped', () => {
    const json = checkWorkshopText('{\n  "title": "T"\n  "date": "2027-01-01"\n}\n', 'workshop.json');
    assert.equal(json.length, 1);
    assert.equal(json[0]!.effect, 'syntax');
    assert.deepEqual(at(json[0]), { line: 3, column: 3 });
    assert.match(json[0]!.message, /^Not valid JSON/);
    const yaml = checkWorkshopText('title: T\npeople:\n  - id: a\n   name: A\n', 'workshop.yaml');
    assert.equal(yaml[0]!.effect, 'syntax');
    assert.equal(yaml[0]!.line, 4);
    assert.match(yaml[0]!.message, /^Not valid YAML/);
  });

  it('refuses a file it cannot read, as the command could not run', () => {
    assert.throws(() => checkWorkshopFile(join(temporaryDir(), 'gone.json')), (error: unknown) => error instanceof UnreadableFile && /No such file/.test(error.message));
  });
});

describe('the three output formats', () => {
  const problems = checkWorkshopText(JSON_TEXT, 'site/workshop.json');

  it('text: file:line:column: path: message, then the count', () => {
    const lines = formatProblems('site/workshop.json', problems, 'text').trimEnd().split('\n');
    const email = positionOf(JSON_TEXT, '"ada-at-example"');
    assert.ok(lines.includes(`site/workshop.json:${email.line}:${email.column}: people[0].email: ${byPath(problems, 'people[0].email')!.message}`), lines.join('\n'));
    assert.equal(lines.at(-1), 'site/workshop.json: 5 problems');
    assert.equal(formatProblems('w.json', [], 'text'), 'w.json: no problems found\n');
  });

  it('github: one ::error annotation per problem, with the file, line and column, escaped', () => {
    const lines = formatProblems('site/workshop.json', problems, 'github').trimEnd().split('\n');
    assert.equal(lines.filter((line) => line.startsWith('::error ')).length, 5);
    const modes = positionOf(JSON_TEXT, '"modes"');
    assert.ok(lines.includes(`::error file=site/workshop.json,line=${modes.line},col=${modes.column},title=Workshop file::modes: Expected a list, found an object; ignored.`), lines.join('\n'));
    // Workflow commands end at a line break and split properties at "," and ":".
    const tricky: CheckProblem = { file: 'a,b:c.json', line: 1, column: 2, path: 'x', message: '50% off\nsecond line', effect: 'ignored' };
    assert.equal(formatProblems('a,b:c.json', [tricky], 'github').split('\n')[0], '::error file=a%2Cb%3Ac.json,line=1,col=2,title=Workshop file::x: 50%25 off%0Asecond line');
  });

  it('json: an array of problems with positions, paths, effects and suggestions', () => {
    const parsed = JSON.parse(formatProblems('site/workshop.json', problems, 'json')) as CheckProblem[];
    assert.deepEqual(parsed, problems);
    assert.equal(parsed.length, 5);
    assert.deepEqual(Object.keys(parsed[0]!).slice(0, 6), ['file', 'line', 'column', 'path', 'message', 'effect']);
    assert.equal(JSON.parse(formatProblems('w.json', [], 'json')).length, 0);
  });
});

describe('the check command', () => {
  const dir = temporaryDir();
  writeFileSync(join(dir, 'workshop.json'), JSON_TEXT);
  writeFileSync(join(dir, 'workshop.yml'), YAML_TEXT);

  it('exits 0 for a clean file', () => {
    const run = runCli(['check', 'demo/workshops/default.json']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, 'demo/workshops/default.json: no problems found\n');
  });

  it('exits 1 with one line per problem, in every format', () => {
    const text = runCli(['check', 'workshop.yml'], dir);
    assert.equal(text.status, 1);
    const speker = positionOf(YAML_TEXT, 'speker');
    assert.match(text.stdout, new RegExp(`^workshop\\.yml:${speker.line}:${speker.column}: schedule\\.days\\[0\\]\\.items\\[0\\]\\.speker: Unknown key "speker"`, 'm'));
    const github = runCli(['check', 'workshop.json', '--format', 'github'], dir);
    assert.equal(github.status, 1);
    assert.equal(github.stdout.split('\n').filter((line) => line.startsWith('::error file=workshop.json,line=')).length, 5);
    const json = runCli(['check', join(dir, 'workshop.json'), '--format=json']);
    assert.equal(json.status, 1);
    assert.equal((JSON.parse(json.stdout) as unknown[]).length, 5);
  });

  it('exits 2 when it cannot check: a missing file (annotated for GitHub too), a wrong format', () => {
    const missing = runCli(['check', 'nowhere.yml', '--format', 'github'], dir);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nowhere\.yml: No such file/);
    assert.match(missing.stdout, /^::error title=Workshop file::nowhere\.yml: No such file/);
    const format = runCli(['check', 'workshop.json', '--format', 'xml'], dir);
    assert.equal(format.status, 2);
    assert.match(format.stderr, /xml/);
  });

  it('exits 1 for a file that is not valid JSON, at the place it breaks', () => {
    writeFileSync(join(dir, 'broken.json'), readFileSync(`${root}test/fixtures/invalid/not-json.txt`, 'utf8'));
    const run = runCli(['check', 'broken.json'], dir);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^broken\.json:\d+:\d+: Not valid JSON/);
  });
});
