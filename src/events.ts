/**
 * The public events of <cite-quiz>: one typed Event class each. All bubble and cross shadow
 * roots (`composed`), so a host page can listen on the element or on `document`.
 */
import type { BankIssue, QuestionType, Snapshot } from './engine/index.js';

/** An event named by its class's `eventName`, with its `detail`; it bubbles out of shadow roots. */
abstract class PublicEvent<Detail> extends Event {
  constructor(readonly detail: Detail) {
    super((new.target as unknown as { eventName: string }).eventName, { bubbles: true, composed: true });
  }
}

export interface QuizReadyDetail {
  bankId: string;
  title: string;
  /** How many questions this attempt will ask (after count and tags). */
  questionCount: number;
}

/** The bank is loaded and valid, and the start screen is on screen. */
export class QuizReadyEvent extends PublicEvent<QuizReadyDetail> {
  static readonly eventName = 'quiz-ready';
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
export class QuizErrorEvent extends PublicEvent<QuizErrorDetail> {
  static readonly eventName = 'quiz-error';
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
export class QuizAnswerEvent extends PublicEvent<QuizAnswerDetail> {
  static readonly eventName = 'quiz-answer';
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
export class QuizCompleteEvent extends PublicEvent<QuizCompleteDetail> {
  static readonly eventName = 'quiz-complete';
}

export interface QuizStatementDetail {
  /** An xAPI statement (JSON), as sent to the LRS or for the host page to forward itself. */
  statement: Record<string, unknown>;
}

/** With `report="xapi"` or `"cmi5"`: an xAPI statement was made (fired whether or not an LRS takes it). */
export class QuizStatementEvent extends PublicEvent<QuizStatementDetail> {
  static readonly eventName = 'quiz-statement';
}

/**
 * The learner's saved progress changed (an answer, a check, a flag, the position, the clock, a
 * start or a submit): `detail` is the snapshot `getState()` returns at that moment (a copy), for
 * a host that keeps progress on its own server and gives it back with `restore()`.
 */
export class QuizProgressEvent extends PublicEvent<Snapshot> {
  static readonly eventName = 'quiz-progress';
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
