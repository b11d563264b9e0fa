// README's list of the interface strings a site may override is the catalogue's own: every key,
// its English wording and its placeholders, from dist/ (npm test builds it first).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain .mjs script, with no type declarations
import { README, START, END, stringsTable, readmeWith } from '../../scripts/strings-table.mjs';

describe('README: the list of interface strings', () => {
  it('is the one made from the English catalogue (node scripts/strings-table.mjs --write)', () => {
    const readme = readFileSync(README, 'utf8');
    assert.equal(readme, readmeWith(readme, stringsTable()), 'the README list is out of date: run npm run build, then node scripts/strings-table.mjs --write');
  });

  it('has one row per key, with the placeholders its English example fills', () => {
    const readme: string = readFileSync(README, 'utf8');
    const rows = readme.slice(readme.indexOf(START), readme.indexOf(END)).split('\n').filter((line) => line.startsWith('| `'));
    const row = (key: string) => rows.find((line) => line.startsWith(`| \`${key}\` |`));
    assert.ok(rows.length > 60, `only ${rows.length} rows`);
    assert.equal(row('start'), '| `start` | Start |  |');
    assert.equal(row('progress'), '| `progress` | Question 2 of 10 | `{index}` 2, `{count}` 10 |');
    assert.match(row('noBank')!, /&lt;script type="application\/json">/, 'markup in a string is shown as text');
  });
});
