/**
 * `workshop-widgets check`: the browser's own validator run on a workshop file, each problem placed at the
 * key or value it is about in the JSON or YAML text, printed for people, GitHub Actions or other tools.
 */
import { relative, resolve, sep } from 'node:path';
import { validateWorkshop } from '../data/issue-messages.js';
import type { WorkshopIssue } from '../data/validate.js';
import { parseIssuePath, type Located, type SourcePosition } from './source-positions.js';
import { FileProblem, parseWorkshopSource, readTextFile, type WorkshopSource } from './workshop-file.js';

export interface CheckProblem {
  file: string;
  line: number;
  column: number;
  /** JSON path of the problem in the file (`people[2].email`); empty for the whole file. */
  path: string;
  message: string;
  /** What the page does about it (see WorkshopIssue); `syntax` when the file cannot be parsed at all. */
  effect: WorkshopIssue['effect'] | 'syntax';
  /** For an unknown key, the path of the known key it most likely misspells. */
  didYouMean?: string;
}

export const CHECK_FORMATS = ['text', 'github', 'json'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];


/**
 * Which position to name: the value for text, numbers and booleans (`"date": "2026-02-30"` points at the
 * date); the key for an object or list written where something else belongs, and for an unknown key; the
 * enclosing entry when something is missing from it.
 */
function positionOf(located: Located, issue: WorkshopIssue): SourcePosition {
  if (!located.complete) return located.value;
  if (issue.unknownKey !== undefined || !located.scalar) return located.key ?? located.value;
  return located.value;
}

/** Every problem of one workshop file's text, in the order they appear in it. Throws nothing. */
export function checkWorkshopText(text: string, file: string): CheckProblem[] {
  let source: WorkshopSource;
  try {
    source = parseWorkshopSource(text, file);
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    return [{ file, line: error.line ?? 1, column: error.column ?? 1, path: '', message: error.problem, effect: 'syntax' }];
  }
  const { issues } = validateWorkshop(source.data);
  const problems = issues.map((issue): CheckProblem => {
    const { line, column } = positionOf(source.locate(parseIssuePath(issue.path)), issue);
    return { file, line, column, path: issue.path, message: issue.message, effect: issue.effect, ...(issue.didYouMean && { didYouMean: issue.didYouMean }) };
  });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Throws FileProblem when the file cannot be read (the check could not run). */
export function checkWorkshopFile(file: string): CheckProblem[] {
  return checkWorkshopText(readTextFile(file), file);
}

/** The file as GitHub knows it: relative to the workspace (the working folder), with forward slashes. */
function repositoryPath(file: string): string {
  const inside = relative(process.cwd(), resolve(file));
  return (inside.startsWith('..') ? file : inside).split(sep).join('/');
}

/** Workflow-command escaping (actions/toolkit): data escapes % CR LF; properties also : and ,. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

const sentence = (problem: CheckProblem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message);

function summary(file: string, problems: readonly CheckProblem[]): string {
  if (problems.length === 0) return `${file}: no problems found`;
  return `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
}

/** The report on stdout: one line per problem and a closing count (text, github) or a JSON array (json). */
export function formatProblems(file: string, problems: readonly CheckProblem[], format: CheckFormat): string {
  if (format === 'json') return `${JSON.stringify(problems, null, 2)}\n`;
  const lines = problems.map((problem) =>
    format === 'github'
      ? `::error file=${escapeProperty(repositoryPath(problem.file))},line=${problem.line},col=${problem.column},title=${escapeProperty('Workshop file')}::${escapeData(sentence(problem))}`
      : `${problem.file}:${problem.line}:${problem.column}: ${sentence(problem)}`,
  );
  return [...lines, summary(file, problems)].join('\n') + '\n';
}
