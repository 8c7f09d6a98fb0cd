// `prepublishOnly`: refuses to publish a tarball that lacks what the package promises (see
// scripts/lib/package-contents.mjs), e.g. after a publish without a fresh `npm run build`.
import { execFileSync } from 'node:child_process';
import { packageProblems, requiredFiles } from './lib/package-contents.mjs';

const root = new URL('..', import.meta.url).pathname;
// --ignore-scripts: this runs inside a lifecycle script already; packing must not start another one.
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
const problems = packageProblems(
  root,
  packed.files.map((file) => file.path),
);
if (problems.length) {
  console.error(`The package is not ready to publish (run npm run build first?):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`${packed.filename}: ${packed.files.length} files, ${requiredFiles(root).length} required ones present, nothing outside "files"`);
