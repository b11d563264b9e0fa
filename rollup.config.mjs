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

const player = {
  // The iframe player (player.html loads it): its own few lines, importing the entry as it is.
  input: 'dist/player.js',
  external: (id) => /(^|\/)cdn\.js$/.test(id),
  output: { file: 'dist/cdn/player.js', format: 'es', sourcemap: true, paths: () => './citequiz.js' },
  plugins: [terser({ ecma: 2022, module: true, format: { comments: false } })],
};

export default [{
  input: { citequiz: 'dist/cdn.js' },
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
}, player];
