#!/usr/bin/env node
/** `workshop-widgets <command>`: the organizers' command line. Node only; never part of a browser bundle. */
import { Command, InvalidArgumentError } from 'commander';
import { VERSION } from '../version.js';
import { PageProblems } from './prerender-page.js';
import { prerenderSite, writeIncludes } from './prerender.js';
import { FileProblem } from './workshop-file.js';

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

function fail(error: unknown): never {
  if (error instanceof PageProblems) {
    for (const problem of error.problems) console.error(problem.message);
    console.error(`workshop-widgets: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; nothing was written.`);
  } else if (error instanceof FileProblem) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
}

export function cli(argv = process.argv): void {
  const program = new Command('workshop-widgets').version(VERSION).description('Workshop websites from one JSON (or YAML) workshop file.');

  program
    .command('prerender')
    .description('Write the HTML of every workshop tag into built pages (or into include files), so it shows before any script runs.')
    .argument('[paths...]', 'built site folders or .html files to fill in place (Jekyll: _site, Hugo: public)')
    .option('--includes <dir>', 'instead, write one include per element into <dir> (needs --data)')
    .option('--data <file>', 'the workshop file (JSON or YAML) for --includes')
    .option('--lang <code>', 'language of the includes (default: English)')
    .option('--now <date-time>', 'the build time, for reproducible output (default: SOURCE_DATE_EPOCH, else now)')
    .option('--quiet', 'print only problems')
    .action((paths: string[], options: { includes?: string; data?: string; lang?: string; now?: string; quiet?: boolean }) => {
      const log = options.quiet ? undefined : (line: string) => console.log(line);
      try {
        const now = buildClock(options.now);
        if (options.includes) {
          if (!options.data) throw new InvalidArgumentError('--includes needs --data <workshop file>');
          const written = writeIncludes(options.data, options.includes, { now, log, ...(options.lang && { lang: options.lang }) });
          log?.(`prerendered ${written.length} includes into ${options.includes}`);
          return;
        }
        if (paths.length === 0) throw new InvalidArgumentError('name a built site folder or .html files (e.g. _site), or use --includes');
        const result = prerenderSite(paths, { now, log });
        log?.(`prerendered ${result.elements} element${result.elements === 1 ? '' : 's'} in ${result.pages} page${result.pages === 1 ? '' : 's'}`);
      } catch (error) {
        if (error instanceof InvalidArgumentError) program.error(`error: ${error.message}`);
        fail(error);
      }
    });

  program.parse(argv);
}

cli();
