import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { loadBankText } from '../../src/engine/index.js';
import { readGeneralFeedback } from '../../src/interchange/feedback.js';
import { citequiz, fixture, scratch } from './helpers.js';

const at = scratch();
const DOCS = fixture('gift/moodle-docs.gift');
const SOURCE = at('grant.txt');
writeFileSync(SOURCE, "Ulysses S. Grant was born in 1822. Grant and his wife are entombed in Grant's tomb.\n");

async function importDocs(name: string) {
  const out = at(name);
  const run = await citequiz('import', '--from', 'gift', DOCS, '--source', SOURCE, '--out', out, '--title', 'Moodle samples');
  return { run, out, bank: JSON.parse(readFileSync(out, 'utf8')) };
}

describe('citequiz import --from gift', () => {
  it('converts each kind of GIFT question from Moodle\'s documentation, and names those with no equivalent', async () => {
    const { run, bank } = await importDocs('docs.json');
    assert.equal(run.code, 0, run.err);
    const view = bank.questions.map((q: Record<string, unknown>) => [q.id, q.type, q.prompt]);
    assert.deepEqual(view, [
      ['q1', 'single', "Who's buried in Grant's tomb?"],
      ['q2', 'single', "Grant is _____ in Grant's tomb."],
      ['q3', 'single', 'The American holiday of Thanksgiving is celebrated on the _____ Thursday of November.'],
      ['q4', 'single', 'Japanese characters originally came from what country?'],
      ['q5', 'multiple', "What two people are entombed in Grant's tomb?"],
      ['q6', 'cloze', "Who's buried in Grant's tomb?"],
      ['q7', 'cloze', 'Fill in the blank.'],
      ['q8', 'true-false', "Grant is buried in Grant's tomb."],
      ['q9', 'true-false', 'The sun rises in the east.'],
      ['q10', 'match', 'Match the following countries with their corresponding capitals.'],
      ['Q2', 'single', "What's between orange and green in the spectrum?"],
      ['Q1', 'true-false', '1+1=2'],
      ['q15', 'single', "What's the answer to this multiple-choice question?"],
      ['q16', 'single', 'Which answer equals 5?'],
    ]);
    const byId = Object.fromEntries(bank.questions.map((q: { id: string }) => [q.id, q]));
    assert.deepEqual(byId.q1.choices, [{ id: 'c1', text: 'Grant' }, { id: 'c2', text: 'Jefferson' }, { id: 'c3', text: 'no one' }]);
    assert.equal(byId.q1.answer, 'c3');
    assert.deepEqual([byId.q5.answer, byId.q5.scoring], [['c2', 'c3'], 'partial']);
    assert.deepEqual([byId.q6.text, byId.q6.blanks], ['{{answer}}', [{ id: 'answer', accept: ['Grant', 'Ulysses S. Grant', 'Ulysses Grant'] }]]);
    assert.deepEqual([byId.q7.text, byId.q7.blanks[0].accept], ['Two plus two equals {{answer}} .', ['four', '4']]);
    assert.deepEqual([byId.q8.answer, byId.q9.answer, byId.Q1.answer], [false, true, true]);
    assert.deepEqual(byId.q10.pairs[3], { id: 'p4', left: 'India', right: 'New Delhi' });
    assert.equal(byId.q10.explanation, "It's good to know the capitals");
    assert.deepEqual(byId.Q2.choices[1], { id: 'c2', text: 'red', feedback: "wrong, it's yellow" });
    assert.equal(byId.q15.explanation, 'This is the general feedback.');
    assert.deepEqual(byId.q16.choices.map((c: { text: string }) => c.text), ['= 2 + 2', '= 2 + 3', '= 2 + 4']);
    assert.deepEqual(byId.q16.tags, ['tom-dick-harry']);
    assert.deepEqual(bank.questions.map((q: { evidence: unknown[] }) => q.evidence.length), Array(14).fill(0));
    assert.deepEqual(Buffer.from(bank.source.text), readFileSync(SOURCE));
    assert.equal(run.out, [
      `Wrote ${at('docs.json')}: 14 questions from ${DOCS}.`,
      '  question "q5": the answers\' percentages were replaced by citequiz\'s partial credit: each right choice earns 50%, each wrong one costs as much',
      '  question 11 is a numerical question, which citequiz has no equivalent for: left out',
      '  question 12 is an essay question, which citequiz has no equivalent for: left out',
      '12 questions had no general feedback, so no explanation yet: "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "Q2", "Q1", "q16".',
      'Evidence must now be added: no question has an evidence quote (GIFT has none). Quote the source, word for word, in each one\'s "evidence".',
      run.out.split('\n').at(-1),
    ].join('\n'));
    // The count is the validator's to give (an empty evidence list and an empty explanation each make one).
    assert.match(run.out.split('\n').at(-1)!, new RegExp(`^\`citequiz validate ${at('docs.json')}\` names each of the \\d+ problems left\\.$`));
  });

  it('leaves the bank for the validator, which names each question still missing its evidence', async () => {
    const { out, bank } = await importDocs('missing.json');
    const validate = await citequiz('validate', '--json', out);
    assert.equal(validate.code, 1);
    const issues: Array<{ path: string; questionId?: string }> = JSON.parse(validate.out)[0].issues;
    const evidence = issues.filter((i) => i.path.endsWith('.evidence'));
    assert.deepEqual(evidence.map((i) => [i.questionId, i.path]), bank.questions.map((q: { id: string }, i: number) => [q.id, `questions[${i}].evidence`]));
    // Once each question quotes the source (and has an explanation), the bank is valid.
    for (const q of bank.questions) Object.assign(q, { evidence: ["Grant and his wife are entombed in Grant's tomb."], explanation: q.explanation || 'Why.' });
    assert.ok(loadBankText(JSON.stringify(bank)).ok);
  });

  it('round trip: Moodle\'s samples, imported and exported back to GIFT, are the same questions', async () => {
    const { bank } = await importDocs('round.json');
    for (const q of bank.questions) Object.assign(q, { evidence: ['Ulysses S. Grant was born in 1822.'], explanation: q.explanation || 'Because.' });
    const filled = at('round-filled.json');
    writeFileSync(filled, JSON.stringify(bank));
    const exported = at('round.gift');
    const run = await citequiz('export', filled, '--to', 'gift', '--out', exported);
    assert.equal(run.code, 0, run.err);
    const original = parse(readFileSync(DOCS, 'utf8')).filter((q) => !['Category', 'Numerical', 'Essay'].includes(q.type));
    const back = parse(readFileSync(exported, 'utf8'));
    assert.equal(back.length, original.length);
    original.forEach((q, i) => assert.deepEqual(equivalent(back[i]!), equivalent(q), `question ${i + 1}`));
    // The general feedback keeps the original's, then the evidence.
    const matching = back.find((q) => q.type === 'Matching')!;
    assert.deepEqual(readGeneralFeedback((matching as { globalFeedback: { text: string } }).globalFeedback.text), {
      explanation: "It's good to know the capitals", evidence: ['Ulysses S. Grant was born in 1822.'],
    });
  });

  it('round trip: a bank exported to GIFT and imported again has the same questions, explanations and evidence', async () => {
    const gift = at('valid.gift');
    await citequiz('export', fixture('valid-bank.json'), '--to', 'gift', '--out', gift);
    const original = JSON.parse(readFileSync(fixture('valid-bank.json'), 'utf8'));
    const source = at('valid-source.txt');
    writeFileSync(source, original.source.text);
    const out = at('valid-again.json');
    const run = await citequiz('import', '--from', 'gift', gift, '--source', source, '--out', out);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /The bank is valid: `citequiz lint .*` for a second look\.$/);
    const again = JSON.parse(readFileSync(out, 'utf8'));
    const giftable = original.questions.filter((q: { type: string; blanks?: unknown[] }) => q.type !== 'order' && (q.type !== 'cloze' || q.blanks!.length === 1));
    assert.deepEqual(again.questions.map(byText), giftable.map(byText));
  });

  it('turns HTML into plain text, and skips a description, saying so', async () => {
    const gift = at('html.gift');
    writeFileSync(gift, '::html-q:: [html]<p>Who is <b>buried</b> &amp; where?</p>{=Grant ~Lee}\n\n::desc:: Just a description.\n');
    const out = at('html.json');
    const run = await citequiz('import', '--from', 'gift', gift, '--source', SOURCE, '--out', out);
    assert.equal(run.code, 0);
    assert.match(run.out, /\n {2}question "html-q": HTML in the question was turned into plain text \(bank text is never markup\)\n {2}"desc" is a description \(no question\): left out\n/);
    const [question] = JSON.parse(readFileSync(out, 'utf8')).questions;
    assert.equal(question.prompt, 'Who is buried & where?');
    assert.deepEqual(question.choices.map((c: { text: string }) => c.text), ['Grant', 'Lee']);
  });

  it('says where a GIFT file is broken, and refuses what it cannot read', async () => {
    const broken = at('broken.gift');
    writeFileSync(broken, 'Who is it? {=Grant ~Lee\n');
    const run = await citequiz('import', '--from', 'gift', broken, '--source', SOURCE, '--out', at('never.json'));
    assert.equal(run.code, 1);
    assert.match(run.err, /broken\.gift:2:1: not valid GIFT: Expected .* but end of input found\./);
    const cases: Array<[string[], RegExp]> = [
      [[DOCS, '--source', SOURCE, '--out', at('x.json')], /^Missing --from gift/],
      [['--from', 'xml', DOCS, '--source', SOURCE, '--out', at('x.json')], /^Missing a known format: --from xml is not read \(only gift\)/],
      [['--from', 'gift', DOCS, '--out', at('x.json')], /^Missing --source <article\.txt>/],
    ];
    for (const [args, message] of cases) {
      const result = await citequiz('import', ...args);
      assert.equal(result.code, 2);
      assert.match(result.err, message);
    }
  });
});

