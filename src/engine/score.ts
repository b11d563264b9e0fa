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
import type { Question } from './schema.js';
import { normalizeAnswer } from './text.js';
import { clampPassMark, responseEntry, roundScore, stringList } from './responses.js';

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


/**
 * Which of `positions` form one longest strictly increasing subsequence (the first found, so
 * the same list always marks the same items).
 */
function longestIncreasingRun(positions: readonly number[]): boolean[] {
  const tails: number[] = []; // index into positions of the smallest tail of each run length
  const previous: number[] = [];
  positions.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (positions[tails[mid]!]! < value) low = mid + 1;
      else high = mid;
    }
    previous[i] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = i;
  });
  const kept = positions.map(() => false);
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) kept[i] = true;
  return kept;
}

/**
 * How a response earned its credit, in the terms of each type's rule, so a review can say how a
 * score was computed and mark each part without knowing the rules:
 * - `whole`: single, true-false, and an all-or-nothing multiple: right or not.
 * - `picks`: a multiple with partial credit: right and wrong picks of `of` right answers.
 * - `parts`: match (pairs, in bank order) and cloze (blanks, in bank order): each part right or not.
 * - `moves`: order: `moves` items to pick up and put back, of `of` (items − 1) at most; `kept`
 *   marks, for each position of the learner's arrangement, the items that stay (null when the
 *   response is no complete arrangement of the items, which scores 0).
 */
export type CreditBreakdown =
  | { kind: 'whole'; right: boolean }
  | { kind: 'picks'; right: number; wrong: number; of: number }
  | { kind: 'parts'; marks: boolean[]; right: number; of: number }
  | { kind: 'moves'; moves: number; of: number; kept: boolean[] | null };

function parts(marks: boolean[]): CreditBreakdown {
  return { kind: 'parts', marks, right: marks.filter(Boolean).length, of: marks.length };
}

export function creditBreakdown(question: Question, response: unknown): CreditBreakdown {
  switch (question.type) {
    case 'single':
    case 'true-false':
      return { kind: 'whole', right: response === question.answer };
    case 'multiple': {
      const picked = new Set(stringList(response));
      const right = new Set(question.answer);
      const known = new Set(question.choices.map((c) => c.id));
      const rightPicks = [...picked].filter((id) => right.has(id)).length;
      const wrongPicks = [...picked].filter((id) => known.has(id) && !right.has(id)).length;
      if (question.scoring === 'all-or-nothing') return { kind: 'whole', right: rightPicks === right.size && wrongPicks === 0 };
      return { kind: 'picks', right: rightPicks, wrong: wrongPicks, of: right.size };
    }
    case 'match':
      return parts(question.pairs.map((p) => responseEntry(response, p.id) === p.right));
    case 'order': {
      const correct = question.items.map((item) => item.id);
      const given = stringList(response);
      const of = correct.length - 1;
      // Only a complete arrangement of exactly these items is scored.
      if (given.length !== correct.length || new Set(given).size !== correct.length || !given.every((id) => correct.includes(id))) {
        return { kind: 'moves', moves: of, of, kept: null };
      }
      const kept = longestIncreasingRun(given.map((id) => correct.indexOf(id)));
      return { kind: 'moves', moves: kept.filter((k) => !k).length, of, kept };
    }
    case 'cloze':
      return parts(question.blanks.map((blank) => {
        const value = responseEntry(response, blank.id);
        return value !== undefined && blank.accept.some((a) => normalizeAnswer(a) === normalizeAnswer(value));
      }));
  }
}

/** The fraction of the question answered correctly, in [0, 1]. */
function creditFor(question: Question, response: unknown): number {
  const breakdown = creditBreakdown(question, response);
  switch (breakdown.kind) {
    case 'whole':
      return breakdown.right ? 1 : 0;
    case 'picks':
      return Math.max(0, (breakdown.right - breakdown.wrong) / breakdown.of);
    case 'parts':
      return breakdown.right / breakdown.of;
    case 'moves':
      return breakdown.kept ? 1 - breakdown.moves / breakdown.of : 0;
  }
}

export function scoreQuestion(question: Question, response: unknown): QuestionScore {
  const credit = creditFor(question, response);
  return { questionId: question.id, score: roundScore(credit * question.points), maxScore: question.points, correct: credit === 1 };
}

/**
 * Scores an attempt. `responses` are keyed by question id; `passMark` is the fraction of the
 * maximum needed to pass, in [0, 1] (default 0.6).
 */
export function scoreAttempt(questions: readonly Question[], responses: Readonly<Record<string, unknown>>, passMark = 0.6): QuizResult {
  const perQuestion = questions.map((q) => scoreQuestion(q, Object.hasOwn(responses, q.id) ? responses[q.id] : undefined));
  const score = roundScore(perQuestion.reduce((sum, q) => sum + q.score, 0));
  const maxScore = roundScore(perQuestion.reduce((sum, q) => sum + q.maxScore, 0));
  const scaled = maxScore > 0 ? roundScore(score / maxScore) : 0;
  const mark = clampPassMark(passMark);
  return { score, maxScore, scaled, passed: maxScore > 0 && scaled >= mark, passMark: mark, perQuestion };
}
