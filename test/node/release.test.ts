// The release set-up, as far as it can be checked without publishing: the GitHub workflows run what .ci/run
// runs and publish with provenance only from a version tag; prepublishOnly refuses a tarball that lacks what
// the package promises; changesets is configured for this package.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { packageProblems, requiredFiles } from '../../scripts/lib/package-contents.mjs';

const root = new URL('../../', import.meta.url);
const rootPath = root.pathname;
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, { tags?: string[]; branches?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string>; if?: string }>;
}
const workflow = (name: string) => parse(read(`.github/workflows/${name}`)) as Workflow;
const steps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);
const runs = (flow: Workflow) => steps(flow).flatMap((step) => (step.run ? [step.run.trim()] : []));
const publishes = (flow: Workflow) => runs(flow).some((run) => /npm publish/.test(run));

describe('GitHub workflows', () => {
  const release = workflow('release.yml');
  const ci = workflow('ci.yml');

  it('CI runs the same script as local CI on pushes and pull requests, and publishes nothing', () => {
    assert.ok(ci.on.push && 'pull_request' in ci.on);
    assert.ok(runs(ci).includes('bash .ci/run'));
    assert.equal(publishes(ci), false);
    assert.notEqual(ci.permissions?.['id-token'], 'write');
  });

  it('release runs only for version tags', () => {
    assert.deepEqual(Object.keys(release.on), ['push']);
    assert.deepEqual(release.on.push, { tags: ['v*'] });
  });

  it('release checks the tag against package.json, then runs .ci/run, then publishes with provenance', () => {
    const all = runs(release);
    const tagCheck = all.findIndex((run) => run.includes('GITHUB_REF_NAME') && run.includes('package.json'));
    const checks = all.indexOf('bash .ci/run');
    const publish = all.findIndex((run) => /npm publish/.test(run));
    assert.ok(tagCheck >= 0 && checks > tagCheck && publish > checks, `order: tag check ${tagCheck}, .ci/run ${checks}, publish ${publish}`);
    assert.equal(all[publish], 'npm publish --provenance --access public');
    assert.equal(release.permissions?.['id-token'], 'write');
    const setup = steps(release).find((step) => step.uses?.startsWith('actions/setup-node'));
    assert.equal(setup?.with?.['registry-url'], 'https://registry.npmjs.org');
    const publishStep = steps(release).find((step) => step.run?.includes('npm publish'));
    assert.match(publishStep?.env?.NODE_AUTH_TOKEN ?? '', /secrets\.NPM_TOKEN/);
  });

  it('.ci/run still holds the checks the workflows rely on', () => {
    const script = read('.ci/run');
    for (const command of ['npm test', 'npm run build', 'npm run size', 'npm run test:pack', 'npm run test:jekyll', 'npm run test:hugo', 'npm run build-storybook', 'npm run test:storybook']) {
      assert.ok(script.includes(command), command);
    }
  });
});

describe('what a publish checks', () => {
  const pkg = JSON.parse(read('package.json'));

  it('prepublishOnly checks the tarball against the list test:pack uses', () => {
    assert.equal(pkg.scripts.prepublishOnly, 'node scripts/check-package.mjs');
    assert.match(read('scripts/check-package.mjs'), /packageProblems/);
    assert.match(read('scripts/test-pack.mjs'), /packageProblems/);
  });

  it('requires every entry point, export target, command and CDN file', () => {
    const required = requiredFiles(rootPath);
    for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/data/index.js', 'dist/workshop.schema.json', 'bin/workshop-widgets.js', 'dist/node/cli.js', 'custom-elements.json', 'cdn/workshop-widgets.js', 'cdn/autoloader.js', 'cdn/elements/workshop-page.js', 'dist/components/workshop-page/workshop-page.js', 'README.md']) {
      assert.ok(required.includes(file), file);
    }
  });

  it('names what a tarball lacks, and what it should not hold', () => {
    const complete = requiredFiles(rootPath);
    assert.deepEqual(packageProblems(rootPath, complete), []);
    const problems = packageProblems(rootPath, [...complete.filter((file) => file !== 'cdn/workshop-widgets.js' && file !== 'dist/node/cli.js'), 'src/index.ts']);
    assert.deepEqual(problems.sort(), ['missing cdn/workshop-widgets.js', 'missing dist/node/cli.js', 'unexpected src/index.ts']);
  });

  it('changesets versions this package publicly, and the version script keeps src/version.ts in step', () => {
    const config = JSON.parse(read('.changeset/config.json'));
    assert.equal(config.access, 'public');
    assert.equal(config.baseBranch, 'main');
    assert.match(pkg.devDependencies['@changesets/cli'], /^\d+\.\d+\.\d+$/, 'pinned');
    assert.equal(pkg.scripts['version-packages'], 'changeset version && node scripts/sync-version.mjs');
    assert.ok(pkg.files.includes('CHANGELOG.md'));
    assert.match(read('CHANGELOG.md'), new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')}$`, 'm'));
  });
});
