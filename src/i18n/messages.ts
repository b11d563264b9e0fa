/**
 * Every string the player shows, by language, in two parts that load with the code using them:
 * `StartMessages` in the entry, `AfterMessages` with the after screens (English: en-after.ts, in
 * their chunk). A translation is one chunk implementing the whole of `Messages`, so the type
 * checker refuses an incomplete one. `loadMessages` picks one by a BCP 47 tag. Bank text is
 * never here: it is shown as written.
 */

import type { SourceKind } from '../engine/index.js';

/**
 * One wording per kind of source (the bank's `source.kind`): `read.chapter` is "Read the
 * chapter". Whole phrases, not a noun slotted into a sentence, so a language gets its own
 * articles and genders ("le chapitre", "la transcription", "l’article").
 */
type PerKind<Phrase extends string> = { [K in `${Phrase}.${SourceKind}`]: string };

/** The strings of the start screen and a question: in the entry, so the first question never waits. */
export interface StartMessages extends PerKind<'read'> {
  /** The BCP 47 tag of this catalog's language. */
  lang: string;
  loading: string;
  source: string;
  questionCount(count: number): string;
  /** Fewer questions match than `count` asks for: how many, and what was chosen (`chosen.*` joined by `and`). */
  fewerMatch(count: number, chosen: string): string;
  /** The bank itself has fewer questions than `count` asks for. */
  fewerInBank(count: number): string;
  'chosen.questions': string;
  'chosen.tags': string;
  'chosen.difficulty': string;
  and: string;
  timeLimit(seconds: number): string;
  attemptOf(attempt: number, limit: number): string;
  lastAttempt: string;
  noAttemptsLeft(limit: number): string;
  start: string;
  progress(index: number, count: number): string;
  back: string;
  next: string;
  check: string;
  answerFirst: string;
  finish: string;
  hint: string;
  trueLabel: string;
  falseLabel: string;
  choose: string;
  /** The name of an order item's button: the item and where it is now ("position 2 of 5"). */
  moveUp(item: string, position: number, count: number): string;
  moveDown(item: string, position: number, count: number): string;
  moved(item: string, position: number, count: number): string;
  blank(index: number, count: number): string;
  passMark(percent: number): string;
  /** Under a multiple question's prompt. */
  selectAll: string;
  /** The after screens' chunk could not be fetched (offline): shown where they would be. */
  unavailable: string;
}

