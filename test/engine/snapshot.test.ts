import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  bankHash, canonicalJson, discardAttempt, emptySnapshot, extendClock, finishAttempt, flaggedIds, mergeSnapshots, migrate,
  newSavedAttempt, planAttempt, readSnapshotText, recordAnswer, recordCheck, recordFlag, replanAttempt,
  resumeSummary, scoreAttempt, secondsLeft, snapshotV0Schema, storageKey, turnOffClock, idSchema,
  type Bank, type SavedAttempt, type Snapshot, type SnapshotV0,
} from '../../src/engine/index.js';
import { validBank, validBankInput } from '../fixtures/banks.js';
import { mustLoad } from '../fixtures/must-load.js';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** A snapshot with a 10-minute attempt under way, seeded so the order is known. */
function underWay(bank: Bank = validBank(), startedAt = T0, seed = 'student-42'): Snapshot {
  const plan = planAttempt(bank, { seed });
  return { ...emptySnapshot(bank, startedAt), attempt: newSavedAttempt(plan, startedAt, 600) };
}

function withAttempt(snapshot: Snapshot, change: (attempt: SavedAttempt) => SavedAttempt): Snapshot {
  return { ...snapshot, attempt: change(snapshot.attempt!) };
}

/** Through JSON and back, as storage does. */
const stored = (snapshot: unknown): string => JSON.stringify(snapshot);

describe('bankHash', () => {
  it('is pinned for the fixture bank: changing it would discard every learner\'s saved progress', () => {
    assert.match(bankHash(validBank()), /^[0-9a-f]{8}-[0-9a-z]+$/);
    assert.equal(bankHash(validBank()), 'af2d0991-24m');
  });

  it('is the same for the same content written in another key order or layout', () => {
    const input = validBankInput();
    const reordered = Object.fromEntries(Object.entries(input).reverse());
    assert.equal(bankHash(mustLoad(JSON.parse(JSON.stringify(reordered, null, 2)))), bankHash(validBank()));
  });

  it('changes when any content changes: a choice, an explanation, the source', () => {
    const base = bankHash(validBank());
    const changes: ((b: ReturnType<typeof validBankInput>) => void)[] = [
      (b) => (b.questions[0].choices[1].text = `${b.questions[0].choices[1].text}!`),
      (b) => (b.questions[2].explanation += ' More.'),
      (b) => (b.source.title = 'Another title'),
      (b) => b.questions.pop(),
    ];
    for (const change of changes) {
      const input = validBankInput();
      change(input);
      assert.notEqual(bankHash(mustLoad(input)), base);
    }
  });
});

describe('emptySnapshot', () => {
  it('carries the bank\'s hash wherever it is read, copied, stored or cloned', () => {
    const bank = validBank();
    const snapshot = emptySnapshot(bank, T0);
    const expected = { v: 1, bankId: bank.id, bankHash: bankHash(bank), savedAt: T0, attempt: null, last: null, ended: [] };
    assert.equal(snapshot.bankHash, 'af2d0991-24m');
    assert.deepEqual({ ...snapshot }, expected);
    assert.deepEqual(JSON.parse(stored(snapshot)), expected);
    assert.deepEqual(structuredClone(snapshot), expected);
    assert.deepEqual(readSnapshotText(stored(discardAttempt(underWay(bank), T0 + 1)), bank), { ok: true, snapshot: { ...expected, savedAt: T0 + 1, ended: [`student-42@${T0.toString(36)}`] } });
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined', () => {
    assert.equal(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }, null], e: 'x' }), '{"a":[{"d":2},null],"b":1,"e":"x"}');
  });

  it('puts integer-like keys first, by value, and escapes as JSON.stringify does', () => {
    const value = { b: 1, 10: 'ten', 9: 'nine', '09': 'x', a: ['"quoted"\\', '\n\u0001', '\ud800 alone', '😀', undefined, -0, 1e21, NaN] };
    assert.equal(canonicalJson(value), '{"9":"nine","10":"ten","09":"x","a":["\\"quoted\\"\\\\","\\n\\u0001","\\ud800 alone","😀",null,0,1e+21,null],"b":1}');
  });
});

