/**
 * Scoring, one rule per question type, and the result of a whole attempt. Responses arrive as
 * `unknown` (from a form, from storage, from a submitted attempt) and are checked here, so a
 * malformed response scores 0 instead of throwing.
 *
 * The rules, with `points` the question's points:
 * - single, true-false: all or nothing.
 * - multiple: (right picks − wrong picks) ÷ number of right answers, floored at 0, × points;
 *   `scoring: "all-or-nothing"` gives points only for exactly the right set.
 * - match: points × correct pairs ÷ pairs.
 * - order: points × (1 − moves ÷ (items − 1)), where moves is the fewest items to pick up and
 *   put elsewhere to reach the correct order (items − longest run in correct relative order).
 *   This differs from "fraction of items in their correct position", which gives 0 to a list
 *   that is right but for its first item moved to the end; a teacher counts one mistake there.
 *   A reversed list still scores 0.
 * - cloze: points × blanks matched ÷ blanks, comparing with `normalizeAnswer`.
 * Scores are rounded to 4 decimals, so 1/3 shows as 0.3333 and sums stay clean (points have at
 * most 2 decimals, so a full score is never rounded away from the points).
 */
import type { Question, QuestionOfType } from './schema.js';
import { normalizeAnswer } from './text.js';

/** What a learner answered, by type: see `scoreQuestion`. */
export type QuizResponse = string | readonly string[] | boolean | Readonly<Record<string, string>>;

export interface QuestionScore {
  questionId: string;
  score: number;
  maxScore: number;
  /** Full marks. */
  correct: boolean;
}

export interface QuizResult {
  score: number;
  maxScore: number;
  /** score ÷ maxScore, in [0, 1]. */
  scaled: number;
  passed: boolean;
  /** The pass mark applied, as a fraction in [0, 1] (see `clampPassMark`). */
  passMark: number;
  perQuestion: QuestionScore[];
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

function stringList(response: unknown): string[] {
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

/** Length of the longest subsequence of `positions` that is strictly increasing. */
function longestIncreasingRun(positions: readonly number[]): number {
  const tails: number[] = [];
  for (const value of positions) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tails[mid]! < value) low = mid + 1;
      else high = mid;
    }
    tails[low] = value;
  }
  return tails.length;
}

/** The fraction of the question answered correctly, in [0, 1]. */
function creditFor(question: Question, response: unknown): number {
  switch (question.type) {
    case 'single':
    case 'true-false':
      return response === question.answer ? 1 : 0;
    case 'multiple':
      return multipleCredit(question, new Set(stringList(response)));
    case 'match': {
      return question.pairs.filter((p) => responseEntry(response, p.id) === p.right).length / question.pairs.length;
    }
    case 'order': {
      const correct = question.items.map((item) => item.id);
      const given = stringList(response);
      // Only a complete arrangement of exactly these items is scored.
      if (given.length !== correct.length || new Set(given).size !== correct.length || !given.every((id) => correct.includes(id))) return 0;
      const moves = correct.length - longestIncreasingRun(given.map((id) => correct.indexOf(id)));
      return 1 - moves / (correct.length - 1);
    }
    case 'cloze': {
      const matched = question.blanks.filter((blank) => {
        const value = responseEntry(response, blank.id);
        return value !== undefined && blank.accept.some((a) => normalizeAnswer(a) === normalizeAnswer(value));
      });
      return matched.length / question.blanks.length;
    }
  }
}

function multipleCredit(question: QuestionOfType<'multiple'>, picked: ReadonlySet<string>): number {
  const right = new Set(question.answer);
  const known = new Set(question.choices.map((c) => c.id));
  const rightPicks = [...picked].filter((id) => right.has(id)).length;
  const wrongPicks = [...picked].filter((id) => known.has(id) && !right.has(id)).length;
  if (question.scoring === 'all-or-nothing') return rightPicks === right.size && wrongPicks === 0 ? 1 : 0;
  return Math.max(0, (rightPicks - wrongPicks) / right.size);
}

/** How a scored question reads: full marks, some, or none. */
export function outcomeOf(score: QuestionScore): 'correct' | 'partial' | 'wrong' {
  return score.correct ? 'correct' : score.score > 0 ? 'partial' : 'wrong';
}

/** A pass mark as a fraction in [0, 1]; anything not a finite number means the default, 0.6. */
export function clampPassMark(passMark: number): number {
  return Number.isFinite(passMark) ? Math.min(1, Math.max(0, passMark)) : 0.6;
}

export function scoreQuestion(question: Question, response: unknown): QuestionScore {
  const credit = creditFor(question, response);
  return { questionId: question.id, score: round(credit * question.points), maxScore: question.points, correct: credit === 1 };
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

/**
 * Scores an attempt. `responses` are keyed by question id; `passMark` is the fraction of the
 * maximum needed to pass, in [0, 1] (default 0.6).
 */
export function scoreAttempt(questions: readonly Question[], responses: Readonly<Record<string, unknown>>, passMark = 0.6): QuizResult {
  const perQuestion = questions.map((q) => scoreQuestion(q, Object.hasOwn(responses, q.id) ? responses[q.id] : undefined));
  const score = round(perQuestion.reduce((sum, q) => sum + q.score, 0));
  const maxScore = round(perQuestion.reduce((sum, q) => sum + q.maxScore, 0));
  const scaled = maxScore > 0 ? round(score / maxScore) : 0;
  const mark = clampPassMark(passMark);
  return { score, maxScore, scaled, passed: maxScore > 0 && scaled >= mark, passMark: mark, perQuestion };
}
