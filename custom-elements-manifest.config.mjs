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

export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/workshop-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [tagsFromFolders(), withoutInternalAttributes()],
};
