import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { lintBank, type LintWarning } from '../../src/engine/lint.js';
import { mustLoad } from '../fixtures/must-load.js';
import { citequiz, fixture, scratch } from './helpers.js';

const at = scratch();
const SOURCE = 'The council accused the mayor of hiding the report. The mayor met the council on Monday. Repairs begin in May and end in June. Officials believed the bridge was unsafe.';

/** A valid bank where each question trips one rule (or none), given by its id. */
function bank(questions: unknown[]) {
  return { format: 'citequiz/v1', id: 'lint', title: 'Lint', language: 'en', source: { title: 'S', text: SOURCE }, questions };
}
const base = (id: string, evidence = 'The mayor met the council on Monday.') => ({ id, explanation: 'The report says so.', evidence: [evidence] });
const single = (id: string, prompt: string, answerAt = 0, evidence?: string) => ({
  ...base(id, evidence), type: 'single', prompt,
  choices: ['Monday', 'Friday', 'Sunday'].map((text, i) => ({ id: `c${i}`, text: i === answerAt ? 'Monday' : text === 'Monday' ? 'Tuesday' : text })),
  answer: `c${answerAt}`,
});

const rules = (warnings: LintWarning[]) => warnings.map((w) => [w.rule, w.questionId ?? w.questionIds?.join(' '), w.path]);

describe('lintBank', () => {
  it('finds nothing in a bank without these faults', () => {
    assert.deepEqual(lintBank(mustLoad(bank([single('a', 'According to the report, when did they meet?', 0), single('b', 'Which day did the mayor say?', 1), single('c', 'When was the report given, says the council?', 2)]))), []);
  });

  it('warns about a wrong choice found in the source, and says when it is in the question\'s own evidence', () => {
    const q = { ...base('d'), type: 'single', prompt: 'According to the report, when did they meet?', choices: [{ id: 'mon', text: 'Monday' }, { id: 'may', text: 'May' }, { id: 'jul', text: 'July' }], answer: 'may', evidence: ['The mayor met the council on Monday.', 'Repairs begin in May and end in June.'] };
    const tf = { ...base('tf'), type: 'true-false', prompt: 'Repairs begin in May and end in June.', answer: false };
    const match = { ...base('m'), type: 'match', prompt: 'According to the report, match.', pairs: [{ id: 'a', left: 'start', right: 'May' }, { id: 'b', left: 'end', right: 'June' }], distractors: ['Monday', 'July'], explanation: 'The report says so.' };
    const warnings = lintBank(mustLoad(bank([q, tf, match])));
    assert.deepEqual(warnings.filter((w) => w.rule === 'distractor-in-source').map((w) => [w.questionId, w.path, w.message]), [
      ['d', 'questions[0].choices[0]', 'the wrong choice "Monday" appears in this question\'s own evidence: check that it is really wrong'],
      ['tf', 'questions[1].prompt', 'the false statement "Repairs begin in May and end in June." appears word for word in the source: check that it is really wrong here'],
      ['m', 'questions[2].distractors[0]', 'the distractor "Monday" appears in this question\'s own evidence: check that it is really wrong'],
    ]);
  });

  it('warns about a prompt or explanation that drops the evidence\'s hedge, and not when either keeps one', () => {
    const hedged = 'The council accused the mayor of hiding the report.';
    const dropped = { ...single('dropped', 'What did the mayor hide?', 0, hedged), explanation: 'The mayor hid the files.' };
    const kept = { ...single('kept', 'What was the mayor accused of hiding?', 0, hedged), explanation: 'The council says the mayor hid it.' };
    const believed = { ...base('believed', 'Officials believed the bridge was unsafe.'), type: 'true-false', prompt: 'The bridge was unsafe.', answer: true, explanation: 'Officials thought so.' };
    const warnings = lintBank(mustLoad(bank([dropped, kept, believed]))).filter((w) => w.rule === 'dropped-hedge');
    assert.deepEqual(warnings.map((w) => [w.questionId, w.path, w.message]), [
      ['dropped', 'questions[0].prompt', 'the evidence says "accused", but the prompt "What did the mayor hide?" attributes nothing: it may state a claim as a fact'],
      ['dropped', 'questions[0].explanation', 'the evidence says "accused", but the explanation "The mayor hid the files." attributes nothing: it may state a claim as a fact'],
      ['believed', 'questions[2].prompt', 'the evidence says "believed", but the prompt "The bridge was unsafe." attributes nothing: it may state a claim as a fact'],
    ]);
  });

  it('warns about near-duplicate questions, two-item orders, the answer always in one place, and an empty difficulty level', () => {
    const order2 = { ...base('order2', 'Repairs begin in May and end in June.'), type: 'order', prompt: 'According to the report, order the months.', items: [{ id: 'may', text: 'May' }, { id: 'june', text: 'June' }], difficulty: 1 };
    const questions = [
      { ...single('s1', 'According to the report, on which day did the mayor meet the council?'), difficulty: 1 },
      { ...single('s2', 'According to the report, on what day did the mayor meet the council first?'), difficulty: 3 },
      { ...single('s3', 'Which day, says the report?'), difficulty: 1 },
      order2,
    ];
    assert.deepEqual(rules(lintBank(mustLoad(bank(questions)))).filter(([rule]) => rule !== 'distractor-in-source'), [
      ['near-duplicate', 's2', 'questions[1]'],
      ['two-item-order', 'order2', 'questions[3].items'],
      ['answer-position', 's1 s2 s3', 'questions'],
      ['difficulty-gap', undefined, 'questions'],
    ]);
    const messages = lintBank(mustLoad(bank(questions))).map((w) => w.message);
    assert.ok(messages.includes('nearly the same question as "s1" (86% of their words in common): "According to the report, on which day did the mayor meet the council?" and "According to the report, on what day did the mayor meet the council first?"'), messages.join('\n'));
    assert.ok(messages.includes('the correct answer is choice 1 in every one of the 3 single-choice questions: vary its position (the player shuffles choices, but exports and shuffle="none" keep this order)'));
    assert.ok(messages.includes('no question has difficulty 2 (1: 3, 2: 0, 3: 1): a quiz drawn by difficulty there finds nothing'));
  });

  it('warns when the right choices come first in every multiple-choice question', () => {
    const multiple = (id: string, prompt: string, answer: string[]) => ({
      ...base(id), type: 'multiple', prompt: `According to the report, ${prompt}`, answer,
      choices: [{ id: 'a', text: 'Monday' }, { id: 'b', text: 'Friday' }, { id: 'c', text: 'Sunday' }],
    });
    const firsts = [multiple('m1', 'which days?', ['a']), multiple('m2', 'which days were named?', ['a', 'b']), multiple('m3', 'which of these?', ['b', 'a'])];
    assert.deepEqual(lintBank(mustLoad(bank(firsts))).filter((w) => w.rule === 'answer-position').map((w) => [w.questionIds, w.message]), [
      [['m1', 'm2', 'm3'], 'the right choices come first in every one of the 3 multiple-choice questions: mix them with the wrong ones'],
    ]);
    const mixed = [...firsts.slice(0, 2), multiple('m3', 'which of these?', ['c'])];
    assert.deepEqual(lintBank(mustLoad(bank(mixed))).filter((w) => w.rule === 'answer-position'), []);
  });

  it('warns when every true-false answer is the same', () => {
    const tf = (id: string, prompt: string) => ({ ...base(id), type: 'true-false', prompt: `According to the report, ${prompt}`, answer: true });
    const warnings = lintBank(mustLoad(bank([tf('t1', 'the mayor met the council.'), tf('t2', 'they met on Monday.'), tf('t3', 'a meeting took place.')])));
    assert.deepEqual(warnings.map((w) => w.message), ['every true-false question (3) has the answer true: a learner who notices needs no reading']);
  });
});

