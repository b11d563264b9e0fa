/**
 * Saved progress: the format of a learner's saved state for one quiz, its schema, the bank's
 * content hash, migration from older versions, and the merge of two copies (two tabs).
 *
 * A snapshot is a versioned envelope `{ v, bankId, bankHash, savedAt, attempt, last, ended }`:
 * - `attempt`, the attempt under way (null when none): its seed, question ids in the order
 *   asked and whether it was shuffled (which give back every layout, see `replanAttempt`), the
 *   position, every answer with the time it was given and whether it was checked, the flags,
 *   and the clock as a deadline (an absolute time, so a reload never resets a time limit);
 * - `last`, the summary of the last finished attempt (for "Practise the 3 you missed");
 * - `ended`, the ids of recent attempts that were submitted or started over, so that another
 *   tab's copy of one never brings it back.
 *
 * Everything here is pure: times come in as numbers (ms since 1970), storage is the caller's.
 * Answers and flags carry their own time so that two tabs merge question by question: neither
 * loses the other's answers and the later answer to a question wins (`mergeSnapshots`).
 */
import * as z from 'zod/mini';
import { isAnswered } from './responses.js';
import type { QuizResult } from './score.js';
import { fnv1a } from './random.js';
import { idSchema, LIMITS, type Bank, type Question } from './schema.js';
import type { AttemptPlan } from './attempt.js';

export const SNAPSHOT_VERSION = 1;
/** The versions `readSnapshot` accepts: older ones are migrated. */
export const READABLE_SNAPSHOT_VERSIONS: readonly number[] = [0, 1];
/** How many ended attempt ids a snapshot remembers. */
const ENDED_KEPT = 20;

/** Why a saved state is not restored; the player says each in one sentence. */
export type SnapshotProblem =
  /** Not JSON, or not the shape of any version (a value damaged or written by something else). */
  | 'corrupt'
  /** A version this release does not know (written by a newer citequiz). */
  | 'unknown-version'
  /** Saved for another bank (another `id`). */
  | 'other-bank'
  /** Saved for this bank before its content changed: the questions may not be the same. */
  | 'bank-changed';

const time = z.number().check(z.nonnegative());
const count = z.int().check(z.nonnegative());
const shortText = z.string().check(z.maxLength(200));
/** Every shape a response can take (see QuizResponse); which one a question needs is checked against the bank. */
const response = z.union([
  z.string().check(z.maxLength(LIMITS.textChars)),
  z.boolean(),
  z.array(idSchema).check(z.maxLength(LIMITS.choices)),
  z.record(idSchema, z.string().check(z.maxLength(LIMITS.textChars))),
]);
const questionIds = z.array(idSchema).check(z.minLength(1), z.maxLength(LIMITS.questions));

const savedAnswer = z.strictObject({ response, at: time, checked: z.boolean() });
const savedFlag = z.strictObject({ on: z.boolean(), at: time });
/** A time limit: `deadline` null once the learner turned it off; "Add time" moves it. */
const savedClock = z.strictObject({ limitSeconds: z.number().check(z.positive()), deadline: z.nullable(time), at: time });

const savedAttempt = z.strictObject({
  /** Unique per attempt: the seed and the start time. */
  id: shortText,
  seed: shortText,
  shuffled: z.boolean(),
  questions: questionIds,
  /** Practising the questions missed last time (not a full attempt). */
  practice: z.boolean(),
  startedAt: time,
  phase: z.enum(['question', 'confirm']),
  index: count,
  answers: z.record(idSchema, savedAnswer),
  flags: z.record(idSchema, savedFlag),
  clock: z.nullable(savedClock),
});

const lastAttempt = z.strictObject({
  attemptId: shortText,
  finishedAt: time,
  score: z.number().check(z.nonnegative()),
  maxScore: z.number().check(z.nonnegative()),
  scaled: z.number().check(z.gte(0), z.lte(1)),
  passed: z.boolean(),
  questionCount: count,
  /** The questions not fully right, in the order they were asked. */
  missed: z.array(idSchema).check(z.maxLength(LIMITS.questions)),
});

