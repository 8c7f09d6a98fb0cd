// A web-test-runner plugin: GET /__prerendered/<name>.html answers test/fixtures/prerender/<name>.html as the
// prerender command writes it (the default workshop inlined, the build clock fixed), so browser tests
// adopt real prerendered HTML made by the current templates.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PRERENDER_NOW = '2027-02-01T12:00:00Z';

export function prerenderFixtures(root) {
  const cache = new Map();
  return {
    name: 'prerender-fixtures',
    serve(context) {
      const match = /^\/__prerendered\/([a-z-]+)\.html$/.exec(context.path);
      if (!match) return undefined;
      if (!cache.has(match[1])) {
        const dir = mkdtempSync(join(tmpdir(), 'ww-prerendered-'));
        mkdirSync(join(dir, 'demo/workshops'), { recursive: true });
        cpSync(join(root, 'demo/workshops/default.json'), join(dir, 'demo/workshops/default.json'));
        const workshop = readFileSync(join(root, 'demo/workshops/default.json'), 'utf8');
        const page = readFileSync(join(root, `test/fixtures/prerender/${match[1]}.html`), 'utf8').replace('WORKSHOP_JSON', () => workshop.replace(/</g, '\\u003c'));
        writeFileSync(join(dir, 'page.html'), page);
        const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/node/cli.ts'), 'prerender', dir, '--now', PRERENDER_NOW, '--quiet'], { cwd: root, encoding: 'utf8' });
        if (run.status !== 0) throw new Error(`prerender failed: ${run.stderr}`);
        cache.set(match[1], readFileSync(join(dir, 'page.html'), 'utf8'));
      }
      return { body: cache.get(match[1]), type: 'text/html' };
    },
  };
}
