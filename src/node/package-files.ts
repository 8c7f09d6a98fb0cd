/**
 * Files the installed package ships that organizers use outside JavaScript: the JSON Schema for their editor
 * (`workshop-widgets schema`) and the `cdn/` folder to host themselves (`workshop-widgets copy-assets`).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';
import { FileProblem } from './workshop-file.js';

/** The package folder: two up from dist/node/ once installed, from src/node/ in a checkout. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What organizers put in `$schema`: the file of exactly this version, so the editor agrees with `check`. */
export const SCHEMA_URL = `https://cdn.jsdelivr.net/npm/workshop-widgets@${VERSION}/dist/workshop.schema.json`;

export interface SchemaLocation {
  /** The schema file of the installed package. */
  file: string;
  url: string;
}

/** Installed: dist/workshop.schema.json; in a checkout before a build, the generated copy at its root. */
export function schemaLocation(root = PACKAGE_ROOT): SchemaLocation {
  const file = [join(root, 'dist/workshop.schema.json'), join(root, 'workshop.schema.json')].find((candidate) => existsSync(candidate));
  if (!file) throw new FileProblem(join(root, 'dist/workshop.schema.json'), undefined, undefined, 'The package has no workshop.schema.json (in a checkout, run npm run build first)');
  return { file, url: SCHEMA_URL };
}

export interface CopiedAssets {
  target: string;
  files: number;
  bytes: number;
  /** The address of the main file, for a script tag on a site served from the working folder. */
  scriptSrc: string;
  autoloaderSrc: string;
}

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** The address a page uses for `target`: `base` when given, else its path from the site root (the working folder). */
function siteAddress(target: string, base: string | undefined): string {
  if (base !== undefined) return base.replace(/\/+$/, '');
  const inside = relative(process.cwd(), resolve(target)).split(sep).join('/');
  return inside.startsWith('..') ? resolve(target).split(sep).join('/') : `/${inside}`;
}

/**
 * Copies the package's `cdn/` folder to `target`, replacing an earlier copy whole (so chunks of an older
 * version do not pile up). A folder that holds anything else is left alone.
 */
export function copyAssets(target: string, options: { source?: string; base?: string } = {}): CopiedAssets {
  const source = options.source ?? join(PACKAGE_ROOT, 'cdn');
  if (!existsSync(join(source, 'workshop-widgets.js'))) {
    throw new FileProblem(source, undefined, undefined, 'The package has no built cdn/ folder (in a checkout, run npm run build first)');
  }
  const earlier = existsSync(target);
  if (earlier) {
    if (!statSync(target).isDirectory()) throw new FileProblem(target, undefined, undefined, 'Is a file; name a folder for the assets');
    const entries = readdirSync(target);
    if (entries.length > 0 && !entries.includes('workshop-widgets.js')) {
      throw new FileProblem(target, undefined, undefined, 'This folder holds other files and no earlier copy of workshop-widgets; name an empty or new folder, e.g. assets/workshop-widgets');
    }
  }
  mkdirSync(dirname(resolve(target)), { recursive: true });
  // Copy beside the target first, then swap: a failed copy leaves the earlier one in place.
  const fresh = `${resolve(target)}.${process.pid}.tmp`;
  const old = `${resolve(target)}.${process.pid}.old`;
  try {
    cpSync(source, fresh, { recursive: true });
    if (earlier) renameSync(target, old);
    try {
      renameSync(fresh, target);
    } catch (error) {
      if (earlier) renameSync(old, target);
      throw error;
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
  const address = siteAddress(target, options.base);
  return { target, ...sizeOf(target), scriptSrc: `${address}/workshop-widgets.js`, autoloaderSrc: `${address}/autoloader.js` };
}
