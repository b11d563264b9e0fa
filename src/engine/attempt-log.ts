/**
 * The attempts a learner has started at one quiz, kept in the browser's storage beside saved
 * progress, so an `attempts` limit holds across reloads and tabs. Attempts are known by id, not
 * counted: two tabs that each start one merge to two, where two counts would merge to one.
 */
/** The storage kind (see `storageKey`): apart from progress, so either can be cleared alone. */
export const ATTEMPT_LOG_KIND = 'attempts';
/** Ids kept; a limit above this many attempts is no limit in practice. */
const KEPT = 1000;

/** Attempt ids, oldest first. */
export interface AttemptLog {
  v: 1;
  started: string[];
}

export const emptyAttemptLog = (): AttemptLog => ({ v: 1, started: [] });

/**
 * The log stored as text, or `unreadable` for anything else. Checked by hand, not with zod: the
 * shape is two fields, and the zod features it would need would all land in the player's entry.
 */
export function readAttemptLog(text: string): { ok: true; value: AttemptLog } | { ok: false; problem: 'unreadable' } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const log = value as Partial<AttemptLog> | null;
  const valid = typeof log === 'object' && log !== null && !Array.isArray(log)
    && Object.keys(log).sort().join() === 'started,v' && log.v === 1
    && Array.isArray(log.started) && log.started.length <= KEPT
    && log.started.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 200);
  return valid ? { ok: true, value: { v: 1, started: [...log.started!] } } : { ok: false, problem: 'unreadable' };
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
