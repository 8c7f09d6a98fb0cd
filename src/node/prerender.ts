/**
 * The prerender step: built pages in place (`prerenderSite`) or one include file per element
 * (`writeIncludes`). Every page is rendered before anything is written, and each file is replaced whole
 * (written beside it, then renamed), so a failed run leaves the site as it was.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { PageProblems, prerenderPage } from './prerender-page.js';
import { isWorkshopTag, renderElement } from './render-element.js';
import { FileProblem, readWorkshopFile, writeWhole } from './workshop-file.js';

export { writeWhole };
import { stateFromData } from '../data/load.js';
import { PRERENDER_ATTRIBUTE } from '../internal/server-render.js';

export interface PrerenderOptions {
  /** The build's clock (default: now). */
  now?: number;
  /** Called with a line for each page and each element left to the browser. */
  log?: (line: string) => void;
}

export interface SiteResult {
  pages: number;
  elements: number;
  notes: string[];
}

function htmlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Prerenders every workshop tag in the `.html` files under `paths` (folders or files). `siteRoot` is the
 * folder that addresses starting with `/` point into: the folder given, or each file's own folder.
 * Throws PageProblems listing every problem of every page; then no file has been written.
 */
export function prerenderSite(paths: string[], options: PrerenderOptions = {}): SiteResult {
  const now = options.now ?? Date.now();
  const files = new Map<string, unknown>();
  const problems: FileProblem[] = [];
  const outputs: { file: string; html: string; before: string }[] = [];
  const notes: string[] = [];
  let elements = 0;
  for (const path of paths) {
    let pages: string[];
    try {
      pages = htmlFiles(path);
    } catch {
      problems.push(new FileProblem(path, undefined, undefined, 'No such file or folder'));
      continue;
    }
    const siteRoot = statSync(path).isDirectory() ? path : dirname(path);
    for (const file of pages) {
      const before = readFileSync(file, 'utf8');
      try {
        const result = prerenderPage(before, { file, siteRoot, now, files });
        notes.push(...result.notes);
        elements += result.rendered;
        if (result.rendered > 0 || result.html !== before) outputs.push({ file, html: result.html, before });
        if (result.rendered > 0) options.log?.(`${relative(process.cwd(), file)}: ${result.rendered} element${result.rendered === 1 ? '' : 's'}`);
      } catch (error) {
        if (error instanceof PageProblems) problems.push(...error.problems);
        else throw error;
      }
    }
  }
  if (problems.length > 0) throw new PageProblems(problems);
  for (const note of notes) options.log?.(note);
  for (const { file, html, before } of outputs) if (html !== before) writeWhole(file, html);
  return { pages: outputs.length, elements, notes };
}

/** Every workshop tag, for the includes. */
export const INCLUDE_TAGS = [
  'workshop-page', 'workshop-header', 'workshop-sections', 'workshop-topics', 'workshop-tracks', 'workshop-dates', 'countdown-deadline',
  'add-to-calendar', 'speaker-grid', 'people-grid', 'committee-list', 'workshop-schedule', 'paper-list', 'sponsor-wall', 'workshop-faq',
  'workshop-contact',
];

/**
 * Writes `<dir>/<tag>.html` for every element, prerendered from one workshop file (JSON or YAML), for
 * `{% include workshop/speaker-grid.html %}` inside the page's `<workshop-data>`. Liquid is kept out of
 * the markup with `{% raw %}`, so braces in the data cannot become template code.
 */
export function writeIncludes(workshopFile: string, dir: string, options: PrerenderOptions & { lang?: string } = {}): string[] {
  const data = readWorkshopFile(workshopFile);
  const state = stateFromData(data);
  // A parse error has already thrown with its position; what is left is the schema's verdict, named by path.
  if (state.status === 'error') throw new PageProblems([new FileProblem(workshopFile, undefined, undefined, state.error.message)]);
  const now = options.now ?? Date.now();
  const outputs = INCLUDE_TAGS.filter(isWorkshopTag).map((tag) => {
    const rendered = renderElement(tag, [], data, { now, lang: options.lang })!;
    return { file: join(dir, `${tag}.html`), text: `{% raw %}<${tag} ${PRERENDER_ATTRIBUTE}="${rendered.mark}">${rendered.shadow}</${tag}>{% endraw %}\n` };
  });
  for (const { file, text } of outputs) {
    writeWhole(file, text);
    options.log?.(relative(process.cwd(), file));
  }
  return outputs.map(({ file }) => file);
}
