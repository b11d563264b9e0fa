/**
 * Study mode's schedule: spaced repetition over a bank with FSRS (the `ts-fsrs` package).
 *
 * Each question of the deck (the bank, or its tags / difficulty selection) is a card. A learner
 * answers it, the answer is scored as in a quiz, and the score gives the grade:
 * - wrong → Again, partly right → Hard, right → Good;
 * - a right answer may be raised to Easy ("It was easy");
 * - a right or partly right answer may be lowered with "I guessed", which gives Again, not Hard:
 *   FSRS reads Hard as "recalled, with effort", a passing grade, and a guess is not recall (the
 *   FSRS authors' advice: press Again whenever you did not know). A wrong answer stays Again.
 *
 * Which card comes next, as Anki does it: seen cards whose due time has come (earliest first);
 * then new cards in bank order, at most `newPerDay` started per study day (a day starts at
 * 4 a.m. local time, as in Anki, so a late session counts for the day before); then, when nothing
 * else is left, a card in its learning steps due within 20 minutes. "Study ahead" ignores due
 * times and the daily limit: the seen card due soonest, else the next new card.
 *
 * Every function takes the time as `now` (ms since the epoch) from the caller's clock, so tests
 * run days in milliseconds. Nothing here reads the real clock, storage or the DOM.
 *
 * `ts-fsrs` adds four methods to `Date.prototype` when it is imported (its own API, deprecated
 * there): this module is therefore not re-exported by the engine's index, and the player loads it
 * only in study mode.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import * as z from 'zod/mini';
import { layoutOf, planAttempt, type PlannedQuestion } from './attempt.js';
import { roundScore, type Outcome } from './responses.js';
import { describeZodIssue, formatIssues, formatPath, isRecord, type BankIssue } from './issues.js';
import { BANK_FORMAT, ID_PATTERN, LIMITS, type Bank, type Question } from './schema.js';

export type StudyGrade = 'again' | 'hard' | 'good' | 'easy';
/** What the learner may say about an answer: "It was easy" or "I guessed". */
export type GradeAdjustment = 'easy' | 'guessed';

/** The adjustments a learner is offered after an answer with this outcome. */
export function gradeAdjustments(outcome: Outcome): GradeAdjustment[] {
  return outcome === 'correct' ? ['easy', 'guessed'] : outcome === 'partial' ? ['guessed'] : [];
}

/** The grade for an answer: from its outcome, then the learner's adjustment if it is offered. */
export function gradeOf(outcome: Outcome, adjustment?: GradeAdjustment): StudyGrade {
  if (adjustment !== undefined && gradeAdjustments(outcome).includes(adjustment)) return adjustment === 'easy' ? 'easy' : 'again';
  return outcome === 'correct' ? 'good' : outcome === 'partial' ? 'hard' : 'again';
}

const RATINGS: Record<StudyGrade, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
/** Anki's "next day starts at": reviews before 4 a.m. count for the day before. */
const DAY_STARTS_AT_HOUR = 4;
/** Anki's "learn ahead limit": a learning card due this soon is shown when nothing else is left. */
const LEARN_AHEAD_MS = 20 * 60 * 1000;
const DEFAULT_NEW_PER_DAY = 20;

/** FSRS-6 with its default weights and 90% desired retention; no fuzz, so a schedule is exact. */
const scheduler = fsrs({ enable_fuzz: false });

/** One card's FSRS state, as stored (times in ms since the epoch). */
export interface StudyCard {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** FSRS state: 1 learning, 2 review (learned), 3 relearning. A stored card is never new (0). */
  state: 1 | 2 | 3;
  lastReview: number;
  /** When the card was first studied: counts it against that day's new-card limit. */
  introduced: number;
  /** The last answer's credit, in [0, 1]: the score over the question's points. */
  credit: number;
}

const STUDY_FORMAT = 'citequiz-study';
const STUDY_VERSION = 1;

