import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { emptySnapshot, newSavedAttempt, planAttempt, recordAnswer } from '../../src/engine/index.js';
import { validBank } from '../fixtures/banks.js';
import { citequiz, fixture, scratch } from './helpers.js';

const at = scratch();
const BANK = fixture('valid-bank.json');

/**
 * An attempt as the player's quiz-complete detail reports it, with scores worked out by hand from
 * the rules in the README: day wrong (0); streets two right and one wrong, (2 − 1) ÷ 3 = 0.3333;
 * unsafe right (1); who one pair of two (0.5); sequence one move from right, 2 × (1 − 1 ÷ 3) =
 * 1.3333; repairs one blank of two (0.5). Total 3.6666 of 7, 52%: not passed at 60.
 */
function attempt() {
  return {
    bankId: 'fixture-bank', seed: 'student-7', score: 3.6666, maxScore: 7, scaled: 0.5238, passed: false, durationMs: 81_000,
    responses: [
      { questionId: 'day', response: 'tue', score: 0, maxScore: 1, correct: false },
      { questionId: 'streets', response: ['alder', 'birch', 'elm'], score: 0.3333, maxScore: 1, correct: false },
      { questionId: 'unsafe', response: true, score: 1, maxScore: 1, correct: true },
      { questionId: 'who', response: { mayor: 'called the bridge unsafe', groups: 'approved the repairs' }, score: 0.5, maxScore: 1, correct: false },
      { questionId: 'sequence', response: ['said', 'met', 'believed', 'objected'], score: 1.3333, maxScore: 2, correct: false },
      { questionId: 'repairs', response: { hedge: 'Believed', length: 'a year' }, score: 0.5, maxScore: 1, correct: false },
    ],
  };
}

function save(name: string, data: unknown): string {
  const path = at(name);
  writeFileSync(path, JSON.stringify(data));
  return path;
}

