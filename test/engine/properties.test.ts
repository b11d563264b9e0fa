// Property tests: rules that must hold for every bank the schema accepts, and for any input.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadBank, planAttempt, scoreAttempt, type Question } from '../../src/engine/index.js';
import { validBank } from '../fixtures/arbitraries.js';
import { mustLoad } from '../fixtures/must-load.js';
import { checkQuestion } from '../../src/engine/locate.js';
import { isClean, type MeaningProblem } from '../../src/engine/validate.js';

/** The response that earns full marks, by type. */
function rightResponse(question: Question): unknown {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'true-false':
      return question.answer;
    case 'match':
      return Object.fromEntries(question.pairs.map((p) => [p.id, p.right]));
    case 'order':
      return question.items.map((item) => item.id);
    case 'cloze':
      return Object.fromEntries(question.blanks.map((b) => [b.id, b.accept[0]]));
  }
}


/** Any response of any shape, including the right shapes with wrong values. */
const anyResponse = fc.oneof(fc.anything(), fc.array(fc.string()), fc.dictionary(fc.string(), fc.string()), fc.boolean(), fc.string());

/**
 * Questions of every type whose ids and texts come from a few values, so that repeats (also
 * repeats only as typed answers compare them: case, spaces, accents, curly quotes) are common.
 */
const id = fc.constantFrom('a', 'b', 'c', 'A');
const text = fc.constantFrom('x', 'X', ' x', 'x  y', 'x y', 'X Y', 'é', 'e', 'É', '“q”', '"q"', 'y', 'x[', 'x{', 'x@', 'x`');
const common = { id: 'q', prompt: 'p', points: 1, explanation: 'e', evidence: ['e'] };
const anyQuestion: fc.Arbitrary<Question> = fc.oneof(
  fc.record({ choices: fc.array(fc.record({ id, text }), { maxLength: 5 }), answer: id })
    .map((q) => ({ ...common, type: 'single' as const, ...q })),
  fc.record({ choices: fc.array(fc.record({ id, text }), { maxLength: 5 }), answer: fc.array(id, { minLength: 1, maxLength: 4 }) })
    .map((q) => ({ ...common, type: 'multiple' as const, scoring: 'partial' as const, ...q })),
  fc.record({ pairs: fc.array(fc.record({ id, left: text, right: text }), { maxLength: 4 }), distractors: fc.option(fc.array(text, { maxLength: 3 }), { nil: undefined }) })
    .map(({ distractors, ...q }) => ({ ...common, type: 'match' as const, ...q, ...(distractors ? { distractors } : {}) })),
  fc.record({ items: fc.array(fc.record({ id, text }), { maxLength: 5 }) }).map((q) => ({ ...common, type: 'order' as const, ...q })),
  fc.record({ used: fc.array(id, { maxLength: 4 }), blanks: fc.array(fc.record({ id, accept: fc.constant<string[]>(['x']) }), { maxLength: 4 }) })
    .map(({ used, blanks }) => ({ ...common, type: 'cloze' as const, text: used.map((name, i) => `w${i} {{${i % 2 ? ` ${name} ` : name}}}`).join(' '), blanks })),
);

