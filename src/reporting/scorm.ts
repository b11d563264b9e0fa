/**
 * `report="scorm"`: the SCORM 1.2 and 2004 runtime adapter (a chunk of its own). It finds the
 * LMS's API object, opens the session at once, writes each answer as an interaction and the
 * result as score and status (values from engine/reporting.ts), commits after each, and closes the
 * session on `pagehide`.
 *
 * Resuming: the learner's progress (the element's `getState()` snapshot, in the compact form of
 * engine/suspend.ts) is kept in `cmi.suspend_data` and the position in `cmi.location` /
 * `cmi.core.lesson_location` as it changes (SetValue on each `quiz-progress`, Commit once the
 * changes pause, and at once after an answer, a submit and on leaving). Leaving mid-attempt exits
 * with `suspend`, a submitted attempt with `normal` / "". When the LMS relaunches with
 * `cmi.entry` / `cmi.core.entry` = `resume`, the saved state goes to the element's `restore()`
 * once the bank is in: its start screen then offers Resume, as for a learner coming back to a
 * page. A state that no longer fits the bank is told by the element in one sentence (quiz-error,
 * kind `invalid`) and the quiz starts anew.
 *
 * Rules the specs set and an LMS enforces: no call before Initialize/LMSInitialize or after
 * Terminate/LMSFinish; every call's outcome is read with GetLastError, and a non-zero code is
 * fired as `quiz-error` (kind `lms`) naming the element and the LMS's own message. A refused
 * value does not stop the rest: the answer stays in the quiz and in suspend_data.
 */
import {
  expandSnapshot, fitSnapshot, passThreshold, SUSPEND_DATA_LIMIT, scormExitValues, scormInteractionValues, scormLocationValues,
  scormResultValues, scormStartValues, type ScormValues, type ScormVersion,
} from '../engine/index.js';
import type { QuizAnswerEvent, QuizCompleteEvent } from '../events.js';
import { reportError, type ReportedEvent, type ReportingAdapter, type Reporting } from './connect.js';

/** The SCORM 1.2 API (window.API). */
interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

/** The SCORM 2004 API (window.API_1484_11). */
interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

/** One shape over both versions. */
interface Runtime {
  version: ScormVersion;
  initialize(): string;
  terminate(): string;
  get(element: string): string;
  set(element: string, value: string): string;
  commit(): string;
  lastError(): string;
  errorString(code: string): string;
}

type Found = { version: '2004'; api: Scorm2004Api } | { version: '1.2'; api: Scorm12Api };

/** The specs' search limit: ADL's 2004 sample looks up to 500 parents (1.2's used 7; 500 covers both). */
const MAX_PARENTS = 500;

function apiIn(win: Window, name: 'API_1484_11' | 'API'): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name];
  } catch {
    return undefined; // a cross-origin frame
  }
}

/** The API named `name` in `start` or one of its parents, nearest first. */
function searchParents(start: Window, name: 'API_1484_11' | 'API'): unknown {
  let win: Window = start;
  for (let depth = 0; depth <= MAX_PARENTS; depth++) {
    const api = apiIn(win, name);
    if (api) return api;
    let parent: Window | null = null;
    try {
      parent = win.parent;
    } catch {
      return undefined;
    }
    if (!parent || parent === win) return undefined;
    win = parent;
  }
  return undefined;
}

/**
 * The standard search: this window and its parents, then the opener and its parents; SCORM
 * 2004's `API_1484_11` first, then 1.2's `API`.
 */
function findScormApi(start: Window = window): Found | null {
  const opener = ((): Window | null => {
    try {
      return start.opener as Window | null;
    } catch {
      return null;
    }
  })();
  for (const name of ['API_1484_11', 'API'] as const) {
    const api = searchParents(start, name) ?? (opener ? searchParents(opener, name) : undefined);
    if (api) return name === 'API' ? { version: '1.2', api: api as Scorm12Api } : { version: '2004', api: api as Scorm2004Api };
  }
  return null;
}

