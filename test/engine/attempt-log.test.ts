import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  attemptStanding, emptyAttemptLog, encodeAttemptLog, mergeAttemptLogs, readAttemptLog, recordAttemptStart,
} from '../../src/engine/attempt-log.js';

describe('attempt log', () => {
  it('counts attempts by id, so the same attempt twice counts once', () => {
    let log = emptyAttemptLog();
    log = recordAttemptStart(log, 'a1');
    log = recordAttemptStart(log, 'a1');
    log = recordAttemptStart(log, 'a2');
    assert.deepEqual(log.started, ['a1', 'a2']);
  });

  it('merges two tabs that each started one attempt into two', () => {
    const base = recordAttemptStart(emptyAttemptLog(), 'a1');
    const tabA = recordAttemptStart(base, 'a2');
    const tabB = recordAttemptStart(base, 'a3');
    assert.deepEqual(mergeAttemptLogs(tabA, tabB).started, ['a1', 'a3', 'a2']);
  });

  it('says which attempt comes next, whether it is the last, and when none is left', () => {
    const log = (n: number) => ({ v: 1 as const, started: Array.from({ length: n }, (_, i) => `a${i}`) });
    assert.deepEqual(attemptStanding(log(0), 3), { used: 0, next: 1, last: false });
    assert.deepEqual(attemptStanding(log(1), 3), { used: 1, next: 2, last: false });
    assert.deepEqual(attemptStanding(log(2), 3), { used: 2, next: 3, last: true });
    assert.deepEqual(attemptStanding(log(3), 3), { used: 3, next: null, last: false });
    assert.deepEqual(attemptStanding(log(0), 1), { used: 0, next: 1, last: true });
    assert.deepEqual(attemptStanding(log(7), undefined), { used: 7, next: 8, last: false });
  });

  it('reads back what it writes, and refuses anything else', () => {
    const log = recordAttemptStart(emptyAttemptLog(), 'x');
    assert.deepEqual(readAttemptLog(encodeAttemptLog(log)), { ok: true, value: log });
    for (const text of ['', '{', 'null', '{"v":2,"started":[]}', '{"v":1,"started":[1]}', '{"v":1,"started":[],"more":1}']) {
      assert.deepEqual(readAttemptLog(text), { ok: false, problem: 'unreadable' }, text);
    }
  });
});
