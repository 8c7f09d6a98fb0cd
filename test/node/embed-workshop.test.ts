// The demo page embeds its workshop as inline JSON (so nothing jumps while a file loads); the embedding
// must give back exactly the file, even when a string in it contains "</script>".
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { embedWorkshopJson } from '../../scripts/lib/embed-workshop.mjs';

const inlineJson = (html: string) => /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1];

test('the demo page embeds demo/workshops/default.json unchanged', () => {
  const page = new URL('../../demo/index.html', import.meta.url).pathname;
  const html = embedWorkshopJson(readFileSync(page, 'utf8'), page);
  assert.doesNotMatch(html, /data-embed=/);
  const embedded = inlineJson(html);
  assert.ok(embedded, 'the page has inline JSON');
  const file = JSON.parse(readFileSync(new URL('../../demo/workshops/default.json', import.meta.url), 'utf8'));
  assert.deepEqual(JSON.parse(embedded), file);
});

test('a "</script>" inside a JSON string cannot end the script element', () => {
  const dir = mkdtempSync(join(tmpdir(), 'embed-'));
  const workshop = { title: 'Tricky </script><script>alert(1)</script>' };
  writeFileSync(join(dir, 'w.json'), JSON.stringify(workshop));
  const html = embedWorkshopJson('<script type="application/json" data-embed="./w.json"></script>', join(dir, 'page.html'));
  assert.equal(html.match(/<\/script>/g)?.length, 1);
  assert.deepEqual(JSON.parse(inlineJson(html)!), workshop);
});