function runtimeOf(found: Found): Runtime {
  if (found.version === '1.2') {
    const { api } = found;
    return {
      version: '1.2',
      initialize: () => api.LMSInitialize(''),
      terminate: () => api.LMSFinish(''),
      get: (element) => api.LMSGetValue(element),
      set: (element, value) => api.LMSSetValue(element, value),
      commit: () => api.LMSCommit(''),
      lastError: () => String(api.LMSGetLastError()),
      errorString: (code) => api.LMSGetErrorString(code),
    };
  }
  const { api } = found;
  return {
    version: '2004',
    initialize: () => api.Initialize(''),
    terminate: () => api.Terminate(''),
    get: (element) => api.GetValue(element),
    set: (element, value) => api.SetValue(element, value),
    commit: () => api.Commit(''),
    lastError: () => String(api.GetLastError()),
    errorString: (code) => api.GetErrorString(code),
  };
}

/** How long progress may wait for a Commit after its last change: progress changes with every keystroke, Commit need not. */
const COMMIT_DELAY_MS = 2000;

class ScormSession implements ReportingAdapter {
  private state: 'closed' | 'open' | 'ended' = 'closed';
  private readonly startedAt = Date.now();
  /** The first free interaction index (the LMS may hold some from earlier sessions). */
  private nextInteraction = 0;
  private interactions = true;
  private threshold: string = '';
  private finished = false;
  /** On a relaunch to resume: the saved state, until the bank is in to restore it. */
  private resumeFrom: string | null = null;
  /** The suspend_data last written, so an unchanged state is not written again. */
  private written = '';
  private commitTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onPageHide = (): void => this.end();
  private readonly onProgress = (): void => this.saveProgress();

  constructor(private readonly host: Reporting, private readonly lms: Runtime) {
    this.open();
    addEventListener('pagehide', this.onPageHide);
    host.element.addEventListener('quiz-progress', this.onProgress);
    if (host.bank()) void this.resume();
  }

  /** Runs one API call and reports its error code, if any. */
  private call<T>(what: string, run: () => T): T {
    const value = run();
    const code = this.lms.lastError();
    if (code !== '0' && code !== '') {
      let text = '';
      try {
        text = this.lms.errorString(code);
      } catch {
        // the message is a courtesy; the code is what matters
      }
      reportError(this.host.element, `The LMS refused ${what} (SCORM error ${code}${text ? `: ${text}` : ''})`);
    }
    return value;
  }

  private get(element: string): string {
    return this.state === 'open' ? this.call(`reading ${element}`, () => this.lms.get(element)) : '';
  }

  private write(values: ScormValues): void {
    if (this.state !== 'open') return;
    for (const [element, value] of values) this.call(`${element} = "${value}"`, () => this.lms.set(element, value));
  }

  private commit(): void {
    clearTimeout(this.commitTimer);
    this.commitTimer = undefined;
    if (this.state === 'open') this.call('Commit', () => this.lms.commit());
  }

