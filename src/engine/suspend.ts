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

/** 1 and 0 back to true and false; anything else is left as it is, for readSnapshot to refuse. */
const fromBit = (value: unknown) => (value === 1 ? true : value === 0 ? false : value);

/**
 * The snapshot back from `fitSnapshot`'s text: each answer and flag stamped with the time it
 * was saved. Null when the text is not the compact form (it is then not restored). The values
 * are taken as they are: `readSnapshot` checks the result against its schema and the bank, as
 * `restore()` does, so a damaged value is refused there.
 */
export function expandSnapshot(text: string): Snapshot | null {
  try {
    const { c, bankId, bankHash, savedAt: at, attempt } = JSON.parse(text) as CompactState;
    if (c !== COMPACT_FORMAT) return null;
    return {
      v: SNAPSHOT_VERSION,
      bankId,
      bankHash,
      savedAt: at,
      attempt: attempt && {
        id: attempt.id,
        seed: attempt.seed,
        shuffled: fromBit(attempt.shuffled) as boolean,
        questions: attempt.questions,
        startedAt: attempt.startedAt,
        phase: ({ 0: 'question', 1: 'confirm' } as const)[attempt.confirm],
        index: attempt.index,
        answers: Object.fromEntries(attempt.answers.map(([id, response, checked]): [string, SavedAnswer] => [id, { response, at, checked: fromBit(checked) as boolean }])),
        flags: Object.fromEntries(attempt.flags.map((id) => [id, { on: true, at }])),
        clock: attempt.clock && { limitSeconds: attempt.clock[0], deadline: attempt.clock[1], at },
      },
      last: null,
      ended: [],
    };
  } catch {
    // Not JSON, or not shaped like the compact form (a list or a value where it has an object or a list).
    return null;
  }
}
