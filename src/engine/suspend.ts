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
import * as z from 'zod/mini';
import { SNAPSHOT_VERSION } from './progress.js';
import { idSchema } from './schema.js';
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

const bit = z.union([z.literal(0), z.literal(1)]);

/** The compact form's shape; the snapshot it gives is then checked like any other (readSnapshot). */
const compactSchema = z.object({
  c: z.literal(COMPACT_FORMAT),
  bankId: idSchema,
  bankHash: z.string(),
  savedAt: z.number(),
  attempt: z.union([z.literal(null), z.object({
    id: z.string(),
    seed: z.string(),
    shuffled: bit,
    questions: z.array(idSchema),
    startedAt: z.number(),
    confirm: bit,
    index: z.number(),
    answers: z.array(z.tuple([idSchema, z.unknown(), bit])),
    flags: z.array(idSchema),
    clock: z.union([z.literal(null), z.tuple([z.number(), z.union([z.number(), z.literal(null)])])]),
  })]),
});

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
  const parsed = compactSchema.safeParse(value);
  if (!parsed.success) return null;
  const { bankId, bankHash, savedAt: at, attempt } = parsed.data;
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
      answers: Object.fromEntries(attempt.answers.map(([id, response, checked]): [string, SavedAnswer] => [id, { response: response as SavedResponse, at, checked: checked === 1 }])),
      flags: Object.fromEntries(attempt.flags.map((id) => [id, { on: true, at }])),
      clock: attempt.clock && { limitSeconds: attempt.clock[0], deadline: attempt.clock[1], at },
    },
    last: null,
    ended: [],
  };
}
