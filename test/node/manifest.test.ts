// custom-elements.json (written by `npm run manifest`, which `npm test` runs first) holds each element's public
// API and nothing else: Storybook's docs and controls, docs/reference.md and editors all read it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { actionArgName, argTypesFromDeclaration, declarationOf, type Declaration, type Manifest } from '../../.storybook/manifest-arg-types.js';
import { referencePage } from '../../scripts/reference.mjs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8')) as Manifest;
const tags = readdirSync(new URL('src/components/', root));
const element = (tag: string): Declaration => {
  const declaration = declarationOf(manifest, tag);
  assert.ok(declaration, `<${tag}> is in the manifest`);
  return declaration;
};

describe('custom-elements.json', () => {
  it('lists every element folder as a custom element', () => {
    for (const tag of tags) assert.equal(element(tag).tagName, tag);
  });

  it('leaves out private, protected, static and underscored members, inherited ones included', () => {
    for (const tag of tags) {
      const declaration = element(tag) as Declaration & { members?: { name: string; privacy?: string; static?: boolean }[] };
      const names = (declaration.members ?? []).map((member) => member.name);
      for (const internal of ['dataKeys', 'usesProvider', 'workshopState', 'readerKnown', 'consumer', 'onRetryClick', 'emit', 'renderWorkshop', 'styles']) {
        assert.ok(!names.includes(internal), `<${tag}> lists ${internal}`);
      }
      for (const member of declaration.members ?? []) {
        assert.ok(!member.privacy && !member.static && !/^[_#]/.test(member.name), `<${tag}> lists ${member.name}`);
      }
    }
  });

  it("lists only the events elements fire, not one named after the helper's variable", () => {
    for (const tag of tags) {
      for (const event of element(tag).events ?? []) {
        assert.match(event.name, /^ww-[a-z-]+$/, `<${tag}> lists the event "${event.name}"`);
        assert.ok(event.description, `<${tag}>: ${event.name} has a description`);
      }
    }
    assert.deepEqual(
      element('countdown-deadline').events?.map((event) => event.name),
      ['ww-deadline-passed', 'ww-load', 'ww-error'],
    );
  });

  it('keeps the public API: attributes, inherited properties, methods, parts, slots', () => {
    const countdown = element('countdown-deadline');
    assert.deepEqual(
      countdown.attributes?.map((attribute) => attribute.name),
      ['deadline', 'format', 'hide-date', 'src', 'theme', 'time-zone', 'lang'],
    );
    const members = countdown.members?.map((member) => `${member.kind} ${member.name}`);
    for (const member of ['field data', 'field workshop', 'method retry', 'field hideDate']) assert.ok(members?.includes(member), member);
    assert.ok(countdown.cssParts?.some((part) => part.name === 'countdown'));
    assert.deepEqual(countdown.slots?.map((slot) => slot.name), ['']);
    assert.ok(element('workshop-data').members?.some((member) => member.name === 'reload'));
  });

  it('spells out string-literal aliases, so docs and controls can offer the values', () => {
    const primaryZone = element('workshop-schedule').attributes?.find((attribute) => attribute.name === 'primary-zone');
    assert.equal(primaryZone?.type?.text, "'event' | 'local'");
  });

  it('is what docs/reference.md was generated from', () => {
    assert.equal(readFileSync(new URL('docs/reference.md', root), 'utf8'), referencePage(manifest));
  });
});

describe("Storybook's argTypes from the manifest", () => {
  const argTypes = argTypesFromDeclaration(element('countdown-deadline'));

  it('gives each attribute one row, under its attribute name, with a control of its type', () => {
    assert.deepEqual(argTypes.format?.type, { name: 'enum', value: ['full', 'compact'] });
    assert.deepEqual(argTypes.format?.options, ['full', 'compact']);
    assert.deepEqual(argTypes['hide-date']?.control, { type: 'boolean' });
    assert.deepEqual(argTypes['hide-date']?.type, { name: 'boolean' });
    assert.deepEqual(argTypes['time-zone']?.control, { type: 'text' });
    assert.match(String(argTypes['hide-date']?.description), /Property: `hideDate`/);
    assert.equal(argTypes.hideDate, undefined, 'no second row for the property of an attribute');
    const people = argTypesFromDeclaration(element('people-grid'));
    assert.deepEqual(people.columns?.control, { type: 'number' });
  });

  it('offers the data property as an object control and shows read-only ones without a control', () => {
    assert.deepEqual(argTypes.data?.control, { type: 'object' });
    assert.deepEqual(argTypes.workshop?.control, { disable: true });
    assert.equal(argTypes.workshop?.table?.category, 'properties');
  });

  it('lists events (with an action each), methods, slots, parts and CSS properties', () => {
    assert.equal(argTypes['ww-deadline-passed']?.table?.category, 'events');
    assert.equal(actionArgName('ww-deadline-passed'), 'onWwDeadlinePassed');
    assert.equal(argTypes.onWwDeadlinePassed?.action, 'ww-deadline-passed');
    assert.equal(argTypes['retry()']?.table?.category, 'methods');
    assert.equal(argTypes['slot (default)']?.name, '(default)');
    assert.equal(argTypes['::part(countdown)']?.table?.category, 'css shadow parts');
    assert.deepEqual(argTypes['--countdown-deadline-accent']?.control, { type: 'color' });
  });
});