/** "a", "a and b", "a, b and c", with the language's word for "and". */
export const listOf = (items: readonly string[], and: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

/** The strings of everything after: feedback, confirmation, results, review, reader, timer, errors. */
export interface AfterMessages extends PerKind<'evidence'>, PerKind<'showIn'> {
  errorTitle: string;
  retry: string;
  httpError(status: number, url: string): string;
  unreachable(url: string): string;
  timeout(url: string, seconds: number): string;
  tooLarge(url: string, megabytes: number): string;
  noBank: string;
  noQuestions: string;
  invalidBank(count: number): string;
  issueAt(path: string): string;
  issueQuestion(id: string): string;
  correct: string;
  incorrect: string;
  partly(score: number, max: number): string;
  explanation: string;
  confirmTitle: string;
  unanswered(count: number): string;
  allAnswered: string;
  submitNow: string;
  keepWorking: string;
  goToQuestion(index: number): string;
  resultsTitle: string;
  scoreLine(score: number, max: number, percent: number): string;
  passed: string;
  notPassed: string;
  attemptCode(seed: string): string;
  review: string;
  tryAgain: string;
  yourAnswer: string;
  correctAnswer: string;
  notAnswered: string;
  timeLeft(seconds: number): string;
  timeWarning(seconds: number): string;
  /** The warning when the limit cannot be extended (`extend="none"`). */
  timeWarningFixed(seconds: number): string;
  addTime(seconds: number): string;
  timeAdded(seconds: number): string;
  /** "Turn off" + "the time limit": a narrow screen shows the first part only (the name stays whole). */
  turnOff: string;
  theTimeLimit: string;
  limitOff: string;
  timeUp: string;
  /** The reader's heading before a bank, with its source's title, is in. */
  readerTitle: string;
  close: string;
  /** Learner-facing error: what can be done, then the technical detail for the teacher. */
  adviceRetry: string;
  adviceTeacher: string;
  errorDetails: string;
  /** A checked choice: picked and right, picked and wrong, right but not picked (each after ✓, ✗, ○). */
  pickedRight: string;
  pickedWrong: string;
  missed: string;
  /** The button beside the progress bar that opens the navigator, and each question's flag. */
  questions: string;
  flag: string;
  /** The navigator: one button per question, named with its state. */
  navigatorTitle: string;
  /** "Question 2: current, not answered, flagged": `states` is the words below, joined. */
  questionState(index: number, states: string): string;
  stateCurrent: string;
  stateAnswered: string;
  stateNotAnswered: string;
  navigatorKey: string;
  flaggedList(count: number): string;
  /** The review: a filter with counts, an index, one collapsible question each. */
  reviewFilter: string;
  filterAll(count: number): string;
  filterWrong(count: number): string;
  filterPartial(count: number): string;
  filterFlagged(count: number): string;
  reviewIndex: string;
  reviewEmpty: string;
  outcomeCorrect: string;
  outcomePartial: string;
  outcomeWrong: string;
  flaggedWord: string;
  /** Per-row marks of match, order and cloze answers. */
  rowRight: string;
  rowWrong: string;
  correctIs(text: string): string;
  belongsAt(position: number): string;
  blankLabel(index: number): string;
  /** How partial credit was computed. */
  creditPicks(right: number, wrong: number, of: number, points: number): string;
  creditPairs(right: number, of: number, points: number): string;
  creditBlanks(right: number, of: number, points: number): string;
  creditMoves(moves: number, items: number, points: number): string;
  /** Saved progress: the start screen of a returning learner. */
  /** An attempt under way: without a time limit, with minutes left, and with the time run out. */
  underWay(answered: number, total: number): string;
  underWayTimed(answered: number, total: number, minutes: number): string;
  underWayTimeUp(answered: number, total: number): string;
  resume: string;
  startOver: string;
  lastPassed(score: number, max: number, percent: number): string;
  lastNotPassed(score: number, max: number, percent: number): string;
  practiseMissed(count: number): string;
  /** One sentence each: why saved progress was not restored (the quiz starts afresh). */
  'notRestored.corrupt': string;
  'notRestored.unknown-version': string;
  'notRestored.other-bank': string;
  'notRestored.bank-changed': string;
  /** One sentence, once: progress cannot be saved. */
  'cannotSave.unavailable': string;
  'cannotSave.full': string;
  endedElsewhere: string;
  /** The messages of the quiz-error that refuses `restore(state)`. */
  'stateRefused.corrupt': string;
  'stateRefused.unknown-version': string;
  'stateRefused.other-bank': string;
  'stateRefused.bank-changed': string;
  'stateRefused.no-bank': string;
}

/** A complete language: what a translation implements. */
export type Messages = StartMessages & AfterMessages;

export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
export const enMinutes = (seconds: number) =>
  seconds % 60 === 0 ? `${seconds / 60} minute${seconds === 60 ? '' : 's'}` : `${seconds} second${seconds === 1 ? '' : 's'}`;
export const number = (lang: string, value: number) => value.toLocaleString(lang, { maximumFractionDigits: 2 });

export const en: StartMessages = {
  lang: 'en',
  loading: 'Loading the quiz…',
  source: 'Source',
  questionCount: (count) => `${count} question${count === 1 ? '' : 's'}`,
  fewerMatch: (count, chosen) => `${count} question${count === 1 ? '' : 's'}: only ${count} match${count === 1 ? 'es' : ''} the chosen ${chosen}`,
  fewerInBank: (count) => `${count} question${count === 1 ? '' : 's'}: the bank has only ${count}`,
  'chosen.questions': 'questions',
  'chosen.tags': 'topics',
  'chosen.difficulty': 'difficulty',
  and: 'and',
  timeLimit: (seconds) => `Time limit: ${enMinutes(seconds)}`,
  attemptOf: (attempt, limit) => `Attempt ${attempt} of ${limit}`,
  lastAttempt: '(your last)',
  noAttemptsLeft: (limit) => `You have used ${limit === 1 ? 'your attempt' : `all ${limit} attempts`} at this quiz.`,
  start: 'Start',
  progress: (index, count) => `Question ${index} of ${count}`,
  back: 'Back',
  next: 'Next',
  check: 'Check answer',
  answerFirst: 'Answer the question first, or go on with Next.',
  finish: 'Submit answers',
  'read.report': 'Read the report',
  'read.article': 'Read the article',
  'read.chapter': 'Read the chapter',
  'read.transcript': 'Read the transcript',
  'read.document': 'Read the document',
  hint: 'Hint',
  trueLabel: 'True',
  falseLabel: 'False',
  choose: 'Choose…',
  moveUp: (item, position, count) => `Move up: ${item} (position ${position} of ${count})`,
  moveDown: (item, position, count) => `Move down: ${item} (position ${position} of ${count})`,
  moved: (item, position, count) => `${item}: now ${position} of ${count}`,
  blank: (index, count) => `Blank ${index} of ${count}`,
  passMark: (percent) => `Pass mark: ${percent}%`,
  selectAll: 'Select all that apply.',
  unavailable: 'This part of the quiz could not be loaded: you may be offline. Reload the page to try again.',
};

/**
 * Languages other than English, each one chunk (start and after strings) loaded on first use, so
 * a page in English never downloads them. Add a language here and in its own file.
 */
const TRANSLATIONS: Record<string, () => Promise<Messages>> = {
  fr: () => import('./fr.js').then((module) => module.fr),
};

/** A BCP 47 tag's language, lower case: "fr-CA" → "fr". */
export const primaryLanguage = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

/** The nearest `lang` above an element (not its own), looking through the shadow roots it sits in. */
export function inheritedLang(element: Element): string | null {
  for (let node: Node | null = element.parentNode; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return null;
}

/**
 * The translation for a BCP 47 tag ("fr-CA" → fr), or null for English (built in): also when
 * the language is not translated, or its chunk cannot be loaded (offline), so the quiz always
 * has words.
 */
export async function loadMessages(lang: string | null | undefined): Promise<Messages | null> {
  try {
    return (await TRANSLATIONS[primaryLanguage(lang ?? '')]?.()) ?? null;
  } catch {
    return null;
  }
}
