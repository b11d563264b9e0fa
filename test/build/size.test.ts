// The size budgets of the drop-in player (scripts/size.mjs), checked on gzip and brotli sizes of
// the built files (stable, unlike times). npm test builds dist/ first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  CHUNK_BUDGETS_GZIP, ENGLISH_QUIZ_BUDGET_GZIP, ENTRY_BUDGET, QUIZZES, measure, quizRows, total,
  // @ts-expect-error: a plain .mjs script, with no type declarations
} from '../../scripts/size.mjs';

interface Row { file: string; name: string; gzip: number; brotli: number }

describe('size of the drop-in player', () => {
  const rows: Row[] = measure();
  const read = (file: string) => readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url), 'utf8');
  const chunk = (name: string) => rows.find((r) => r.name === name)!;

  it(`keeps the entry (before the first question) within ${ENTRY_BUDGET.gzip} bytes gzip and ${ENTRY_BUDGET.brotli} brotli`, () => {
    const entry = chunk('entry');
    assert.ok(entry.gzip <= ENTRY_BUDGET.gzip, `citequiz.js is ${entry.gzip} bytes gzipped, over ${ENTRY_BUDGET.gzip}`);
    assert.ok(entry.brotli <= ENTRY_BUDGET.brotli, `citequiz.js is ${entry.brotli} bytes in brotli, over ${ENTRY_BUDGET.brotli}`);
  });

  it('gives every lazy chunk a budget, and keeps each within it', () => {
    const chunks = rows.filter((r) => r.name !== 'entry');
    assert.deepEqual(chunks.map((r) => r.name).sort(), Object.keys(CHUNK_BUDGETS_GZIP).sort(), 'a chunk without a budget line in scripts/size.mjs, or a budget without its chunk');
    for (const row of chunks) assert.ok(row.gzip <= CHUNK_BUDGETS_GZIP[row.name], `${row.file} is ${row.gzip} bytes gzipped, over ${CHUNK_BUDGETS_GZIP[row.name]}`);
  });

  it(`keeps everything an English quiz uses within ${ENGLISH_QUIZ_BUDGET_GZIP} bytes gzip`, () => {
    const used = total(quizRows(rows, QUIZZES['an English quiz']), 'gzip');
    assert.ok(used <= ENGLISH_QUIZ_BUDGET_GZIP, `an English quiz uses ${used} bytes gzipped, over ${ENGLISH_QUIZ_BUDGET_GZIP}`);
  });

  it('keeps the after screens and their English strings out of the entry, in the after chunk', () => {
    for (const text of ['Submit your answers?', 'Show in the report', 'This quiz could not be loaded', 'Details for the teacher']) {
      assert.ok(read(chunk('after').file).includes(text), `"${text}" is not in the after chunk`);
      assert.ok(!read('citequiz.js').includes(text), `"${text}" is in the entry`);
    }
    assert.ok(read('citequiz.js').includes('Check answer'), 'the first question\'s strings are in the entry');
  });

  it('keeps study mode (ts-fsrs, the schedule, its screens) out of the entry and the after chunk, in the study chunk', () => {
    // scheduled_days: a field of ts-fsrs's cards; citequiz-study: the progress file's format; then a study string.
    for (const text of ['scheduled_days', 'citequiz-study', 'Study ahead']) {
      assert.ok(read(chunk('study').file).includes(text), `"${text}" is not in the study chunk`);
      for (const other of ['citequiz.js', chunk('after').file]) assert.ok(!read(other).includes(text), `"${text}" is in ${other}`);
    }
  });

  it('keeps the settings\' warnings in words out of the entry and the after chunk, in a chunk of their own', () => {
    for (const text of ['is not a percent', 'is not one of', 'asks for more than the']) {
      assert.ok(read(chunk('settings-warnings').file).includes(text), `"${text}" is not in the settings-warnings chunk`);
      for (const other of ['citequiz.js', chunk('after').file]) assert.ok(!read(other).includes(text), `"${text}" is in ${other}`);
    }
  });

  it('keeps the French strings, start and after, in a chunk of their own', () => {
    for (const text of ['Commencer', 'Envoyer vos réponses ?']) {
      assert.ok(read(chunk('fr').file).includes(text), `"${text}" is not in the French chunk`);
      for (const other of ['citequiz.js', chunk('after').file]) assert.ok(!read(other).includes(text), `"${text}" is in ${other}`);
    }
  });
});
