/** Runs an import: a preview on stdout, or a merge into the workshop file, written whole or not at all. */
import { isDeepStrictEqual } from 'node:util';
import { writeWhole } from '../workshop-file.js';
import { formatReports, type Imported } from './merge.js';
import { assertNoNewProblems, openTarget, renderTarget } from './workshop-target.js';

export interface ImportRun {
  /** The workshop file to merge into; without it the imported part is printed as JSON. */
  into?: string;
  /** Report what would change and write nothing. */
  dryRun?: boolean;
  /** The report, line by line. */
  log: (line: string) => void;
  /** Where the JSON of a preview goes. */
  print: (text: string) => void;
}

export function runImport(imported: Imported, run: ImportRun): void {
  if (!run.into) {
    const { workshop, notes } = imported.mergeInto({});
    for (const line of [...imported.notes, ...notes]) run.log(line);
    run.print(`${JSON.stringify(workshop, null, 2)}\n`);
    return;
  }
  const target = openTarget(run.into);
  const { workshop, reports, notes } = imported.mergeInto(target.data);
  assertNoNewProblems(target, workshop);
  const text = renderTarget(target, workshop);
  for (const line of [...imported.notes, ...formatReports(reports), ...notes]) run.log(line);
  if (isDeepStrictEqual(workshop, target.data)) run.log(`${run.into} is already up to date`);
  else if (run.dryRun) run.log(`dry run: ${run.into} was not written`);
  else {
    writeWhole(run.into, text);
    run.log(`wrote ${run.into}`);
  }
}
