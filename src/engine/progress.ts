/**
 * Saved progress as the learner works: a snapshot's attempt changed answer by answer (each
 * change stamped with its time, for the merge of two tabs), the clock as a deadline, and the
 * storage key. Pure and small, with no schema: the player needs it from the first question,
 * while flags, the clock's controls and submitting (attempt-actions.ts) and reading, migrating
 * and merging stored copies (snapshot.ts) can arrive later.
 */
import { fnv1a } from './random.js';
import type { Bank } from './schema.js';
import type { AttemptPlan } from './attempt.js';
import type { SavedAttempt, SavedResponse, Snapshot } from './snapshot.js';

export const SNAPSHOT_VERSION = 1;
/** How many ended attempt ids a snapshot remembers. */
export const ENDED_KEPT = 20;

/**
 * JSON with each object's keys in one order whatever order they were written in (sorted, but
 * integer-like keys first, as JavaScript orders them), so the same value always gives the same text.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'object' && item !== null && !Array.isArray(item)
    ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, (item as Record<string, unknown>)[key]]))
    : item));
}

const hashes = new WeakMap<Bank, string>();

/**
 * The content hash of a bank: FNV-1a over its canonical JSON, with the text's length. Any
 * change to the bank (a question, an answer, the source, a typo) changes it; reformatting
 * the file or reordering its keys does not. Computed once per loaded bank.
 */
export function bankHash(bank: Bank): string {
  let hash = hashes.get(bank);
  if (hash === undefined) {
    // `source.kind` came later with a default: a bank that does not name another kind hashes as
    // it did before, so learners' saved progress outlives the upgrade.
    const { kind, ...source } = bank.source;
    const text = canonicalJson(kind === 'report' ? { ...bank, source } : bank);
    hash = `${fnv1a(text).toString(16).padStart(8, '0')}-${text.length.toString(36)}`;
    hashes.set(bank, hash);
  }
  return hash;
}

/**
 * Nothing saved yet for this bank. Its `bankHash` is worked out when first read (to save, to
 * compare with a stored copy, or by `getState()`), not here: at 10,000 questions it costs as
 * much as checking the bank, and the start screen does not need it.
 */
export function emptySnapshot(bank: Bank, now: number): Snapshot {
  return { v: SNAPSHOT_VERSION, bankId: bank.id, get bankHash() { return bankHash(bank); }, savedAt: now, attempt: null, last: null, ended: [] };
}

/** An attempt's id, unique per attempt: its seed and start time. */
export const attemptId = (seed: string, startedAt: number): string => `${seed}@${startedAt.toString(36)}`;

/** A fresh attempt to save, from its plan; `limitSeconds` 0 for no time limit. */
export function newSavedAttempt(plan: AttemptPlan, startedAt: number, limitSeconds: number): SavedAttempt {
  return {
    id: attemptId(plan.seed, startedAt),
    seed: plan.seed,
    shuffled: plan.shuffled,
    questions: plan.questions.map((p) => p.question.id),
    startedAt,
    phase: 'question',
    index: 0,
    answers: {},
    flags: {},
    clock: limitSeconds > 0 ? { limitSeconds, deadline: startedAt + limitSeconds * 1000, at: startedAt } : null,
  };
}

/**
 * The time of a change that follows one made at `previous`: `now`, or just after `previous`
 * when the clock has not moved (two clicks in one millisecond), so the later change always
 * wins a merge.
 */
export const stampAfter = (previous: { at: number } | null | undefined, now: number): number => Math.max(now, (previous?.at ?? -1) + 1);

/** The attempt with a question's answer set, unless that question is checked (its answer is locked). */
function withAnswer(attempt: SavedAttempt, questionId: string, response: SavedResponse, checked: boolean, now: number): SavedAttempt {
  const previous = attempt.answers[questionId];
  if (previous?.checked) return attempt;
  return { ...attempt, answers: { ...attempt.answers, [questionId]: { response, at: stampAfter(previous, now), checked } } };
}

/** The attempt with a new answer to a question (ignored once that question is checked). */
export function recordAnswer(attempt: SavedAttempt, questionId: string, value: SavedResponse, now: number): SavedAttempt {
  return withAnswer(attempt, questionId, value, false, now);
}

/** The attempt with a question checked: its answer is locked from now on. */
export function recordCheck(attempt: SavedAttempt, questionId: string, now: number): SavedAttempt {
  const answer = attempt.answers[questionId];
  return answer ? withAnswer(attempt, questionId, answer.response, true, now) : attempt;
}

/** The questions flagged, in the order asked. */
export function flaggedIds(attempt: SavedAttempt): string[] {
  return attempt.questions.filter((id) => attempt.flags[id]?.on);
}

/** The snapshot once the learner starts over: the attempt under way is gone, in every tab. */
export function discardAttempt(snapshot: Snapshot, now: number): Snapshot {
  const { attempt, ended } = snapshot;
  return attempt ? { ...snapshot, savedAt: now, attempt: null, ended: [...ended.filter((id) => id !== attempt.id), attempt.id].slice(-ENDED_KEPT) } : snapshot;
}

export interface StorageKeyParts {
  bankId: string;
  /** The page's path (no query or hash), so the same bank on two pages is two quizzes. */
  path: string;
  /** The element's `persist` attribute: any string (empty for the default key); "off" disables saving. */
  persist: string;
}

/**
 * The storage key of a quiz's saved state, or null when `persist` is "off". Two quizzes on one
 * page with different `persist` values never share a key. `kind` keeps other saved things of
 * the same quiz (a study schedule) apart from its progress.
 */
export function storageKey({ bankId, path, persist }: StorageKeyParts, kind = 'progress'): string | null {
  if (persist.trim().toLowerCase() === 'off') return null;
  return `citequiz/${kind}:${JSON.stringify([bankId, path, persist])}`;
}
