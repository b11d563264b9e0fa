/**
 * The quiz controller's actions that a quiz needs only once its first question is checked, or
 * for a returning learner, in the after chunk: scoring, flags, the clock's controls, the
 * confirmation's lists, submitting, resuming a saved attempt, a practice attempt, and progress
 * from another copy. Functions over the controller (quiz-controller.ts), which holds the state
 * and what the entry needs up to the first Check; every rule is the engine's.
 */
import {
  extendClock, finishAttempt, planAttempt, recordFlag, replanAttempt, scoreAttempt, scoreQuestion, turnOffClock,
  type AttemptPlan, type PlannedQuestion, type QuestionScore, type QuizResult, type Snapshot,
} from '../engine/index.js';
import type { QuizController } from './quiz-controller.js';

/** A submitted attempt, taken whole before any event is fired, so a host's handler cannot change it. */
export interface Submission {
  plan: AttemptPlan;
  bankId: string;
  result: QuizResult;
  durationMs: number;
  /** The questions not checked before submitting: each still needs its quiz-answer event. */
  unchecked: PlannedQuestion[];
  /** Each question's response as reported: null when unanswered. */
  responses: unknown[];
}

/** The score of the learner's response to a question (a checked one's verdict). */
export function scoreOf(quiz: QuizController, planned: PlannedQuestion): QuestionScore {
  return scoreQuestion(planned.question, quiz.responseTo(planned));
}

/** The response as events report it: a copy (a host's handler cannot change it), or null. */
function reportedResponse(quiz: QuizController, planned: PlannedQuestion): unknown {
  return quiz.answered(planned) ? structuredClone(quiz.responseTo(planned)) : null;
}

export function flagged(quiz: QuizController, questionId: string): boolean {
  return quiz.attempt?.flags[questionId]?.on === true;
}

export function setFlag(quiz: QuizController, questionId: string, on: boolean): void {
  if (quiz.attempt && quiz.phase !== 'results') quiz.save(recordFlag(quiz.attempt, questionId, on, quiz.now()));
}

/** Adds the limit once more ("Add time"), or turns it off; the clock's new state is saved. */
export function changeClock(quiz: QuizController, change: 'extend' | 'off'): void {
  if (quiz.attempt) quiz.save((change === 'extend' ? extendClock : turnOffClock)(quiz.attempt, quiz.now()));
}

/** The questions flagged for review, by position (the confirmation lists them). */
export function flaggedIndexes(quiz: QuizController): number[] {
  return quiz.questions.flatMap((planned, i) => (flagged(quiz, planned.question.id) ? [i] : []));
}

export function unansweredIndexes(quiz: QuizController): number[] {
  return quiz.questions.flatMap((planned, i) => (quiz.answered(planned) ? [] : [i]));
}

/** Scores the attempt and shows the results; null when no attempt is under way. */
export function submitAttempt(quiz: QuizController, passMark: number): Submission | null {
  const { attempt, plan, bank, snapshot } = quiz;
  if ((quiz.phase !== 'question' && quiz.phase !== 'confirm') || !plan || !bank || !snapshot || !attempt) return null;
  const questions = quiz.questions.map((p) => p.question);
  const responses = Object.fromEntries(quiz.questions.map((p) => [p.question.id, quiz.responseTo(p)]));
  const now = quiz.now();
  quiz.result = scoreAttempt(questions, responses, passMark);
  quiz.snapshot = finishAttempt({ ...snapshot, attempt }, quiz.result, now);
  quiz.setPhase('results');
  quiz.events.onProgress(quiz.snapshot);
  return {
    plan,
    bankId: bank.id,
    result: structuredClone(quiz.result),
    durationMs: now - attempt.startedAt,
    unchecked: quiz.questions.filter((p) => !attempt.answers[p.question.id]?.checked), // the attempt as it was: finished now
    responses: quiz.questions.map((p) => reportedResponse(quiz, p)),
  };
}

/** The saved attempt on the start screen comes back exactly: questions, answers, position, flags, clock. */
export function resumeAttempt(quiz: QuizController): boolean {
  const saved = quiz.snapshot?.attempt;
  const plan = saved && quiz.bank && replanAttempt(quiz.bank, saved.seed, saved.questions, saved.shuffled);
  if (quiz.phase !== 'start' || !saved || !plan) return false;
  quiz.plan = plan;
  quiz.attempt = saved;
  quiz.result = null;
  quiz.index = saved.index;
  quiz.setPhase(saved.phase);
  return true;
}

/**
 * Draws an attempt of the questions the last attempt did not get fully right, in a new order
 * even when `shuffled` is false (which keeps each question's choices as the bank has them).
 */
export function newPractice(quiz: QuizController, seed: string, shuffled: boolean): void {
  const missed = quiz.snapshot?.last?.missed;
  if (!quiz.bank || !missed?.length) return;
  const order = planAttempt(quiz.bank, { seed, questions: missed }).questions.map((p) => p.question.id);
  quiz.use(replanAttempt(quiz.bank, seed, order, shuffled)!);
}

/**
 * Takes in saved progress from elsewhere: this element's merged with another copy (another
 * tab's, what was stored), or a host's restore() replacing it. True when the attempt on
 * screen is not in it (it was submitted or started over there, or replaced): this element is
 * then back on its start screen, and the caller draws a fresh attempt.
 */
export function adopt(quiz: QuizController, snapshot: Snapshot, how: 'merge' | 'replace'): boolean {
  if (!quiz.snapshot) return false;
  quiz.snapshot = snapshot;
  quiz.host.requestUpdate();
  if (!quiz.attempt || quiz.phase === 'results') return false;
  if (how === 'merge' && snapshot.attempt?.id === quiz.attempt.id) {
    quiz.attempt = snapshot.attempt; // the merge keeps this tab's position and phase
    return false;
  }
  quiz.attempt = null;
  quiz.setPhase('start');
  return true;
}
