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
 * the start screen and the questions). Issue 8's target is 23 KB gzip and 20.5 KB brotli. The
 * budget is a ratchet: today's size plus about 150 bytes, so the entry can only shrink. History:
 * 24.2 KB after the split (issue 8's first round); 30.0 KB once saved progress (+2.0), settings
 * that never fail silently (+2.1), the learner's quiz (+0.5), study mode's hooks (+0.5) and
 * `report` and `strings` (+0.4) had come in; 26,542 gzip and 23,830 brotli after issue 8's second
 * round (the settings' warnings worded in their own chunk, scoring and every action after the
 * first Check moved to the after chunk, locating a bank's problems moved to the messages chunk,
 * #private members, after-only engine functions and the saved-progress id rule out of the entry,
 * duplicate CSS, strings and glue gone).
 */
export const ENTRY_BUDGET = { gzip: 26_700, brotli: 24_000 };

/**
 * Every lazy chunk, by the name before its hash, with its gzip budget: its size when it was
 * added plus a little headroom. A new chunk (study mode, reporting, a language) adds its line
 * here; the size test fails on a chunk without one.
 */
export const CHUNK_BUDGETS_GZIP = {
  /**
   * Everything after the first question: 4,845 bytes when split off; 12,029 with saved progress,
   * the navigator and review; 13,746 once scoring and the controller's after-first-Check actions
   * moved here from the entry (issue 8's second round).
   */
  after: 13_900,
  /** French, start and after strings: 1,687 bytes (each kind of source named, issue 12); 2,273 with saved progress's sentences. */
  fr: 3_300,
  /** The `attempts` limit (the attempt log): 760 bytes today. */
  attempts: 900,
  /**
   * The validator's messages, loaded only when a bank fails: 5,505 bytes (issue 12 added the JSON
   * syntax reader, the closest passage of the source and the advice in every message); 6,124 once
   * locating each problem (engine/locate.ts) moved here from the entry, which only needs to know
   * whether a bank fails (issue 8: entry -471).
   */
  issues: 6_300,
  /** The settings' warnings in words (engine/settings-warnings.ts), loaded only when an attribute is not understood: 786 bytes today. */
  'settings-warnings': 900,
  /** A site's own wording (the `strings` property): checks and placeholders, 1,473 bytes; 1,639 with saved progress's keys; 1,970 with issues 10 and 13's. */
  strings: 2_150,
  /** `report`: picks the adapter and queues events for it: about 690 bytes; 742 with getState/restore for resuming. */
  connect: 750,
  /** engine/reporting.ts, shared by the adapters (SCORM values, xAPI statements): 2,938 bytes; 2,860 once suspend data moved to the scorm chunk. */
  reporting: 3_150,
  /** report="scorm": 1,621 bytes; 2,616 with resuming (the compact snapshot for suspend_data, engine/suspend.ts, and restore on entry=resume); 2,386 once the compact form is checked by readSnapshot alone. */
  scorm: 2_550,
  /** report="xapi": 781 bytes today. */
  xapi: 900,
  /** The LRS queue, shared by xapi and cmi5: 1,125 bytes today. */
  lrs: 1_250,
  /** report="cmi5": 1,680 bytes today. */
  cmi5: 1_850,
  /** Study mode: ts-fsrs (about 6.6 KB), the schedule, its screens and strings: 14,513 bytes today. */
  study: 14_900,
};

/** What each kind of quiz loads, by chunk name (the entry is always first). */
export const QUIZZES = {
  'an English quiz': ['after'],
  'a French quiz': ['fr', 'after'],
  'a SCORM quiz': ['after', 'connect', 'reporting', 'scorm'],
  'an xAPI quiz': ['after', 'connect', 'reporting', 'xapi', 'lrs'],
  'a study session': ['after', 'study', 'issues'],
};

/**
 * Everything an English quiz uses (the entry and the after chunk). Issue 8's target is 27 KB
 * gzip; this is a ratchet at today's size plus about 150: 29,040 bytes after the split; 42,038
 * once saved progress, settings, the learner's quiz and study mode's hooks had come in; 40,285
 * after issue 8's second round.
 */
export const ENGLISH_QUIZ_BUDGET_GZIP = 40_450;

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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * `npm run size -- --why`: the minified characters of dist/cdn/<file> by the module they came
 * from, read off its source map (each mapped segment runs to the next one), largest first.
 */
export function bySource(file) {
  const lines = readFileSync(`${CDN}${file}`, 'utf8').split('\n');
  const { mappings, sources } = JSON.parse(readFileSync(`${CDN}${file}.map`, 'utf8'));
  const chars = new Map();
  let source = 0;
  mappings.split(';').forEach((line, index) => {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',').filter(Boolean)) {
      // Base64 VLQ: 5 bits a digit, low bit first, the 6th bit says "more"; the sign is bit 0.
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        shift += 5;
        if (digit & 32) continue;
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        [value, shift] = [0, 0];
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push([column, fields.length > 1 ? sources[source] : '(unmapped)']);
    }
    segments.forEach(([start, from], i) => {
      const end = segments[i + 1]?.[0] ?? lines[index].length;
      chars.set(from, (chars.get(from) ?? 0) + end - start);
    });
  });
  const name = (from) => from.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
  return [...chars].map(([from, count]) => ({ source: name(from), chars: count })).sort((a, b) => b.chars - a.chars);
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
  const when = {
    after: 'while the start screen shows (or on an error)',
    fr: 'when the language is French',
    issues: 'only when a bank fails (and with study mode: its file checks)',
    strings: 'when a page sets `strings`',
    'settings-warnings': 'only when a setting has something to warn about',
    attempts: 'when `attempts` is set',
    connect: 'when `report` is set',
    reporting: 'when `report` is set',
    scorm: 'report="scorm"',
    xapi: 'report="xapi"',
    cmi5: 'report="cmi5"',
    lrs: 'report="xapi" or "cmi5"',
    study: 'when mode="study" is set',
  };
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
  if (process.argv.includes('--why')) {
    for (const row of rows) {
      console.log(`\n${row.file}, minified characters by source module:`);
      for (const { source, chars } of bySource(row.file)) {
        console.log(`${String(chars).padStart(7)}  ${(100 * chars / row.min).toFixed(1).padStart(5)}%  ${source}`);
      }
    }
  }
}
