// The annotated example in the README is real: with its comments removed it is a valid workshop with no issues.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { validateWorkshop } from '../../src/data/issue-messages.js';

test('the annotated README example validates without issues', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = /```jsonc\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'README has a jsonc example');
  const json = block.replace(/\s+\/\/ .*$/gm, '');
  const result = validateWorkshop(JSON.parse(json));
  assert.equal(result.ok, true);
  assert.deepEqual(result.issues, []);
  assert.equal(result.workshop?.roles?.speakers?.length, 1);
});
