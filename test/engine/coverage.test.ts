import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadBank, type TextRange } from '../../src/engine/index.js';
import { nextUntested, sourceCoverage, splitSentences } from '../../src/engine/coverage.js';
import { validBankInput } from '../fixtures/banks.js';

const texts = (text: string, ranges: readonly TextRange[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('cuts at full stops, question and exclamation marks, and line breaks', () => {
    const text = 'A title\n\nDr. Smith met the U.S. envoy on Jan. 3.  “Is it safe?” he asked! Prices rose 3.5 percent.\nLast line';
    assert.deepEqual(texts(text, splitSentences(text)), [
      'A title',
      'Dr. Smith met the U.S. envoy on Jan. 3.',
      '“Is it safe?” he asked!',
      'Prices rose 3.5 percent.',
      'Last line',
    ]);
  });

  it('finds the 28 sentences of the report (counted by hand: a title and 27)', async () => {
    const { readFile } = await import('node:fs/promises');
    const report = await readFile(new URL('../../questions/source/report.txt', import.meta.url), 'utf8');
    const sentences = texts(report, splitSentences(report));
    assert.equal(sentences.length, 28);
    assert.equal(sentences[0], 'The US Accuses North Korea of selling weapons to Russia');
    assert.ok(sentences.includes('During the Security Council meeting, U.S. Ambassador Linda-Thomas Greenfield also spoke out against this issue.'));
  });
});

describe('sourceCoverage', () => {
  // The fixture's source has 4 sentences: (1) the council met, (2) the mayor said unsafe,
  // (3) repairs will take a year, (4) residents objected. Its questions quote:
  // day and sequence: 1; unsafe: 2; who: 2 and 4; streets: 4; repairs: 3.
  const loaded = loadBank(validBankInput());
  if (!loaded.ok) throw new Error(loaded.message);
  const { bank, evidence } = loaded;
  const text = bank.source.text;

  it('counts the sentences the chosen questions quote', () => {
    assert.equal(sourceCoverage(text, evidence, []).tested, 0);
    assert.equal(sourceCoverage(text, evidence, ['day']).tested, 1);
    assert.equal(sourceCoverage(text, evidence, ['day', 'sequence']).tested, 1);
    assert.equal(sourceCoverage(text, evidence, ['who']).tested, 2);
    assert.equal(sourceCoverage(text, evidence, ['who', 'repairs']).tested, 3);
    const all = sourceCoverage(text, evidence, bank.questions.map((q) => q.id));
    assert.equal(all.sentences.length, 4);
    assert.equal(all.tested, 4);
    assert.deepEqual(all.untested, []);
  });

  it('marks each quoted stretch once, merged and in order', () => {
    const coverage = sourceCoverage(text, evidence, ['who', 'streets', 'day']);
    assert.deepEqual(texts(text, coverage.quoted), [
      'On Monday the council met.',
      'The mayor said the bridge was “unsafe”.',
      'Residents’ groups from Alder, Birch and Cedar streets objected.',
    ]);
  });

  it('joins consecutive untested sentences into one passage, and walks through them', () => {
    const coverage = sourceCoverage(text, evidence, ['repairs']);
    assert.deepEqual(texts(text, coverage.untested), [
      'On Monday the council met.\u00a0The mayor said the bridge was “unsafe”.', // the fixture has a no-break space there
      'Residents’ groups from Alder, Birch and Cedar streets objected.',
    ]);
    const first = nextUntested(coverage, -1)!;
    assert.equal(first.start, 0);
    const second = nextUntested(coverage, first.start)!;
    assert.equal(text.slice(second.start, second.end), 'Residents’ groups from Alder, Birch and Cedar streets objected.');
    assert.deepEqual(nextUntested(coverage, second.start), first, 'wraps to the first');
    assert.equal(nextUntested(sourceCoverage(text, evidence, bank.questions.map((q) => q.id)), 0), null);
  });

  it('does not join untested sentences across a paragraph break', () => {
    const source = 'One. Two.\n\nThree.';
    const coverage = sourceCoverage(source, new Map(), []);
    assert.deepEqual(texts(source, coverage.untested), ['One. Two.', 'Three.']);
  });
});
