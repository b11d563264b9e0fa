import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clampPassMark, creditBreakdown, isAnswered, outcomeOf, scoreAttempt, scoreQuestion, type Question } from '../../src/engine/index.js';
import { validBank } from '../fixtures/banks.js';

const bank = validBank();
const question = (id: string): Question => bank.questions.find((q) => q.id === id)!;
const score = (id: string, response: unknown) => scoreQuestion(question(id), response).score;

describe('scoring per type', () => {
  it('single: the answer or nothing', () => {
    assert.equal(score('day', 'mon'), 1);
    assert.equal(score('day', 'tue'), 0);
    assert.equal(score('day', undefined), 0);
    assert.equal(score('day', ['mon']), 0);
  });

  it('true-false: the boolean, not a look-alike', () => {
    assert.equal(score('unsafe', true), 1);
    assert.equal(score('unsafe', false), 0);
    assert.equal(score('unsafe', 'true'), 0);
  });

  it('multiple: (right − wrong) ÷ rights, floored at 0', () => {
    const table: [unknown, number][] = [
      [['alder', 'birch', 'cedar'], 1],
      [['alder', 'birch'], 0.6667],
      [['alder'], 0.3333],
      [['alder', 'birch', 'cedar', 'elm'], 0.6667], // every choice picked
      [['alder', 'elm'], 0],
      [['elm'], 0], // only a wrong pick: floored, never negative
      [[], 0], // nothing picked
      [['alder', 'alder', 'alder'], 0.3333], // a repeated pick counts once
      [['alder', 'unknown-id'], 0.3333], // an id that is no choice is ignored
      ['alder', 0],
    ];
    for (const [response, expected] of table) assert.equal(score('streets', response), expected, JSON.stringify(response));
  });

  it('multiple, all-or-nothing: only the exact set scores', () => {
    const q = { ...question('streets'), scoring: 'all-or-nothing' } as Question;
    assert.equal(scoreQuestion(q, ['alder', 'birch', 'cedar']).score, 1);
    assert.equal(scoreQuestion(q, ['alder', 'birch']).score, 0);
    assert.equal(scoreQuestion(q, ['alder', 'birch', 'cedar', 'elm']).score, 0);
  });

  it('match: credit per correct pair; a distractor earns nothing', () => {
    assert.equal(score('who', { mayor: 'called the bridge unsafe', groups: 'objected' }), 1);
    assert.equal(score('who', { mayor: 'called the bridge unsafe', groups: 'approved the repairs' }), 0.5);
    assert.equal(score('who', { mayor: 'objected', groups: 'called the bridge unsafe' }), 0);
    assert.equal(score('who', {}), 0);
    assert.equal(score('who', null), 0);
  });

  it('order (2 points): fewest moves to fix, a reversed list scores 0', () => {
    const table: [unknown, number][] = [
      [['met', 'said', 'believed', 'objected'], 2],
      [['said', 'believed', 'objected', 'met'], 1.3333], // one item moved: 1 − 1/3
      [['said', 'met', 'objected', 'believed'], 0.6667], // two swaps: 1 − 2/3
      [['objected', 'believed', 'said', 'met'], 0], // reversed
      [['met', 'said', 'believed'], 0], // incomplete
      [['met', 'met', 'said', 'believed'], 0], // an item twice
      [['met', 'said', 'believed', 'other'], 0], // a foreign item
    ];
    for (const [response, expected] of table) assert.equal(score('sequence', response), expected, JSON.stringify(response));
  });

  it('cloze: credit per blank, ignoring case, spacing, diacritics and curly quotes only', () => {
    const table: [unknown, number][] = [
      [{ hedge: 'believed', length: 'year' }, 1],
      [{ hedge: '  BELIEVED ', length: 'one   year' }, 1],
      [{ hedge: 'believéd', length: 'Year' }, 1],
      [{ hedge: 'believed', length: 'years' }, 0.5],
      [{ hedge: 'beleived' }, 0],
      [{ hedge: 42, length: ['year'] }, 0],
      [undefined, 0],
    ];
    for (const [response, expected] of table) assert.equal(score('repairs', response), expected, JSON.stringify(response));
  });
});

describe('isAnswered', () => {
  it('tells an empty answer from a given one, per type', () => {
    assert.equal(isAnswered(question('day'), undefined), false);
    assert.equal(isAnswered(question('day'), 'tue'), true);
    assert.equal(isAnswered(question('unsafe'), false), true);
    assert.equal(isAnswered(question('streets'), []), false);
    assert.equal(isAnswered(question('who'), { mayor: '' }), false);
    assert.equal(isAnswered(question('repairs'), { hedge: '  ' }), false);
    assert.equal(isAnswered(question('repairs'), { hedge: 'x' }), true);
  });
});

