/**
 * `report="scorm"`: the SCORM 1.2 and 2004 runtime adapter (a chunk of its own). It finds the
 * LMS's API object, opens the session at once, writes each answer as an interaction and the
 * result as score and status (values from engine/reporting.ts), commits after each, and closes the
 * session on `pagehide`.
 *
 * Rules the specs set and an LMS enforces: no call before Initialize/LMSInitialize or after
 * Terminate/LMSFinish; every call's outcome is read with GetLastError, and a non-zero code is
 * fired as `quiz-error` (kind `lms`) naming the element and the LMS's own message. A refused
 * value does not stop the rest: the answer stays in the quiz and in suspend_data.
 */
import {
  fitSuspendData, passThreshold, SUSPEND_DATA_LIMIT, scormExitValues, scormInteractionValues, scormResultValues, scormStartValues,
  type ScormValues, type ScormVersion,
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
export function findScormApi(start: Window = window): Found | null {
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

/** suspend_data is `{ v: 1, bank, answers: { questionId: response } }` (see fitSuspendData). */
const SUSPEND_FORMAT = 1;

class ScormSession implements ReportingAdapter {
  private state: 'closed' | 'open' | 'ended' = 'closed';
  private readonly startedAt = Date.now();
  /** The first free interaction index (the LMS may hold some from earlier sessions). */
  private nextInteraction = 0;
  private interactions = true;
  private threshold: string = '';
  private finished = false;
  /** This attempt's answers, in the order given: what suspend_data keeps. */
  private answers: [string, unknown][] = [];
  private readonly onPageHide = (): void => this.end();

  constructor(private readonly host: Reporting, private readonly lms: Runtime) {
    this.open();
    addEventListener('pagehide', this.onPageHide);
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
        return;
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
    if (this.finished) {
      // A new attempt (Try again) after a submitted one.
      this.finished = false;
      this.answers = [];
    }
    this.answers = [...this.answers.filter(([id]) => id !== detail.questionId), [detail.questionId, detail.response]];
    if (question && this.interactions) {
      this.write(scormInteractionValues(this.lms.version, this.nextInteraction++, { question, ...detail, timestamp: now }));
    }
    this.writeSuspendData();
    if (this.lms.version === '2004') this.write([['cmi.location', detail.questionId]]);
    this.write(scormExitValues(this.lms.version, false, now - this.startedAt));
    this.commit();
  }

  private writeSuspendData(): void {
    const data = fitSuspendData({ v: SUSPEND_FORMAT, bank: this.host.bank()?.id }, this.answers, SUSPEND_DATA_LIMIT[this.lms.version]);
    if (data !== null) this.write([['cmi.suspend_data', data]]);
  }

  private complete(event: QuizCompleteEvent): void {
    const { detail } = event;
    this.finished = true;
    const threshold = passThreshold(this.threshold, this.lms.version, this.host.passMark());
    this.write(scormResultValues(this.lms.version, detail, threshold));
    this.write(scormExitValues(this.lms.version, true, Date.now() - this.startedAt));
    this.commit();
  }

  /** Closes the session: time and exit, a last commit, then Terminate/LMSFinish. Once only. */
  private end(): void {
    if (this.state !== 'open') return;
    this.write(scormExitValues(this.lms.version, this.finished, Date.now() - this.startedAt));
    this.commit();
    this.call(this.lms.version === '1.2' ? 'LMSFinish' : 'Terminate', () => this.lms.terminate());
    this.state = 'ended';
  }

  dispose(): void {
    removeEventListener('pagehide', this.onPageHide);
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
