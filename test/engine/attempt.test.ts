import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planAttempt } from '../../src/engine/index.js';
import { validBank } from '../fixtures/banks.js';

const ids = (plan: ReturnType<typeof planAttempt>) => plan.questions.map((q) => q.question.id);

describe('planAttempt', () => {
  it('pins the order of questions and of each layout for a seed', () => {
    const plan = planAttempt(validBank(), { seed: 'student-42' });
    assert.equal(plan.seed, 'student-42');
    assert.deepEqual(plan.questions.map((q) => [q.question.id, q.layout]), [
      ['unsafe', []],
      ['who', ['approved the repairs', 'objected', 'called the bridge unsafe']],
      ['streets', ['elm', 'alder', 'cedar', 'birch']],
      ['day', ['fri', 'tue', 'mon']],
      ['sequence', ['objected', 'said', 'believed', 'met']],
      ['repairs', []],
    ]);
  });

  it('draws a pinned sample of N, and the same seed gives the same sample', () => {
    const plan = planAttempt(validBank(), { seed: 7, count: 3 });
    assert.deepEqual(ids(plan), ['streets', 'who', 'sequence']);
    assert.deepEqual(ids(planAttempt(validBank(), { seed: '7', count: 3 })), ids(plan));
  });

  it('lays out a question the same whichever other questions were drawn', () => {
    const all = planAttempt(validBank(), { seed: 'class-a' });
    const some = planAttempt(validBank(), { seed: 'class-a', tags: ['reactions'] });
    assert.deepEqual(some.questions[0]!.layout, all.questions.find((q) => q.question.id === 'streets')!.layout);
  });

  it('filters by tags (any of them) and by difficulty', () => {
    assert.deepEqual(ids(planAttempt(validBank(), { seed: 1, tags: ['timeline', 'outcome'], shuffle: false })), ['day', 'sequence', 'repairs']);
    assert.deepEqual(ids(planAttempt(validBank(), { seed: 1, difficulty: [1], shuffle: false })), ['day', 'unsafe']);
    assert.deepEqual(ids(planAttempt(validBank(), { seed: 1, tags: ['nothing-has-this'] })), []);
  });

  it('keeps a question without a difficulty whatever the difficulty filter', () => {
    const bank = validBank();
    delete (bank.questions[0] as { difficulty?: number }).difficulty;
    assert.deepEqual(ids(planAttempt(bank, { seed: 1, difficulty: [3], shuffle: false })), ['day', 'who']);
  });

  it('keeps bank order and choice order with shuffle off, but still draws a random sample', () => {
    const plan = planAttempt(validBank(), { seed: 7, count: 3, shuffle: false });
    assert.deepEqual(ids(plan), ['streets', 'who', 'sequence']);
    assert.deepEqual(plan.questions[0]!.layout, ['alder', 'birch', 'cedar', 'elm']);
  });

  it('ignores a count that is not a positive whole number', () => {
    for (const count of [0, -2, 1.5, NaN, 99]) assert.equal(planAttempt(validBank(), { seed: 1, count }).questions.length, 6);
  });

  it('never starts an order question already in the correct order', () => {
    const bank = validBank();
    const order = bank.questions.find((q) => q.id === 'sequence')!;
    if (order.type !== 'order') throw new Error('fixture changed');
    order.items.splice(2); // two items: half of all shuffles would land on the answer
    for (let seed = 0; seed < 50; seed++) {
      const layout = planAttempt(bank, { seed, tags: ['timeline'] }).questions.find((q) => q.question.id === 'sequence')!.layout;
      assert.deepEqual(layout, ['said', 'met']);
    }
  });
});

describe('planAttempt with picked questions', () => {
  it('draws from the picked questions only, keeping their order with shuffle off', () => {
    const plan = planAttempt(validBank(), { seed: 3, questions: ['who', 'day', 'repairs', 'unsafe'], count: 3, shuffle: false });
    assert.equal(plan.questions.length, 3);
    const picked = ['who', 'day', 'repairs', 'unsafe'];
    const positions = ids(plan).map((id) => picked.indexOf(id));
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b));
    assert.ok(positions.every((p) => p >= 0));
    assert.deepEqual(plan.selection, { matching: 4, requested: 3, narrowedBy: ['questions'], unknownQuestionIds: [], unknownTags: [] });
  });

  it('reports ids it does not know and asks the others', () => {
    const plan = planAttempt(validBank(), { seed: 3, questions: ['ghost', 'day'], shuffle: false });
    assert.deepEqual(ids(plan), ['day']);
    assert.deepEqual(plan.selection.unknownQuestionIds, ['ghost']);
  });

  it('says how many matched when no setting narrows the bank', () => {
    assert.deepEqual(planAttempt(validBank(), { seed: 3, count: 4 }).selection, { matching: 6, requested: 4, narrowedBy: [], unknownQuestionIds: [], unknownTags: [] });
  });
});