export const snapshotSchema = z.strictObject({
  v: z.literal(SNAPSHOT_VERSION),
  bankId: idSchema,
  bankHash: shortText,
  savedAt: time,
  attempt: z.nullable(savedAttempt),
  last: z.nullable(lastAttempt),
  ended: z.array(shortText).check(z.maxLength(ENDED_KEPT)),
});

/**
 * Version 0, the first draft of this format (it never shipped in a release; it is kept so the
 * migration path is exercised before a real version 2 needs it): one attempt at the top level,
 * responses without times, checked questions as a list, no flags, no summary of the last
 * attempt, and the clock as seconds remaining when saved, which a reload would have reset.
 */
export const snapshotV0Schema = z.strictObject({
  v: z.literal(0),
  bankId: idSchema,
  bankHash: shortText,
  savedAt: time,
  seed: shortText,
  shuffled: z.boolean(),
  questions: questionIds,
  startedAt: time,
  index: count,
  responses: z.record(idSchema, response),
  checked: z.array(idSchema).check(z.maxLength(LIMITS.questions)),
  limitSeconds: z.nullable(z.number().check(z.positive())),
  remainingSeconds: z.nullable(z.number().check(z.nonnegative())),
});

export type Snapshot = z.output<typeof snapshotSchema>;
export type SnapshotV0 = z.output<typeof snapshotV0Schema>;
export type SavedAttempt = z.output<typeof savedAttempt>;
export type SavedAnswer = z.output<typeof savedAnswer>;
export type SavedFlag = z.output<typeof savedFlag>;
export type SavedClock = z.output<typeof savedClock>;
export type LastAttempt = z.output<typeof lastAttempt>;
export type SavedResponse = SavedAnswer['response'];

export type SnapshotRead =
  | { ok: true; snapshot: Snapshot; /** The version it was stored in, when it was migrated. */ migratedFrom?: number }
  | { ok: false; problem: SnapshotProblem };

/** JSON with object keys sorted, so the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value).sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
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

/** Nothing saved yet for this bank. */
export function emptySnapshot(bank: Bank, now: number): Snapshot {
  return { v: SNAPSHOT_VERSION, bankId: bank.id, bankHash: bankHash(bank), savedAt: now, attempt: null, last: null, ended: [] };
}

/** A fresh attempt to save, from its plan; `limitSeconds` 0 for no time limit. */
export function newSavedAttempt(plan: AttemptPlan, startedAt: number, limitSeconds: number, practice = false): SavedAttempt {
  return {
    id: `${plan.seed}@${startedAt.toString(36)}`,
    seed: plan.seed,
    shuffled: plan.shuffled,
    questions: plan.questions.map((p) => p.question.id),
    practice,
    startedAt,
    phase: 'question',
    index: 0,
    answers: {},
    flags: {},
    clock: limitSeconds > 0 ? { limitSeconds, deadline: startedAt + limitSeconds * 1000, at: startedAt } : null,
  };
}

/** Version 0 to the current version: times default to when it was saved, the clock becomes a deadline. */
export function migrate(old: SnapshotV0): Snapshot {
  const at = old.savedAt;
  const checked = new Set(old.checked);
  const id = `${old.seed}@${old.startedAt.toString(36)}`;
  return {
    v: SNAPSHOT_VERSION,
    bankId: old.bankId,
    bankHash: old.bankHash,
    savedAt: at,
    attempt: {
      id,
      seed: old.seed,
      shuffled: old.shuffled,
      questions: old.questions,
      practice: false,
      startedAt: old.startedAt,
      phase: 'question',
      index: old.index,
      answers: Object.fromEntries(Object.entries(old.responses).map(([qid, response]) => [qid, { response, at, checked: checked.has(qid) }])),
      flags: {},
      clock: old.limitSeconds === null ? null : {
        limitSeconds: old.limitSeconds,
        deadline: old.remainingSeconds === null ? null : at + old.remainingSeconds * 1000,
        at,
      },
    },
    last: null,
    ended: [],
  };
}

/** Whether a response has the shape its question's type takes. */
function responseFits(question: Question, value: SavedResponse): boolean {
  switch (question.type) {
    case 'single':
      return typeof value === 'string';
    case 'true-false':
      return typeof value === 'boolean';
    case 'multiple':
    case 'order':
      return Array.isArray(value);
    case 'match':
    case 'cloze':
      return typeof value === 'object' && !Array.isArray(value);
  }
}

