/**
 * The attempts a learner has started at one quiz, kept in the browser's storage beside saved
 * progress, so an `attempts` limit holds across reloads and tabs. Attempts are known by id, not
 * counted: two tabs that each start one merge to two, where two counts would merge to one.
 */
import * as z from 'zod/mini';

/** The storage kind (see `storageKey`): apart from progress, so either can be cleared alone. */
export const ATTEMPT_LOG_KIND = 'attempts';
/** Ids kept; a limit above this many attempts is no limit in practice. */
const KEPT = 1000;

const attemptLogSchema = z.strictObject({
  v: z.literal(1),
  started: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(KEPT)),
});

export type AttemptLog = z.output<typeof attemptLogSchema>;

export const emptyAttemptLog = (): AttemptLog => ({ v: 1, started: [] });

export function readAttemptLog(text: string): { ok: true; value: AttemptLog } | { ok: false; problem: 'unreadable' } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const parsed = attemptLogSchema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: 'unreadable' };
}

export const encodeAttemptLog = (log: AttemptLog): string => JSON.stringify(log);

/** Every attempt either copy knows, oldest first (the stored copy's order, then this one's new ids). */
export function mergeAttemptLogs(mine: AttemptLog, stored: AttemptLog): AttemptLog {
  return { v: 1, started: [...new Set([...stored.started, ...mine.started])].slice(-KEPT) };
}

export function recordAttemptStart(log: AttemptLog, attemptId: string): AttemptLog {
  return mergeAttemptLogs({ v: 1, started: [attemptId] }, log);
}

export interface AttemptStanding {
  /** Attempts started so far. */
  used: number;
  /** The number the next attempt would have (1 for the first); null when none is left. */
  next: number | null;
  /** Whether the next attempt is the last one allowed. */
  last: boolean;
}

/** Where a learner stands against a limit (undefined: no limit). */
export function attemptStanding(log: AttemptLog, limit: number | undefined): AttemptStanding {
  const used = log.started.length;
  if (limit === undefined) return { used, next: used + 1, last: false };
  return used < limit ? { used, next: used + 1, last: used + 1 === limit } : { used, next: null, last: false };
}
