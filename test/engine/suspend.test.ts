import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  emptySnapshot, expandSnapshot, extendClock, finishAttempt, fitSnapshot, newSavedAttempt, planAttempt, readSnapshot, recordAnswer,
  recordCheck, recordFlag, scoreAttempt, SUSPEND_DATA_LIMIT, turnOffClock, type SavedAttempt, type Snapshot,
} from '../../src/engine/index.js';
import { validBank } from '../fixtures/banks.js';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const bank = validBank();

/** An attempt under way with a 10-minute limit, changed by `change`, saved at T0 + 60 s. */
function underWay(change: (attempt: SavedAttempt) => SavedAttempt = (a) => a): Snapshot {
  const attempt = newSavedAttempt(planAttempt(bank, { seed: 'lms-7' }), T0, 600);
  return { ...emptySnapshot(bank, T0 + 60_000), attempt: change(attempt) };
}

/** Every kind of answer, a check, a flag on and one turned off, the learner on the third question. */
const worked = underWay((a) => ({
  ...recordFlag(recordFlag(recordFlag(recordCheck(
    recordAnswer(recordAnswer(recordAnswer(recordAnswer(recordAnswer(recordAnswer(a,
      'day', 'fri', T0 + 1000), 'streets', ['elm', 'birch'], T0 + 2000), 'unsafe', false, T0 + 3000),
    'who', { w1: 'objected' }, T0 + 4000), 'sequence', ['s2', 's1'], T0 + 5000), 'repairs', { hedge: 'a hedge' }, T0 + 6000),
    'day', T0 + 7000), 'who', true, T0 + 8000), 'unsafe', true, T0 + 9000), 'unsafe', false, T0 + 10_000),
  index: 2,
}));

/** What a restored attempt must give back: everything but the times of each change. */
function lasting(snapshot: Snapshot) {
  const a = snapshot.attempt!;
  return {
    bankId: snapshot.bankId, bankHash: snapshot.bankHash, id: a.id, seed: a.seed, shuffled: a.shuffled, questions: a.questions,
    startedAt: a.startedAt, phase: a.phase, index: a.index,
    answers: Object.fromEntries(Object.entries(a.answers).map(([id, { response, checked }]) => [id, { response, checked }])),
    flags: Object.entries(a.flags).filter(([, f]) => f.on).map(([id]) => id).sort(),
    limitSeconds: a.clock?.limitSeconds, deadline: a.clock?.deadline,
  };
}

