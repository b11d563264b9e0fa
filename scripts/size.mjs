// `npm run size`: the size of what a page loads for the drop-in player (dist/cdn), per file:
// minified, gzip and brotli, and the total a page pays for an English quiz (the entry) and a
// French one (plus its chunk). The budget is checked by test/build/size.test.ts, on these numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const CDN = fileURLToPath(new URL('../dist/cdn/', import.meta.url));

/**
 * Bytes of gzip for the entry, which is all an English quiz loads. A ratchet at today's size,
 * so it can only shrink: issue 5's target of 20 KB is not met (README, "Size").
 */
export const PLAYER_BUDGET_GZIP = 29_000;

export function measure() {
  const files = ['citequiz.js', ...readdirSync(`${CDN}chunks`).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
  return files.map((file) => {
    const bytes = readFileSync(`${CDN}${file}`);
    return {
      file,
      min: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measure();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const line = (cells) => `| ${cells.join(' | ')} |`;
  console.log(line(['file (dist/cdn/)', 'min', 'gzip', 'brotli']));
  console.log(line(['---', '---:', '---:', '---:']));
  for (const row of rows) console.log(line([row.file, kb(row.min), kb(row.gzip), kb(row.brotli)]));
  const entry = rows[0];
  const french = rows.filter((r) => r.file === 'citequiz.js' || r.file.startsWith('chunks/fr-'));
  const sum = (key) => french.reduce((total, r) => total + r[key], 0);
  console.log(line(['**an English quiz loads**', kb(entry.min), kb(entry.gzip), kb(entry.brotli)]));
  console.log(line(['**a French quiz loads**', kb(sum('min')), kb(sum('gzip')), kb(sum('brotli'))]));
  console.log(`\nBudget (gzip, English quiz): ${kb(PLAYER_BUDGET_GZIP)}: ${entry.gzip <= PLAYER_BUDGET_GZIP ? 'within' : 'OVER'}`);
}
