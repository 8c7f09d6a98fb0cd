// The package's index.d.ts re-exports './browser/commands.mjs', for which it ships no .d.mts, so TypeScript
// sees no exports; this declares the one command the tests use (browser/commands.d.ts has the same signature).
export {};
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
