/**
 * Loading a bank: first its shape (the zod schema), then its meaning (`validateBank`).
 * Never throws, whatever the input; every problem comes back as a located `BankIssue`.
 */
import { describeZodIssue, formatIssues, formatPath, type BankIssue } from './issues.js';
import { bankSchema, SUPPORTED_FORMATS, type Bank } from './schema.js';
import { validateBank, type EvidenceRanges } from './validate.js';

export interface LoadSuccess {
  ok: true;
  bank: Bank;
  /** Each question's evidence quotes as ranges of `bank.source.text`, by question id. */
  evidence: EvidenceRanges;
}

export interface LoadFailure {
  ok: false;
  /** `parse`: the text is not JSON at all; `invalid`: JSON, but not a valid bank. */
  kind: 'parse' | 'invalid';
  issues: BankIssue[];
  /** Every issue as readable text, one `✖ message` / `→ at path` block each. */
  message: string;
}

export type LoadResult = LoadSuccess | LoadFailure;

function failure(kind: LoadFailure['kind'], issues: BankIssue[]): LoadFailure {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return { ok: false, kind, issues, message: `This question bank has ${count}:\n${formatIssues(issues)}` };
}

/** A plain object (not null, not a list): what a bank or a saved file must be at the top. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function questionIdAt(input: Record<string, unknown>, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'questions' || typeof path[1] !== 'number') return undefined;
  const question = Array.isArray(input.questions) ? input.questions[path[1]] : undefined;
  return isRecord(question) && typeof question.id === 'string' ? question.id : undefined;
}

/** Checks any value (usually parsed JSON) against the bank format and its rules. */
export function loadBank(input: unknown): LoadResult {
  if (!isRecord(input)) {
    const what = input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input;
    return failure('invalid', [{ path: '(the bank)', message: `a question bank is a JSON object with "format", "source" and "questions", not ${what}` }]);
  }
  if (!SUPPORTED_FORMATS.includes(input.format as string)) {
    const found = input.format === undefined ? 'no "format" field' : `the format ${JSON.stringify(input.format)}`;
    return failure('invalid', [{ path: 'format', message: `this bank has ${found}; this release of citequiz reads ${SUPPORTED_FORMATS.join(', ')}` }]);
  }
  const parsed = bankSchema.safeParse(input, { error: describeZodIssue });
  if (!parsed.success) {
    return failure('invalid', parsed.error.issues.map((issue) => {
      const questionId = questionIdAt(input, issue.path);
      return { path: formatPath(issue.path), ...(questionId === undefined ? {} : { questionId }), message: issue.message };
    }));
  }
  const { issues, evidence } = validateBank(parsed.data);
  return issues.length ? failure('invalid', issues) : { ok: true, bank: parsed.data, evidence };
}

/** Parses a bank file's text, telling a web page, an empty file and broken JSON apart. */
export function loadBankText(text: string): LoadResult {
  const trimmed = text.trim();
  const at = '(the file)';
  if (!trimmed) return failure('parse', [{ path: at, message: 'the file is empty' }]);
  if (trimmed.startsWith('<')) {
    return failure('parse', [{ path: at, message: 'this looks like a web page, not a question bank (JSON)' }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    return failure('parse', [{ path: at, message: `this is not valid JSON (${(error as Error).message})` }]);
  }
  return loadBank(data);
}
