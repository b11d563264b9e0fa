// The drop-in file for a <script type="module"> tag: built from tsc's output in dist/, with lit
// and zod inlined and minified. The npm build (tsc) keeps them as bare imports instead.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Calls `visit` on every node of an ESTree tree. */
function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child.type === 'string') walk(child, visit);
    }
  }
}

/** The template literals in `code` tagged with lit's `tag` (html, css), by their local name. */
function litTemplates(ast, tag) {
  const names = new Set();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || node.source.value !== 'lit') continue;
    for (const spec of node.specifiers) if (spec.imported?.name === tag) names.add(spec.local.name);
  }
  const templates = [];
  if (names.size > 0) {
    walk(ast, (node) => {
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && names.has(node.tag.name)) templates.push(node.quasi);
    });
  }
  return templates;
}

/**
 * `code` with each [start, end, replacement] edit applied (disjoint edits), and its source map,
 * one segment per character, so everything else keeps its exact line and column (rollup does
 * not interpolate between segments).
 */
function edit(code, edits) {
  const mappings = [[]];
  let out = '';
  let line = 0;
  let column = 0;
  /** Writes `text`, each character mapped to where the input is now. */
  const emit = (text) => {
    for (const char of text) {
      mappings.at(-1).push([out.length - (out.lastIndexOf('\n') + 1), 0, line, column]);
      out += char;
      if (char === '\n') mappings.push([]);
    }
  };
  /** Moves past `text` in the input. */
  const pass = (text) => {
    for (const char of text) {
      if (char === '\n') [line, column] = [line + 1, 0];
      else column += char.length;
    }
  };
  let at = 0;
  for (const [start, end, replacement] of [...edits.sort((a, b) => a[0] - b[0]), [code.length, code.length, '']]) {
    for (const char of code.slice(at, start)) {
      emit(char);
      pass(char);
    }
    emit(replacement);
    pass(code.slice(start, end));
    at = end;
  }
  return { code: out, map: { mappings, names: [] } };
}

/**
 * Folds the whitespace and comments of css`` templates that hold no expressions (terser keeps
 * template text as written). The space after a declaration's property goes ("{color: red" and
 * ";color: red" become "color:red"); a selector keeps its own, as "a :hover" is not "a:hover".
 * (Dropping the leading zero of "0.5rem" was measured too: brotli grew by 34 bytes.)
 */
export const minifyCssTemplates = {
  name: 'minify-css-templates',
  transform(code) {
    if (!code.includes('css')) return null;
    const edits = litTemplates(this.parse(code), 'css')
      .filter((quasi) => quasi.quasis.length === 1)
      .map(({ quasis: [{ start, end }] }) => [start, end, code.slice(start, end)
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,])\s*/g, '$1')
        .replace(/;}/g, '}')
        .replace(/([{;][-\w]+): (?=[^{};]*[;}])/g, '$1:')
        .trim()]);
    return edits.length > 0 ? edit(code, edits) : null;
  },
};

/**
 * Folds the indentation of lit html`` templates: each run of HTML whitespace holding a line
 * break becomes one space, which renders as the run did (whitespace collapses) because no
 * template writes text inside a <pre>, a <textarea> or a white-space: pre element (the source
 * reader's text is a binding, not template text).
 */
export const minifyHtmlTemplates = {
  name: 'minify-html-templates',
  transform(code) {
    if (!code.includes('html')) return null;
    const edits = [];
    for (const quasi of litTemplates(this.parse(code), 'html')) {
      for (const { start, end } of quasi.quasis) {
        for (const run of code.slice(start, end).matchAll(/[ \t\r]*\n[ \t\r\n]*/g)) {
          edits.push([start + run.index, start + run.index + run[0].length, ' ']);
        }
      }
    }
    return edits.length > 0 ? edit(code, edits) : null;
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
    minifyHtmlTemplates,
    nodeResolve({ exportConditions: ['production'] }),
    // A second compress pass finds what the first one's inlining exposed (entry -41 B gzip, -59 B
    // brotli); a third gains nothing. The "unsafe" options stay off: unsafe_arrows grew the entry,
    // and pure_getters and keep_fargs: false would take guarantees lit and zod may rely on.
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
}, player];
