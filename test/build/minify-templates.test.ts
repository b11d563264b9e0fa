// The build's template minifiers (rollup.config.mjs): what they fold in lit's html`` and css``
// templates, what they must leave alone, and that positions after a fold still map exactly.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'rollup/parseAst';
// @ts-expect-error: a plain .mjs config, with no type declarations
import { minifyCssTemplates, minifyHtmlTemplates } from '../../rollup.config.mjs';

interface Result { code: string; map: { mappings: [number, number, number, number][][] } }

const transform = (plugin: { transform(code: string): Result | null }, code: string): Result | null =>
  plugin.transform.call({ parse: (text: string) => parseAst(text) }, code);

describe('minify-html-templates', () => {
  const source = [
    "import { html } from 'lit';",
    'export const view = (name) => html`<p class="greeting">',
    '    Hello, ${name}!',
    '    <b>${"  two  spaces\\n  kept  "}</b>',
    '  </p>`;',
    'export const after = 1;',
  ].join('\n');

  it('folds each run of whitespace holding a line break to one space, in template text only', () => {
    const { code } = transform(minifyHtmlTemplates, source)!;
    assert.match(code, /html`<p class="greeting"> Hello, \$\{name\}! <b>\$\{"  two  spaces\\n  kept  "\}<\/b> <\/p>`;/);
  });

  it('keeps every other token at its exact line and column in the source map', () => {
    const { code, map } = transform(minifyHtmlTemplates, source)!;
    const lines = code.split('\n');
    const line = lines.findIndex((text) => text.includes('export const after'));
    const column = lines[line]!.indexOf('after');
    const segment = map.mappings[line]!.find(([generated]) => generated === column)!;
    assert.deepEqual(segment.slice(2), [5, 'export const '.length], '"after" maps to line 6 of the input');
  });

  it('leaves a tag named html that is not lit\'s alone', () => {
    assert.equal(transform(minifyHtmlTemplates, 'const html = String.raw;\nexport const x = html`a\n    b`;'), null);
  });
});

describe('minify-css-templates', () => {
  it('drops comments, indentation and the space after a property, not the space in a selector', () => {
    const { code } = transform(minifyCssTemplates, [
      "import { css } from 'lit';",
      'export const styles = css`',
      '  /* a comment */',
      '  a :hover, p {',
      '    color: red;',
      '    margin-block: 0 0.5rem;',
      '  }',
      '`;',
    ].join('\n'))!;
    assert.match(code, /css`a :hover,p\{color:red;margin-block:0 0\.5rem\}`/);
  });
});
