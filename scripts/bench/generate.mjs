// Workshop data at any size for the scaling benchmark. Uses test/fixtures/generate.ts
// (generateWorkshop({ papers, committee })) when it exists, else the small generator below.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = `${root}test/fixtures/generate.ts`;

/** Resolves to { generateWorkshop, source } (source says which generator is in use). */
export async function loadGenerator() {
  if (existsSync(shared)) {
    try {
      // esbuild bundles the TypeScript fixture (and anything it imports) into one module we can import.
      const { build } = await import('esbuild');
      const out = await build({ entryPoints: [shared], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
      const module = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
      if (typeof module.generateWorkshop === 'function') {
        return { generateWorkshop: module.generateWorkshop, source: 'test/fixtures/generate.ts' };
      }
    } catch (error) {
      console.warn(`bench: test/fixtures/generate.ts could not be used (${error.message.split('\n')[0]}); using the bench's own generator.`);
    }
  }
  return { generateWorkshop, source: 'the fallback generator in scripts/bench/generate.mjs' };
}

const FIRST = ['Ada', 'Bo', 'Chen', 'Dana', 'Emeka', 'Farah', 'Gustav', 'Hana', 'Ines', 'Jamal', 'Kai', 'Lena', 'Mateo', 'Noor', 'Olga', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tomoko', 'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zoe'];
const LAST = ['Abe', 'Brandt', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Haddad', 'Iyer', 'Jansen', 'Kowalski', 'Li', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Silva', 'Tanaka', 'Ueda', 'Vargas', 'Wang', 'Xu', 'Yilmaz', 'Zhou'];
const PLACES = ['ETH Zürich', 'MIT', 'University of Tokyo', 'Max Planck Institute', 'Tsinghua University', 'University of Cape Town', 'Inria', 'University of Toronto', 'IISc Bangalore', 'Universidade de São Paulo'];
const WORDS = ['neural', 'operator', 'diffusion', 'surrogate', 'physics', 'informed', 'learning', 'turbulence', 'equivariant', 'graph', 'climate', 'molecular', 'dynamics', 'uncertainty', 'calibration', 'inverse', 'problems', 'symbolic', 'regression', 'foundation', 'models', 'simulation', 'scientific', 'discovery', 'robust', 'sparse', 'spectral', 'transformer', 'kernel', 'Bayesian'];

/** A deterministic pseudo-random sequence, so every run measures the same data. */
function random(seed) {
  let state = seed >>> 0;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A valid workshop with `papers` accepted papers and a program committee of `committee` people. */
export function generateWorkshop({ papers = 0, committee = 0 } = {}) {
  const next = random(papers * 31 + committee * 7 + 1);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const name = () => `${pick(FIRST)} ${pick(LAST)}`;
  const people = Array.from({ length: committee }, (_, i) => ({
    id: `pc-${i}`,
    name: name(),
    affiliations: [pick(PLACES)],
  }));
  const title = () => {
    const words = Array.from({ length: 5 + Math.floor(next() * 6) }, () => pick(WORDS));
    return words.join(' ').replace(/^./, (c) => c.toUpperCase());
  };
  return {
    title: 'Scaling Benchmark Workshop',
    shortName: 'SBW',
    conference: { name: 'ICML', year: 2026 },
    date: '2026-07-17',
    timeZone: 'Europe/Berlin',
    callForPapers: { tracks: [{ id: 'main', name: 'Main track' }, { id: 'short', name: 'Short papers' }] },
    people,
    roles: { programCommittee: people.map((person) => person.id) },
    papers: Array.from({ length: papers }, (_, i) => ({
      id: `paper-${i}`,
      title: title(),
      authors: Array.from({ length: 1 + Math.floor(next() * 5) }, name),
      abstract: `We study ${pick(WORDS)} ${pick(WORDS)} methods for ${pick(WORDS)} ${pick(WORDS)} and report *improved* results.`,
      track: next() < 0.7 ? 'main' : 'short',
      presentation: pick(['oral', 'spotlight', 'poster', 'poster', 'poster']),
      links: { openreview: `https://openreview.net/forum?id=p${i}` },
    })),
  };
}
