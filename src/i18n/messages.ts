/**
 * Every string the player shows, by language. English is the reference; a language is complete
 * when it implements `Messages` (the type checker enforces it). `loadMessages` picks one by a
 * BCP 47 tag, falling back to English. Bank text is never here: it is shown as written.
 */

export interface Messages {
  /** The BCP 47 tag of this catalog's language. */
  lang: string;
  loading: string;
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
  source: string;
  questionCount(count: number): string;
  timeLimit(seconds: number): string;
  start: string;
  progress(index: number, count: number): string;
  back: string;
  next: string;
  check: string;
  answerFirst: string;
  finish: string;
  readReport: string;
  hint: string;
  trueLabel: string;
  falseLabel: string;
  choose: string;
  moveUp(item: string): string;
  moveDown(item: string): string;
  moved(item: string, position: number, count: number): string;
  blank(index: number, count: number): string;
  correct: string;
  incorrect: string;
  partly(score: number, max: number): string;
  explanation: string;
  evidence: string;
  showInReport: string;
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
  passMark(percent: number): string;
  attemptCode(seed: string): string;
  review: string;
  tryAgain: string;
  yourAnswer: string;
  correctAnswer: string;
  notAnswered: string;
  timeLeft(seconds: number): string;
  timeWarning(seconds: number): string;
  addTime(seconds: number): string;
  timeAdded(seconds: number): string;
  turnOffLimit: string;
  limitOff: string;
  timeUp: string;
  readerTitle: string;
  close: string;
}

export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
const enMinutes = (seconds: number) =>
  seconds % 60 === 0 ? `${seconds / 60} minute${seconds === 60 ? '' : 's'}` : `${seconds} second${seconds === 1 ? '' : 's'}`;
export const number = (lang: string, value: number) => value.toLocaleString(lang, { maximumFractionDigits: 2 });

export const en: Messages = {
  lang: 'en',
  loading: 'Loading the quiz…',
  errorTitle: 'This quiz cannot be shown',
  retry: 'Try again',
  httpError: (status, url) => `The question bank could not be loaded: the server answered ${status} for ${url}.`,
  unreachable: (url) => `The question bank at ${url} could not be reached: you may be offline, or the file is not shared with this site.`,
  timeout: (url, seconds) => `The question bank at ${url} did not arrive within ${number('en', seconds)} second${seconds === 1 ? '' : 's'}.`,
  tooLarge: (url, megabytes) => `The file at ${url} is larger than the ${megabytes} MB a question bank may be.`,
  noBank: 'No question bank was given: set the src attribute, the bank property, or put the bank in a <script type="application/json"> inside <cite-quiz>.',
  noQuestions: 'No question in this bank matches the chosen tags.',
  invalidBank: (count) => `The question bank has ${count === 1 ? 'a problem' : `${count} problems`}:`,
  issueAt: (path) => `at ${path}`,
  issueQuestion: (id) => `question “${id}”`,
  source: 'Source',
  questionCount: (count) => `${count} question${count === 1 ? '' : 's'}`,
  timeLimit: (seconds) => `Time limit: ${enMinutes(seconds)}`,
  start: 'Start',
  progress: (index, count) => `Question ${index} of ${count}`,
  back: 'Back',
  next: 'Next',
  check: 'Check answer',
  answerFirst: 'Answer the question first, or go on with Next.',
  finish: 'Submit answers',
  readReport: 'Read the report',
  hint: 'Hint',
  trueLabel: 'True',
  falseLabel: 'False',
  choose: 'Choose…',
  moveUp: (item) => `Move up: ${item}`,
  moveDown: (item) => `Move down: ${item}`,
  moved: (item, position, count) => `${item}: now ${position} of ${count}`,
  blank: (index, count) => `Blank ${index} of ${count}`,
  correct: 'Correct',
  incorrect: 'Incorrect',
  partly: (score, max) => `Partly correct: ${number('en', score)} of ${number('en', max)} point${max === 1 ? '' : 's'}`,
  explanation: 'Why',
  evidence: 'What the report says',
  showInReport: 'Show in the report',
  confirmTitle: 'Submit your answers?',
  unanswered: (count) => `${count === 1 ? 'One question is' : `${count} questions are`} not answered yet:`,
  allAnswered: 'You have answered every question.',
  submitNow: 'Submit now',
  keepWorking: 'Keep working',
  goToQuestion: (index) => `Question ${index}`,
  resultsTitle: 'Your result',
  scoreLine: (score, max, percent) => `${number('en', score)} of ${number('en', max)} points (${percent}%)`,
  passed: 'Passed',
  notPassed: 'Not passed',
  passMark: (percent) => `Pass mark: ${percent}%`,
  attemptCode: (seed) => `Attempt code: ${seed}`,
  review: 'Review answers',
  tryAgain: 'Try again',
  yourAnswer: 'Your answer',
  correctAnswer: 'Correct answer',
  notAnswered: 'Not answered',
  timeLeft: (seconds) => `Time left: ${clock(seconds)}`,
  timeWarning: (seconds) => `${enMinutes(seconds)} left. You can add time or turn the time limit off.`,
  addTime: (seconds) => `Add ${enMinutes(seconds)}`,
  timeAdded: (seconds) => `${enMinutes(seconds)} added.`,
  turnOffLimit: 'Turn off the time limit',
  limitOff: 'The time limit is off.',
  timeUp: 'Time is up: your answers were submitted.',
  readerTitle: 'The report',
  close: 'Close',
};

/**
 * Languages other than English, each a chunk of its own loaded on first use, so a page in
 * English never downloads them. Add a language here and in its own file.
 */
const TRANSLATIONS: Record<string, () => Promise<Messages>> = {
  fr: () => import('./fr.js').then((module) => module.fr),
};

/**
 * The catalog for a BCP 47 tag ("fr-CA" → fr): English when the language is not translated, or
 * when its chunk cannot be loaded (offline), so the quiz always has words.
 */
export async function loadMessages(lang: string | null | undefined): Promise<Messages> {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  try {
    return (await TRANSLATIONS[primary]?.()) ?? en;
  } catch {
    return en;
  }
}