describe('a saved attempt comes back exactly', () => {
  it('replans the same questions, order and layouts from the saved seed and ids, whatever chose them', () => {
    const bank = validBank();
    for (const options of [{ seed: 'a' }, { seed: 'b', count: 3 }, { seed: 'c', tags: ['timeline'] }, { seed: 'd', shuffle: false }]) {
      const plan = planAttempt(bank, options);
      const saved = newSavedAttempt(plan, T0, 0);
      const back = JSON.parse(stored(saved)) as SavedAttempt;
      const replanned = replanAttempt(bank, back.seed, back.questions, back.shuffled);
      // `selection` tells how a fresh draw narrowed the bank; a replan draws nothing.
      assert.deepEqual({ ...replanned, selection: plan.selection }, plan);
    }
  });

  it('refuses to replan when a question is no longer in the bank', () => {
    assert.equal(replanAttempt(validBank(), 's', ['day', 'gone'], true), null);
  });

  it('reads back every answer, check, flag, position and the deadline', () => {
    const bank = validBank();
    let snapshot = underWay(bank);
    snapshot = withAttempt(snapshot, (a) => ({
      ...recordFlag(recordCheck(recordAnswer(recordAnswer(a, 'day', 'mon', T0 + 1000), 'who', { w1: 'objected' }, T0 + 2000), 'day', T0 + 3000), 'who', true, T0 + 4000),
      index: 3,
      phase: 'confirm',
    }));
    const read = readSnapshotText(stored(snapshot), bank);
    assert.ok(read.ok);
    assert.deepEqual(read.snapshot, snapshot);
    assert.equal(read.migratedFrom, undefined);
    const attempt = read.snapshot.attempt!;
    assert.deepEqual(attempt.answers['day'], { response: 'mon', at: T0 + 3000, checked: true });
    assert.deepEqual(flaggedIds(attempt), ['who']);
    assert.equal(attempt.clock!.deadline, T0 + 600_000);
  });
});

