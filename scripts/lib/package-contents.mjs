// What the published package must hold, read from package.json itself: every entry point, export, type file
// and command it names (and the module the command's shim imports), every module of src/ built into dist/,
// one CDN file per element, the CDN autoloader, the manifest and the schema. `prepublishOnly` checks `npm pack --dry-run`
// against it (scripts/check-package.mjs); `npm run test:pack` checks the real tarball.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** Top-level entries a tarball may hold: package.json's `files`, plus what npm always adds. */
function allowedTops(pkg) {
  return new Set([...(pkg.files ?? []).map((entry) => entry.replace(/^\.\//, '').split('/')[0]), 'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']);
}

const clean = (path) => posix.normalize(path.replace(/^\.\//, ''));

/** Every file the package must contain, as paths inside the tarball. */
export function requiredFiles(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const tags = readdirSync(join(root, 'src/components')).filter((name) => existsSync(join(root, 'src/components', name, `${name}.ts`)));
  const files = new Set(['package.json', 'README.md']);
  for (const field of ['main', 'module', 'types', 'jsdelivr', 'unpkg', 'customElements']) if (typeof pkg[field] === 'string') files.add(clean(pkg[field]));
  for (const bin of Object.values(typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {}))) {
    files.add(clean(bin));
    // The shim only imports the built command line; that module must ship too.
    for (const [, imported] of readFileSync(join(root, bin), 'utf8').matchAll(/import\s+['"]([^'"]+)['"]/g)) files.add(posix.join(posix.dirname(clean(bin)), imported));
  }
  const targets = Object.values(pkg.exports ?? {}).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  for (const target of targets) {
    if (!target.includes('*')) files.add(clean(target));
    // `./dist/components/*/*.js`: one per element folder.
    else if (target.split('*').length === 3) for (const tag of tags) files.add(clean(target.replaceAll('*', tag)));
  }
  // Every module of src/ built (the command line imports most of its own on demand): a stale dist/ fails here.
  for (const entry of readdirSync(join(root, 'src'), { recursive: true })) {
    const path = String(entry).split('\\').join('/');
    if (/\.ts$/.test(path) && !/\.(test|stories|d)\.ts$/.test(path)) files.add(`dist/${path.replace(/\.ts$/, '.js')}`);
  }
  // `./cdn/*` is a folder export; what pages load from it is fixed by scripts/build.mjs.
  files.add('cdn/workshop-widgets.js');
  files.add('cdn/autoloader.js');
  for (const tag of tags) files.add(`cdn/elements/${tag}.js`);
  return [...files].sort();
}

/** What is wrong with a tarball's file list: required files it lacks, and files outside `files`. */
export function packageProblems(root, packedPaths) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const packed = new Set(packedPaths.map(clean));
  const tops = allowedTops(pkg);
  return [
    ...requiredFiles(root)
      .filter((file) => !packed.has(file))
      .map((file) => `missing ${file}`),
    ...[...packed].filter((file) => !tops.has(file.split('/')[0])).map((file) => `unexpected ${file}`),
  ];
}
