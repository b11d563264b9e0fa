// The size budget of the drop-in player, checked on gzip sizes of the built files (stable,
// unlike times). npm test builds dist/ first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain .mjs script, with no type declarations
import { measure, PLAYER_BUDGET_GZIP } from '../../scripts/size.mjs';

describe('size of the drop-in player', () => {
  const rows: { file: string; gzip: number }[] = measure();

  it(`loads at most ${PLAYER_BUDGET_GZIP} bytes of gzip for an English quiz`, () => {
    const entry = rows.find((r) => r.file === 'citequiz.js')!;
    assert.ok(entry.gzip <= PLAYER_BUDGET_GZIP, `citequiz.js is ${entry.gzip} bytes gzipped, over the budget of ${PLAYER_BUDGET_GZIP}`);
  });

  it('keeps the French strings out of the entry, in a chunk of their own', () => {
    const french = rows.find((r) => r.file.startsWith('chunks/fr-'));
    assert.ok(french, rows.map((r) => r.file).join(', '));
    const read = (file: string) => readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url), 'utf8');
    assert.ok(read(french.file).includes('Commencer'));
    assert.ok(!read('citequiz.js').includes('Commencer'), 'a French string is in the entry');
  });
});
