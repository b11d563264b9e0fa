/** The citequiz engine: pure TypeScript, no DOM, no globals. Runs the same in Node and browsers. */
export { BANK_FORMAT, SUPPORTED_FORMATS, LIMITS, QUESTION_TYPES, bankSchema, questionSchema } from './schema.js';
export type { Bank, BankInput, Question, QuestionType, QuestionOfType, Choice } from './schema.js';
export { loadBank, loadBankText } from './load.js';
export type { LoadResult, LoadSuccess, LoadFailure } from './load.js';
export { formatIssues, formatPath } from './issues.js';
export type { BankIssue } from './issues.js';
export { indexSource, locateQuote } from './evidence.js';
export type { TextRange, EvidenceIndex } from './evidence.js';
export { splitCloze } from './validate.js';
export type { EvidenceRanges, ClozePart } from './validate.js';
export { hashSeed, createRandom, shuffle, newSeed } from './random.js';
export type { Seed } from './random.js';
export { planAttempt } from './attempt.js';
export type { AttemptOptions, AttemptPlan, PlannedQuestion } from './attempt.js';
export { scoreQuestion, scoreAttempt, isAnswered, outcomeOf, clampPassMark, responseMap, responseEntry } from './score.js';
export type { QuizResponse, QuestionScore, QuizResult } from './score.js';
export { normalizeAnswer, straightenQuotes } from './text.js';
export {
  interactionTypeOf, correctPattern, responsePattern, matchTargets, letterOf, scorm12Time, isoDuration, scorm2004Timestamp,
  scormInteractionValues, scormResultValues, scormStartValues, scormExitValues, passThreshold, fitSuspendData, SUSPEND_DATA_LIMIT,
  VERBS, uuidFrom, quizActivityId, questionActivityId, answeredStatement, completedStatement, verdictStatement, quizStatement,
} from './reporting.js';
export type {
  ScormVersion, InteractionType, AnsweredQuestion, ReportedResult, ScormValues, Statement, StatementContext, VerbName,
} from './reporting.js';