describe('readSnapshot refuses what it cannot use, with a reason', () => {
  const bank = validBank();
  const good = underWay(bank);
  const cases: [string, unknown, string][] = [
    ['null', null, 'corrupt'],
    ['an array', [], 'corrupt'],
    ['no version', { ...good, v: undefined }, 'corrupt'],
    ['a version as text', { ...good, v: '1' }, 'corrupt'],
    ['a newer version', { ...good, v: 2 }, 'unknown-version'],
    ['a field of the wrong type', { ...good, savedAt: 'yesterday' }, 'corrupt'],
    ['an unknown field', { ...good, extra: true }, 'corrupt'],
    ['another bank', { ...good, bankId: 'another-bank' }, 'other-bank'],
    ['a bank id that is not an id', { ...good, bankId: 'another bank!' }, 'corrupt'],
    ['a changed bank', { ...good, bankHash: '00000000-1' }, 'bank-changed'],
    ['a question not in the bank', withAttempt(good, (a) => ({ ...a, questions: [...a.questions, 'gone'] })), 'corrupt'],
    ['a question asked twice', withAttempt(good, (a) => ({ ...a, questions: [...a.questions, a.questions[0]!] })), 'corrupt'],
    ['a position past the end', withAttempt(good, (a) => ({ ...a, index: 6 })), 'corrupt'],
    ['an answer of the wrong shape', withAttempt(good, (a) => recordAnswer(a, 'unsafe', 'yes', T0)), 'corrupt'],
    ['an answer to a question not asked', withAttempt(good, (a) => recordAnswer(a, 'nope', 'x', T0)), 'corrupt'],
    ['a flag on a question not asked', withAttempt(good, (a) => recordFlag(a, 'nope', true, T0)), 'corrupt'],
    ['a negative time', { ...good, savedAt: -1 }, 'corrupt'],
    ['a position that is not a whole number', withAttempt(good, (a) => ({ ...a, index: 1.5 })), 'corrupt'],
    ['a typed answer over the text limit', withAttempt(good, (a) => recordAnswer(a, 'repairs', { hedge: 'x'.repeat(5001) }, T0)), 'corrupt'],
    ['an id of 201 characters', withAttempt(good, (a) => ({ ...a, id: 'x'.repeat(201) })), 'corrupt'],
    ['a time limit of 0 seconds', withAttempt(good, (a) => ({ ...a, clock: { ...a.clock!, limitSeconds: 0 } })), 'corrupt'],
    ['no questions', withAttempt(good, (a) => ({ ...a, questions: [], index: 0 })), 'corrupt'],
    ['a missed question not in the bank', { ...good, last: { attemptId: 'x', finishedAt: T0, score: 0, maxScore: 1, scaled: 0, passed: false, questionCount: 1, missed: ['gone'] } }, 'corrupt'],
  ];
  for (const [name, value, problem] of cases) {
    it(`${name}: ${problem}`, () => {
      assert.deepEqual(readSnapshotText(stored(value), bank), { ok: false, problem });
    });
  }

  it('idSchema, the id rule the snapshot checks: an id as the bank has them, and a sentence for anything else', () => {
    for (const id of ['day', 'q1.b_2-c', 'x'.repeat(64)]) assert.equal(idSchema.safeParse(id).success, true);
    for (const id of ['', '-day', 'a day', 'x'.repeat(65), 7, null]) {
      const parsed = idSchema.safeParse(id);
      assert.equal(parsed.success, false);
      assert.match(parsed.error!.issues[0]!.message, /^an id is 1 to 64 letters, digits/);
    }
  });

  it('text that is not JSON, and an empty string: corrupt', () => {
    for (const text of ['{"v":1,', '', 'undefined']) assert.deepEqual(readSnapshotText(text, bank), { ok: false, problem: 'corrupt' });
  });

  it('a "__proto__" answer key: corrupt (not an id), and no object\'s prototype changes', () => {
    const text = stored(good).replace('"answers":{}', '"answers":{"__proto__":{"response":"x","at":1,"checked":false}}');
    assert.ok(text.includes('__proto__'));
    assert.deepEqual(readSnapshotText(text, bank), { ok: false, problem: 'corrupt' });
    assert.equal(({} as Record<string, unknown>)['response'], undefined);
  });
});

describe('migrate (version 0 to 1)', () => {
  const bank = validBank();
  const savedAt = T0 + 90_000;
  const v0: SnapshotV0 = {
    v: 0, bankId: bank.id, bankHash: bankHash(bank), savedAt, seed: 'student-42', shuffled: true,
    questions: ['unsafe', 'who', 'streets', 'day', 'sequence', 'repairs'], startedAt: T0, index: 2,
    responses: { unsafe: false, streets: ['elm', 'alder'] }, checked: ['unsafe'], limitSeconds: 300, remainingSeconds: 210,
  };

  it('turns the remaining seconds into a deadline from when it was saved, and keeps answers, checks and position', () => {
    assert.ok(snapshotV0Schema.safeParse(v0).success);
    const snapshot = migrate(v0);
    const attempt = snapshot.attempt!;
    assert.equal(snapshot.v, 1);
    assert.equal(attempt.clock!.deadline, savedAt + 210_000);
    assert.equal(attempt.clock!.limitSeconds, 300);
    assert.deepEqual(attempt.answers, {
      unsafe: { response: false, at: savedAt, checked: true },
      streets: { response: ['elm', 'alder'], at: savedAt, checked: false },
    });
    assert.equal(attempt.index, 2);
    assert.deepEqual(attempt.flags, {});
    assert.deepEqual(replanAttempt(bank, attempt.seed, attempt.questions, attempt.shuffled), planAttempt(bank, { seed: 'student-42' }));
    assert.equal(snapshot.last, null);
  });

  it('keeps a limit turned off as off, and no limit as none', () => {
    assert.equal(migrate({ ...v0, remainingSeconds: null }).attempt!.clock!.deadline, null);
    assert.equal(migrate({ ...v0, limitSeconds: null, remainingSeconds: null }).attempt!.clock, null);
  });

  it('readSnapshot migrates a stored version 0 and says so; a damaged version 0 is corrupt', () => {
    const read = readSnapshotText(stored(v0), bank);
    assert.ok(read.ok);
    assert.equal(read.migratedFrom, 0);
    assert.deepEqual(read.snapshot, migrate(v0));
    assert.deepEqual(readSnapshotText(stored({ ...v0, checked: 'unsafe' }), bank), { ok: false, problem: 'corrupt' });
    assert.deepEqual(readSnapshotText(stored({ ...v0, bankHash: 'old' }), bank), { ok: false, problem: 'bank-changed' });
  });
});

