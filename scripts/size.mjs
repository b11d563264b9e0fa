// `npm run size`: what a page loads for the drop-in player (dist/cdn), file by file (minified,
// gzip -9, brotli 11), each against its budget: the entry (everything before the first question,
// the critical path), every lazy chunk, and the total an English and a French quiz use.
// test/build/size.test.ts checks the same budgets on the same numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const CDN = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const KB = 1024;

/**
 * The entry, citequiz.js: the critical path (lit, zod/mini, the schema and validator, loading,
 * the start screen and the questions). Issue 8's target is 23 KB gzip and 20.5 KB brotli; this
 * is today's size (24,104 and 21,704 bytes, with the lean schema and the messages moved out)
 * plus about 200: a ratchet, so the entry can only shrink towards the target.
 */
export const ENTRY_BUDGET = { gzip: 24_300, brotli: 21_900 };

/**
 * Every lazy chunk, by the name before its hash, with its gzip budget: its size when it was
 * added plus a little headroom. A new chunk (study mode, reporting, a language) adds its line
 * here; the size test fails on a chunk without one.
 */
export const CHUNK_BUDGETS_GZIP = {
  /**
   * Feedback, confirmation, results and review, reader, timer, error screen: 4,822 bytes when
   * added; 9,118 with issue 13 (the navigator and flags, the review's filter, index and per-row
   * marks, partial credit explained, the learner-facing error, their strings, and the scoring
   * rules, moved here from the entry: about 700 bytes of it).
   */
  after: 9_350,
  /** French, start and after strings: 1,556 bytes when added; 2,261 with issue 13's strings. */
  fr: 2_400,
  /** The validator's messages, loaded only when a bank fails: 2,195 bytes today. */
  issues: 2_400,
};

/** What each kind of quiz loads, by chunk name (the entry is always first). */
export const QUIZZES = {
  'an English quiz': ['after'],
  'a French quiz': ['fr', 'after'],
};

/**
 * Everything an English quiz uses (the entry and the after chunk). Issue 8's target is 27 KB
 * gzip; this was 28,926 bytes before issue 13, 33,415 with it (the after chunk's growth, above),
 * plus about 250: a ratchet.
 */
export const ENGLISH_QUIZ_BUDGET_GZIP = 33_650;

/** "chunks/after-8bLFloY8.js" → "after" (rollup's hashes are 8 characters). */
export const chunkName = (file) => file.match(/^chunks\/(.+)-[\w-]{8}\.js$/)?.[1] ?? file;

export function measure() {
  const files = ['citequiz.js', ...readdirSync(`${CDN}chunks`).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
  return files.map((file) => {
    const bytes = readFileSync(`${CDN}${file}`);
    return {
      file,
      name: file === 'citequiz.js' ? 'entry' : chunkName(file),
      min: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

/** The rows a quiz loads: the entry and its chunks. */
export function quizRows(rows, chunkNames) {
  return rows.filter((row) => row.name === 'entry' || chunkNames.includes(row.name));
}

export const total = (rows, key) => rows.reduce((sum, row) => sum + row[key], 0);

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measure();
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  const line = (cells) => console.log(`| ${cells.join(' | ')} |`);
  const verdict = (size, budget) => (size <= budget ? 'within' : '**OVER**');
  line(['file (dist/cdn/)', 'loaded', 'min', 'gzip', 'brotli', 'budget', '']);
  line(['---', '---', '---:', '---:', '---:', '---:', '---']);
  const entry = rows.find((row) => row.name === 'entry');
  line(['citequiz.js', 'first: the critical path', kb(entry.min), kb(entry.gzip), kb(entry.brotli),
    `${kb(ENTRY_BUDGET.gzip)} gzip, ${kb(ENTRY_BUDGET.brotli)} br`,
    entry.gzip <= ENTRY_BUDGET.gzip && entry.brotli <= ENTRY_BUDGET.brotli ? 'within' : '**OVER**']);
  const when = { after: 'while the start screen shows (or on an error)', fr: 'when the language is French', issues: 'only when a bank fails' };
  for (const row of rows.filter((r) => r.name !== 'entry')) {
    const budget = CHUNK_BUDGETS_GZIP[row.name];
    line([row.file, when[row.name] ?? 'when used', kb(row.min), kb(row.gzip), kb(row.brotli),
      budget === undefined ? 'none' : kb(budget), budget === undefined ? '**NO BUDGET**' : verdict(row.gzip, budget)]);
  }
  for (const [quiz, chunkNames] of Object.entries(QUIZZES)) {
    const loaded = quizRows(rows, chunkNames);
    const budget = quiz === 'an English quiz' ? ENGLISH_QUIZ_BUDGET_GZIP : undefined;
    line([`**${quiz} uses**`, ['entry', ...chunkNames].join(' + '), kb(total(loaded, 'min')), kb(total(loaded, 'gzip')), kb(total(loaded, 'brotli')),
      budget === undefined ? '' : kb(budget), budget === undefined ? '' : verdict(total(loaded, 'gzip'), budget)]);
  }
  const english = total(quizRows(rows, QUIZZES['an English quiz']), 'gzip');
  const gap = (size, target) => (size <= target ? 'met' : `${kb(size - target)} over`);
  console.log(`\nIssue 8's targets: entry ≤ 23.0 KB gzip (${gap(entry.gzip, 23 * KB)}) and ≤ 20.5 KB brotli (${gap(entry.brotli, 20.5 * KB)}); an English quiz ≤ 27.0 KB gzip (${gap(english, 27 * KB)}).`);
}
