// What Storybook's indexer reads from stories/*.stories.ts, without building Storybook: every element shows each
// seed workshop as a story whose id (the visual baselines' key) and name are fixed, and the seed stories go
// through `seedStory`. The indexer reads exports and names from the file's text, so a generated export or a name
// moved into the helper would drop or rename a story; this catches both.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { loadCsf } from 'storybook/internal/csf-tools';

const dir = new URL('../../stories/', import.meta.url);
const SEEDS = [
  { exportName: 'MLMP', sample: 'mlmp', id: 'mlmp', name: 'MLMP' },
  { exportName: 'Frontier', sample: 'frontier', id: 'frontier', name: 'Frontier' },
  { exportName: 'FM4Science', sample: 'fm4science', id: 'fm-4-science', name: 'FM4Science' },
  { exportName: 'ML4Astro', sample: 'ml4astro', id: 'ml-4-astro', name: 'ML4Astro' },
  { exportName: 'Sim2Science', sample: 'sim2science', id: 'sim-2-science', name: 'Sim2Science' },
];
/** Elements whose stories show their own markup rather than a workshop file. */
const WITHOUT_SEEDS = new Set(['workshop-data']);

const files = readdirSync(dir).filter((file) => file.endsWith('.stories.ts'));

describe('stories as Storybook indexes them', () => {
  for (const file of files) {
    const source = readFileSync(new URL(file, dir), 'utf8');
    const csf = loadCsf(source, { fileName: file, makeTitle: (title: string) => title }).parse();
    const title = csf.meta.title as string;
    if (!title.startsWith('Elements/') || WITHOUT_SEEDS.has(title.slice('Elements/'.length))) continue;
    it(`${file} shows every seed workshop under its fixed id and name`, () => {
      const stories = new Map(csf.indexInputs.map((input) => [input.exportName, input]));
      const slug = title.toLowerCase().replace(/\//g, '-');
      for (const seed of SEEDS) {
        const story = stories.get(seed.exportName);
        assert.ok(story, `${file} has no ${seed.exportName} story`);
        assert.equal(story.__id, `${slug}--${seed.id}`);
        assert.equal(story.name ?? seed.exportName, seed.name);
        assert.match(source, new RegExp(`export const ${seed.exportName}: StoryObj = (\\{ name: '${seed.name}', \\.\\.\\.)?seedStory\\('${seed.sample}'[,)]`), `${file}: ${seed.exportName} through seedStory`);
      }
    });
  }
});
