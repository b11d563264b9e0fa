// The drop-in file for a <script type="module"> tag: built from tsc's output in dist/, with lit
// and zod inlined and minified. The npm build (tsc) keeps them as bare imports instead.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * Folds the whitespace and comments of css`` templates that hold no expressions (terser keeps
 * template text as written). Spaces around ":" stay: in a selector "a :hover" is not "a:hover".
 */
const minifyCssTemplates = {
  name: 'minify-css-templates',
  transform(code, id) {
    if (!id.endsWith('.styles.js')) return null;
    return {
      code: code.replace(/css\s*`([^`$]*)`/g, (_, body) => `css\`${body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,])\s*/g, '$1')
        .replace(/;}/g, '}')
        .trim()}\``),
      map: null,
    };
  },
};

export default {
  // The builder's entry imports the player's, so everything the player needs stays in citequiz.js.
  input: { citequiz: 'dist/cdn.js', 'citequiz-builder': 'dist/cdn-builder.js' },
  // Lazy chunks (translations) import shared code straight from citequiz.js, with no facade.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    sourcemap: true,
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  plugins: [
    minifyCssTemplates,
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
