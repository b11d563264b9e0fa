// custom-elements.json, written on every build. The analyzer sees `dispatchEvent(new QuizXEvent())`
// as an event it cannot name; the @fires lines in the class JSDoc already name each one.
export default {
  globs: ['src/components/**/*.ts', 'src/define/**/*.ts', 'src/events.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [{
    name: 'drop-unnamed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    },
  }],
};
