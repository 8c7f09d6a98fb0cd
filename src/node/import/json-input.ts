/** A JSON export to import (OpenReview, pretalx): parsed, with positions for problems found in its data. */
import type { PathSegment, SourcePosition } from '../source-positions.js';
import { parseWorkshopSource, readTextFile } from '../workshop-file.js';

export interface JsonInput {
  file: string;
  data: unknown;
  /** Where the value at `path` starts (or the deepest part of it that exists). */
  at(path: readonly PathSegment[]): SourcePosition;
}

/** Throws FileProblem with line and column when the file is missing or not valid JSON. */
export function readJsonInput(file: string): JsonInput {
  const { data, locate } = parseWorkshopSource(readTextFile(file), file);
  return { file, data, at: (path) => locate(path).value };
}