describe('scoreAttempt', () => {
  const right = { day: 'mon', streets: ['alder', 'birch', 'cedar'], unsafe: true, who: { mayor: 'called the bridge unsafe', groups: 'objected' }, sequence: ['met', 'said', 'believed', 'objected'], repairs: { hedge: 'believed', length: 'year' } };

  it('gives the maximum for all right and 0 for nothing', () => {
    assert.deepEqual(scoreAttempt(bank.questions, right).score, 7);
    const nothing = scoreAttempt(bank.questions, {});
    assert.deepEqual([nothing.score, nothing.maxScore, nothing.scaled, nothing.passed], [0, 7, 0, false]);
  });

  it('adds partial credit, scales it, and applies the pass mark', () => {
    const result = scoreAttempt(bank.questions, { ...right, streets: ['alder'], sequence: ['said', 'believed', 'objected', 'met'] }, 0.8);
    assert.equal(result.score, 5.6666);
    assert.equal(result.maxScore, 7);
    assert.equal(result.scaled, 0.8095);
    assert.equal(result.passed, true);
    assert.equal(scoreAttempt(bank.questions, { ...right, streets: ['alder'], sequence: ['said', 'believed', 'objected', 'met'] }, 0.81).passed, false);
    assert.deepEqual(result.perQuestion.find((q) => q.questionId === 'streets'), { questionId: 'streets', score: 0.3333, maxScore: 1, correct: false });
  });

  it('does not read inherited properties as responses', () => {
    const responses = Object.create({ day: 'mon' }) as Record<string, unknown>;
    assert.equal(scoreAttempt(bank.questions, responses).score, 0);
  });
});

describe('outcomes and pass marks', () => {
  it('reads a score as correct, partial or wrong', () => {
    assert.equal(outcomeOf(scoreQuestion(question('streets'), ['alder', 'birch', 'cedar'])), 'correct');
    assert.equal(outcomeOf(scoreQuestion(question('streets'), ['alder'])), 'partial');
    assert.equal(outcomeOf(scoreQuestion(question('streets'), ['elm'])), 'wrong');
  });

  it('passes at exactly the pass mark, and not a hair below', () => {
    const right = { day: 'mon', streets: ['alder', 'birch', 'cedar'], unsafe: true, who: { mayor: 'called the bridge unsafe', groups: 'objected' }, sequence: ['met', 'said', 'believed', 'objected'], repairs: { hedge: 'believed', length: 'year' } };
    const result = scoreAttempt(bank.questions, { ...right, day: 'tue' }); // 6 of 7
    assert.equal(result.scaled, 0.8571);
    assert.equal(scoreAttempt(bank.questions, { ...right, day: 'tue' }, 0.8571).passed, true);
    assert.equal(scoreAttempt(bank.questions, { ...right, day: 'tue' }, 0.8572).passed, false);
  });

  it('marks full credit as correct whatever the points', () => {
    const q = { ...question('streets'), points: 0.05 } as Question;
    assert.deepEqual(scoreQuestion(q, ['alder', 'birch', 'cedar']), { questionId: 'streets', score: 0.05, maxScore: 0.05, correct: true });
    assert.equal(scoreQuestion(q, ['alder', 'birch']).correct, false);
  });

  it('clamps a pass mark into [0, 1], and reads nonsense as the default 0.6', () => {
    assert.deepEqual([1.5, -1, 0.7, NaN, Infinity].map(clampPassMark), [1, 0, 0.7, 0.6, 0.6]);
    assert.equal(scoreAttempt(bank.questions, {}, 2).passMark, 1);
  });

  it('reads only own entries of a response map, so an id like "constructor" finds nothing inherited', () => {
    const q = { ...question('repairs'), blanks: [{ id: 'constructor', accept: ['x'] }], text: '{{constructor}}' } as Question;
    assert.equal(scoreQuestion(q, {}).score, 0);
    assert.equal(scoreQuestion(q, { constructor: 'x' }).score, 1);
  });
});

describe('creditBreakdown: how a score was computed, in the terms of its rule', () => {
  it('multiple: right and wrong picks of the right answers; all-or-nothing is whole', () => {
    assert.deepEqual(creditBreakdown(question('streets'), ['alder', 'birch', 'elm']), { kind: 'picks', right: 2, wrong: 1, of: 3 });
    assert.deepEqual(creditBreakdown(question('streets'), ['alder', 'alder', 'unknown-id']), { kind: 'picks', right: 1, wrong: 0, of: 3 });
    const strict = { ...question('streets'), scoring: 'all-or-nothing' } as Question;
    assert.deepEqual(creditBreakdown(strict, ['alder', 'birch']), { kind: 'whole', right: false });
  });

  it('match and cloze: one mark per pair or blank, in bank order', () => {
    assert.deepEqual(creditBreakdown(question('who'), { mayor: 'called the bridge unsafe', groups: 'approved the repairs' }),
      { kind: 'parts', marks: [true, false], right: 1, of: 2 });
    assert.deepEqual(creditBreakdown(question('repairs'), { hedge: ' BELIEVED', length: 'years' }), { kind: 'parts', marks: [true, false], right: 1, of: 2 });
  });

  it("order: the items that stay, by the learner's positions, and the moves", () => {
    // The first item moved to the end: the other three stay in their relative order.
    assert.deepEqual(creditBreakdown(question('sequence'), ['said', 'believed', 'objected', 'met']),
      { kind: 'moves', moves: 1, of: 3, kept: [true, true, true, false] });
    assert.deepEqual(creditBreakdown(question('sequence'), ['objected', 'believed', 'said', 'met']),
      { kind: 'moves', moves: 3, of: 3, kept: [false, false, false, true] });
    assert.deepEqual(creditBreakdown(question('sequence'), ['met', 'said']), { kind: 'moves', moves: 3, of: 3, kept: null });
  });
});