describe('citequiz score', () => {
  it('re-scores an honest attempt, prints the result, and exits 0', async () => {
    const file = save('honest.json', attempt());
    const run = await citequiz('score', BANK, file);
    assert.equal(run.code, 0, run.err);
    assert.equal(run.out, `${file} re-scored against ${BANK} ("fixture-bank", attempt code student-7):
3.6666 of 7 points (52%), not passed at a pass mark of 60%; 6 of the bank's 6 questions in the attempt
✔ the attempt's own figures agree`);
  });

  it('flags every figure a tampered attempt claims, and exits 1', async () => {
    const tampered = attempt();
    Object.assign(tampered.responses[0]!, { score: 1, correct: true });
    Object.assign(tampered, { score: 4.6666, scaled: 0.6667, passed: true });
    const run = await citequiz('score', BANK, save('tampered.json', tampered));
    assert.equal(run.code, 1);
    assert.match(run.out, /\n✖ 5 disagreements with the attempt's own figures:\n {2}question "day": claims score 1, the engine gives 0\n {2}question "day": claims correct true, the engine gives false\n {2}the attempt claims score 4\.6666, the engine gives 3\.6666\n {2}the attempt claims scaled 0\.6667, the engine gives 0\.5238\n {2}the attempt claims passed true, the engine gives false$/);
  });

  it('flags a response changed after scoring, a question the bank lacks, and another bank', async () => {
    const changed = attempt();
    changed.responses[0]!.response = 'mon'; // the response now earns the point the attempt did not claim
    changed.responses.push({ questionId: 'bonus', response: true, score: 1, maxScore: 1, correct: true });
    changed.bankId = 'other-bank';
    const { code, out } = await citequiz('score', '--json', BANK, save('changed.json', changed));
    assert.equal(code, 1);
    const report = JSON.parse(out);
    assert.equal(report.ok, false);
    assert.deepEqual(report.disagreements.map((d: { questionId?: string; field: string }) => [d.questionId ?? null, d.field]), [
      [null, 'bankId'], ['bonus', 'questionId'], ['day', 'score'], ['day', 'correct'], [null, 'score'], [null, 'scaled'], [null, 'passed'],
    ]);
    assert.equal(report.disagreements[0].message, 'the attempt is for bank "other-bank", not "fixture-bank"');
    assert.equal(report.disagreements[1].message, 'the bank has no such question');
    assert.deepEqual([report.result.score, report.result.maxScore, report.seed], [4.6666, 7, 'student-7']);
  });

  it('applies --pass-mark, and with --count checks the attempt holds the questions its seed draws', async () => {
    const file = save('pass.json', { ...attempt(), passed: true });
    const atFifty = await citequiz('score', '--pass-mark', '50', BANK, file);
    assert.equal(atFifty.code, 0);
    assert.match(atFifty.out, /3\.6666 of 7 points \(52%\), passed at a pass mark of 50%/);
    const counted = await citequiz('score', '--count', '3', '--pass-mark', '50', BANK, file);
    assert.equal(counted.code, 1);
    assert.match(counted.out, /the seed "student-7" draws 3 questions; it holds 6/);
  });

  it('scores the attempt under way in saved progress (a snapshot), which claims nothing to check', async () => {
    const bank = validBank();
    const plan = planAttempt(bank, { seed: 'saved-1', shuffle: false });
    let attemptUnderWay = newSavedAttempt(plan, 1_000, 0);
    attemptUnderWay = recordAnswer(attemptUnderWay, 'day', 'mon', 2_000);
    attemptUnderWay = recordAnswer(attemptUnderWay, 'unsafe', true, 3_000);
    const snapshot = { ...emptySnapshot(bank, 4_000), attempt: attemptUnderWay };
    const file = save('progress.json', snapshot);
    const run = await citequiz('score', BANK, file);
    assert.equal(run.code, 0, run.err);
    assert.equal(run.out, `${file} re-scored against ${BANK} ("fixture-bank", attempt code saved-1):
2 of 7 points (28%), not passed at a pass mark of 60%; 6 of the bank's 6 questions in the attempt
(saved progress: an attempt under way, scored as it stands; it claims no score to check)`);
    const other = await citequiz('score', BANK, save('other.json', { ...snapshot, bankId: 'another-bank' }));
    assert.equal(other.code, 2);
    assert.match(other.err, /other\.json: the saved progress is for another bank$/);
    const idle = await citequiz('score', BANK, save('idle.json', emptySnapshot(bank, 4_000)));
    assert.equal(idle.code, 2);
    assert.match(idle.err, /idle\.json: the saved progress holds no attempt under way$/);
  });

  it('says why it cannot check, and exits 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[BANK], /^Usage: citequiz score/],
      [['--pass-mark', '120', BANK, save('a.json', attempt())], /^--pass-mark is a percent from 0 to 100, not "120"/],
      [[BANK, save('b.json', { score: 1 })], /b\.json: the attempt has no "responses" list \(expected the quiz-complete event's detail\)$/],
      [[BANK, at('none.json')], /^Cannot read .*none\.json: no such file$/],
      [[fixture('broken-bank.json'), save('c.json', attempt())], /broken-bank\.json: cannot score against an invalid bank, \d+ problems\n✖/],
    ];
    for (const [args, message] of cases) {
      const run = await citequiz('score', ...args);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.err, message);
    }
  });
});

describe('README: scoring on your own server', () => {
  it('the example runs in Node with citequiz/engine and grades the posted attempt', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /### Score on your own server[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(block, 'the README has the example');
    // Inside the package folder, so `citequiz/engine` resolves to this package's own dist/ (npm test builds first).
    const script = fileURLToPath(new URL('../../.readme-example.test.mjs', import.meta.url));
    // The example's bank is the fixture bank the attempt was taken on; the code is otherwise as printed.
    const code = block.replace("'bank.json'", JSON.stringify(BANK));
    assert.notEqual(code, block, "the example reads 'bank.json'");
    writeFileSync(script, `${code}\nconsole.log(JSON.stringify(grade(${JSON.stringify(attempt())})));\n`);
    try {
      const stdout = await new Promise<string>((resolve, reject) => {
        execFile(process.execPath, [script], (error, out, err) => (error ? reject(new Error(err)) : resolve(out)));
      });
      const result = JSON.parse(stdout);
      assert.deepEqual([result.score, result.maxScore, result.passed], [3.6666, 7, false]);
    } finally {
      rmSync(script, { force: true });
    }
  });
});
