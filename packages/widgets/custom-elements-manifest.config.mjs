/**
 * The registration modules call the kit's guarded `defineElement(tag, Class)` rather than
 * `customElements.define`, which the analyzer does not recognise; this plugin reads those calls so every
 * element gets its tag name and a definition export, whatever its JSDoc says.
 */
function kitDefinitions() {
  const found = [];
  return {
    name: 'hrc-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (tag && ctor && ts.isStringLiteral(tag) && ts.isIdentifier(ctor)) {
        found.push({ tag: tag.text, className: ctor.text, module: moduleDoc });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { tag, className, module } of found) {
        for (const mod of customElementsManifest.modules) {
          const declaration = mod.declarations?.find((d) => d.kind === 'class' && d.name === className);
          if (!declaration) continue;
          declaration.customElement = true;
          declaration.tagName = tag;
          module.exports ??= [];
          if (!module.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
            module.exports.push({
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: className, module: mod.path },
            });
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/hrc-element.ts', 'src/define/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.nl.ts'],
  outdir: '.',
  litelement: true,
  plugins: [kitDefinitions()],
};
