// `workshop-widgets ics`, `schema` and `copy-assets`: a calendar file made by the elements' own calendar code,
// the installed JSON Schema and the address to put in "$schema", and the browser files copied into a site.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dateEvent, workshopDayEvent } from '../../src/data/calendar.js';
import { scheduleEvents } from '../../src/data/schedule.js';
import { validateWorkshop } from '../../src/data/issue-messages.js';
import { datedEntries } from '../../src/data/workshop.js';
import { workshopCalendar } from '../../src/node/calendar-file.js';
import { copyAssets, schemaLocation, SCHEMA_URL } from '../../src/node/package-files.js';
import { FileProblem } from '../../src/node/workshop-file.js';
import { VERSION } from '../../src/version.js';
import { root, runCli, temporaryDir } from './run-cli.js';

const validated = validateWorkshop(JSON.parse(readFileSync(`${root}demo/workshops/default.json`, 'utf8')));
assert.ok(validated.ok);
const workshop = validated.workshop;

/** The calendar's events, each as its property lines joined back (folding undone). */
function events(ics: string): Map<string, string> {
  const unfolded = ics.replace(/\r\n /g, '');
  const blocks = unfolded.split('BEGIN:VEVENT\r\n').slice(1).map((block) => block.slice(0, block.indexOf('END:VEVENT')));
  return new Map(blocks.map((block) => [/^UID:(.*)$/m.exec(block)![1]!, block]));
}

describe('the calendar file', () => {
  const calendar = workshopCalendar(workshop);
  const byUid = events(calendar.text);

  it('holds the workshop day and every important date with a date, made by the elements’ calendar code', () => {
    const dated = datedEntries(workshop).filter((item) => item.resolved);
    assert.equal(calendar.events, dated.length + 1);
    assert.equal(byUid.size, calendar.events);
    const day = workshopDayEvent(workshop)!;
    assert.match(byUid.get(day.uid)!, /^DTSTART;VALUE=DATE:20270426\r$/m);
    assert.match(byUid.get(day.uid)!, /^DTEND;VALUE=DATE:20270428\r$/m);
    for (const item of dated) {
      const event = dateEvent(workshop, item)!;
      const block = byUid.get(event.uid);
      assert.ok(block, `${item.entry.id} is in the file`);
      assert.ok(block.includes(`SUMMARY:${event.title.replace(/,/g, '\\,')}`), item.entry.id);
    }
  });

  it('writes a deadline as the instant it closes in its zone (23:59 AoE is 11:59 UTC the next day)', () => {
    const abstract = [...byUid.entries()].find(([uid]) => uid.startsWith('abstract@'))![1];
    assert.match(abstract, /^DTSTART:20270123T115900Z\r$/m);
    assert.match(abstract, /AoE/);
  });

  it('names what it leaves out, and adds the program when asked', () => {
    const tbd = workshop.importantDates!.filter((entry) => entry.tbd);
    assert.deepEqual(calendar.leftOut, tbd.map((entry) => `${entry.label} (TBD)`));
    for (const entry of tbd) assert.ok(![...byUid.keys()].some((uid) => uid.startsWith(`${entry.id}@`)));
    const withProgram = workshopCalendar(workshop, { program: true });
    assert.equal(withProgram.events, calendar.events + scheduleEvents(workshop).length);
    assert.equal(withProgram.fileName, 'scifm-program.ics');
    assert.equal(calendar.fileName, 'scifm.ics');
  });

  it('does not list the workshop day twice when an important date is that day', () => {
    const listed = validateWorkshop({
      title: 'T',
      shortName: 'T',
      date: '2027-05-02',
      importantDates: [{ id: 'workshop', label: 'Workshop day', kind: 'event', date: '2027-05-02' }],
    });
    assert.ok(listed.ok);
    const file = workshopCalendar(listed.workshop);
    assert.equal(file.events, 1);
    assert.ok(events(file.text).has('workshop@t.workshop-widgets'));
  });

  it('the command writes the file under the elements’ name, to -o, or to standard output', () => {
    const dir = temporaryDir();
    writeFileSync(join(dir, 'workshop.yml'), 'title: Tiny\nshortName: TINY\nimportantDates:\n  - id: submission\n    label: Submission\n    date: "2027-02-10"\n');
    const named = runCli(['ics', 'workshop.yml'], dir);
    assert.equal(named.status, 0, named.stderr);
    assert.match(named.stdout, /wrote tiny\.ics: 1 event/);
    assert.match(readFileSync(join(dir, 'tiny.ics'), 'utf8'), /^DTSTART:20270211T115900Z\r$/m);
    const output = runCli(['ics', 'workshop.yml', '-o', 'calendar/all.ics'], dir);
    assert.equal(output.status, 0, output.stderr);
    assert.ok(readFileSync(join(dir, 'calendar/all.ics'), 'utf8').startsWith('BEGIN:VCALENDAR\r\n'));
    const stdout = runCli(['ics', 'workshop.yml', '-o', '-'], dir);
    assert.ok(stdout.stdout.startsWith('BEGIN:VCALENDAR\r\n') && stdout.stdout.endsWith('END:VCALENDAR\r\n'));
    assert.match(stdout.stderr, /printed 1 event/);
    writeFileSync(join(dir, 'broken.yml'), 'importantDates: []\n');
    const broken = runCli(['ics', 'broken.yml'], dir);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /"title" is missing/);
  });
});