/** Whether everything the snapshot names is in the bank, in the places it may be. */
function fitsBank(snapshot: Snapshot, bank: Bank): boolean {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const { attempt, last } = snapshot;
  if (last && !last.missed.every((id) => byId.has(id))) return false;
  if (!attempt) return true;
  const asked = new Set(attempt.questions);
  return asked.size === attempt.questions.length
    && attempt.questions.every((id) => byId.has(id))
    && attempt.index < attempt.questions.length
    && Object.entries(attempt.answers).every(([id, answer]) => asked.has(id) && responseFits(byId.get(id)!, answer.response))
    && Object.keys(attempt.flags).every((id) => asked.has(id));
}

/**
 * Reads a saved state (already parsed from JSON) for `bank`: validated by the schema of its
 * version, migrated when older, and checked against the bank's id, content hash and questions.
 * Never throws.
 */
export function readSnapshot(value: unknown, bank: Bank): SnapshotRead {
  const version = typeof value === 'object' && value !== null ? (value as { v?: unknown }).v : undefined;
  if (typeof version !== 'number') return { ok: false, problem: 'corrupt' };
  if (!READABLE_SNAPSHOT_VERSIONS.includes(version)) return { ok: false, problem: 'unknown-version' };
  let snapshot: Snapshot;
  if (version === 0) {
    const old = snapshotV0Schema.safeParse(value);
    if (!old.success) return { ok: false, problem: 'corrupt' };
    snapshot = migrate(old.data);
  } else {
    const current = snapshotSchema.safeParse(value);
    if (!current.success) return { ok: false, problem: 'corrupt' };
    snapshot = current.data;
  }
  if (snapshot.bankId !== bank.id) return { ok: false, problem: 'other-bank' };
  if (snapshot.bankHash !== bankHash(bank)) return { ok: false, problem: 'bank-changed' };
  if (!fitsBank(snapshot, bank)) return { ok: false, problem: 'corrupt' };
  return version === SNAPSHOT_VERSION ? { ok: true, snapshot } : { ok: true, snapshot, migratedFrom: version };
}

/** `readSnapshot` for stored text: text that is not JSON is corrupt. */
export function readSnapshotText(text: string, bank: Bank): SnapshotRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  return readSnapshot(value, bank);
}

/** The answer to keep of two: a checked one (it is locked), else the later; ties decided by content, so both tabs agree. */
function laterOf<T extends { at: number }>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

function keptAnswer(a: SavedAnswer | undefined, b: SavedAnswer | undefined): SavedAnswer | undefined {
  if (a && b && a.checked !== b.checked) return a.checked ? a : b;
  return laterOf(a, b);
}

function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, keep: (a: T | undefined, b: T | undefined) => T | undefined): Record<string, T> {
  const merged: Record<string, T> = {};
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const kept = keep(Object.hasOwn(a, id) ? a[id] : undefined, Object.hasOwn(b, id) ? b[id] : undefined);
    if (kept) merged[id] = kept;
  }
  return merged;
}

function newerAttempt(a: SavedAttempt, b: SavedAttempt): SavedAttempt {
  if (a.startedAt !== b.startedAt) return a.startedAt > b.startedAt ? a : b;
  return a.id >= b.id ? a : b;
}

/**
 * Two copies of the saved state (this tab's and another tab's, or this tab's and what is
 * stored) made one, so that neither loses the other's work:
 * - the same attempt: answers and flags merged question by question (a checked answer is
 *   locked and wins; otherwise the later answer wins); the clock's later change wins; the
 *   position and phase stay `mine` (each tab is where its learner is);
 * - different attempts: an attempt either copy submitted or started over is gone for good
 *   (`ended`); of two live ones, the later started wins (the learner started again elsewhere);
 * - the later `last` summary wins.
 * A copy for another bank, or for another version of it, is ignored.
 */
