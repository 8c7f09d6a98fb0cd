// Tags are registered through defineElement() in <tag>.ts, which the analyzer does not follow; the folder
// name is the tag by convention, so the manifest takes it from the path.
function tagsFromFolders() {
  return {
    name: 'workshop-widgets-tags-from-folders',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const match = /^src\/components\/([a-z]+(?:-[a-z]+)+)\/\1\.component\.ts$/.exec(mod.path);
        if (!match) continue;
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          declaration.tagName = match[1];
          declaration.customElement = true;
          mod.exports = [...(mod.exports ?? []), { kind: 'custom-element-definition', name: match[1], declaration: { name: declaration.name, module: mod.path } }];
        }
      }
    },
  };
}

// Attributes of Lit's hydration protocol that WorkshopElement observes; pages never write them by hand.
const INTERNAL_ATTRIBUTES = new Set(['defer-hydration']);

function withoutInternalAttributes() {
  return {
    name: 'workshop-widgets-internal-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !INTERNAL_ATTRIBUTES.has(attribute.name));
      }
    },
  };
}

/**
 * `this.dispatchEvent(new CustomEvent(name, …))` inside a helper such as WorkshopElement's `emit()` makes the
 * analyzer invent an event called after the variable (`name`). Events are documented with `@fires` on each
 * element, so an event whose name is not a string literal is dropped unless a `@fires` tag declares it.
 */
function withoutEventsNamedByVariables() {
  return {
    name: 'workshop-widgets-events-named-by-variables',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const variableNames = new Set();
      const visit = (child) => {
        if (ts.isNewExpression(child) && /(^|\.)dispatchEvent$/.test(child.parent?.expression?.getText?.() ?? '')) {
          const [first] = child.arguments ?? [];
          if (first && !ts.isStringLiteral(first) && !ts.isNoSubstitutionTemplateLiteral(first)) variableNames.add(first.getText());
        }
        ts.forEachChild(child, visit);
      };
      ts.forEachChild(node, visit);
      if (variableNames.size === 0) return;
      const declared = new Set(
        ts.getJSDocTags(node).filter((tag) => ['fires', 'event'].includes(tag.tagName.text)).map((tag) => String(tag.comment ?? '').split(/\s/)[0]),
      );
      const doc = moduleDoc.declarations?.find((declaration) => declaration.name === node.name.text);
      if (doc?.events) doc.events = doc.events.filter((event) => !variableNames.has(event.name) || declared.has(event.name));
    },
  };
}

/**
 * A property typed with a local alias of string literals (`type ZoneChoice = 'event' | 'local'`) is listed with
 * the literals, so the docs show the allowed values and Storybook offers them as options.
 */
function expandStringUnionAliases() {
  const aliasesByModule = new Map();
  return {
    name: 'workshop-widgets-string-union-aliases',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      if (!node.type.types.every((type) => ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal))) return;
      const aliases = aliasesByModule.get(moduleDoc.path) ?? new Map();
      aliases.set(node.name.text, node.type.types.map((type) => `'${type.literal.text}'`).join(' | '));
      aliasesByModule.set(moduleDoc.path, aliases);
    },
    moduleLinkPhase({ moduleDoc }) {
      const aliases = aliasesByModule.get(moduleDoc.path);
      if (!aliases) return;
      for (const declaration of moduleDoc.declarations ?? []) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          if (item.type?.text && aliases.has(item.type.text)) item.type = { ...item.type, text: aliases.get(item.type.text) };
        }
      }
    },
  };
}

/** A name that is not part of an element's API: TypeScript `private`/`protected`, `#private` or `_underscored`. */
const isInternal = (member) => (member.privacy && member.privacy !== 'public') || /^[_#]/.test(member.name);

/**
 * Only the public API reaches the manifest (and from it the docs, the README reference and Storybook's
 * controls): no private or protected members (`dataKeys`, `usesProvider`, timers, handlers), no statics
 * (`styles`), and no attribute whose property is internal. Runs after inheritance has been applied.
 */
function publicApiOnly() {
  return {
    name: 'workshop-widgets-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
        if (declaration.kind !== 'class') continue;
        const internal = new Set((declaration.members ?? []).filter((member) => isInternal(member) || member.static).map((member) => member.name));
        if (declaration.members) declaration.members = declaration.members.filter((member) => !internal.has(member.name));
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !(attribute.fieldName && internal.has(attribute.fieldName)));
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && !isInternal(event));
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/workshop-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [tagsFromFolders(), withoutInternalAttributes(), withoutEventsNamedByVariables(), expandStringUnionAliases(), publicApiOnly()],
};