describe('where the JSON Schema is', () => {
  it('is the file the package exports, and "$schema" names this exact version on the CDN', () => {
    const { file, url } = schemaLocation();
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    assert.ok(schema.properties.title && schema.properties.importantDates, 'a workshop schema');
    const exported = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).exports['./workshop.schema.json'];
    assert.equal(url, SCHEMA_URL);
    assert.equal(url, `https://cdn.jsdelivr.net/npm/workshop-widgets@${VERSION}/${exported.replace('./', '')}`);
  });

  it('falls back to the generated copy in a checkout before a build, and says so when there is none', () => {
    const checkout = temporaryDir();
    writeFileSync(join(checkout, 'workshop.schema.json'), '{}');
    assert.equal(schemaLocation(checkout).file, join(checkout, 'workshop.schema.json'));
    mkdirSync(join(checkout, 'dist'));
    writeFileSync(join(checkout, 'dist/workshop.schema.json'), '{}');
    assert.equal(schemaLocation(checkout).file, join(checkout, 'dist/workshop.schema.json'));
    assert.throws(() => schemaLocation(temporaryDir()), /npm run build/);
  });

  it('the command prints the path, the "$schema" line for JSON and the modeline for YAML', () => {
    const all = runCli(['schema']);
    assert.equal(all.status, 0, all.stderr);
    assert.ok(all.stdout.includes(`"$schema": "${SCHEMA_URL}"`));
    assert.ok(all.stdout.includes(`# yaml-language-server: $schema=${SCHEMA_URL}`));
    const path = runCli(['schema', '--path']).stdout.trim();
    assert.equal(path, schemaLocation().file);
    assert.ok(existsSync(path));
    assert.equal(runCli(['schema', '--url']).stdout, `${SCHEMA_URL}\n`);
  });
});

describe('copying the browser files into a site', () => {
  /** A built cdn/ folder as the package ships it, in small. */
  function fakeCdn(): string {
    const cdn = temporaryDir('ww-cdn-');
    mkdirSync(join(cdn, 'chunks'));
    mkdirSync(join(cdn, 'elements'));
    writeFileSync(join(cdn, 'workshop-widgets.js'), 'export const main = 1;\n');
    writeFileSync(join(cdn, 'autoloader.js'), 'import "./workshop-widgets.js";\n');
    writeFileSync(join(cdn, 'chunks/ics-abc123.js'), 'import "../workshop-widgets.js";\n');
    writeFileSync(join(cdn, 'elements/speaker-grid.js'), 'import "../chunks/ics-abc123.js";\n');
    return cdn;
  }
  const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

  it('copies every file, keeping the folders the chunks import each other through', () => {
    const cdn = fakeCdn();
    const site = temporaryDir('ww-site-');
    const copied = copyAssets(join(site, 'assets/workshop-widgets'), { source: cdn, base: '/assets/workshop-widgets/' });
    assert.deepEqual(listing(join(site, 'assets/workshop-widgets')), listing(cdn));
    assert.equal(copied.files, 4);
    assert.equal(copied.scriptSrc, '/assets/workshop-widgets/workshop-widgets.js');
    assert.equal(copied.autoloaderSrc, '/assets/workshop-widgets/autoloader.js');
    assert.equal(readFileSync(join(site, 'assets/workshop-widgets/chunks/ics-abc123.js'), 'utf8'), 'import "../workshop-widgets.js";\n');
    assert.deepEqual(readdirSync(join(site, 'assets')), ['workshop-widgets'], 'no temporary folder is left');
  });

  it('replaces an earlier copy whole, so chunks of an older version do not pile up', () => {
    const site = temporaryDir('ww-site-');
    const target = join(site, 'ww');
    mkdirSync(join(target, 'chunks'), { recursive: true });
    writeFileSync(join(target, 'workshop-widgets.js'), 'old');
    writeFileSync(join(target, 'chunks/ics-old999.js'), 'old');
    copyAssets(target, { source: fakeCdn() });
    assert.ok(!existsSync(join(target, 'chunks/ics-old999.js')));
    assert.equal(readFileSync(join(target, 'workshop-widgets.js'), 'utf8'), 'export const main = 1;\n');
  });

  it('leaves a folder with other files alone, and needs a built cdn/ folder', () => {
    const site = temporaryDir('ww-site-');
    writeFileSync(join(site, 'main.css'), 'body {}');
    assert.throws(() => copyAssets(site, { source: fakeCdn() }), (error: unknown) => error instanceof FileProblem && /holds other files/.test(error.message));
    assert.deepEqual(readdirSync(site), ['main.css']);
    assert.throws(() => copyAssets(join(site, 'x'), { source: temporaryDir() }), /npm run build/);
  });

  it('the command copies the package’s own cdn/ folder and prints the script tag for it', (t) => {
    if (!existsSync(`${root}cdn/workshop-widgets.js`)) return t.skip('cdn/ is not built in this checkout');
    const site = temporaryDir('ww-site-');
    const run = runCli(['copy-assets', 'assets/workshop-widgets'], site);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.stdout.includes('<script type="module" src="/assets/workshop-widgets/workshop-widgets.js"></script>'));
    assert.deepEqual(listing(join(site, 'assets/workshop-widgets')), listing(`${root}cdn`));
    const refused = runCli(['copy-assets', '.'], site);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /holds other files/);
  });
});