/** What a GIFT question asks and accepts, whatever its title, weights' exact values and feedback wording. */
function equivalent(q: GIFTQuestion): unknown {
  const stem = 'stem' in q ? q.stem.text : '';
  switch (q.type) {
    case 'MC':
    case 'Short':
      return { type: q.type, stem, choices: q.choices.map((c) => [c.text.text, c.isCorrect || (c.weight ?? 0) > 0, c.feedback?.text ?? null]) };
    case 'TF':
      return { type: q.type, stem, isTrue: q.isTrue };
    case 'Matching':
      return { type: q.type, stem, pairs: q.matchPairs.map((p) => [p.subquestion.text, p.subanswer]) };
    default:
      return { type: q.type, stem };
  }
}

/** A question with choice and pair ids replaced by their texts (an import numbers them afresh). */
function byText(q: Record<string, any>): unknown { // eslint-disable-line @typescript-eslint/no-explicit-any
  const text = (id: string) => q.choices?.find((c: { id: string }) => c.id === id)?.text;
  return {
    id: q.id, type: q.type, prompt: q.prompt, explanation: q.explanation, evidence: q.evidence, tags: q.tags,
    choices: q.choices?.map((c: { text: string; feedback?: string }) => [c.text, c.feedback]),
    answer: q.type === 'single' ? text(q.answer) : q.type === 'multiple' ? q.answer.map(text) : q.answer,
    pairs: q.pairs?.map((p: { left: string; right: string }) => [p.left, p.right]), distractors: q.distractors,
    text: q.text, accept: q.blanks?.map((b: { accept: string[] }) => b.accept),
  };
}
