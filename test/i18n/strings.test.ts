// A site's own wording (<cite-quiz>'s `strings`): which overrides are used, how placeholders are
// filled, and the warning, naming the key, for each that cannot be used.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { en, type Messages } from '../../src/i18n/messages.js';
import { english } from '../../src/i18n/en-after.js';
import { fr } from '../../src/i18n/fr.js';
import { PLACEHOLDERS, stringsApplier } from '../../src/i18n/strings.js';

/** The catalogue with `strings` applied, and the warnings given on the way. */
function apply(strings: unknown, messages: Messages = english): { t: Messages; warnings: string[] } {
  const warnings: string[] = [];
  const t = stringsApplier(strings, (message) => warnings.push(message))(messages);
  return { t, warnings };
}

describe('the keys a site may override', () => {
  it('are every key of English and of French, no more', () => {
    assert.deepEqual(Object.keys(PLACEHOLDERS).sort(), Object.keys(english).sort());
    assert.deepEqual(Object.keys(PLACEHOLDERS).sort(), Object.keys(fr).sort());
  });

  it('name one placeholder per value a message takes, and none for plain text', () => {
    for (const [key, list] of Object.entries(PLACEHOLDERS)) {
      const value = english[key as keyof Messages];
      const names = list.split(' ').filter(Boolean);
      assert.equal(names.length, typeof value === 'function' ? value.length : 0, key);
      assert.equal(new Set(names).size, names.length, `${key} names a placeholder twice`);
    }
  });
});

describe('strings: overrides that are used', () => {
  it('replace plain text and leave every other string as it was', () => {
    const { t, warnings } = apply({ start: 'Begin the quiz', resultsTitle: 'How you did' });
    assert.deepEqual(warnings, []);
    assert.equal(t.start, 'Begin the quiz');
    assert.equal(t.resultsTitle, 'How you did');
    assert.equal(t.next, 'Next');
    assert.equal(t.progress(2, 5), 'Question 2 of 5');
  });

  it('fill placeholders in any order, as often as written', () => {
    const { t } = apply({ progress: '{count} questions, this is {index} ({index}/{count})' });
    assert.equal(t.progress(2, 5), '5 questions, this is 2 (2/5)');
  });

  it('format numbers in the catalogue language, or in the language the site gives with its wording', () => {
    assert.equal(apply({ partly: '{score}/{max}' }).t.partly(1234.5, 2000), '1,234.5/2,000');
    assert.equal(apply({ partly: '{score}/{max}' }, fr).t.partly(0.5, 2), '0,5/2');
    assert.equal(apply({ lang: 'de', partly: '{score} von {max}' }).t.partly(1.25, 2), '1,25 von 2');
  });

  it('give {time} as minutes and seconds', () => {
    assert.equal(apply({ timeLeft: 'Noch {time}' }).t.timeLeft(605), 'Noch 10:05');
  });

  it('keep what fills a placeholder as it is, markup included', () => {
    assert.equal(apply({ moveUp: '↑ {item} ({position}/{count})' }).t.moveUp('<b>Kyiv</b> {count}', 1, 2), '↑ <b>Kyiv</b> {count} (1/2)');
  });

  it('apply to the start strings alone, as to a whole catalogue, the same object each time', () => {
    const applier = stringsApplier({ start: 'Go', review: 'Look back' }, () => assert.fail('no warning'));
    const start = applier(en);
    assert.equal(start.start, 'Go');
    assert.equal(en.start, 'Start', 'the catalogue itself is untouched');
    assert.equal(applier(en), start);
    assert.equal(applier(english).review, 'Look back');
  });
});

describe('strings: overrides that cannot be used', () => {
  const cases: [string, unknown, RegExp][] = [
    ['an unknown key', { strat: 'Go' }, /^citequiz: strings\.strat is not an interface string: the README lists every key\./],
    ['a key in the wrong case', { Start: 'Go' }, /strings\.Start is not an interface string \(did you mean start\?\)/],
    ['a number', { start: 3 }, /strings\.start must be text \(a string\), not number/],
    ['a function', { progress: (i: number) => `Q${i}` }, /strings\.progress must be text \(a string\), not function/],
    ['an empty string', { next: '  ' }, /strings\.next is empty/],
    ['a missing placeholder', { progress: 'Question {index}' }, /strings\.progress takes \{index\}, \{count\}: \{count\} is missing/],
    ['an unknown placeholder', { progress: 'Question {idx} of {count}' }, /strings\.progress takes \{index\}, \{count\}: \{index\} is missing, \{idx\} is unknown/],
    ['a placeholder where none is taken', { start: 'Start {count}' }, /strings\.start takes no placeholder: \{count\} is unknown/],
    ['a language that is not a tag', { lang: 'German!' }, /strings\.lang is not a language tag/],
  ];
  for (const [what, strings, warning] of cases) {
    it(`${what}: a warning naming the key, and the default wording`, () => {
      const { t, warnings } = apply(strings);
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0]!, warning);
      assert.match(warnings[0]!, /The default wording is shown instead\.$/);
      assert.deepEqual({ ...t }, { ...english });
    });
  }

  it('the others in the same object are used', () => {
    const { t, warnings } = apply({ strat: 'Go', next: 'Onwards', progress: 'Q{index}' });
    assert.equal(warnings.length, 2);
    assert.equal(t.next, 'Onwards');
    assert.equal(t.progress(1, 3), 'Question 1 of 3');
  });

  for (const value of ['Begin', null, ['start']]) {
    it(`strings that is not an object (${JSON.stringify(value)}): one warning, every default`, () => {
      const { t, warnings } = apply(value);
      assert.deepEqual(warnings, ['citequiz: strings must be an object of interface string keys and their text, such as { "start": "Begin" }; it is ignored.']);
      assert.equal(t.start, 'Start');
    });
  }
});