describe('suspend data: the snapshot in compact form', () => {
  it('gives back the answers, checks, flags, position, phase and deadline, and the bank accepts it', () => {
    for (const snapshot of [worked, { ...worked, attempt: { ...worked.attempt!, phase: 'confirm' as const } }]) {
      const fitted = fitSnapshot(snapshot, SUSPEND_DATA_LIMIT['1.2'])!;
      assert.equal(fitted.trimmed, 0);
      const back = expandSnapshot(fitted.text)!;
      const read = readSnapshot(back, bank);
      assert.ok(read.ok, 'readSnapshot takes the expanded state');
      assert.deepEqual(lasting(read.snapshot), lasting(snapshot));
      assert.equal(read.snapshot.attempt!.clock!.deadline, T0 + 600_000);
    }
  });

  it('is smaller than the snapshot: the times of each change are left out', () => {
    const fitted = fitSnapshot(worked, SUSPEND_DATA_LIMIT['2004'])!;
    assert.ok(fitted.text.length < JSON.stringify(worked).length * 0.8, `${fitted.text.length} vs ${JSON.stringify(worked).length}`);
    assert.ok(!fitted.text.includes(String(T0 + 1000)), 'no answer time');
  });

  it('keeps "Add time" and a limit turned off', () => {
    const extended = underWay((a) => extendClock(a, T0 + 30_000));
    assert.equal(expandSnapshot(fitSnapshot(extended, 4096)!.text)!.attempt!.clock!.deadline, extended.attempt!.clock!.deadline);
    const off = underWay((a) => turnOffClock(a, T0 + 30_000));
    assert.equal(expandSnapshot(fitSnapshot(off, 4096)!.text)!.attempt!.clock!.deadline, null);
    const untimed = { ...emptySnapshot(bank, T0), attempt: newSavedAttempt(planAttempt(bank, { seed: 'x' }), T0, 0) };
    assert.equal(expandSnapshot(fitSnapshot(untimed, 4096)!.text)!.attempt!.clock, null);
  });

  it('a finished attempt leaves nothing to resume', () => {
    const attempt = worked.attempt!;
    const result = scoreAttempt(bank.questions, Object.fromEntries(Object.entries(attempt.answers).map(([id, a]) => [id, a.response])), 0.5);
    const done = finishAttempt(worked, result, T0 + 70_000);
    const back = expandSnapshot(fitSnapshot(done, 4096)!.text)!;
    assert.equal(back.attempt, null);
    assert.ok(readSnapshot(back, bank).ok);
  });

  it('within SCORM 1.2\'s 4,096 characters: the oldest answers are dropped, whole, and counted', () => {
    // A long typed answer first, then the others: the long one no longer fits.
    const long = underWay((a) => recordAnswer(recordAnswer(recordAnswer(recordAnswer(a,
      'repairs', { hedge: 'a very long hedge '.repeat(230) }, T0 + 1000), 'day', 'mon', T0 + 2000), 'unsafe', true, T0 + 3000), 'streets', ['elm'], T0 + 4000));
    assert.ok(JSON.stringify(long).length > 4096);
    const fitted = fitSnapshot(long, 4096)!;
    assert.ok(fitted.text.length <= 4096);
    assert.equal(fitted.trimmed, 1);
    assert.equal(JSON.parse(fitted.text).trimmed, 1);
    const read = readSnapshot(expandSnapshot(fitted.text), bank);
    assert.ok(read.ok);
    assert.deepEqual(Object.keys(read.snapshot.attempt!.answers).sort(), ['day', 'streets', 'unsafe']);
  });

  it('always whole JSON within any limit, keeping the most recent answers that fit', () => {
    const whole = JSON.parse(fitSnapshot(worked, 100_000)!.text);
    const all: [string][] = whole.attempt.answers;
    /** The compact text keeping the last `kept` answers, as fitSnapshot writes it. */
    const keeping = (kept: number): string => JSON.stringify({
      ...whole, attempt: { ...whole.attempt, answers: all.slice(all.length - kept) }, ...(kept < all.length ? { trimmed: all.length - kept } : {}),
    });
    fc.assert(fc.property(fc.integer({ min: 0, max: 2000 }), (limit) => {
      const fitted = fitSnapshot(worked, limit);
      if (!fitted) return assert.ok(keeping(0).length > limit);
      assert.ok(fitted.text.length <= limit);
      const kept = all.length - fitted.trimmed;
      assert.equal(fitted.text, keeping(kept));
      if (kept < all.length) assert.ok(keeping(kept + 1).length > limit, 'one more answer would not have fitted');
    }));
    // Oldest change first (checking "day" was the last), so the ones kept are the most recent.
    assert.deepEqual(all.map(([id]) => id), ['streets', 'unsafe', 'who', 'sequence', 'repairs', 'day']);
  });

  it('null when not even the attempt without its answers fits (an attempt of hundreds of questions in SCORM 1.2)', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `a-rather-long-question-id-${i}`);
    const huge: Snapshot = { ...worked, attempt: { ...worked.attempt!, questions: ids, answers: {}, flags: {} } };
    assert.equal(fitSnapshot(huge, 4096), null);
    assert.ok(fitSnapshot(huge, 64_000));
  });

  it('text that is not the compact form gives null, and a state for a changed bank is refused by readSnapshot', () => {
    const text = fitSnapshot(worked, 4096)!.text;
    for (const bad of ['', 'not json', text.slice(0, -1), JSON.stringify(worked), '{"v":1,"bank":"x","answers":{}}', JSON.stringify({ ...JSON.parse(text), c: 2 })]) {
      assert.equal(expandSnapshot(bad), null, bad.slice(0, 40));
    }
    const changed = expandSnapshot(JSON.stringify({ ...JSON.parse(text), bankHash: 'deadbeef-1' }))!;
    assert.deepEqual(readSnapshot(changed, bank), { ok: false, problem: 'bank-changed' });
  });

  it('a compact form damaged inside is not restored: null, or refused as corrupt by readSnapshot', () => {
    const compact = JSON.parse(fitSnapshot(worked, 4096)!.text);
    const damaged = (change: Record<string, unknown>) => JSON.stringify({ ...compact, attempt: { ...compact.attempt, ...change } });
    for (const change of [{ shuffled: 2 }, { confirm: 'yes' }, { answers: [['day', 'fri', 2]] }, { answers: [['day', 'fri']] }, { clock: [600] },
      { clock: { limit: 600 } }, { questions: 'day' }, { index: -1 }, { flags: [7] }, { id: 7 }]) {
      const back = expandSnapshot(damaged(change));
      if (back) assert.deepEqual(readSnapshot(back, bank), { ok: false, problem: 'corrupt' }, JSON.stringify(change));
    }
    for (const change of [{ answers: {} }, { answers: [7] }, { flags: 'who' }]) assert.equal(expandSnapshot(damaged(change)), null, JSON.stringify(change));
    assert.equal(expandSnapshot(JSON.stringify({ ...compact, attempt: 'under way' })), null);
  });
});
