/**
 * A site's own wording: the `strings` property of <cite-quiz>, checked once and applied to the
 * start and after strings alike. One chunk, loaded only when a page sets `strings`.
 *
 * An override is plain text, as a site can write it in JSON or an HTML page: never HTML (it is
 * shown through text bindings, like every string) and never code. A message that takes values
 * names them as placeholders in braces, `"Question {index} of {count}"`. Numbers come formatted
 * in the quiz's language, `{time}` as minutes:seconds ("10:00"). One wording serves every number:
 * a site that needs plural forms writes one that reads for all ("Questions: {count}").
 *
 * An override that cannot be used (an unknown key, not text, empty, a placeholder missing or
 * unknown) is left out with a console warning naming the key, and the default shows instead: a
 * site's typo never breaks a quiz.
 */
import { clock, number, type Messages } from './messages.js';

/**
 * Every key a site may override, with the placeholders of those that take values, in argument
 * order (`''` for plain text). The type checker requires every key of `Messages` here, and
 * test/i18n/strings.test.ts checks each list against its English function's parameters.
 */
export const PLACEHOLDERS: { [K in keyof Messages]-?: Messages[K] extends string ? '' : string } = {
  lang: '',
  loading: '',
  source: '',
  questionCount: 'count',
  fewerMatch: 'count chosen',
  fewerInBank: 'count',
  'chosen.questions': '',
  'chosen.tags': '',
  'chosen.difficulty': '',
  and: '',
  timeLimit: 'time',
  attemptOf: 'attempt limit',
  lastAttempt: '',
  noAttemptsLeft: 'limit',
  start: '',
  progress: 'index count',
  back: '',
  next: '',
  check: '',
  answerFirst: '',
  finish: '',
  'read.report': '',
  'read.article': '',
  'read.chapter': '',
  'read.transcript': '',
  'read.document': '',
  hint: '',
  trueLabel: '',
  falseLabel: '',
  choose: '',
  moveUp: 'item position count',
  moveDown: 'item position count',
  moved: 'item position count',
  blank: 'index count',
  incorrect: '',
  passMark: 'percent',
  correctAnswer: '',
  selectAll: '',
  unavailable: '',
  errorTitle: '',
  retry: '',
  httpError: 'status url',
  unreachable: 'url',
  timeout: 'url seconds',
  tooLarge: 'url megabytes',
  noBank: '',
  noQuestions: '',
  invalidBank: 'count',
  issueAt: 'path',
  issueQuestion: 'id',
  correct: '',
  partly: 'score max',
  explanation: '',
  'evidence.report': '',
  'evidence.article': '',
  'evidence.chapter': '',
  'evidence.transcript': '',
  'evidence.document': '',
  'showIn.report': '',
  'showIn.article': '',
  'showIn.chapter': '',
  'showIn.transcript': '',
  'showIn.document': '',
  confirmTitle: '',
  unanswered: 'count',
  allAnswered: '',
  submitNow: '',
  keepWorking: '',
  goToQuestion: 'index',
  resultsTitle: '',
  scoreLine: 'score max percent',
  passed: '',
  notPassed: '',
  attemptCode: 'seed',
  review: '',
  tryAgain: '',
  yourAnswer: '',
  notAnswered: '',
  timeLeft: 'time',
  timeWarning: 'time',
  timeWarningFixed: 'time',
  addTime: 'time',
  timeAdded: 'time',
  turnOff: '',
  theTimeLimit: '',
  limitOff: '',
  timeUp: '',
  readerTitle: '',
  close: '',
  adviceRetry: '',
  adviceTeacher: '',
  errorDetails: '',
  pickedRight: '',
  pickedWrong: '',
  missed: '',
  questions: '',
  flag: '',
  navigatorTitle: '',
  questionState: 'index states',
  stateCurrent: '',
  stateAnswered: '',
  stateNotAnswered: '',
  navigatorKey: '',
  flaggedList: 'count',
  reviewFilter: '',
  filterAll: 'count',
  filterWrong: 'count',
  filterPartial: 'count',
  filterFlagged: 'count',
  reviewIndex: '',
  reviewEmpty: '',
  outcomeCorrect: '',
  outcomePartial: '',
  outcomeWrong: '',
  flaggedWord: '',
  rowRight: '',
  rowWrong: '',
  correctIs: 'text',
  belongsAt: 'position',
  blankLabel: 'index',
  creditPicks: 'right wrong of points',
  creditPairs: 'right of points',
  creditBlanks: 'right of points',
  creditMoves: 'moves items points',
  underWay: 'answered total',
  underWayTimed: 'answered total minutes',
  underWayTimeUp: 'answered total',
  resume: '',
  startOver: '',
  lastPassed: 'score max percent',
  lastNotPassed: 'score max percent',
  practiseMissed: 'count',
  'notRestored.corrupt': '',
  'notRestored.unknown-version': '',
  'notRestored.other-bank': '',
  'notRestored.bank-changed': '',
  'cannotSave.unavailable': '',
  'cannotSave.full': '',
  endedElsewhere: '',
  'stateRefused.corrupt': '',
  'stateRefused.unknown-version': '',
  'stateRefused.other-bank': '',
  'stateRefused.bank-changed': '',
  'stateRefused.no-bank': '',
};

