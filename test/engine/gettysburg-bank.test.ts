// The second sample bank, made with `citequiz new` from a public-domain text: proof that nothing
// is tied to the report. It loads, quotes its own source, covers every type, and lints clean.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadBankText, QUESTION_TYPES, type Question } from '../../src/engine/index.js';
import { lintBank } from '../../src/engine/lint.js';

const SOURCE = readFileSync(new URL('../../questions/source/gettysburg-address.txt', import.meta.url), 'utf8');
const loaded = loadBankText(readFileSync(new URL('../../questions/gettysburg-address.json', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error(loaded.message);
const { bank, evidence } = loaded;

const STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'is', 'it', 'of', 'that', 'the', 'to', 'who']);
const words = (text: string) => (text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []).filter((w) => !STOP_WORDS.has(w));

/**
 * What of a correct answer must stand in its evidence: every content word of a chosen answer, a
 * match's "left right" as one phrase, a cloze's sentence with its blanks filled. True-false and
 * order answers are statements and sequences in the bank's own words; their quotes are checked
 * by loading (each found in the source) and by reading.
 */
function mustBeQuoted(q: Question): { words: string[]; phrases: string[] } {
  switch (q.type) {
    case 'single':
      return { words: q.choices.filter((c) => c.id === q.answer).flatMap((c) => words(c.text)), phrases: [] };
    case 'multiple':
      return { words: q.choices.filter((c) => q.answer.includes(c.id)).flatMap((c) => words(c.text)), phrases: [] };
    case 'match':
      return { words: [], phrases: q.pairs.map((p) => `${p.left} ${p.right}`) };
    case 'cloze':
      return { words: [], phrases: [q.text.replace(/^…/, '').replace(/\{\{(\w+)\}\}/g, (_, id: string) => q.blanks.find((b) => b.id === id)!.accept[0]!)] };
    default:
      return { words: [], phrases: [] };
  }
}

describe('questions/gettysburg-address.json', () => {
  it('embeds questions/source/gettysburg-address.txt exactly, and has nothing of the report', () => {
    assert.equal(bank.source.text, SOURCE);
    assert.equal(bank.id, 'gettysburg-address');
    assert.doesNotMatch(JSON.stringify(bank), /North Korea|Kirby|report/i);
  });

  it('has 10 to 15 questions covering all six types, with its own tags and every difficulty', () => {
    assert.ok(bank.questions.length >= 10 && bank.questions.length <= 15);
    assert.deepEqual(new Set(bank.questions.map((q) => q.type)), new Set(QUESTION_TYPES));
    assert.deepEqual(new Set(bank.questions.flatMap((q) => q.tags ?? [])), new Set(['founding', 'the-war', 'the-ground', 'the-task', 'closing']));
    assert.deepEqual(new Set(bank.questions.map((q) => q.difficulty)), new Set([1, 2, 3]));
  });

  it('grounds every correct answer in its evidence quotes, each found in the source', () => {
    for (const q of bank.questions) {
      assert.equal(evidence.get(q.id)?.length, q.evidence.length, q.id);
      const quoted = q.evidence.join(' ').toLowerCase();
      const quotedWords = new Set(words(quoted));
      const required = mustBeQuoted(q);
      for (const word of required.words) assert.ok(quotedWords.has(word), `${q.id}: "${word}" is not in its evidence`);
      for (const phrase of required.phrases) assert.ok(quoted.includes(phrase.toLowerCase()), `${q.id}: "${phrase}" is not in its evidence`);
    }
  });

  it('lints clean', () => {
    assert.deepEqual(lintBank(bank), []);
  });
});
