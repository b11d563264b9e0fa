// citequiz new --kind: the source's kind written into the skeleton (report when not given, so an
// author sees the field), and a kind that is not one of the five refused in the validator's words.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadBankText } from '../../src/engine/index.js';
import { EXIT } from '../../src/cli/io.js';
import { citequiz, scratch } from './helpers.js';

const at = scratch();
const sourcePath = at('chapter.txt');
writeFileSync(sourcePath, 'Chapter One.\n\nIt was a bright cold day in April, and the clocks were striking thirteen.\n');

const sourceOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')).source;

describe('citequiz new --kind', () => {
  it('writes "kind": "report" when not given, after the title where an author sees it', async () => {
    const out = at('report.json');
    assert.equal((await citequiz('new', '--source', sourcePath, '--title', 'A chapter', '--out', out)).code, 0);
    assert.deepEqual(Object.keys(sourceOf(out)).slice(0, 3), ['title', 'kind', 'text']);
    assert.equal(sourceOf(out).kind, 'report');
  });

  it('writes the kind given, and the bank validates', async () => {
    const out = at('chapter.json');
    const run = await citequiz('new', '--source', sourcePath, '--title', 'A chapter', '--kind', 'chapter', '--out', out);
    assert.equal(run.code, 0, run.err);
    assert.equal(sourceOf(out).kind, 'chapter');
    const loaded = loadBankText(readFileSync(out, 'utf8'));
    assert.ok(loaded.ok && loaded.bank.source.kind === 'chapter');
  });

  it('refuses a kind that is not one of the five, naming them, and writes nothing', async () => {
    const out = at('book.json');
    const run = await citequiz('new', '--source', sourcePath, '--title', 'A chapter', '--kind', 'book', '--out', out);
    assert.equal(run.code, EXIT.usage, run.err);
    assert.match(run.err, /^Not written: .*source\.kind/s);
    for (const kind of ['report', 'article', 'chapter', 'transcript', 'document', 'book']) assert.ok(run.err.includes(`"${kind}"`), run.err);
    assert.equal(existsSync(out), false);
  });
});