/** A catalogue, whole or the start strings only, with a site's usable overrides in place. */
export type ApplyStrings = <T extends { lang: string }>(messages: T) => T;

const PLACEHOLDER = /\{(\w+)\}/g;

const isKey = (key: string): key is keyof Messages => Object.hasOwn(PLACEHOLDERS, key);

/** Why an override cannot be used, or '' when it can. */
function problemWith(key: string, text: unknown): string {
  if (!isKey(key)) {
    const near = Object.keys(PLACEHOLDERS).find((known) => known.toLowerCase() === key.toLowerCase());
    return `is not an interface string${near ? ` (did you mean ${near}?)` : ''}: the README lists every key`;
  }
  if (typeof text !== 'string') return `must be text (a string), not ${text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text}`;
  if (!text.trim()) return 'is empty: a button or heading needs words';
  if (key === 'lang') {
    try {
      Intl.getCanonicalLocales(text);
    } catch {
      return `is not a language tag such as "de" or "pt-BR"`;
    }
  }
  const wanted = PLACEHOLDERS[key].split(' ').filter(Boolean);
  const used = [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);
  const unknown = used.filter((name) => !wanted.includes(name));
  const missing = wanted.filter((name) => !used.includes(name));
  if (!unknown.length && !missing.length) return '';
  const takes = wanted.length ? `takes ${wanted.map((name) => `{${name}}`).join(', ')}` : 'takes no placeholder';
  return `${takes}: ${[...missing.map((name) => `{${name}} is missing`), ...unknown.map((name) => `{${name}} is unknown`)].join(', ')}`;
}

/** The text with each placeholder replaced by its value, formatted for the quiz's language. */
function fill(text: string, names: string[], values: unknown[], lang: string): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[names.indexOf(name)];
    if (name === 'time') return clock(value as number);
    return typeof value === 'number' ? number(lang, value) : String(value);
  });
}

/**
 * Checks a site's strings (a warning for each that cannot be used, naming its key) and returns
 * what puts the usable ones in place in a catalogue, the same object each time for the same
 * catalogue so the player can call it on every render.
 */
export function stringsApplier(strings: unknown, warn: (message: string) => void = console.warn): ApplyStrings {
  const usable: [keyof Messages, string][] = [];
  if (typeof strings !== 'object' || strings === null || Array.isArray(strings)) {
    warn('citequiz: strings must be an object of interface string keys and their text, such as { "start": "Begin" }; it is ignored.');
  } else {
    for (const [key, text] of Object.entries(strings)) {
      const problem = problemWith(key, text);
      if (problem) warn(`citequiz: strings.${key} ${problem}. The default wording is shown instead.`);
      else usable.push([key as keyof Messages, text as string]);
    }
  }
  const applied = new WeakMap<object, object>();
  return <T extends { lang: string }>(messages: T): T => {
    let result = applied.get(messages) as T | undefined;
    if (!result) {
      const overridden: Record<string, unknown> = { ...messages };
      for (const [key, text] of usable) {
        const names = PLACEHOLDERS[key].split(' ');
        // Formatted in the overridden language when the site gives one with its wording.
        overridden[key] = PLACEHOLDERS[key] ? (...values: unknown[]) => fill(text, names, values, overridden['lang'] as string) : text;
      }
      applied.set(messages, (result = overridden as T));
    }
    return result;
  };
}
