/**
 * English strings of the after screens: in their chunk, so the entry carries only what the
 * start screen and a question need.
 */
import { clock, en, enMinutes, number, type AfterMessages, type Messages } from './messages.js';

export const enAfter: AfterMessages = {
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
  correct: 'Correct',
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
  attemptCode: (seed) => `Attempt code: ${seed}`,
  review: 'Review answers',
  tryAgain: 'Try again',
  yourAnswer: 'Your answer',
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

/** The whole of English, start and after strings. */
export const english: Messages = { ...en, ...enAfter };
