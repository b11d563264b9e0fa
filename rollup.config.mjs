// The drop-in file for a <script type="module"> tag: built from tsc's output in dist/, with lit
// and zod inlined and minified. The npm build (tsc) keeps them as bare imports instead.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: { citequiz: 'dist/cdn.js' },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    sourcemap: true,
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
