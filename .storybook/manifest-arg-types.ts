// The docs tables and controls of every element, from custom-elements.json (itself generated from each
// element's JSDoc, internal members already removed by custom-elements-manifest.config.mjs). Storybook's own
// extraction lists each attribute twice (as attribute and as property), leaves the default slot out and gives
// controls no usable type (and extracted argTypes are not normalized: controls must be objects here); this one lists each attribute once with a control that matches its type, so that
// controls and `args=` in the URL both work.
import type { ArgTypes } from '@storybook/web-components-vite';

interface Item {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  readonly?: boolean;
  kind?: string;
  fieldName?: string;
  attribute?: string;
  static?: boolean;
  parameters?: { name: string; type?: { text?: string } }[];
  return?: { type?: { text?: string } };
}
export interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

export function declarationOf(manifest: Manifest, tag: string): Declaration | undefined {
  return manifest.modules.flatMap((mod) => mod.declarations ?? []).find((declaration) => declaration.tagName === tag);
}

type ArgType = ArgTypes[string];
// Storybook normalizes the shorthand `control: false` only in stories' own argTypes, not in extracted ones.
const NO_CONTROL = { disable: true } as const;

/** A control, and a type Storybook can map `args=` URL values to, from the TypeScript type in the manifest. */
function controlFor(typeText: string): Pick<ArgType, 'type' | 'control' | 'options'> {
  const parts = typeText.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part))) {
    const options = parts.map((part) => part.slice(1, -1));
    return { type: { name: 'enum', value: options }, control: { type: options.length <= 4 ? 'inline-radio' : 'select' }, options };
  }
  if (parts.length === 1 && parts[0] === 'boolean') return { type: { name: 'boolean' }, control: { type: 'boolean' } };
  if (parts.length === 1 && parts[0] === 'number') return { type: { name: 'number' }, control: { type: 'number' } };
  if (parts.length === 1 && parts[0] === 'string') return { type: { name: 'string' }, control: { type: 'text' } };
  return { type: { name: 'object', value: {} }, control: { type: 'object' } };
}

const summary = (text?: string) => (text ? { summary: text } : undefined);

/** `ww-deadline-passed` → `onWwDeadlinePassed`, the arg Storybook's actions fill for that event. */
export const actionArgName = (event: string) => `on${event.replace(/(^|-)([a-z0-9])/g, (_match, _dash, letter: string) => letter.toUpperCase())}`;

export function argTypesFromDeclaration(declaration: Declaration): ArgTypes {
  const argTypes: ArgTypes = {};
  const fields = new Map((declaration.members ?? []).filter((member) => member.kind === 'field').map((member) => [member.name, member]));

  for (const attribute of declaration.attributes ?? []) {
    const field = attribute.fieldName ? fields.get(attribute.fieldName) : undefined;
    const typeText = attribute.type?.text ?? field?.type?.text ?? 'string';
    const property = attribute.fieldName && attribute.fieldName !== attribute.name ? `\n\nProperty: \`${attribute.fieldName}\`.` : '';
    argTypes[attribute.name] = {
      name: attribute.name,
      description: `${attribute.description ?? field?.description ?? ''}${property}`,
      ...controlFor(typeText),
      table: { category: 'attributes', type: summary(typeText), defaultValue: summary(attribute.default ?? field?.default) },
    };
  }

  const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
  for (const field of fields.values()) {
    if (attributeFields.has(field.name)) continue;
    const typeText = field.type?.text ?? 'unknown';
    argTypes[field.name] = {
      name: field.name,
      description: `${field.description ?? ''}${field.readonly ? '\n\nRead-only.' : ''}`,
      ...(field.readonly ? { control: NO_CONTROL } : controlFor(typeText)),
      table: { category: 'properties', type: summary(typeText), defaultValue: summary(field.default) },
    };
  }

  for (const method of (declaration.members ?? []).filter((member) => member.kind === 'method')) {
    const parameters = (method.parameters ?? []).map((parameter) => `${parameter.name}: ${parameter.type?.text ?? 'unknown'}`).join(', ');
    argTypes[`${method.name}()`] = {
      name: `${method.name}()`,
      description: method.description ?? '',
      control: NO_CONTROL,
      table: { category: 'methods', type: summary(`(${parameters}) => ${method.return?.type?.text ?? 'void'}`) },
    };
  }

  for (const event of declaration.events ?? []) {
    argTypes[event.name] = { name: event.name, description: event.description ?? '', control: NO_CONTROL, table: { category: 'events', type: summary('CustomEvent') } };
    // Shown in the Actions panel whenever the element fires it (stories/element-story.ts listens).
    argTypes[actionArgName(event.name)] = { action: event.name, table: { disable: true } };
  }

  for (const slot of declaration.slots ?? []) {
    const name = slot.name || '(default)';
    argTypes[`slot ${name}`] = { name, description: slot.description ?? '', control: NO_CONTROL, table: { category: 'slots' } };
  }

  for (const part of declaration.cssParts ?? []) {
    argTypes[`::part(${part.name})`] = { name: part.name, description: part.description ?? '', control: NO_CONTROL, table: { category: 'css shadow parts' } };
  }

  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = {
      name: property.name,
      description: property.description ?? '',
      type: { name: 'string' },
      control: { type: /colou?r|accent|background|marker/.test(property.name + (property.description ?? '')) ? 'color' : 'text' },
      table: { category: 'css custom properties' },
    };
  }
  return argTypes;
}

/** The docs page's introduction: the summary, the long description, and how a page uses the tag. */
export function descriptionFromDeclaration(declaration: Declaration): string {
  const tag = declaration.tagName!;
  const usage =
    tag === 'workshop-data'
      ? `<workshop-data src="/workshop.json">\n  <workshop-header></workshop-header>\n  <workshop-dates></workshop-dates>\n</workshop-data>`
      : `<workshop-data src="/workshop.json">\n  <${tag}></${tag}>\n</workshop-data>\n\n<!-- or on its own -->\n<${tag} src="/workshop.json"></${tag}>`;
  return [declaration.summary && `**${declaration.summary}**`, declaration.description, '```html\n' + usage + '\n```'].filter(Boolean).join('\n\n');
}
