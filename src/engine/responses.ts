/**
 * Reading a learner's responses without scoring them: whether a question is answered, a match or
 * cloze response's entries, a score's outcome, the pass mark. Apart from score.ts so a player can
 * show questions (and say what is unanswered) without loading the scoring rules, which come with
 * its feedback and results.
 */
import type { Question } from './schema.js';
import type { QuestionScore } from './score.js';

export function stringList(response: unknown): string[] {
  return Array.isArray(response) ? response.filter((r): r is string => typeof r === 'string') : [];
}

/** A match or cloze response as a map (`{ pairId: text }`), or an empty one for anything else. */
export function responseMap(response: unknown): Record<string, unknown> {
  return typeof response === 'object' && response !== null && !Array.isArray(response) ? (response as Record<string, unknown>) : {};
}

/** A response map's own text for `key`: an id such as "constructor" must not find Object's method. */
export function responseEntry(response: unknown, key: string): string | undefined {
  const map = responseMap(response);
  const value = Object.hasOwn(map, key) ? map[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** A score or fraction to 4 decimals, as every score, mastery and SCORM value is written. */
export const roundScore = (value: number): number => Math.round(value * 10_000) / 10_000;

/** How a scored question reads: full marks, some, or none. */
export type Outcome = 'correct' | 'partial' | 'wrong';

export function outcomeOf(score: QuestionScore): Outcome {
  return score.correct ? 'correct' : score.score > 0 ? 'partial' : 'wrong';
}

/** A pass mark as a fraction in [0, 1]; anything not a finite number means the default, 0.6. */
export function clampPassMark(passMark: number): number {
  return Number.isFinite(passMark) ? Math.min(1, Math.max(0, passMark)) : 0.6;
}

/** Whether the learner gave any answer at all (for "3 questions are unanswered"). */
export function isAnswered(question: Question, response: unknown): boolean {
  switch (question.type) {
    case 'single':
      return typeof response === 'string';
    case 'true-false':
      return typeof response === 'boolean';
    case 'multiple':
    case 'order':
      return stringList(response).length > 0;
    case 'match':
    case 'cloze':
      return Object.values(responseMap(response)).some((v) => typeof v === 'string' && v.trim() !== '');
  }
}

