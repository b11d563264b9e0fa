/**
 * The drop-in bundle's entry (dist/cdn/citequiz.js): everything a page needs from one
 * `<script type="module">`. Defining <cite-quiz> is this entry's side effect.
 *
 * It exports what `citequiz` does except `loadBank`, `loadBankText`, `explainFailure`,
 * `formatIssues` and `formatPath`: they write the validator's messages, which the player loads
 * only when a bank fails (issue 8). A page script checks a bank with `checkBank`/`checkBankText`.
 */
import './define/cite-quiz.js';

export {
  BANK_FORMAT, SUPPORTED_FORMATS, LIMITS, QUESTION_TYPES, bankSchema, questionSchema, checkBank, checkBankText,
  indexSource, locateQuote, splitCloze, hashSeed, createRandom, shuffle, newSeed, planAttempt, scoreQuestion,
  scoreAttempt, isAnswered, outcomeOf, clampPassMark, responseMap, responseEntry, normalizeAnswer, straightenQuotes,
} from './engine/index.js';
export type * from './engine/index.js';
export { CiteQuiz } from './components/cite-quiz/cite-quiz.js';
export * from './events.js';
export { loadMessages, en, type Messages } from './i18n/messages.js';
