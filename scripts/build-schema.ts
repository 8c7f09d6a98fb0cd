/**
 * Writes workshop.schema.json (JSON Schema draft-07) from the valibot WorkshopSchema, for editors and CI.
 * Run: npx tsx scripts/build-schema.ts. The file is committed; test/node/schema.test.ts fails when it drifts.
 * v.check actions (real calendar dates, known zones, safe URLs, references) cannot be expressed and are
 * skipped; regex patterns, enums and descriptions are kept.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { WorkshopSchema } from '../src/data/schema.js';

export const SCHEMA_PATH = fileURLToPath(new URL('../workshop.schema.json', import.meta.url));

/**
 * Closes every object (`additionalProperties: false`), so editors underline a key the schema does not know,
 * as validateWorkshop reports it. `$schema` stays allowed at the top: WorkshopSchema lists it.
 */
function closeObjects(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  if (schema.type === 'object' && schema.properties) schema.additionalProperties = false;
  for (const value of Object.values(schema)) (Array.isArray(value) ? value : [value]).forEach(closeObjects);
}

/**
 * `messages` repeats the same object of message keys for every language; one definition referred to by each
 * keeps the file at a fifth of its size.
 */
function shareMessageWords(schema: Record<string, unknown>): void {
  const messages = (schema.properties as Record<string, { properties?: Record<string, unknown> }>).messages;
  const languages = messages?.properties;
  if (!languages) return;
  const [first] = Object.values(languages);
  if (Object.values(languages).some((words) => JSON.stringify(words) !== JSON.stringify(first))) return;
  schema.definitions = { ...(schema.definitions as object), messageWords: first };
  for (const language of Object.keys(languages)) languages[language] = { $ref: '#/definitions/messageWords' };
}

export function buildWorkshopJsonSchema(): Record<string, unknown> {
  const converted = toJsonSchema(WorkshopSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  closeObjects(converted);
  shareMessageWords(converted);
  const { $schema, ...rest } = converted;
  return {
    $schema,
    $id: 'https://cdn.jsdelivr.net/npm/workshop-widgets/dist/workshop.schema.json',
    title: 'Workshop description',
    description:
      'One academic workshop (dates, call for papers, people, schedule, papers, sponsors) for the workshop-widgets elements. ' +
      'Some rules are checked only at runtime by validateWorkshop: real calendar dates, known time zones, safe links, unique ids and references between entries. ' +
      'Unknown keys are errors here and ignored, with a warning, by the elements.',
    ...rest,
  };
}

export function serializeWorkshopJsonSchema(): string {
  return `${JSON.stringify(buildWorkshopJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_PATH, serializeWorkshopJsonSchema());
  console.log(`wrote ${SCHEMA_PATH}`);
}
