// The one list of what may change when a prerendered page is taken over (test/helpers/reader-dependent.mjs),
// shared by the browser test and the Jekyll and Hugo checks: what it lets through and what it does not, on
// mutations in the form scripts/lib/takeover.mjs records.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isReaderDependentMutation, namesOfNode, type Step, type TakeoverMutation } from '../helpers/reader-dependent.mjs';

const step = (tag: string, part?: string, ...classes: string[]): Step => ({ tag, part, classes });
const mutation = (type: MutationRecordType, path: Step[], extra: Partial<TakeoverMutation> = {}): TakeoverMutation => ({ type, path, nodes: [], ...extra });

describe('reader-dependent mutations', () => {
  it('allows changes inside a part or class that depends on the reader, at any depth', () => {
    assert.ok(isReaderDependentMutation(mutation('characterData', [step('ol', 'list'), step('li'), step('span', 'relative')])));
    assert.ok(isReaderDependentMutation(mutation('characterData', [step('p', undefined, 'when', 'muted'), step('time')])));
    // A part list: "star starred" is the star.
    assert.ok(isReaderDependentMutation(mutation('attributes', [step('li', 'item'), step('button', 'star starred')], { attribute: 'aria-pressed' })));
    assert.ok(isReaderDependentMutation(mutation('childList', [step('label', undefined, 'zone-switch')])));
  });

  it('allows adding or removing nodes that are all reader-dependent, such as the My schedule button', () => {
    const actions = [step('div', 'toolbar', 'toolbar'), step('div', undefined, 'actions')];
    assert.ok(isReaderDependentMutation(mutation('childList', actions, { nodes: ['+button[part=my-schedule].button'] })));
    assert.ok(!isReaderDependentMutation(mutation('childList', actions, { nodes: ['+button[part=my-schedule].button', '+p[part=export-note].muted'] })));
    assert.deepEqual(namesOfNode('+span.as-of.muted'), ['as-of', 'muted']);
  });

  it('allows only the layout hints a browser sets: grid columns and the sizes of paper groups', () => {
    assert.ok(isReaderDependentMutation(mutation('attributes', [step('ul', 'grid', 'grid')], { attribute: 'style' })));
    assert.ok(isReaderDependentMutation(mutation('attributes', [step('ol', 'list'), step('li')], { attribute: 'style' })));
    assert.ok(!isReaderDependentMutation(mutation('attributes', [step('ul', 'grid', 'grid')], { attribute: 'class' })));
    assert.ok(!isReaderDependentMutation(mutation('attributes', [step('li')], { attribute: 'style' })));
  });

  it('refuses everything that comes from the workshop file', () => {
    assert.ok(!isReaderDependentMutation(mutation('characterData', [step('ul', 'grid'), step('li', 'card'), step('h3', 'name')])));
    assert.ok(!isReaderDependentMutation(mutation('childList', [step('section', 'day')], { nodes: ['+#text'] })));
    assert.ok(!isReaderDependentMutation(mutation('attributes', [step('a', 'link')], { attribute: 'href' })));
  });
});
