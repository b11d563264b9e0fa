/**
 * Checking a bank without putting its problems into words: what the player runs on every load.
 * The shape (the zod schema), then the meaning (`validateBank`); a failure comes back as located
 * problems, which `explainFailure` (issues.ts) turns into messages. The player loads issues.ts
 * only when a bank fails, so a page with a valid bank never downloads the messages; `loadBank`
 * (load.ts) does both steps at once, for Node and the command line.
 */
import type * as z from 'zod/mini';
import { bankSchema, SUPPORTED_FORMATS, type Bank } from './schema.js';
import { validateBank, type Doubt, type EvidenceRanges, type MeaningProblem } from './validate.js';

export interface LoadSuccess {
  ok: true;
  bank: Bank;
  /** Each question's evidence quotes as ranges of `bank.source.text`, by question id. */
  evidence: EvidenceRanges;
}

/** A problem with the file, or with the value it holds, found before its shape is checked. */
export type InputProblem =
  | { code: 'file'; rule: 'empty' | 'web-page'; path: [] }
  | { code: 'file'; rule: 'not-json'; path: []; error: string }
  | { code: 'not-a-bank'; path: []; input: unknown }
  | { code: 'format'; path: ['format']; input: unknown };

/** A located problem: of the input, of shape (a zod issue) or of meaning. */
export type Problem = InputProblem | z.core.$ZodIssue | MeaningProblem;

export interface CheckFailure {
  ok: false;
  /** `parse`: the text is not JSON at all; `invalid`: JSON, but not a valid bank. */
  kind: 'parse' | 'invalid';
  /** Each doubt of the fast path is located by `locateDoubts` (locate.ts) before it is worded. */
  problems: (Problem | Doubt)[];
  /** What was checked (the file's text for `parse`, else the parsed value): messages quote it. */
  input: unknown;
}

export type CheckResult = LoadSuccess | CheckFailure;

function fail(kind: CheckFailure['kind'], problems: CheckFailure['problems'], input: unknown): CheckFailure {
  return { ok: false, kind, problems, input };
}

/** Checks any value (usually parsed JSON) against the bank format and its rules. Never throws. */
export function checkBank(input: unknown): CheckResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('invalid', [{ code: 'not-a-bank', path: [], input }], input);
  }
  const { format } = input as { format?: unknown };
  if (!SUPPORTED_FORMATS.includes(format as string)) return fail('invalid', [{ code: 'format', path: ['format'], input: format }], input);
  // The input is kept on each issue: the messages describe what was found.
  const parsed = bankSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return fail('invalid', parsed.error.issues, input);
  const { problems, evidence } = validateBank(parsed.data);
  return problems.length ? fail('invalid', problems, input) : { ok: true, bank: parsed.data, evidence };
}

/** Parses a bank file's text, telling a web page, an empty file and broken JSON apart. */
export function checkBankText(text: string): CheckResult {
  const trimmed = text.trim(); // also a byte order mark, which JSON.parse refuses
  if (!trimmed) return fail('parse', [{ code: 'file', rule: 'empty', path: [] }], text);
  if (trimmed.startsWith('<')) return fail('parse', [{ code: 'file', rule: 'web-page', path: [] }], text);
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    return fail('parse', [{ code: 'file', rule: 'not-json', path: [], error: (error as Error).message }], text);
  }
  return checkBank(data);
}
