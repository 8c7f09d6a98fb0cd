// The data layer is documented as importable in Node (a site's own build can validate its file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const seed = readFileSync(new URL('../../demo/workshops/sim2science-icml2026.json', import.meta.url), 'utf8');

test('src/data/index.ts imports with no DOM and validates a seed', async () => {
  assert.equal((globalThis as { document?: unknown }).document, undefined);
  assert.equal((globalThis as { window?: unknown }).window, undefined);
  const data = await import('../../src/data/index.js');
  const result = data.validateWorkshop(JSON.parse(seed));
  assert.ok(result.ok);
  assert.deepEqual(result.issues, []);
  assert.equal(result.workshop.shortName, 'Sim2Science');
  assert.equal(result.workshop.deadlineTimeZone, 'AoE');
  const deadline = result.workshop.importantDates?.find((d) => d.id === 'submission');
  assert.equal(deadline?.date, '2026-04-24T23:59');
  // 23:59 on 24 April, UTC-12, is 11:59 UTC on 25 April.
  assert.equal(data.zonedTimeToInstant({ year: 2026, month: 4, day: 24, hour: 23, minute: 59 }, 'AoE'), Date.UTC(2026, 3, 25, 11, 59));
});

test('stateFromText and loadWorkshop work in Node (no document.baseURI)', async () => {
  const data = await import('../../src/data/index.js');
  const ready = data.stateFromText(seed, 'sim2science.json');
  assert.equal(ready.status, 'ready');
  const broken = data.stateFromText('{"title": }', 'broken.json');
  assert.equal(broken.status, 'error');
  if (broken.status === 'error') assert.deepEqual([broken.error.kind, broken.error.line, broken.error.column], ['json', 1, 11]);
  const fakeFetch = (async () => new Response(seed, { status: 200 })) as typeof fetch;
  const loaded = await data.loadWorkshop('https://example.org/sim2science.json', { fetch: fakeFetch, reload: true });
  assert.equal(loaded.status, 'ready');
  const missing = await data.loadWorkshop('https://example.org/missing.json', { fetch: (async () => new Response('nope', { status: 404 })) as typeof fetch });
  assert.equal(missing.status, 'error');
  if (missing.status === 'error') assert.equal(missing.error.kind, 'http');
});