describe('mergeSnapshots (two tabs)', () => {
  const base = underWay();

  it('keeps the answers of both tabs, and the later answer to the same question', () => {
    const mine = withAttempt(base, (a) => recordAnswer(recordAnswer(a, 'day', 'mon', T0 + 10), 'unsafe', true, T0 + 50));
    const theirs = withAttempt(base, (a) => recordAnswer(recordAnswer(a, 'day', 'fri', T0 + 20), 'streets', ['elm'], T0 + 30));
    const merged = mergeSnapshots(mine, theirs).attempt!;
    assert.deepEqual(Object.fromEntries(Object.entries(merged.answers).map(([id, a]) => [id, a.response])), { day: 'fri', unsafe: true, streets: ['elm'] });
    assert.deepEqual(mergeSnapshots(theirs, mine).attempt!.answers, merged.answers);
  });

  it('two changes to one question in the same millisecond: the second is later, and wins the merge', () => {
    const first = withAttempt(base, (a) => recordAnswer(a, 'streets', ['alder'], T0 + 10));
    const second = withAttempt(first, (a) => recordAnswer(a, 'streets', ['alder', 'elm'], T0 + 10));
    assert.equal(second.attempt!.answers['streets']!.at, T0 + 11);
    for (const merged of [mergeSnapshots(second, first), mergeSnapshots(first, second)]) {
      assert.deepEqual(merged.attempt!.answers['streets']!.response, ['alder', 'elm']);
    }
    const flagged = recordFlag(recordFlag(base.attempt!, 'day', true, T0), 'day', false, T0);
    assert.deepEqual(flagged.flags['day'], { on: false, at: T0 + 1 });
  });

  it('a checked answer wins over a later unchecked one: it is locked', () => {
    const mine = withAttempt(base, (a) => recordCheck(recordAnswer(a, 'day', 'mon', T0 + 10), 'day', T0 + 11));
    const theirs = withAttempt(base, (a) => recordAnswer(a, 'day', 'fri', T0 + 99));
    assert.deepEqual(mergeSnapshots(theirs, mine).attempt!.answers['day'], { response: 'mon', at: T0 + 11, checked: true });
  });

  it('merges flags by time and the clock by its later change; position and phase stay this tab\'s', () => {
    const mine = withAttempt(base, (a) => ({ ...recordFlag(a, 'day', true, T0 + 10), index: 4 }));
    const theirs = withAttempt(base, (a) => ({ ...turnOffClock(recordFlag(recordFlag(a, 'day', false, T0 + 20), 'who', true, T0 + 5), T0 + 30), index: 1, phase: 'confirm' }));
    const merged = mergeSnapshots(mine, theirs).attempt!;
    assert.deepEqual(flaggedIds(merged), ['who']);
    assert.equal(merged.clock!.deadline, null);
    assert.equal(merged.index, 4);
    assert.equal(merged.phase, 'question');
  });

  it('an attempt submitted in one tab does not come back from the other tab\'s copy', () => {
    const stale = withAttempt(base, (a) => recordAnswer(a, 'day', 'mon', T0 + 10));
    const result = scoreAttempt(validBank().questions, { day: 'mon' });
    const finished = finishAttempt(stale, result, T0 + 100);
    for (const merged of [mergeSnapshots(stale, finished), mergeSnapshots(finished, stale)]) {
      assert.equal(merged.attempt, null);
      assert.equal(merged.last!.attemptId, stale.attempt!.id);
    }
  });

  it('an attempt started over in one tab is gone in the other; of two live attempts the later started wins', () => {
    const discarded = discardAttempt(base, T0 + 5);
    assert.equal(mergeSnapshots(base, discarded).attempt, null);
    const newer = { ...discarded, attempt: newSavedAttempt(planAttempt(validBank(), { seed: 'again' }), T0 + 60_000, 600) };
    assert.equal(mergeSnapshots(base, newer).attempt!.seed, 'again');
    assert.equal(mergeSnapshots(newer, base).attempt!.seed, 'again');
    const other = underWay(validBank(), T0 + 1, 'other');
    assert.equal(mergeSnapshots(base, other).attempt!.seed, 'other');
  });

  it('ignores a copy for another version of the bank', () => {
    const theirs = { ...withAttempt(base, (a) => recordAnswer(a, 'day', 'fri', T0 + 20)), bankHash: 'different' };
    assert.equal(mergeSnapshots(base, theirs), base);
  });

  it('property: every question answered in either copy stays answered, with the latest answer', () => {
    const ids = base.attempt!.questions;
    const answerOps = fc.array(fc.record({ id: fc.constantFrom(...ids), at: fc.integer({ min: 1, max: 1000 }), text: fc.string() }), { maxLength: 12 });
    fc.assert(fc.property(answerOps, answerOps, (mineOps, theirOps) => {
      // Responses as cloze-like maps: the shape does not matter to merging. Time only moves forward in a tab.
      const apply = (ops: typeof mineOps) => withAttempt(base, (a) => [...ops].sort((x, y) => x.at - y.at).reduce((acc, op) => recordAnswer(acc, op.id, { x: op.text }, T0 + op.at), a));
      const [mine, theirs] = [apply(mineOps).attempt!, apply(theirOps).attempt!];
      const merged = mergeSnapshots(apply(mineOps), apply(theirOps)).attempt!;
      assert.deepEqual(mergeSnapshots(apply(theirOps), apply(mineOps)).attempt!.answers, merged.answers);
      for (const id of new Set([...mineOps, ...theirOps].map((op) => op.id))) {
        const latest = Math.max(mine.answers[id]?.at ?? 0, theirs.answers[id]?.at ?? 0);
        assert.equal(merged.answers[id]!.at, latest);
        assert.ok([mine.answers[id], theirs.answers[id]].some((a) => a?.at === latest && canonicalJson(a.response) === canonicalJson(merged.answers[id]!.response)));
      }
      assert.deepEqual(Object.keys(merged.answers).sort(), [...new Set([...mineOps, ...theirOps].map((op) => op.id))].sort());
    }));
  });
});