export function mergeSnapshots(mine: Snapshot, theirs: Snapshot): Snapshot {
  if (mine.bankId !== theirs.bankId || mine.bankHash !== theirs.bankHash) return mine;
  const ended = [...new Set([...theirs.ended, ...mine.ended])].slice(-ENDED_KEPT);
  const gone = new Set(ended);
  const [a, b] = [mine.attempt, theirs.attempt].map((attempt) => (attempt && !gone.has(attempt.id) ? attempt : null));
  let attempt: SavedAttempt | null = a ?? b ?? null;
  if (a && b) {
    attempt = a.id !== b.id ? newerAttempt(a, b) : {
      ...a,
      answers: mergeRecords(a.answers, b.answers, keptAnswer),
      flags: mergeRecords(a.flags, b.flags, laterOf),
      clock: laterOf(a.clock ?? undefined, b.clock ?? undefined) ?? null,
    };
  }
  const last = !mine.last || !theirs.last ? mine.last ?? theirs.last : mine.last.finishedAt >= theirs.last.finishedAt ? mine.last : theirs.last;
  return { ...mine, savedAt: Math.max(mine.savedAt, theirs.savedAt), attempt, last, ended };
}

/** The attempt with a new answer to a question (ignored once that question is checked). */
export function recordAnswer(attempt: SavedAttempt, questionId: string, value: SavedResponse, now: number): SavedAttempt {
  if (attempt.answers[questionId]?.checked) return attempt;
  return { ...attempt, answers: { ...attempt.answers, [questionId]: { response: value, at: now, checked: false } } };
}

/** The attempt with a question checked: its answer is locked from now on. */
export function recordCheck(attempt: SavedAttempt, questionId: string, now: number): SavedAttempt {
  const answer = attempt.answers[questionId];
  if (!answer || answer.checked) return attempt;
  return { ...attempt, answers: { ...attempt.answers, [questionId]: { ...answer, at: now, checked: true } } };
}

export function recordFlag(attempt: SavedAttempt, questionId: string, on: boolean, now: number): SavedAttempt {
  return { ...attempt, flags: { ...attempt.flags, [questionId]: { on, at: now } } };
}

/** The questions flagged, in the order asked. */
export function flaggedIds(attempt: SavedAttempt): string[] {
  return attempt.questions.filter((id) => attempt.flags[id]?.on);
}

/** The attempt with its time limit extended by `limitSeconds` once more. */
export function extendClock(attempt: SavedAttempt, now: number): SavedAttempt {
  const clock = attempt.clock;
  if (!clock || clock.deadline === null) return attempt;
  return { ...attempt, clock: { ...clock, deadline: clock.deadline + clock.limitSeconds * 1000, at: now } };
}

export function turnOffClock(attempt: SavedAttempt, now: number): SavedAttempt {
  if (!attempt.clock || attempt.clock.deadline === null) return attempt;
  return { ...attempt, clock: { ...attempt.clock, deadline: null, at: now } };
}

/** Whole seconds left before the deadline (0 once passed), or null when there is no running limit. */
export function secondsLeft(attempt: SavedAttempt, now: number): number | null {
  const deadline = attempt.clock?.deadline;
  return deadline === null || deadline === undefined ? null : Math.max(0, Math.ceil((deadline - now) / 1000));
}

export interface ResumeSummary {
  answered: number;
  total: number;
  /** null without a running time limit; 0 when time ran out while the learner was away. */
  secondsLeft: number | null;
}

/** What the start screen says of an attempt under way: "12 of 20 answered, 4 min left". */
export function resumeSummary(attempt: SavedAttempt, bank: Bank, now: number): ResumeSummary {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const answered = attempt.questions.filter((id) => {
    const question = byId.get(id);
    return question !== undefined && isAnswered(question, attempt.answers[id]?.response);
  }).length;
  return { answered, total: attempt.questions.length, secondsLeft: secondsLeft(attempt, now) };
}

function withEnded(snapshot: Snapshot, attemptId: string): string[] {
  return [...snapshot.ended.filter((id) => id !== attemptId), attemptId].slice(-ENDED_KEPT);
}

/** The snapshot once the attempt under way is submitted: it is summarised in `last`. */
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
  return { ...snapshot, savedAt: now, attempt: null, last, ended: withEnded(snapshot, attempt.id) };
}

/** The snapshot once the learner starts over: the attempt under way is gone, in every tab. */
export function discardAttempt(snapshot: Snapshot, now: number): Snapshot {
  return snapshot.attempt ? { ...snapshot, savedAt: now, attempt: null, ended: withEnded(snapshot, snapshot.attempt.id) } : snapshot;
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
