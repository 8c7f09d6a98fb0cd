// After `changeset version` has bumped package.json: writes the new version into src/version.ts (stamped on
// prerendered HTML, printed by the command line; a test keeps the two equal) and into the exact-version
// addresses of the docs (`workshop-widgets@0.1.0/cdn/...`), which name the release they were written for.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const versionFile = `${root}src/version.ts`;
const source = readFileSync(versionFile, 'utf8');
const previous = /export const VERSION = '([^']*)';/.exec(source)?.[1];
if (!previous) throw new Error("src/version.ts has no `export const VERSION = '...'` to update");

if (previous !== version) {
  writeFileSync(versionFile, source.replace(`export const VERSION = '${previous}';`, `export const VERSION = '${version}';`));
  const docs = ['README.md', ...readdirSync(`${root}docs`).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
  for (const doc of docs) {
    const text = readFileSync(`${root}${doc}`, 'utf8');
    const next = text.replaceAll(`workshop-widgets@${previous}`, `workshop-widgets@${version}`);
    if (next !== text) {
      writeFileSync(`${root}${doc}`, next);
      console.log(`${doc}: workshop-widgets@${previous} → @${version}`);
    }
  }
}
console.log(`src/version.ts: ${version}`);
