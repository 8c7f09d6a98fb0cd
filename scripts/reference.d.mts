// Types for scripts/reference.mjs, for the tests that import it.
export function elementsReference(manifest: unknown): string;
export function referencePage(manifest: unknown): string;