describe('recording an attempt', () => {
  it('ignores a new answer once the question is checked, and a check with no answer', () => {
    const attempt = underWay().attempt!;
    assert.equal(recordCheck(attempt, 'day', T0), attempt);
    const checked = recordCheck(recordAnswer(attempt, 'day', 'mon', T0), 'day', T0 + 1);
    assert.equal(recordAnswer(checked, 'day', 'fri', T0 + 2), checked);
  });

  it('counts the clock down from the deadline; Add time moves the deadline, turning it off stops it', () => {
    const attempt = underWay().attempt!;
    assert.equal(secondsLeft(attempt, T0), 600);
    assert.equal(secondsLeft(attempt, T0 + 359_500), 241);
    assert.equal(secondsLeft(attempt, T0 + 700_000), 0);
    const extended = extendClock(attempt, T0 + 500_000);
    assert.equal(secondsLeft(extended, T0 + 700_000), 500);
    assert.equal(secondsLeft(turnOffClock(extended, T0 + 1), T0 + 2_000_000), null);
    assert.equal(extendClock(turnOffClock(attempt, T0), T0).clock!.deadline, null);
    assert.equal(secondsLeft(newSavedAttempt(planAttempt(validBank(), { seed: 1 }), T0, 0), T0), null);
  });

  it('summarises an attempt under way as the start screen says it: answered, total, time left', () => {
    const bank = validBank();
    const attempt = [
      (a: SavedAttempt) => recordAnswer(a, 'day', 'mon', T0),
      (a: SavedAttempt) => recordAnswer(a, 'who', { w1: '' }, T0), // a blank select is not an answer
      (a: SavedAttempt) => recordAnswer(a, 'unsafe', false, T0),
    ].reduce((a, step) => step(a), underWay(bank).attempt!);
    assert.deepEqual(resumeSummary(attempt, bank, T0 + 360_000), { answered: 2, total: 6, secondsLeft: 240 });
  });

  it('finishing keeps a summary with the questions not fully right, in the order asked', () => {
    const bank = validBank();
    const snapshot = underWay(bank);
    const order = snapshot.attempt!.questions; // unsafe, who, streets, day, sequence, repairs
    const questions = order.map((id) => bank.questions.find((q) => q.id === id)!);
    const result = scoreAttempt(questions, { unsafe: true, day: 'mon', streets: ['alder'] });
    const finished = finishAttempt(snapshot, result, T0 + 1000);
    assert.equal(finished.attempt, null);
    assert.deepEqual(finished.ended, [snapshot.attempt!.id]);
    assert.deepEqual(finished.last, {
      attemptId: snapshot.attempt!.id, finishedAt: T0 + 1000, score: result.score, maxScore: result.maxScore,
      scaled: result.scaled, passed: result.passed, questionCount: 6,
      missed: order.filter((id) => !result.perQuestion.find((q) => q.questionId === id)!.correct),
    });
    assert.deepEqual(finished.last!.missed, ['unsafe', 'who', 'streets', 'sequence', 'repairs'].filter((id) => id !== 'unsafe' || !result.perQuestion[0]!.correct));
    assert.ok(readSnapshotText(stored(finished), bank).ok);
    const practice = planAttempt(bank, { seed: 'practice', questions: finished.last!.missed });
    assert.deepEqual(practice.questions.map((q) => q.question.id).sort(), [...finished.last!.missed].sort());
  });
});

describe('storageKey', () => {
  const parts = { bankId: 'report', path: '/course/week-1.html', persist: '' };

  it('is off for persist="off" in any case or spacing', () => {
    for (const persist of ['off', 'OFF', ' off ']) assert.equal(storageKey({ ...parts, persist }), null);
  });

  it('differs by bank, page, persist value and kind', () => {
    const keys = [
      storageKey(parts), storageKey({ ...parts, bankId: 'other' }), storageKey({ ...parts, path: '/course/week-2.html' }),
      storageKey({ ...parts, persist: 'second' }), storageKey(parts, 'study'),
      // Separators inside the parts cannot make two quizzes collide.
      storageKey({ bankId: 'report', path: '/a:b', persist: 'c' }), storageKey({ bankId: 'report', path: '/a', persist: 'b:c' }),
    ];
    assert.equal(new Set(keys).size, keys.length);
    assert.equal(storageKey(parts), 'citequiz/progress:["report","/course/week-1.html",""]');
  });
});
