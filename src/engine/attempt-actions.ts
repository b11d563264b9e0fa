/**
 * What becomes of an attempt under way once the learner is past its first question, or comes
 * back to it: a question flagged, the clock extended or turned off, the attempt submitted (its
 * summary kept in the snapshot's `last`), and a saved attempt drawn again exactly as it was.
 * Apart from progress.ts and attempt.ts, which the player needs before its first question, so
 * these arrive with the after chunk (the controller's quiz-after.ts is their only caller).
 */
import { planOf, type AttemptPlan, type Selection } from './attempt.js';
import { discardAttempt, stampAfter } from './progress.js';
import type { Bank } from './schema.js';
import type { QuizResult } from './score.js';
import type { LastAttempt, SavedAttempt, Snapshot } from './snapshot.js';

/** The attempt with a question's flag ("Flag for review") set or cleared. */
export function recordFlag(attempt: SavedAttempt, questionId: string, on: boolean, now: number): SavedAttempt {
  return { ...attempt, flags: { ...attempt.flags, [questionId]: { on, at: stampAfter(attempt.flags[questionId], now) } } };
}

/** The attempt with its running clock's deadline moved (a limit turned off stays off). */
function moveDeadline(attempt: SavedAttempt, now: number, move: (deadline: number, limitSeconds: number) => number | null): SavedAttempt {
  const clock = attempt.clock;
  if (!clock || clock.deadline === null) return attempt;
  return { ...attempt, clock: { ...clock, deadline: move(clock.deadline, clock.limitSeconds), at: stampAfter(clock, now) } };
}

/** The attempt with its time limit extended by `limitSeconds` once more. */
export function extendClock(attempt: SavedAttempt, now: number): SavedAttempt {
  return moveDeadline(attempt, now, (deadline, limitSeconds) => deadline + limitSeconds * 1000);
}

export function turnOffClock(attempt: SavedAttempt, now: number): SavedAttempt {
  return moveDeadline(attempt, now, () => null);
}

/** The snapshot once the attempt under way is submitted: gone as when discarded, and summarised in `last`. */
export function finishAttempt(snapshot: Snapshot, result: QuizResult, now: number): Snapshot {
  const { attempt } = snapshot;
  if (!attempt) return snapshot;
  const last: LastAttempt = {
    attemptId: attempt.id,
    finishedAt: now,
    score: result.score,
    maxScore: result.maxScore,
    scaled: result.scaled,
    passed: result.passed,
    questionCount: result.perQuestion.length,
    missed: result.perQuestion.filter((q) => !q.correct).map((q) => q.questionId),
  };
  return { ...discardAttempt(snapshot, now), last };
}

/**
 * An attempt already drawn, exactly as it was: its seed, its question ids in the order asked
 * and whether it was shuffled give back every layout. This is how saved progress comes back,
 * whatever `count`, `tags` or practice chose the questions. Null when an id is not in the bank.
 */
export function replanAttempt(bank: Bank, seed: string, questionIds: readonly string[], shuffled: boolean): AttemptPlan | null {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const questions = questionIds.flatMap((id) => byId.get(id) ?? []);
  if (questions.length !== questionIds.length) return null;
  const selection: Selection = { matching: questions.length, requested: undefined, narrowedBy: [], unknownQuestionIds: [], unknownTags: [] };
  return planOf(questions, seed, shuffled, selection);
}