  private open(): void {
    const ok = this.call(this.lms.version === '1.2' ? 'LMSInitialize' : 'Initialize', () => this.lms.initialize());
    if (String(ok) !== 'true') return;
    this.state = 'open';
    const v12 = this.lms.version === '1.2';
    const status = this.get(v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status');
    if (status === 'not attempted' || status === 'unknown' || status === '') this.write(scormStartValues(this.lms.version));
    // Optional in 1.2: an LMS without interactions says so in _children (or with an error).
    this.interactions = !v12 || this.quietGet('cmi.interactions._children').includes('id');
    this.nextInteraction = Number(this.quietGet('cmi.interactions._count')) || 0;
    this.threshold = this.quietGet(v12 ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score');
    if (this.get(v12 ? 'cmi.core.entry' : 'cmi.entry') === 'resume') this.resumeFrom = this.get('cmi.suspend_data') || null;
    this.commit();
  }

  /**
   * A read whose failure only means "not set" or "not supported" (an empty mastery score, a 1.2
   * LMS without interactions): its error code is cleared by the next call and not reported.
   */
  private quietGet(element: string): string {
    if (this.state !== 'open') return '';
    const value = this.lms.get(element);
    return this.lms.lastError() === '0' ? value : '';
  }

  handle(event: ReportedEvent): void {
    if (this.state !== 'open') return;
    switch (event.type) {
      case 'quiz-ready':
        return void this.resume();
      case 'quiz-answer':
        return this.answer(event as QuizAnswerEvent);
      case 'quiz-complete':
        return this.complete(event as QuizCompleteEvent);
    }
  }

  private answer(event: QuizAnswerEvent): void {
    const { detail } = event;
    const question = this.host.questionById(detail.questionId);
    const now = Date.now();
    // An answer after a submitted attempt belongs to a new one (Try again).
    this.finished = false;
    if (question && this.interactions) {
      this.write(scormInteractionValues(this.lms.version, this.nextInteraction++, { question, ...detail, timestamp: now }));
    }
    this.writeProgress();
    this.write(scormExitValues(this.lms.version, false, now - this.startedAt));
    this.commit();
  }

  /**
   * On a relaunch to resume, hands the saved state to the element once its bank is in (a state
   * that is not the compact form goes as it is, for the element to refuse in one sentence).
   * Progress is not written until then, so the new session's empty start does not replace it.
   */
  private async resume(): Promise<void> {
    const saved = this.resumeFrom;
    if (saved === null || !this.host.bank()) return;
    this.resumeFrom = null;
    await this.host.restore(expandSnapshot(saved) ?? saved);
    this.saveProgress();
  }

  /** The learner's progress as it is now: suspend_data and position, then a Commit once changes pause. */
  private saveProgress(): void {
    if (this.writeProgress()) {
      clearTimeout(this.commitTimer);
      this.commitTimer = setTimeout(() => this.commit(), COMMIT_DELAY_MS);
    }
  }

  /** Writes suspend_data and the position when they changed; true when written. */
  private writeProgress(): boolean {
    const snapshot = this.host.state();
    if (this.state !== 'open' || this.resumeFrom !== null || !snapshot) return false;
    // An attempt too long for the LMS's limit even without answers: the last state that fitted stays.
    const fitted = fitSnapshot(snapshot, SUSPEND_DATA_LIMIT[this.lms.version]);
    if (!fitted || fitted.text === this.written) return false;
    this.written = fitted.text;
    this.write([['cmi.suspend_data', fitted.text]]);
    if (snapshot.attempt) this.write(scormLocationValues(this.lms.version, snapshot.attempt.index));
    return true;
  }

  private complete(event: QuizCompleteEvent): void {
    const { detail } = event;
    this.finished = true;
    this.writeProgress();
    const threshold = passThreshold(this.threshold, this.lms.version, this.host.passMark());
    this.write(scormResultValues(this.lms.version, detail, threshold));
    this.write(scormExitValues(this.lms.version, true, Date.now() - this.startedAt));
    this.commit();
  }

  /** Closes the session: time and exit, a last commit, then Terminate/LMSFinish. Once only. */
  private end(): void {
    if (this.state !== 'open') return;
    this.writeProgress();
    this.write(scormExitValues(this.lms.version, this.finished, Date.now() - this.startedAt));
    this.commit();
    this.call(this.lms.version === '1.2' ? 'LMSFinish' : 'Terminate', () => this.lms.terminate());
    this.state = 'ended';
  }

  dispose(): void {
    removeEventListener('pagehide', this.onPageHide);
    this.host.element.removeEventListener('quiz-progress', this.onProgress);
    this.end();
  }
}

export function startReporting(host: Reporting): ReportingAdapter {
  const found = findScormApi();
  if (!found) {
    reportError(host.element, 'report="scorm": no SCORM LMS was found (no API_1484_11 or API in this window, its parents or its opener); the result is not sent');
    return { handle() {}, dispose() {} };
  }
  return new ScormSession(host, runtimeOf(found));
}
