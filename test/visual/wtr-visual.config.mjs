// Screenshots of every story, light and dark, at 390 and 1280 px, compared with the baselines committed in
// test/visual/baselines/. Run: npm run test:visual. Accept intended changes: npm run test:visual -- --update-visual-baseline
// (then look at the new PNGs before committing them). Failed comparisons leave the new shot and a diff in
// test/visual/failed/ (gitignored).
import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import base from '../../web-test-runner.config.mjs';

const root = new URL('../../', import.meta.url).pathname;
// VISUAL_STORIES=people-grid runs the story files whose names contain that text.
const storyFiles = readdirSync(`${root}stories`)
  .filter((name) => name.endsWith('.stories.ts') && name.includes(process.env.VISUAL_STORIES ?? ''))
  .sort();

/** A module that imports every story file, so adding a story file adds its screenshots without editing a list. */
function storyIndex() {
  return {
    name: 'visual-story-index',
    serve(context) {
      if (context.path !== '/__visual-stories.js') return undefined;
      const entries = storyFiles.map((file) => `[${JSON.stringify(file.replace('.stories.ts', ''))}, await import('/stories/${file}')]`);
      return { body: `export default [${entries.join(',\n')}];`, type: 'js' };
    },
  };
}

export default {
  ...base,
  files: ['test/visual/stories.visual.test.ts'],
  groups: [],
  // Stories refer to the demo's pictures and workshop files by the paths Storybook serves them at.
  middleware: [
    (context, next) => {
      const match = /^\/(images|workshops)\//.exec(context.url);
      if (match) context.url = `/demo${context.url}`;
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    storyIndex(),
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual',
      getBaselineName: ({ name }) => `baselines/${name}.png`,
      getDiffName: ({ name }) => `failed/${name}-diff.png`,
      getFailedName: ({ name }) => `failed/${name}.png`,
      // Anti-aliasing differs by a few pixels between runs of the same Chromium; a real change moves far more.
      diffOptions: { threshold: 0.2 },
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  testFramework: { config: { timeout: 120000 } },
  // Over 900 screenshots in one test file: about 5 minutes on an idle 2-core machine, far more under load.
  testsFinishTimeout: 30 * 60_000,
};
