// The published package: every entry of package.json's exports map resolves to a built file,
// and the module entries load in Node (the engine and the classes define nothing there).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

describe('package.json', () => {
  for (const [entry, target] of Object.entries<string | { types: string; default: string }>(pkg.exports)) {
    it(`exports "${entry}" to files that exist`, () => {
      const files = typeof target === 'string' ? [target] : [target.types, target.default];
      for (const file of files) assert.ok(existsSync(new URL(file, root)), `${entry}: ${file} is missing`);
    });
  }

  it('lists types first in each conditional export, as TypeScript requires', () => {
    for (const target of Object.values<object | string>(pkg.exports)) {
      if (typeof target === 'object') assert.equal(Object.keys(target)[0], 'types');
    }
  });

  it('loads citequiz and citequiz/engine in Node', async () => {
    const main = await import('citequiz');
    const engine = await import('citequiz/engine');
    assert.equal(typeof main.CiteQuiz, 'function');
    assert.equal(typeof engine.loadBank, 'function');
  });

  it('points bin and customElements at built files', () => {
    assert.ok(existsSync(new URL(pkg.bin.citequiz, root)));
    assert.ok(existsSync(new URL(pkg.customElements, root)));
  });
});
