// `npm run bench`: sizes, the demo page (client-rendered and prerendered) against its static copy, list scaling and the countdown's idle
// cost, measured in headless Chromium and printed as Markdown tables (medians, with min–max spread).
//   --no-build   measure the cdn/ that is there       --quick   fewer runs and a 10 s countdown (development)
//   --only=sizes,demo,scaling,countdown              --out=FILE  also write the tables to FILE
// The tables also go to .bench/results.md, the static copy of the demo to .bench/demo-static.html and the
// prerendered demo (`workshop-widgets prerender` run on a copy of demo.html) to .bench/demo-prerendered.html.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { budgetTable, collectSizes, sizeTable } from './check-size.mjs';
import { chromiumArgs, requireChromium } from './chromium.mjs';
import { benchCountdown } from './bench/countdown.mjs';
import { benchDemo, STATIC } from './bench/demo.mjs';
import { createReport, progress } from './bench/report.mjs';
import { benchScaling } from './bench/scaling.mjs';
import { startServer } from './bench/server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const quick = args.includes('--quick');
const only = option('only')?.split(',') ?? ['sizes', 'demo', 'scaling', 'countdown'];

const config = {
  demoRuns: quick ? 3 : 5,
  listSizes: [10, 100, 1000, 5000],
  listRuns: (n) => (n >= 5000 ? (quick ? 2 : 3) : quick ? 3 : 5),
  countdownSeconds: quick ? 10 : 60,
  windowSeconds: quick ? 2 : 10,
  quietMs: 500,
  viewport: { width: 1280, height: 800 },
};

if (!args.includes('--no-build')) {
  progress('npm run build');
  try {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    console.error('bench: `npm run build` failed; fix the build (or pass --no-build to measure the cdn/ that is there).');
    process.exit(1);
  }
}
if (!existsSync(`${root}cdn/workshop-widgets.js`)) {
  console.error('bench: cdn/workshop-widgets.js is missing; run `npm run build`.');
  process.exit(1);
}

const notes = [];
const aliases = new Map();
if (!existsSync(`${root}demo/workshops/default.json`)) {
  const seeds = existsSync(`${root}demo/workshops`) ? readdirSync(`${root}demo/workshops`).filter((f) => f.endsWith('.json')).sort() : [];
  const standIn = seeds.find((f) => f.startsWith('mlmp')) ?? seeds[0];
  if (standIn) {
    aliases.set('/demo/workshops/default.json', `demo/workshops/${standIn}`);
    notes.push(`demo/workshops/default.json does not exist yet; the demo page used ${standIn} in its place.`);
  }
}

const report = createReport();
const { print } = report;
const server = await startServer(root, { aliases });
server.virtual.set('/bench/empty.html', '<!doctype html><title>empty</title>');
const browser = await puppeteer.launch({
  executablePath: requireChromium(),
  args: [...chromiumArgs, `--window-size=${config.viewport.width},${config.viewport.height}`],
  headless: true,
  defaultViewport: config.viewport,
});
const env = { root, browser, server, config, report, fallbacks: new Set() };
const started = Date.now();

try {
  print('# workshop-widgets benchmark\n');
  print(`${new Date().toISOString()} · ${await browser.version()} (headless) · Node ${process.version} · ${quick ? 'quick mode' : 'full run'}\n`);

  if (only.includes('sizes')) {
    const sizes = await collectSizes();
    print('## Size\n');
    print(`${sizeTable(sizes)}\n`);
    print(`${budgetTable(sizes)}\n`);
    if (!sizes.registers) print('**cdn/workshop-widgets.js registers no custom element**: the build tree-shook the defineElement() calls.\n');
  }
  if (only.includes('demo')) await benchDemo(env);
  if (only.includes('scaling')) await benchScaling(env);
  if (only.includes('countdown')) await benchCountdown(env);

  if (env.fallbacks.size) notes.push(`not in cdn/workshop-widgets.js, so loaded from cdn/elements/<tag>.js: ${[...env.fallbacks].join(', ')}.`);
  for (const note of notes) print(`Note: ${note}`);
  if (notes.length) print();
  print(`Benchmark time: ${((Date.now() - started) / 1000).toFixed(0)} s (after the build).`);
} finally {
  await browser.close();
  await server.close();
}

// Kept for a look afterwards (.bench/ is git-ignored).
const results = `${report.lines.join('\n')}\n`;
mkdirSync(`${root}.bench`, { recursive: true });
writeFileSync(`${root}.bench/results.md`, results);
if (server.virtual.has(STATIC)) writeFileSync(`${root}.bench/demo-static.html`, server.virtual.get(STATIC));
if (option('out')) writeFileSync(option('out'), results);
