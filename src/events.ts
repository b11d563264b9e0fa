/**
 * The public events of <cite-quiz>: one typed Event class each. All bubble and cross shadow
 * roots (`composed`), so a host page can listen on the element or on `document`.
 */
import type { BankIssue, QuestionType, Snapshot } from './engine/index.js';

const PUBLIC = { bubbles: true, composed: true } as const;

export interface QuizReadyDetail {
  bankId: string;
  title: string;
  /** How many questions this attempt will ask (after count and tags). */
  questionCount: number;
}

/** The bank is loaded and valid, and the start screen is on screen. */
export class QuizReadyEvent extends Event {
  static readonly eventName = 'quiz-ready';
  constructor(readonly detail: QuizReadyDetail) {
    super(QuizReadyEvent.eventName, PUBLIC);
  }
}

/** `lms`: a course site (SCORM LMS, LRS) refused or could not take a report; the quiz goes on. */
export type QuizErrorKind = 'network' | 'parse' | 'invalid' | 'timeout' | 'lms';

export interface QuizErrorDetail {
  kind: QuizErrorKind;
  message: string;
  /** For `invalid` and `parse`: every problem, with its path and question id. */
  issues?: BankIssue[];
}

/**
 * The bank could not be loaded, or is not a valid bank (the element shows the same message); or,
 * kind `lms`, a report to a course site failed (the quiz and its answers are unaffected).
 */
export class QuizErrorEvent extends Event {
  static readonly eventName = 'quiz-error';
  constructor(readonly detail: QuizErrorDetail) {
    super(QuizErrorEvent.eventName, PUBLIC);
  }
}

export interface QuizAnswerDetail {
  questionId: string;
  type: QuestionType;
  /** The learner's response, or null when the question was left unanswered. */
  response: unknown;
  correct: boolean;
  score: number;
  maxScore: number;
}

/** A question was scored: when the learner checks it (immediate feedback), or at submit. */
export class QuizAnswerEvent extends Event {
  static readonly eventName = 'quiz-answer';
  constructor(readonly detail: QuizAnswerDetail) {
    super(QuizAnswerEvent.eventName, PUBLIC);
  }
}

export interface QuizCompleteDetail {
  bankId: string;
  /** The seed of this attempt: given, or drawn and reported so the attempt can be reproduced. */
  seed: string;
  score: number;
  maxScore: number;
  scaled: number;
  passed: boolean;
  durationMs: number;
  responses: { questionId: string; response: unknown; score: number; maxScore: number; correct: boolean }[];
}

/** The learner submitted (or time ran out); `result` on the element now holds the same result. */
export class QuizCompleteEvent extends Event {
  static readonly eventName = 'quiz-complete';
  constructor(readonly detail: QuizCompleteDetail) {
    super(QuizCompleteEvent.eventName, PUBLIC);
  }
}

export interface QuizStatementDetail {
  /** An xAPI statement (JSON), as sent to the LRS or for the host page to forward itself. */
  statement: Record<string, unknown>;
}

/** With `report="xapi"` or `"cmi5"`: an xAPI statement was made (fired whether or not an LRS takes it). */
export class QuizStatementEvent extends Event {
  static readonly eventName = 'quiz-statement';
  constructor(readonly detail: QuizStatementDetail) {
    super(QuizStatementEvent.eventName, PUBLIC);
  }
}

/**
 * The learner's saved progress changed (an answer, a check, a flag, the position, the clock, a
 * start or a submit): `detail` is the snapshot `getState()` returns at that moment (a copy), for
 * a host that keeps progress on its own server and gives it back with `restore()`.
 */
export class QuizProgressEvent extends Event {
  static readonly eventName = 'quiz-progress';
  constructor(readonly detail: Snapshot) {
    super(QuizProgressEvent.eventName, PUBLIC);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quiz-ready': QuizReadyEvent;
    'quiz-error': QuizErrorEvent;
    'quiz-answer': QuizAnswerEvent;
    'quiz-complete': QuizCompleteEvent;
    'quiz-statement': QuizStatementEvent;
    'quiz-progress': QuizProgressEvent;
  }
}
