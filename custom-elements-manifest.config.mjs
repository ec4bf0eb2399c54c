// Read by `cem analyze` (scripts/manifest.mjs): the public contract of every element,
// from the JSDoc headers and reactive properties in src/.

/**
 * Keeps the manifest to what a site may use, in a stable order. Internal reactive state is declared in
 * `static properties` with `state: true`, which the analyzer would otherwise list as
 * attributes, and private or protected members would show up as Storybook controls.
 */
function publicApiOnly() {
  return {
    name: 'public-api-in-stable-order',
    packageLinkPhase({ customElementsManifest }) {
      // Directory listing order differs between machines; the committed file must not.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
          );
          const fields = new Set(declaration.members.map((member) => member.name));
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !attribute.fieldName || fields.has(attribute.fieldName));
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.strings.ts', 'src/**/*.styles.ts', 'src/shared/theme.ts', 'src/shared/ui/**'],
  litelement: true,
  // package.json's `customElements` field is written by hand; the --check run must not rewrite it.
  packagejson: false,
  plugins: [publicApiOnly()],
};
