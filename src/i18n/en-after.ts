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
  underWay: (answered, total, secondsLeft) => `You have an attempt under way: ${answered} of ${total} answered${
    secondsLeft === null ? '.' : secondsLeft === 0 ? '; the time ran out, so Resume submits it.' : `, ${Math.ceil(secondsLeft / 60)} min left.`}`,
  resume: 'Resume',
  startOver: 'Start over',
  lastAttempt: (score, max, percent, passed) => `Last attempt: ${number('en', score)} of ${number('en', max)} points (${percent}%), ${passed ? 'passed' : 'not passed'}.`,
  practiseMissed: (count) => `Practise the ${count === 1 ? 'one' : count} you missed`,
  notRestored: (problem) => ({
    corrupt: 'Your saved progress could not be read, so the quiz starts afresh.',
    'unknown-version': 'Your progress was saved by a newer version of this quiz and cannot be read here, so the quiz starts afresh.',
    'other-bank': 'Your saved progress is for another quiz, so this one starts afresh.',
    'bank-changed': 'The questions have changed since your progress was saved, so the quiz starts afresh.',
  })[problem],
  cannotSave: (fault) => fault === 'full'
    ? 'This browser\'s storage is full, so your progress is not being saved and a reload will lose your answers.'
    : 'This browser does not let the quiz save your progress, so a reload will lose your answers.',
  endedElsewhere: 'This attempt was submitted or started over in another tab.',
  stateRefused: (problem) => ({
    corrupt: 'This saved state is damaged or not a citequiz state.',
    'unknown-version': 'This saved state was made by a newer version of citequiz.',
    'other-bank': 'This saved state is for another question bank.',
    'bank-changed': 'The questions have changed since this state was saved.',
    'no-bank': 'A saved state can only be restored once the bank is loaded (after quiz-ready).',
  })[problem],
};

/** The whole of English, start and after strings. */
export const english: Messages = { ...en, ...enAfter };
