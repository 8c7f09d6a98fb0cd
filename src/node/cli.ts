#!/usr/bin/env node
/**
 * `workshop-widgets <command>`: the organizers' command line. Node only; never part of a browser bundle.
 * Each command loads its own modules when it runs, so `check` in CI does not load the prerenderer.
 *
 * Exit codes: 0 done (or no problems found); 1 problems in the files given (nothing was written);
 * 2 the command could not run (wrong arguments, a file that cannot be read).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { VERSION } from '../version.js';
import { FileProblem, FileProblems, UnreadableFile } from './workshop-file.js';

export const EXIT = { ok: 0, problems: 1, cannotRun: 2 } as const;

/** `--now` for reproducible builds; else SOURCE_DATE_EPOCH (the reproducible-builds convention); else now. */
function buildClock(value: string | undefined): number {
  if (value !== undefined) {
    const instant = Date.parse(value);
    if (!Number.isFinite(instant)) throw new InvalidArgumentError(`"${value}" is not a date and time (try 2026-12-01T09:00:00Z)`);
    return instant;
  }
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function fail(program: Command, error: unknown): never {
  if (error instanceof InvalidArgumentError) program.error(`error: ${error.message}`, { exitCode: EXIT.cannotRun });
  if (error instanceof FileProblems) {
    for (const problem of error.problems) console.error(problem.message);
    console.error(`workshop-widgets: ${plural(error.problems.length, 'problem')}; nothing was written.`);
  } else if (error instanceof FileProblem) {
    console.error(error.message);
    if (error instanceof UnreadableFile) process.exit(EXIT.cannotRun);
  } else {
    console.error(error);
    process.exit(EXIT.cannotRun);
  }
  process.exit(EXIT.problems);
}

export async function cli(argv = process.argv): Promise<void> {
  const program = new Command('workshop-widgets')
    .version(VERSION)
    .description('Workshop websites from one JSON (or YAML) workshop file. `workshop-widgets <command> --help` tells more.')
    .showHelpAfterError()
    // Commander's own errors (unknown option, missing argument) mean the command could not run; help is not an error.
    .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.cannotRun));
  /** Runs an action; any problem ends the process with its exit code. */
  const run =
    <A extends unknown[]>(action: (...args: A) => Promise<void> | void) =>
    async (...args: A) => {
      try {
        await action(...args);
      } catch (error) {
        fail(program, error);
      }
    };

  program
    .command('prerender')
    .description('Write the HTML of every workshop tag into built pages (or into include files), so it shows before any script runs.')
    .argument('[paths...]', 'built site folders or .html files to fill in place (Jekyll: _site, Hugo: public)')
    .option('--includes <dir>', 'instead, write one include per element into <dir> (needs --data)')
    .option('--data <file>', 'the workshop file (JSON or YAML) for --includes')
    .option('--lang <code>', 'language of the includes (default: English)')
    .option('--now <date-time>', 'the build time, for reproducible output (default: SOURCE_DATE_EPOCH, else now)')
    .option('--quiet', 'print only problems')
    .action(
      run(async (paths: string[], options: { includes?: string; data?: string; lang?: string; now?: string; quiet?: boolean }) => {
        const { prerenderSite, writeIncludes } = await import('./prerender.js');
        const log = options.quiet ? undefined : (line: string) => console.log(line);
        const now = buildClock(options.now);
        if (options.includes) {
          if (!options.data) throw new InvalidArgumentError('--includes needs --data <workshop file>');
          const written = writeIncludes(options.data, options.includes, { now, log, ...(options.lang && { lang: options.lang }) });
          log?.(`prerendered ${written.length} includes into ${options.includes}`);
          return;
        }
        if (paths.length === 0) throw new InvalidArgumentError('name a built site folder or .html files (e.g. _site), or use --includes');
        const result = prerenderSite(paths, { now, log });
        log?.(`prerendered ${plural(result.elements, 'element')} in ${plural(result.pages, 'page')}`);
      }),
    );

  program
    .command('check')
    .description('Check a workshop file with the same validator the elements use; list each problem at its line and column.')
    .argument('<file>', 'the workshop file: .json, .yml or .yaml')
    .addOption(new Option('--format <format>', 'text (file:line:column: message), github (GitHub Actions annotations) or json').choices(['text', 'github', 'json']).default('text'))
    .action(
      run(async (file: string, options: { format: 'text' | 'github' | 'json' }) => {
        const { checkWorkshopFile, formatProblems } = await import('./check.js');
        let problems;
        try {
          problems = checkWorkshopFile(file);
        } catch (error) {
          // An annotation shows in the run's summary, where a log line would be missed.
          if (options.format === 'github' && error instanceof FileProblem) console.log(`::error title=Workshop file::${error.message}`);
          throw error;
        }
        process.stdout.write(formatProblems(file, problems, options.format));
        if (problems.length > 0) process.exitCode = EXIT.problems;
      }),
    );

  program
    .command('ics')
    .description('Write a calendar file (.ics) with the workshop day and every important date.')
    .argument('<file>', 'the workshop file: .json, .yml or .yaml')
    .option('-o, --output <file>', 'where to write it; "-" for standard output (default: the name the elements use, e.g. scifm.ics)')
    .option('--program', 'also add every item of the schedule')
    .action(
      run(async (file: string, options: { output?: string; program?: boolean }) => {
        const [{ workshopCalendar }, { readWorkshopFile, writeWhole }, { stateFromData }] = await Promise.all([
          import('./calendar-file.js'),
          import('./workshop-file.js'),
          import('../data/load.js'),
        ]);
        const state = stateFromData(readWorkshopFile(file), file);
        if (state.status !== 'ready') throw new FileProblem(file, undefined, undefined, state.status === 'error' ? state.error.message : 'not a workshop');
        const calendar = workshopCalendar(state.workshop, { program: options.program });
        const output = options.output ?? calendar.fileName;
        const log = (line: string) => (output === '-' ? console.error(line) : console.log(line));
        if (state.issues.length > 0) log(`${file}: ${plural(state.issues.length, 'problem')} left some data out; run: workshop-widgets check ${file}`);
        if (output === '-') process.stdout.write(calendar.text);
        else writeWhole(output, calendar.text);
        if (calendar.leftOut.length > 0) log(`not in the calendar: ${calendar.leftOut.join('; ')}`);
        log(`${output === '-' ? 'printed' : `wrote ${output}:`} ${plural(calendar.events, 'event')}`);
      }),
    );

  program
    .command('schema')
    .description('Show where the JSON Schema of workshop files is, and the "$schema" value that makes editors check and complete them.')
    .option('--path', 'print only the path of the installed schema file')
    .option('--url', 'print only the address to use as "$schema"')
    .action(
      run(async (options: { path?: boolean; url?: boolean }) => {
        const { schemaLocation } = await import('./package-files.js');
        const { file, url } = schemaLocation();
        if (options.path || options.url) {
          if (options.path) console.log(file);
          if (options.url) console.log(url);
          return;
        }
        console.log(`JSON Schema of workshop files (this version, ${VERSION}):\n  ${file}\n`);
        console.log(`In workshop.json, as the first key:\n  "$schema": "${url}",\n`);
        console.log(`In a YAML file (editors with the YAML language server), as the first line:\n  # yaml-language-server: $schema=${url}`);
      }),
    );

  program
    .command('copy-assets')
    .description("Copy the package's browser files (its cdn/ folder) into a site, to host them yourself.")
    .argument('<dir>', "the folder in the site's source, e.g. assets/workshop-widgets (replaced whole if it holds an earlier copy)")
    .option('--base <url>', 'the address of <dir> on the site, for the printed script tag (default: /<dir>)')
    .action(
      run(async (dir: string, options: { base?: string }) => {
        const { copyAssets } = await import('./package-files.js');
        const copied = copyAssets(dir, { ...(options.base !== undefined && { base: options.base }) });
        console.log(`copied workshop-widgets ${VERSION} (${plural(copied.files, 'file')}, ${Math.round(copied.bytes / 1024)} KB) into ${dir}`);
        console.log(`\nLoad it on each page with:\n  <script type="module" src="${copied.scriptSrc}"></script>`);
        console.log(`or, to load only the tags a page uses:\n  <script type="module" src="${copied.autoloaderSrc}"></script>`);
        if (options.base === undefined) console.log(`\nJekyll on a project site (with a baseurl): src="{{ '${copied.scriptSrc}' | relative_url }}"`);
      }),
    );

  const importer = program
    .command('import')
    .description('Bring papers, people or a program from other tools into the workshop file (merged: what is there stays, ids are kept).');
  const importOptions = (command: Command) =>
    command
      .option('--into <workshop-file>', 'the workshop file to merge into (.json, .yml, .yaml); without it, print the imported part as JSON')
      .option('--dry-run', 'with --into: show what would change, write nothing');
  /** Merging: the report on stdout. Previewing: the JSON on stdout, the report on stderr. */
  const runOptions = ({ into, dryRun }: { into?: string; dryRun?: boolean }) => ({
    ...(into && { into }),
    dryRun: !!dryRun,
    log: (line: string) => (into ? console.log(line) : console.error(line)),
    print: (text: string) => process.stdout.write(text),
  });

  importOptions(
    importer
      .command('openreview')
      .description('Accepted papers from an OpenReview API v2 notes export (with their decisions) into "papers".')
      .argument('<notes.json>', 'the notes as the API returns them: {"notes": [...]} or a list')
      .option('--track <id>', 'put every paper in this track of callForPapers.tracks (default: the track the export names, if any)'),
  ).action(
    run(async (file: string, options: { into?: string; dryRun?: boolean; track?: string }) => {
      const [{ importOpenReview }, { runImport }] = await Promise.all([import('./import/openreview.js'), import('./import/run.js')]);
      runImport(importOpenReview(file, { ...(options.track !== undefined && { track: options.track }) }), runOptions(options));
    }),
  );

  importOptions(
    importer
      .command('csv')
      .description('People from a spreadsheet (CSV) into "people", and into one list of "roles" with --list.')
      .argument('<people.csv>', 'a header row (Name or First/Last name, Affiliation, Website, Email, Photo, Role...) and one row per person')
      .option('--list <list>', 'the role list to add them to: speakers, panelists, moderators, organizers, areaChairs, programCommittee, volunteers'),
  ).action(
    run(async (file: string, options: { into?: string; dryRun?: boolean; list?: string }) => {
      const [{ importCsv, roleListNamed }, { runImport }] = await Promise.all([import('./import/csv.js'), import('./import/run.js')]);
      // The issue's spelling `--into programCommittee` names a list where a file belongs: say which flag is meant.
      if (options.into && !/\.(json|ya?ml)$/i.test(options.into) && roleListNamed(options.into)) {
        throw new InvalidArgumentError(`--into names the workshop file; to add people to ${options.into}, use --list ${options.into} (with --into workshop.json)`);
      }
      runImport(importCsv(file, { ...(options.list !== undefined && { list: options.list }) }), runOptions(options));
    }),
  );

  importOptions(
    importer
      .command('pretalx')
      .description('A pretalx schedule (its JSON export) into "schedule": days, rooms, times in the event zone, speakers.')
      .argument('<schedule.json>', 'pretalx: Schedule > Export > JSON (frab-compatible)'),
  ).action(
    run(async (file: string, options: { into?: string; dryRun?: boolean }) => {
      const [{ importPretalx }, { runImport }] = await Promise.all([import('./import/pretalx.js'), import('./import/run.js')]);
      runImport(importPretalx(file), runOptions(options));
    }),
  );

  await program.parseAsync(argv);
}

await cli();