/** A learner's study progress on one bank: what is saved, exported and imported. */
export interface StudyProgress {
  format: typeof STUDY_FORMAT;
  v: typeof STUDY_VERSION;
  bankId: string;
  /** Cards studied at least once, by question id; a question not here is new. */
  cards: Record<string, StudyCard>;
}

export function emptyProgress(bankId: string): StudyProgress {
  return { format: STUDY_FORMAT, v: STUDY_VERSION, bankId, cards: {} };
}

/**
 * The deck: the bank's questions that match `tags` (any) and `difficulty`, by the same rule as a
 * quiz's selection, in bank order.
 */
export function studyDeck(bank: Bank, options: { tags?: readonly string[] | undefined; difficulty?: readonly number[] | undefined } = {}): Question[] {
  return planAttempt(bank, { seed: 'deck', tags: options.tags, difficulty: options.difficulty, shuffle: false }).questions.map((p) => p.question);
}

/**
 * A card as it is shown: choices shuffled afresh for each review (seeded by the number of
 * reviews, so a learner cannot learn an answer's place, and a test can predict it).
 */
export function planCard(progress: StudyProgress, question: Question): PlannedQuestion {
  return { question, layout: layoutOf(question, `study/${cardOf(progress, question.id)?.reps ?? 0}`, true) };
}

function toFsrs(card: StudyCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0, // deprecated in ts-fsrs: it computes the elapsed time from last_review
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: new Date(card.lastReview),
  };
}

/** A question's card, or undefined while it is new (an id such as "constructor" finds no Object method). */
export function cardOf(progress: StudyProgress, questionId: string): StudyCard | undefined {
  return Object.hasOwn(progress.cards, questionId) ? progress.cards[questionId] : undefined;
}

/**
 * Records an answer: the card's next FSRS state after `grade` at `now`, and the answer's credit
 * (score ÷ points). Returns new progress; the old one is unchanged.
 */
export function review(progress: StudyProgress, questionId: string, answer: { grade: StudyGrade; credit: number }, now: number): StudyProgress {
  const before = cardOf(progress, questionId);
  const { card } = scheduler.next(before ? toFsrs(before) : createEmptyCard(new Date(now)), new Date(now), RATINGS[answer.grade]);
  const next: StudyCard = {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StudyCard['state'],
    lastReview: now,
    introduced: before?.introduced ?? now,
    credit: Math.min(1, Math.max(0, answer.credit)),
  };
  return { ...progress, cards: { ...progress.cards, [questionId]: next } };
}

/** When the card would be due after each grade, were it answered at `now` (for "Good · 10 min"). */
export function previewDue(progress: StudyProgress, questionId: string, now: number): Record<StudyGrade, number> {
  const before = cardOf(progress, questionId);
  const preview = scheduler.repeat(before ? toFsrs(before) : createEmptyCard(new Date(now)), new Date(now));
  const due = (grade: StudyGrade) => preview[RATINGS[grade]].card.due.getTime();
  return { again: due('again'), hard: due('hard'), good: due('good'), easy: due('easy') };
}

