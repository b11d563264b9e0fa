// The README's list of interface strings a site may override (<cite-quiz>'s `strings`), made
// from the English catalogue and the placeholder lists in dist/ (run `npm run build` first):
// `node scripts/strings-table.mjs` prints it, `--write` puts it in README.md between its markers.
// test/build/strings-readme.test.ts fails when the README's list is not this one.
import { readFileSync, writeFileSync } from 'node:fs';
import { english } from '../dist/i18n/en-after.js';
import { PLACEHOLDERS } from '../dist/i18n/strings.js';

export const README = new URL('../README.md', import.meta.url);
export const START = '<!-- strings:start (made by scripts/strings-table.mjs) -->';
export const END = '<!-- strings:end -->';

/** The value each placeholder is shown with in the English column. */
const SAMPLES = {
  count: 10, index: 2, item: 'Monday', position: 1, percent: 70, time: 600, status: 404,
  url: 'https://example.org/bank.json', seconds: 15, megabytes: 5, path: 'questions[2].answer',
  id: 'meeting-date', score: 7, max: 10, seed: 'k3x9q2', states: 'current, not answered', text: 'objected',
  right: 2, wrong: 1, of: 3, points: 0.33, moves: 1, items: 5,
  answered: 12, total: 20, minutes: 4, chosen: 'topics', attempt: 2, limit: 3,
};

/** Shown as text in a Markdown table cell: no HTML, no column breaks. */
const cell = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\|/g, '\\|');

/** How a placeholder's sample reads in an override: numbers as in English, `{time}` as m:ss. */
const shown = (name) => (name === 'time' ? '10:00 (600 seconds)' : SAMPLES[name].toLocaleString('en'));

export function stringsTable() {
  const rows = Object.entries(PLACEHOLDERS).map(([key, list]) => {
    const names = list.split(' ').filter(Boolean);
    for (const name of names) if (!(name in SAMPLES)) throw new Error(`scripts/strings-table.mjs: no sample value for {${name}} (${key})`);
    const value = english[key];
    const text = typeof value === 'function' ? value(...names.map((name) => SAMPLES[name])) : value;
    return `| \`${key}\` | ${cell(text)} | ${names.map((name) => `\`{${name}}\` ${cell(shown(name))}`).join(', ')} |`;
  });
  return ['| key | English | placeholders (as in the English example) |', '| --- | --- | --- |', ...rows].join('\n');
}

/** README.md's text with the list between the markers replaced by `table`. */
export function readmeWith(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--write')) {
    writeFileSync(README, readmeWith(readFileSync(README, 'utf8'), stringsTable()));
    console.log('README.md: the list of interface strings written');
  } else {
    console.log(stringsTable());
  }
}