describe('citequiz lint', () => {
  const file = at('lint.json');
  writeFileSync(file, JSON.stringify(bank([
    { ...single('s1', 'What did the mayor hide?', 0, 'The council accused the mayor of hiding the report.'), explanation: 'The report says the council accused the mayor.' },
    { ...base('o'), type: 'order', prompt: 'According to the report, order these.', items: [{ id: 'a', text: 'first' }, { id: 'b', text: 'second' }] },
  ])));

  it('prints each warning with its question id and path, and exits 0', async () => {
    const run = await citequiz('lint', file);
    assert.equal(run.code, 0);
    assert.equal(run.out, [
      `${file}: 2 warnings`,
      '⚠ question "s1": the evidence says "accused", but the prompt "What did the mayor hide?" attributes nothing: it may state a claim as a fact',
      '  → at questions[0].prompt',
      '⚠ question "o": an order question of two items is a coin toss, scored 0 or 1: add items, or ask it as a single-choice or true-false question',
      '  → at questions[1].items',
    ].join('\n'));
  });

  it('prints JSON with --json, says "no warnings" for a clean bank, and exits 1 (with the problems) for an invalid one', async () => {
    const json = await citequiz('lint', '--json', file, fixture('valid-bank.json'));
    assert.equal(json.code, 0);
    const [first, second] = JSON.parse(json.out);
    assert.deepEqual(first.warnings.map((w: LintWarning) => w.rule), ['dropped-hedge', 'two-item-order']);
    assert.deepEqual(second, { file: fixture('valid-bank.json'), ok: true, warnings: [], issues: [] });
    assert.equal((await citequiz('lint', fixture('valid-bank.json'))).out, `${fixture('valid-bank.json')}: no warnings`);
    const broken = await citequiz('lint', fixture('broken-bank.json'));
    assert.equal(broken.code, 1);
    assert.match(broken.out, /broken-bank\.json: not linted, \d+ problems to fix first \(citequiz validate\)\n✖ /);
  });

  it('shows usage and exits 2 when called wrongly', async () => {
    for (const args of [[], ['--yaml', file]]) {
      const run = await citequiz('lint', ...args);
      assert.equal(run.code, 2);
      assert.match(run.err, /Usage: citequiz lint \[--json\] <bank\.json>\.\.\./);
    }
  });
});
