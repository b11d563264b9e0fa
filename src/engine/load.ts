/**
 * Loading a bank, for Node and the command line: `checkBank` (check.ts), and on failure every
 * problem put into words (issues.ts). Never throws, whatever the input. The player runs the two
 * steps itself, importing the messages only when a bank fails.
 */
import { checkBank, checkBankText, type CheckResult, type LoadSuccess } from './check.js';
import { explainFailure, type LoadFailure } from './issues.js';

export type { LoadSuccess } from './check.js';
export type { LoadFailure } from './issues.js';
export type LoadResult = LoadSuccess | LoadFailure;

function explained(result: CheckResult): LoadResult {
  return result.ok ? result : explainFailure(result);
}

/** Checks any value (usually parsed JSON) against the bank format and its rules. */
export function loadBank(input: unknown): LoadResult {
  return explained(checkBank(input));
}

/** Parses a bank file's text, telling a web page, an empty file and broken JSON apart. */
export function loadBankText(text: string): LoadResult {
  return explained(checkBankText(text));
}
