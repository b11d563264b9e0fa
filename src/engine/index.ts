/**
 * The citequiz engine: pure TypeScript, no DOM, no globals. Runs the same in Node and browsers.
 * Not here, so the drop-in player never carries it: coverage.ts (the builder's, imported directly).
 */
export { BANK_FORMAT, SUPPORTED_FORMATS, LIMITS, QUESTION_TYPES, SOURCE_KINDS, bankSchema, questionSchema } from './schema.js';
export type { Bank, BankInput, Question, QuestionType, QuestionOfType, Choice, SourceKind } from './schema.js';
export { loadBank, loadBankText } from './load.js';
export type { LoadResult, LoadSuccess, LoadFailure } from './load.js';
export { checkBank, checkBankText } from './check.js';
export type { CheckResult, CheckFailure, Problem, InputProblem } from './check.js';
export { explainFailure, formatIssues, formatPath } from './issues.js';
export type { BankIssue } from './issues.js';
export { indexSource, locateQuote } from './evidence.js';
export type { TextRange, EvidenceIndex } from './evidence.js';
export { splitCloze } from './validate.js';
export type { EvidenceRanges, ClozePart, MeaningProblem, Doubt } from './validate.js';
export { fnv1a, hashSeed, createRandom, shuffle, newSeed } from './random.js';
export type { Seed } from './random.js';
export { planAttempt } from './attempt.js';
export { recordFlag, extendClock, turnOffClock, finishAttempt, replanAttempt } from './attempt-actions.js';
export type { AttemptOptions, AttemptPlan, PlannedQuestion, Selection } from './attempt.js';
export { settingsToAttributes, formatDuration, DEFAULT_SETTINGS, SETTING_ATTRIBUTES } from './settings-attributes.js';
export {
  readSettings, selectionProblems, splitList, parseDuration,
  FEEDBACK_MODES, SOURCE_ACCESS, THEMES, EXTEND_MODES, SHUFFLE_MODES, DIFFICULTIES,
} from './settings.js';
export type {
  QuizSettings, SettingAttribute, SettingValue, SettingProblem, SettingProblemKind, SettingsRead, FeedbackMode, SourceAccess, Theme, ExtendMode,
} from './settings.js';
export { parseSettings, selectionWarnings, settingWarnings } from './settings-warnings.js';
export type { SettingWarning, ParsedSettings } from './settings-warnings.js';
export { scoreQuestion, scoreAttempt, creditBreakdown } from './score.js';
export { isAnswered, outcomeOf, clampPassMark, responseMap, responseEntry, type Outcome } from './responses.js';
export type { QuizResponse, QuestionScore, QuizResult, CreditBreakdown } from './score.js';
export { normalizeAnswer, straightenQuotes } from './text.js';
export {
  idSchema, READABLE_SNAPSHOT_VERSIONS, snapshotSchema, snapshotV0Schema, migrate, readSnapshot, readSnapshotText, mergeSnapshots, secondsLeft, resumeSummary,
} from './snapshot.js';
export type {
  Snapshot, SnapshotV0, SnapshotRead, SnapshotProblem, SavedAttempt, SavedAnswer, SavedFlag, SavedClock, SavedResponse, LastAttempt,
  ResumeSummary,
} from './snapshot.js';
export {
  SNAPSHOT_VERSION, canonicalJson, bankHash, emptySnapshot, newSavedAttempt, recordAnswer, recordCheck, flaggedIds, discardAttempt, storageKey,
} from './progress.js';
export type { StorageKeyParts } from './progress.js';
export {
  interactionTypeOf, correctPattern, responsePattern, matchTargets, letterOf, scorm12Time, isoDuration, scorm2004Timestamp,
  scormInteractionValues, scormResultValues, scormStartValues, scormExitValues, scormLocationValues, passThreshold, SUSPEND_DATA_LIMIT,
  VERBS, uuidFrom, quizActivityId, questionActivityId, answeredStatement, completedStatement, verdictStatement, quizStatement,
} from './reporting.js';
export { fitSnapshot, expandSnapshot } from './suspend.js';
export type { CompactState, FittedState } from './suspend.js';
export type {
  ScormVersion, InteractionType, AnsweredQuestion, ReportedResult, ScormValues, Statement, StatementContext, VerbName,
} from './reporting.js';