describe('properties', () => {
  it('the fast path for clean questions agrees with the full check on every question', () => {
    fc.assert(fc.property(anyQuestion, (question) => {
      const problems: MeaningProblem[] = [];
      checkQuestion(question, ['questions', 0], problems);
      assert.equal(isClean(question), problems.length === 0, JSON.stringify(problems));
    }), { numRuns: 3000 });
  });

  it('the fast path reads blanks in any cloze text as the full check does (braces, spaces, names)', () => {
    const piece = fc.constantFrom('{{', '}}', '{', '}', 'a', 'b', 'A', ' ', '\t', '\u00a0', '\n', 'x');
    const cloze = fc.record({
      text: fc.array(piece, { maxLength: 16 }).map((pieces) => pieces.join('')),
      blanks: fc.array(fc.record({ id, accept: fc.constant<string[]>(['x']) }), { maxLength: 3 }),
    }).map((q) => ({ ...common, type: 'cloze' as const, ...q }));
    fc.assert(fc.property(cloze, (question) => {
      const problems: MeaningProblem[] = [];
      checkQuestion(question, ['questions', 0], problems);
      assert.equal(isClean(question), problems.length === 0, `${JSON.stringify(question.text)}: ${JSON.stringify(problems)}`);
    }), { numRuns: 5000 });
  });

  it('the fast path compares choice texts of any characters as typed answers are compared', () => {
    const piece = fc.constantFrom('x', 'X', 'y', ' ', '  ', '\t', 'é', 'e\u0301', 'e', 'É', '“', '"', '@', '`', '[', '{', 'İ', 'i');
    const choiceText = fc.array(piece, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(''));
    const order = fc.array(choiceText, { minLength: 2, maxLength: 4 })
      .map((texts) => ({ ...common, type: 'order' as const, items: texts.map((text, i) => ({ id: `i${i}`, text })) }));
    fc.assert(fc.property(order, (question) => {
      const problems: MeaningProblem[] = [];
      checkQuestion(question, ['questions', 0], problems);
      assert.equal(isClean(question), problems.length === 0, `${JSON.stringify(question.items)}: ${JSON.stringify(problems)}`);
    }), { numRuns: 5000 });
  });

  it('every generated valid bank loads', () => {
    fc.assert(fc.property(validBank, (bank) => {
      const result = loadBank(bank);
      assert.ok(result.ok, result.ok ? '' : result.message);
    }));
  });

  it('every attempt scores within [0, max]; all right gives max, nothing gives 0', () => {
    fc.assert(fc.property(validBank, fc.string(), fc.array(anyResponse, { maxLength: 12 }), (input, seed, responses) => {
      const bank = mustLoad(input);
      const questions = planAttempt(bank, { seed }).questions.map((p) => p.question);
      const max = questions.reduce((sum, q) => sum + q.points, 0);
      const given = Object.fromEntries(questions.map((q, i) => [q.id, responses[i]]));
      const result = scoreAttempt(questions, given);
      assert.ok(result.score >= 0 && result.score <= result.maxScore, `score ${result.score} of ${result.maxScore}`);
      assert.ok(result.scaled >= 0 && result.scaled <= 1);
      assert.equal(scoreAttempt(questions, Object.fromEntries(questions.map((q) => [q.id, rightResponse(q)]))).score, Math.round(max * 10_000) / 10_000);
      assert.equal(scoreAttempt(questions, {}).score, 0);
    }));
  });

  it('every mutation of a valid bank gives issues with paths', () => {
    const mutations: [string, (bank: any) => string][] = [
      ['a key dropped', (b) => { delete b.questions[0].prompt; return 'questions[0].prompt'; }],
      ['a wrong type', (b) => { b.questions[0].points = 'many'; return 'questions[0].points'; }],
      ['a duplicate id', (b) => { b.questions.push({ ...b.questions[0] }); return `questions[${b.questions.length - 1}].id`; }],
      ['an unknown key', (b) => { b.questions[0].answers = []; return 'questions[0]'; }],
      ['evidence not in the source', (b) => { b.questions[0].evidence = ['nowhere to be found']; return 'questions[0].evidence[0]'; }],
      ['a dangling answer', (b) => {
        const at = b.questions.findIndex((q: { type: string }) => q.type === 'single');
        if (at < 0) { b.title = ''; return 'title'; }
        b.questions[at].answer = 'missing';
        return `questions[${at}].answer`;
      }],
    ];
    fc.assert(fc.property(validBank, fc.integer({ min: 0, max: mutations.length - 1 }), (bank, which) => {
      const broken = structuredClone(bank);
      const path = mutations[which]![1](broken);
      const result = loadBank(broken);
      assert.equal(result.ok, false, mutations[which]![0]);
      if (!result.ok) assert.ok(result.issues.some((issue) => issue.path === path), `${mutations[which]![0]}: no issue at ${path}\n${result.message}`);
    }));
  });

  it('loadBank never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true }), (input) => {
      assert.equal(loadBank(input).ok, false);
    }), { numRuns: 500 });
    fc.assert(fc.property(validBank, fc.anything(), fc.constantFrom('format', 'source', 'questions', 'id', 'title'), (bank, value, key) => {
      loadBank({ ...bank, [key]: value });
    }));
  });

  it('the same seed always gives the same attempt, and a shuffle is a permutation', () => {
    fc.assert(fc.property(validBank, fc.oneof(fc.string(), fc.integer()), (input, seed) => {
      const bank = mustLoad(input);
      const a = planAttempt(bank, { seed });
      assert.deepEqual(planAttempt(bank, { seed }), a);
      assert.deepEqual(a.questions.map((q) => q.question.id).sort(), bank.questions.map((q) => q.id).sort());
    }));
  });
});
