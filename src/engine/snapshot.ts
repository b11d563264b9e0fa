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
 * Reading, migrating and merging live here (with the zod schema); what an attempt does to its
 * snapshot as the learner works is in progress.ts (which a player needs before any of this) and
 * attempt-actions.ts (flags, the clock's controls, submitting).
 */
import * as z from 'zod/mini';
import { attemptId, bankHash, canonicalJson, ENDED_KEPT, SNAPSHOT_VERSION } from './progress.js';
import { isAnswered } from './responses.js';
import { ID_PATTERN, LIMITS, type Bank, type Question } from './schema.js';

/** The versions `readSnapshot` accepts: older ones are migrated. */
export const READABLE_SNAPSHOT_VERSIONS: readonly number[] = [0, 1];

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

/*
 * Lean like the bank schema (schema.ts), and with only the zod constructors it uses, so the
 * player's entry chunk (which holds zod's classes for both) does not grow: zod checks the
 * types; what the values may be (limits, times not negative, responses of their question's
 * shape, ids of questions asked) is one function, `fitsBank`.
 */

/**
 * A value of type `T` that passes `test` (else an issue saying `message`, when given): zod/mini's
 * `custom` (or `nullable`) made of `z.check`, whose classes every page has.
 */
function custom<T>(test: (value: unknown) => boolean, message?: string): z.ZodMiniType<T> {
  return z.unknown().check(z.check((payload) => {
    if (!test(payload.value)) payload.issues.push({ code: 'custom', input: payload.value, message });
  })) as z.ZodMiniType<unknown> as z.ZodMiniType<T>;
}

const isId = (value: unknown) => typeof value === 'string' && ID_PATTERN.test(value);

/**
 * The bank's id rule as a schema of its own, for a format that names a bank's questions (saved
 * progress). Here rather than in schema.ts, and a check rather than `z.regex`, so the player's
 * entry, which checks banks without it, carries neither it nor zod's regex check.
 */
export const idSchema = custom<string>(isId, 'an id is 1 to 64 letters, digits, "-", "_" or ".", starting with a letter or digit');

/** Null, or a value that fits `schema` (taken as it is: these schemas have no defaults). */
const nullable = <T extends z.ZodMiniType>(schema: T) => custom<z.output<T> | null>((input) => input === null || schema.safeParse(input).success);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object whose values all fit `value`; its keys are question ids, which `fitsBank` checks. */
const idRecord = <T extends z.ZodMiniType>(value: T) => custom<Record<string, z.output<T>>>((input) => isObject(input)
  && Object.values(input).every((entry) => value.safeParse(entry).success));

/** Every shape a response can take (see QuizResponse). */
export type SavedResponse = string | boolean | string[] | Record<string, string>;
/** A response: which shape its question takes is checked against the bank (`responseFits`). */
const response = custom<SavedResponse>(() => true);

const savedAnswer = z.strictObject({ response, at: z.number(), checked: z.boolean() });
const savedFlag = z.strictObject({ on: z.boolean(), at: z.number() });
/** A time limit: `deadline` null once the learner turned it off; "Add time" moves it. */
const savedClock = z.strictObject({ limitSeconds: z.number(), deadline: nullable(z.number()), at: z.number() });

/** What every version keeps of an attempt: how it was drawn (see `replanAttempt`), and the position. */
const drawn = {
  seed: z.string(),
  shuffled: z.boolean(),
  /** The question ids in the order asked. */
  questions: z.array(idSchema),
  startedAt: z.number(),
  index: z.number(),
};

const savedAttempt = z.strictObject({
  /** Unique per attempt: the seed and the start time. */
  id: z.string(),
  ...drawn,
  phase: z.literal(['question', 'confirm']),
  answers: idRecord(savedAnswer),
  flags: idRecord(savedFlag),
  clock: nullable(savedClock),
});

const lastAttempt = z.strictObject({
  attemptId: z.string(),
  finishedAt: z.number(),
  score: z.number(),
  maxScore: z.number(),
  scaled: z.number(),
  passed: z.boolean(),
  questionCount: z.number(),
  /** The questions not fully right, in the order they were asked. */
  missed: z.array(idSchema),
});

/** What every version keeps at the top: for which bank, which content of it, and when. */
const envelope = { bankId: idSchema, bankHash: z.string(), savedAt: z.number() };

export const snapshotSchema = z.strictObject({
  v: z.literal(SNAPSHOT_VERSION),
  ...envelope,
  attempt: nullable(savedAttempt),
  last: nullable(lastAttempt),
  ended: z.array(z.string()),
});

/**
 * Version 0, the first draft of this format (it never shipped in a release; it is kept so the
 * migration path is exercised before a real version 2 needs it): one attempt at the top level,
 * responses without times, checked questions as a list, no flags, no summary of the last
 * attempt, and the clock as seconds remaining when saved, which a reload would have reset.
 */
export const snapshotV0Schema = z.strictObject({
  v: z.literal(0),
  ...envelope,
  ...drawn,
  responses: idRecord(response),
  checked: z.array(idSchema),
  limitSeconds: nullable(z.number()),
  remainingSeconds: nullable(z.number()),
});

export type Snapshot = z.output<typeof snapshotSchema>;
export type SnapshotV0 = z.output<typeof snapshotV0Schema>;
export type SavedAttempt = z.output<typeof savedAttempt>;
export type SavedAnswer = z.output<typeof savedAnswer>;
export type SavedFlag = z.output<typeof savedFlag>;
export type SavedClock = z.output<typeof savedClock>;
export type LastAttempt = z.output<typeof lastAttempt>;

export type SnapshotRead =
  | { ok: true; snapshot: Snapshot; /** The version it was stored in, when it was migrated. */ migratedFrom?: number }
  | { ok: false; problem: SnapshotProblem };

/** Version 0 to the current version: times default to when it was saved, the clock becomes a deadline. */
export function migrate(old: SnapshotV0): Snapshot {
  // Once the envelope, the answers and the clock are taken out, what is left is how the attempt was drawn, and its position.
  const { v, bankId, bankHash: hash, savedAt, responses, checked, limitSeconds, remainingSeconds, ...drawn } = old;
  const locked = new Set(checked);
  return {
    v: SNAPSHOT_VERSION,
    bankId,
    bankHash: hash,
    savedAt,
    attempt: {
      id: attemptId(drawn.seed, drawn.startedAt),
      ...drawn,
      phase: 'question',
      answers: Object.fromEntries(Object.entries(responses).map(([id, response]) => [id, { response, at: savedAt, checked: locked.has(id) }])),
      flags: {},
      clock: limitSeconds === null ? null : { limitSeconds, deadline: remainingSeconds === null ? null : savedAt + remainingSeconds * 1000, at: savedAt },
    },
    last: null,
    ended: [],
  };
}

const SHORT_TEXT = 200;
const isTime = (n: number | null) => n === null || n >= 0;
const isCount = (n: number) => Number.isInteger(n) && n >= 0;
const isShort = (text: string) => text.length <= SHORT_TEXT;
const isText = (value: unknown) => typeof value === 'string' && value.length <= LIMITS.textChars;

/** Whether a response has the shape its question's type takes, within the bank's limits. */
function responseFits(question: Question, value: unknown): boolean {
  switch (question.type) {
    case 'single':
      return isText(value);
    case 'true-false':
      return typeof value === 'boolean';
    case 'multiple':
    case 'order':
      return Array.isArray(value) && value.length <= LIMITS.choices && value.every(isId);
    case 'match':
    case 'cloze':
      return isObject(value) && Object.entries(value).every(([id, text]) => isId(id) && isText(text));
  }
}

/**
 * Whether a snapshot keeps its stated limits (so a huge or nonsensical stored value is refused
 * quickly) and names only what is in the bank, in the places it may be. The questions asked,
 * each once and all in the bank, with the position among them, are 1 to `LIMITS.questions`.
 */
function fitsBank({ savedAt, attempt, last, ended }: Snapshot, bank: Bank): boolean {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  if (!isTime(savedAt) || ended.length > ENDED_KEPT || !ended.every(isShort)) return false;
  if (last && !(isShort(last.attemptId) && isTime(last.finishedAt) && last.score >= 0 && last.maxScore >= 0 && last.scaled >= 0
    && last.scaled <= 1 && isCount(last.questionCount) && last.missed.length <= LIMITS.questions && last.missed.every((id) => byId.has(id)))) return false;
  if (!attempt) return true;
  const asked = new Set(attempt.questions);
  return isShort(attempt.id) && isShort(attempt.seed) && isTime(attempt.startedAt)
    && asked.size === attempt.questions.length && attempt.questions.every((id) => byId.has(id))
    && isCount(attempt.index) && attempt.index < asked.size
    && Object.entries(attempt.answers).every(([id, answer]) => asked.has(id) && isTime(answer.at) && responseFits(byId.get(id)!, answer.response))
    && Object.entries(attempt.flags).every(([id, flag]) => asked.has(id) && isTime(flag.at))
    && (!attempt.clock || (attempt.clock.limitSeconds > 0 && isTime(attempt.clock.deadline) && isTime(attempt.clock.at)));
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
  const parsed = version === 0 ? snapshotV0Schema.safeParse(value) : snapshotSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problem: 'corrupt' };
  const snapshot = parsed.data.v === 0 ? migrate(parsed.data) : parsed.data;
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

/** Whole seconds left before a deadline (ms since 1970), 0 once it passed. */
export const secondsUntil = (deadline: number, now: number): number => Math.max(0, Math.ceil((deadline - now) / 1000));

/** Whole seconds left before the attempt's deadline (0 once passed), or null when there is no running limit. */
export function secondsLeft(attempt: SavedAttempt, now: number): number | null {
  const deadline = attempt.clock?.deadline;
  return deadline === null || deadline === undefined ? null : secondsUntil(deadline, now);
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
