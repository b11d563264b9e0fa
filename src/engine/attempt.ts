/**
 * Planning an attempt: which questions a learner gets, in what order, and how each question's
 * options are laid out. Everything follows from the seed, so a teacher can reproduce exactly
 * what a learner saw, and a server can re-check it.
 */
import { createRandom, shuffle, type Seed } from './random.js';
import type { Bank, Question } from './schema.js';

export interface AttemptOptions {
  seed: Seed;
  /** How many questions to draw; all that match when absent, or more than there are. */
  count?: number | undefined;
  /** Keep questions having at least one of these tags; all questions when empty or absent. */
  tags?: readonly string[] | undefined;
  /** Only these question ids, in this order when `shuffle` is false; all questions when empty or absent. */
  questions?: readonly string[] | undefined;
  /** Keep questions of these difficulties; a question without one always matches. */
  difficulty?: readonly number[] | undefined;
  /** Shuffle questions and choices (default true); false keeps the bank's order. */
  shuffle?: boolean | undefined;
}

export interface PlannedQuestion {
  question: Question;
  /**
   * How the question is laid out, by type: single and multiple, choice ids in display order;
   * order, item ids in the order the learner starts from (never already correct; until the
   * learner moves an item the question is unanswered and scores 0); match, the
   * right-hand options (pair rights and distractors) in display order; otherwise empty.
   * Order items and match options are shuffled even when `shuffle` is false, since the bank's
   * order is the answer.
   */
  layout: readonly string[];
}

/** What the selection settings made of the bank, so a start screen and a teacher can be told. */
export interface Selection {
  /** How many questions matched `questions`, `tags` and `difficulty`, before `count` drew from them. */
  matching: number;
  /** The `count` asked for, when it is a positive whole number. */
  requested: number | undefined;
  /** The settings that narrowed the bank (none: every question matched). */
  narrowedBy: ('questions' | 'tags' | 'difficulty')[];
  /** Ids in `questions` that the bank does not have. */
  unknownQuestionIds: string[];
  /** Tags in `tags` that no question of the bank has. */
  unknownTags: string[];
}

export interface AttemptPlan {
  seed: string;
  /** Whether questions and choices were shuffled: with the seed and the ids, this redraws the plan. */
  shuffled: boolean;
  questions: PlannedQuestion[];
  selection: Selection;
}

/** How one question is laid out for a seed (see `PlannedQuestion.layout`). */
export function layoutOf(question: Question, seed: string, shuffled: boolean): string[] {
  const random = createRandom(`${seed}/layout/${question.id}`);
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const ids = question.choices.map((c) => c.id);
      return shuffled ? shuffle(ids, random) : ids;
    }
    case 'match':
      return shuffle([...question.pairs.map((p) => p.right), ...(question.distractors ?? [])], random);
    case 'order': {
      const correct = question.items.map((item) => item.id);
      const start = shuffle(correct, random);
      // A shuffle that lands on the answer would give the points away: rotate it by one.
      return start.every((id, i) => id === correct[i]) ? [...start.slice(1), start[0]!] : start;
    }
    default:
      return [];
  }
}

export function planAttempt(bank: Bank, options: AttemptOptions): AttemptPlan {
  const seed = String(options.seed);
  const shuffled = options.shuffle !== false;
  const tags = options.tags?.length ? new Set(options.tags) : undefined;
  const difficulty = options.difficulty?.length ? new Set(options.difficulty) : undefined;
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const picked = options.questions?.length ? [...new Set(options.questions)] : undefined;
  // Picked questions keep the teacher's order; otherwise the bank's.
  const pool = picked ? picked.flatMap((id) => byId.get(id) ?? []) : bank.questions;
  const eligible = pool.filter(
    (q) => (!tags || (q.tags ?? []).some((t) => tags.has(t))) && (!difficulty || q.difficulty === undefined || difficulty.has(q.difficulty)),
  );
  const requested = Number.isInteger(options.count) && options.count! > 0 ? options.count : undefined;
  // Drawing is always random (a sample must not always be the first N); `shuffle: false` then
  // puts the drawn questions back in the pool's order.
  let drawn = shuffle(eligible, createRandom(`${seed}/questions`)).slice(0, requested ?? eligible.length);
  if (!shuffled) {
    const kept = new Set(drawn);
    drawn = eligible.filter((q) => kept.has(q));
  }
  const bankTags = new Set(tags ? bank.questions.flatMap((q) => q.tags ?? []) : []);
  const selection: Selection = {
    matching: eligible.length,
    requested,
    narrowedBy: (['questions', 'tags', 'difficulty'] as const).filter((key) => options[key]?.length),
    unknownQuestionIds: (picked ?? []).filter((id) => !byId.has(id)),
    unknownTags: [...(tags ?? [])].filter((tag) => !bankTags.has(tag)),
  };
  return planOf(drawn, seed, shuffled, selection);
}

export function planOf(questions: readonly Question[], seed: string, shuffled: boolean, selection: Selection): AttemptPlan {
  return { seed, shuffled, questions: questions.map((question) => ({ question, layout: layoutOf(question, seed, shuffled) })), selection };
}
