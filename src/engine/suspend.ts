/**
 * Saved progress inside an LMS: `report="scorm"` keeps the `getState()` snapshot in
 * `cmi.suspend_data`, which SCORM 1.2 caps at 4,096 characters (2004 at 64,000). The compact
 * form keeps what cannot be recomputed (the bank's id and hash, the attempt's id, seed, order,
 * position, phase, answers with whether they were checked, the flags that are on, the time
 * limit and its deadline) and drops what can: each change's time (they serve the merge of two
 * tabs, which an LMS session does not need), flags turned off, the last attempt's summary and
 * the ended attempts. It is always whole JSON; when the answers still do not fit, the oldest
 * answers are dropped, whole, and counted in `trimmed`.
 */
import { SNAPSHOT_VERSION } from './progress.js';
import type { SavedAnswer, SavedAttempt, SavedResponse, Snapshot } from './snapshot.js';

/** Marks the compact form (`c`) and its version, apart from a snapshot's own `v`. */
const COMPACT_FORMAT = 1;

/** `[question id, response, 1 when checked]`. */
type CompactAnswer = [string, SavedResponse, 0 | 1];

interface CompactAttempt {
  id: string;
  seed: string;
  shuffled: 0 | 1;
  questions: string[];
  startedAt: number;
  /** 1 on the "submit?" screen. */
  confirm: 0 | 1;
  index: number;
  /** Oldest first, so trimming keeps the most recent. */
  answers: CompactAnswer[];
  flags: string[];
  /** `[limitSeconds, deadline]`; the deadline null once the learner turned the limit off. */
  clock: [number, number | null] | null;
}

export interface CompactState {
  c: typeof COMPACT_FORMAT;
  bankId: string;
  bankHash: string;
  savedAt: number;
  attempt: CompactAttempt | null;
  /** How many of the oldest answers were dropped to fit. */
  trimmed?: number;
}

function compactAttempt(attempt: SavedAttempt): CompactAttempt {
  const answers = Object.entries(attempt.answers)
    .sort(([, a], [, b]) => a.at - b.at)
    .map(([id, answer]): CompactAnswer => [id, answer.response, answer.checked ? 1 : 0]);
  return {
    id: attempt.id,
    seed: attempt.seed,
    shuffled: attempt.shuffled ? 1 : 0,
    questions: attempt.questions,
    startedAt: attempt.startedAt,
    confirm: attempt.phase === 'confirm' ? 1 : 0,
    index: attempt.index,
    answers,
    flags: Object.entries(attempt.flags).filter(([, flag]) => flag.on).map(([id]) => id),
    clock: attempt.clock && [attempt.clock.limitSeconds, attempt.clock.deadline],
  };
}

export interface FittedState {
  text: string;
  /** How many of the oldest answers were left out to fit. */
  trimmed: number;
}

/**
 * The snapshot in compact form as JSON of at most `limit` characters: whole, with the most
 * recent answers that fit. Null when not even the attempt without answers fits (a very long
 * attempt in SCORM 1.2).
 */
export function fitSnapshot(snapshot: Snapshot, limit: number): FittedState | null {
  const attempt = snapshot.attempt && compactAttempt(snapshot.attempt);
  const base = { c: COMPACT_FORMAT, bankId: snapshot.bankId, bankHash: snapshot.bankHash, savedAt: snapshot.savedAt } as const;
  const all = attempt?.answers ?? [];
  const encode = (kept: number): string => JSON.stringify({
    ...base,
    attempt: attempt && { ...attempt, answers: all.slice(all.length - kept) },
    ...(kept < all.length ? { trimmed: all.length - kept } : {}),
  } satisfies CompactState);
  if (encode(0).length > limit) return null;
  // The most answers that fit, by bisection over the count.
  let low = 0;
  let high = all.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (encode(mid).length <= limit) low = mid;
    else high = mid - 1;
  }
  return { text: encode(low), trimmed: all.length - low };
}

/*
 * The compact form's shape, checked by hand rather than by a zod schema: zod's constructors live
 * in the entry chunk, so each one used here would grow every page. What the snapshot names (ids,
 * responses, limits) is then checked like any other, by readSnapshot.
 */
type Check = (value: unknown) => boolean;
const isBit: Check = (value) => value === 0 || value === 1;
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const isString: Check = (value) => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isArrayOf = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);
const isAnswer: Check = (value) => Array.isArray(value) && value.length === 3 && isString(value[0]) && value[1] !== undefined && isBit(value[2]);
const isClock: Check = (value) => value === null || (Array.isArray(value) && value.length === 2 && isNumber(value[0]) && (value[1] === null || isNumber(value[1])));

const ATTEMPT_FIELDS: Record<keyof CompactAttempt, Check> = {
  id: isString, seed: isString, shuffled: isBit, questions: isArrayOf(isString), startedAt: isNumber, confirm: isBit, index: isNumber,
  answers: isArrayOf(isAnswer), flags: isArrayOf(isString), clock: isClock,
};

function isCompactState(value: unknown): value is CompactState {
  return isObject(value) && value['c'] === COMPACT_FORMAT && isString(value['bankId']) && isString(value['bankHash']) && isNumber(value['savedAt'])
    && (value['attempt'] === null || (isObject(value['attempt'])
      && Object.entries(ATTEMPT_FIELDS).every(([field, check]) => check((value['attempt'] as Record<string, unknown>)[field]))));
}

/**
 * The snapshot back from `fitSnapshot`'s text: each answer and flag stamped with the time it
 * was saved. Null when the text is not the compact form (it is then not restored); what it
 * names is checked against the bank by `readSnapshot`, as `restore()` does.
 */
export function expandSnapshot(text: string): Snapshot | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isCompactState(value)) return null;
  const { bankId, bankHash, savedAt: at, attempt } = value;
  return {
    v: SNAPSHOT_VERSION,
    bankId,
    bankHash,
    savedAt: at,
    attempt: attempt && {
      id: attempt.id,
      seed: attempt.seed,
      shuffled: attempt.shuffled === 1,
      questions: attempt.questions,
      startedAt: attempt.startedAt,
      phase: attempt.confirm ? 'confirm' : 'question',
      index: attempt.index,
      answers: Object.fromEntries(attempt.answers.map(([id, response, checked]): [string, SavedAnswer] => [id, { response, at, checked: checked === 1 }])),
      flags: Object.fromEntries(attempt.flags.map((id) => [id, { on: true, at }])),
      clock: attempt.clock && { limitSeconds: attempt.clock[0], deadline: attempt.clock[1], at },
    },
    last: null,
    ended: [],
  };
}
