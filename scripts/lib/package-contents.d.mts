// Types for scripts/lib/package-contents.mjs, for the tests that import it.
/** Every file the package must contain, as paths inside the tarball. */
export function requiredFiles(root: string): string[];
/** "missing <file>" for each required file the list lacks, "unexpected <file>" for each outside `files`. */
export function packageProblems(root: string, packedPaths: string[]): string[];