/** The study day a time falls in, as local `YYYY-MM-DD`, the day starting at 4 a.m. */
export function studyDay(time: number): string {
  const day = new Date(time - DAY_STARTS_AT_HOUR * 60 * 60 * 1000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** A daily limit of new cards as given (an attribute): a whole number ≥ 0, else the default 20. */
function newPerDayOf(value: number | undefined): number {
  return value !== undefined && Number.isInteger(value) && value >= 0 ? value : DEFAULT_NEW_PER_DAY;
}

export interface StudySession {
  /** Seen cards whose due time has come. */
  due: number;
  /** New cards that may still be started today: the daily limit less those started today. */
  new: number;
  /** Seen cards still in their learning (or relearning) steps. */
  learning: number;
  /** Cards past their learning steps (FSRS state Review). */
  learned: number;
  /** Cards never studied. */
  unseen: number;
  total: number;
  /** When the next seen card falls due after `now` (ms), or null when none is waiting. */
  nextDue: number | null;
}

export interface SessionOptions {
  /** New cards per study day (default 20). */
  newPerDay?: number | undefined;
}

function newLeftToday(deck: readonly Question[], progress: StudyProgress, now: number, newPerDay: number | undefined): number {
  const today = studyDay(now);
  const startedToday = deck.filter((q) => {
    const card = cardOf(progress, q.id);
    return card !== undefined && studyDay(card.introduced) === today;
  }).length;
  return Math.max(0, newPerDayOf(newPerDay) - startedToday);
}

/** The counts a session screen shows: due now, new, learning, learned, and the next due time. */
export function studySession(deck: readonly Question[], progress: StudyProgress, now: number, options: SessionOptions = {}): StudySession {
  const cards = deck.map((q) => cardOf(progress, q.id)).filter((c): c is StudyCard => c !== undefined);
  const unseen = deck.length - cards.length;
  const later = cards.filter((c) => c.due > now).map((c) => c.due);
  return {
    due: cards.filter((c) => c.due <= now).length,
    new: Math.min(unseen, newLeftToday(deck, progress, now, options.newPerDay)),
    learning: cards.filter((c) => c.state !== State.Review).length,
    learned: cards.filter((c) => c.state === State.Review).length,
    unseen,
    total: deck.length,
    nextDue: later.length ? Math.min(...later) : null,
  };
}

export interface NextCardOptions extends SessionOptions {
  /** Study ahead: ignore due times and the daily limit (when nothing is due). */
  ahead?: boolean | undefined;
}

/** The question to study next, or undefined when nothing is due and no new card is left today. */
export function nextCard(deck: readonly Question[], progress: StudyProgress, now: number, options: NextCardOptions = {}): Question | undefined {
  const seen = deck
    .map((question) => ({ question, card: cardOf(progress, question.id) }))
    .filter((entry): entry is { question: Question; card: StudyCard } => entry.card !== undefined)
    .sort((a, b) => a.card.due - b.card.due);
  const firstNew = () => deck.find((q) => cardOf(progress, q.id) === undefined);
  if (options.ahead) return seen[0]?.question ?? firstNew();
  const due = seen.find((s) => s.card.due <= now);
  if (due) return due.question;
  if (newLeftToday(deck, progress, now, options.newPerDay) > 0) {
    const fresh = firstNew();
    if (fresh) return fresh;
  }
  return seen.find((s) => s.card.state !== State.Review && s.card.due <= now + LEARN_AHEAD_MS)?.question;
}

/**
 * How well a card is known at `now`: the last answer's credit times FSRS's probability of
 * recalling it now (its retrievability, which starts at 1 and decays by whole days elapsed).
 * A new card is 0.
 */
export function cardMastery(progress: StudyProgress, questionId: string, now: number): number {
  const card = cardOf(progress, questionId);
  if (!card) return 0;
  return roundScore(card.credit * scheduler.get_retrievability(toFsrs(card), new Date(now), false));
}


export interface TopicMastery {
  /** The tag; "" for questions without tags. */
  topic: string;
  questions: number;
  /** The mean of its questions' mastery (new ones count 0), in [0, 1]. */
  mastery: number;
  /** mastery as a whole percent, floored: 100 only when every question is fully known. */
  percent: number;
}

/** Mastery per topic (the bank's tags, in order of first use; untagged questions under ""). */
export function topicMastery(deck: readonly Question[], progress: StudyProgress, now: number): TopicMastery[] {
  const byTopic = new Map<string, number[]>();
  for (const question of deck) {
    const value = cardMastery(progress, question.id, now);
    for (const topic of question.tags?.length ? question.tags : ['']) {
      const values = byTopic.get(topic) ?? [];
      values.push(value);
      byTopic.set(topic, values);
    }
  }
  return [...byTopic].map(([topic, values]) => {
    const mastery = roundScore(values.reduce((sum, v) => sum + v, 0) / values.length);
    return { topic, questions: values.length, mastery, percent: Math.floor(mastery * 100 + 1e-9) };
  });
}

/**
 * The `count` studied questions known least well at `now`: lowest mastery first, then more
 * lapses (times forgotten), then bank order. Questions never studied are not "weak", only new.
 */
export function weakestQuestions(deck: readonly Question[], progress: StudyProgress, now: number, count = 5): { question: Question; mastery: number }[] {
  return deck
    .map((question, index) => ({ question, index, card: cardOf(progress, question.id), mastery: cardMastery(progress, question.id, now) }))
    .filter((entry) => entry.card !== undefined)
    .sort((a, b) => a.mastery - b.mastery || b.card!.lapses - a.card!.lapses || a.index - b.index)
    .slice(0, count)
    .map(({ question, mastery }) => ({ question, mastery }));
}

/**
 * Puts imported progress together with the progress already here: for each card, the one
 * reviewed last wins, so moving between two devices loses neither's latest work.
 */
export function mergeProgress(local: StudyProgress, incoming: StudyProgress): StudyProgress {
  const cards = { ...local.cards };
  for (const [id, card] of Object.entries(incoming.cards)) {
    const mine = cardOf(local, id);
    if (!mine || card.lastReview > mine.lastReview) cards[id] = card;
  }
  return { ...local, cards };
}

// The file format: its shape as a zod/mini schema using only what the bank's schema uses (zod's
// modules are shared with the player's entry, so every other zod feature would weigh on it),
// then its rules as code, each with its own words. Times are whole ms since the epoch, within the
// years 2000 to 9999.
const number = z.number();
const cardSchema = z.strictObject({
  due: number, stability: number, difficulty: number, scheduledDays: number, learningSteps: number, reps: number,
  lapses: number, state: z.literal([1, 2, 3]), lastReview: number, introduced: number, credit: number,
});
const progressSchema = z.strictObject({ format: z.literal(STUDY_FORMAT), v: z.literal(STUDY_VERSION), bankId: z.string(), cards: z.unknown() });

const TIME = { min: 946_684_800_000, max: 253_402_300_799_999 };
const between = (min: number, max: number, words: string) => (value: number) => (value >= min && value <= max ? null : words);
const whole = (value: number) => (Number.isInteger(value) ? (value >= 0 ? null : 'should be 0 or more') : 'should be a whole number');
const time = (value: number) => (!Number.isInteger(value) ? 'a time is a whole number of milliseconds' : between(TIME.min, TIME.max, 'a time is between the years 2000 and 9999')(value));
const CARD_RULES: Record<Exclude<keyof StudyCard, 'state'>, (value: number) => string | null> = {
  due: time,
  stability: (value) => (value > 0 && value <= 1e6 ? null : 'should be more than 0 and at most 1,000,000'),
  difficulty: between(1, 10, 'should be from 1 to 10'),
  scheduledDays: whole,
  learningSteps: whole,
  reps: whole,
  lapses: whole,
  lastReview: time,
  introduced: time,
  credit: between(0, 1, 'should be from 0 to 1'),
};

function describeIssue(issue: z.core.$ZodIssue): string {
  return issue.code === 'invalid_value' && issue.path[issue.path.length - 1] === 'state'
    ? 'the state is 1 (learning), 2 (review) or 3 (relearning)'
    : describeZodIssue(issue);
}

/** The file's cards, or every problem with them (an id that is not a question id, a card's shape or rules). */
function readCards(value: unknown): { cards: Record<string, StudyCard>; issues: BankIssue[] } {
  const cards: Record<string, StudyCard> = {};
  const issues: BankIssue[] = [];
  if (!isRecord(value)) return { cards, issues: [{ path: 'cards', message: 'should be an object of cards by question id' }] };
  const ids = Object.keys(value);
  if (ids.length > LIMITS.questions) return { cards, issues: [{ path: 'cards', message: `holds at most ${LIMITS.questions} cards` }] };
  for (const id of ids) {
    const at = (...path: PropertyKey[]) => formatPath(['cards', id, ...path]);
    if (!ID_PATTERN.test(id)) {
      issues.push({ path: at(), message: 'is not a question id (1 to 64 letters, digits, "-", "_" or ".", starting with a letter or digit)' });
      continue;
    }
    const parsed = cardSchema.safeParse(value[id], { reportInput: true });
    if (!parsed.success) {
      issues.push(...parsed.error.issues.map((issue) => ({ path: at(...issue.path), message: describeIssue(issue) })));
      continue;
    }
    const problems = Object.entries(CARD_RULES).flatMap(([field, rule]) => {
      const message = rule(parsed.data[field as keyof typeof CARD_RULES]);
      return message ? [{ path: at(field), message }] : [];
    });
    if (problems.length) issues.push(...problems);
    else cards[id] = parsed.data;
  }
  return { cards, issues };
}

/** Progress as the text of a file to save (`citequiz-study`, version 1). */
export function exportProgress(progress: StudyProgress): string {
  return `${JSON.stringify(progress, null, 1)}\n`;
}

/** The largest progress file read: 10,000 cards take about 2.5 MB. */
const MAX_PROGRESS_CHARS = 5_000_000;

export type ImportResult =
  | {
      ok: true;
      progress: StudyProgress;
      /** Cards for questions no longer in the bank, left out. */
      ignored: string[];
    }
  | { ok: false; issues: BankIssue[]; message: string };

function refused(issues: BankIssue[], why = 'This file cannot be imported'): ImportResult {
  return { ok: false, issues, message: `${why}:\n${formatIssues(issues)}` };
}

/**
 * Reads an exported progress file for `bankId`. Refused, with the reason, when it is not JSON, is
 * not a citequiz study file (a bank is named as one), is a version this release cannot read, is
 * for another bank, or is damaged (every problem with its path). Cards for questions the bank no
 * longer has (`questionIds`) are left out and listed.
 */
export function importProgress(text: string, bankId: string, questionIds: Iterable<string>): ImportResult {
  const at = '(the file)';
  if (text.length > MAX_PROGRESS_CHARS) return refused([{ path: at, message: `the file is over ${MAX_PROGRESS_CHARS / 1_000_000} MB; a progress file is far smaller` }]);
  if (!text.trim()) return refused([{ path: at, message: 'the file is empty' }]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refused([{ path: at, message: `this is not a progress file: it is not valid JSON (${(error as Error).message})` }]);
  }
  if (!isRecord(data) || data.format !== STUDY_FORMAT) {
    const what = isRecord(data) && data.format === BANK_FORMAT ? 'this is a question bank, not study progress' : `this is not citequiz study progress (it has no "format": "${STUDY_FORMAT}")`;
    return refused([{ path: 'format', message: what }]);
  }
  if (data.v !== STUDY_VERSION) {
    return refused([{ path: 'v', message: `this progress file is version ${JSON.stringify(data.v)}; this release of citequiz reads version ${STUDY_VERSION}` }]);
  }
  if (typeof data.bankId === 'string' && data.bankId !== bankId) {
    return refused([{ path: 'bankId', message: `this progress is for the bank "${data.bankId}", not "${bankId}"` }]);
  }
  // The input is kept on each issue: the messages describe what was found.
  const parsed = progressSchema.safeParse(data, { reportInput: true });
  const issues: BankIssue[] = parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
  const read = readCards(data.cards);
  issues.push(...read.issues);
  if (!parsed.success || issues.length) return refused(issues, 'This progress file is damaged');
  const known = new Set(questionIds);
  const ignored = Object.keys(read.cards).filter((id) => !known.has(id));
  const cards = Object.fromEntries(Object.entries(read.cards).filter(([id]) => known.has(id)));
  return { ok: true, progress: { format: STUDY_FORMAT, v: STUDY_VERSION, bankId: parsed.data.bankId, cards }, ignored };
}
