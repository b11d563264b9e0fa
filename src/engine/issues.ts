/**
 * Problems found in a bank, put into words: every message a teacher reads. The player imports
 * this module only when a bank fails (so a valid bank never downloads it); `loadBank` and the
 * command line use it directly. zod's own messages are never shown to a person: each zod issue
 * is described here from its code, path and input.
 */
import type * as z from 'zod/mini';
import type { CheckFailure, Problem } from './check.js';
import { LIMITS } from './schema.js';
import type { MeaningProblem, Path } from './validate.js';

export interface BankIssue {
  /** Where the problem is, written as in JavaScript: `questions[3].choices[0].text`. */
  path: string;
  /** The id of the question the problem is in, when there is one. */
  questionId?: string;
  message: string;
}

export interface LoadFailure {
  ok: false;
  /** `parse`: the text is not JSON at all; `invalid`: JSON, but not a valid bank. */
  kind: 'parse' | 'invalid';
  issues: BankIssue[];
  /** Every issue as readable text, one `✖ message` / `→ at path` block each. */
  message: string;
}

export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path ? `.${String(segment)}` : String(segment);
  }
  return path || '(the bank)';
}

/** Every issue as `✖ message` then `→ at path`, the shape of zod's `prettifyError`. */
export function formatIssues(issues: readonly BankIssue[]): string {
  return issues
    .map((issue) => {
      const where = issue.questionId === undefined ? '' : `question "${issue.questionId}": `;
      return `✖ ${where}${issue.message}\n  → at ${issue.path}`;
    })
    .join('\n');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? 'a text' : `the text ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object',
};

/** What a list needs at least, by its field name. */
const TOO_FEW: Record<string, string> = {
  choices: 'needs at least 2 choices',
  pairs: 'needs at least 2 pairs',
  items: 'needs at least 2 items',
  blanks: 'needs at least one blank',
  accept: 'needs at least one accepted answer',
  answer: 'needs at least one correct choice',
  evidence: 'needs at least one evidence quote copied from the source',
  questions: 'needs at least one question',
};

/** What a list holds at most, by its field name: the limit and what it counts. */
const TOO_MANY: Record<string, [number, string]> = {
  choices: [LIMITS.choices, 'choices'],
  pairs: [LIMITS.choices, 'pairs'],
  items: [LIMITS.choices, 'items'],
  blanks: [LIMITS.choices, 'blanks'],
  distractors: [LIMITS.choices, 'distractors'],
  evidence: [LIMITS.evidencePerQuestion, 'quotes'],
  tags: [LIMITS.tags, 'tags'],
  questions: [LIMITS.questions, 'questions'],
};

const RULES: Record<string, string> = {
  id: 'an id is 1 to 64 letters, digits, "-", "_" or ".", starting with a letter or digit',
  empty: 'cannot be empty',
  url: 'a link must be an http://, https:// or mailto: address with no spaces, control or bidirectional characters, and no user name or password',
  language: 'a language is a BCP 47 tag such as "en" or "fr-CA"',
  'points-low': 'points must be more than 0',
  'points-high': `points are at most ${LIMITS.points}`,
  'points-decimals': 'points have at most 2 decimals',
};

/** The message for one of the schema's own rules (schema.ts), from its name and the field. */
function describeRule(rule: string, field: PropertyKey | undefined, parent: PropertyKey | undefined): string {
  const name = String(field);
  if (rule === 'few') return TOO_FEW[name] ?? 'is too short';
  if (rule === 'many') {
    const [limit, what] = TOO_MANY[name] ?? [LIMITS.choices, 'entries'];
    return `has at most ${limit} ${what}`;
  }
  if (rule === 'long') return `is at most ${parent === 'source' && field === 'text' ? LIMITS.sourceChars : LIMITS.textChars} characters`;
  return RULES[rule] ?? 'is not valid';
}

/** Readable English for a zod issue, from its code, path and input. */
export function describeZodIssue(issue: z.core.$ZodIssue & { input?: unknown }): string {
  const { path } = issue;
  const last = path[path.length - 1];
  switch (issue.code) {
    case 'custom':
      return describeRule(String(issue.params?.rule), last, path[path.length - 2]);
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (last === 'answer' && issue.expected === 'string' && Array.isArray(issue.input)) {
        return 'a single-answer question takes one choice id; use type "multiple" for several correct answers';
      }
      if (last === 'answer' && issue.expected === 'boolean') return 'the answer of a true-false question is true or false';
      return `should be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator === 'type') {
        const types = ('options' in issue ? (issue.options as unknown[]) : []).join(', ');
        const { input } = issue;
        const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : input;
        return type === undefined
          ? `is required: one of ${types}`
          : `unknown question type ${JSON.stringify(type)}; the types are ${types}`;
      }
      return 'does not match any allowed form';
    case 'invalid_value':
      if (last === 'difficulty') return 'difficulty is 1, 2 or 3';
      return `should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, not ${describeValue(issue.input)}`;
    default:
      return 'is not valid';
  }
}

function describeMeaning(problem: MeaningProblem): string {
  switch (problem.rule) {
    case 'duplicate':
      return `the ${problem.what} ${JSON.stringify(problem.value)} is used twice (first at ${formatPath(problem.first)})`;
    case 'unknown-answer':
      return `the answer names choice "${problem.value}", which is not one of this question's choices (${problem.choices.join(', ')})`;
    case 'undefined-blank':
      return `the text has a blank {{${problem.value}}} that is not defined in blanks`;
    case 'unused-blank':
      return `the blank "${problem.value}" is not used in the text (write it as {{${problem.value}}})`;
    case 'missing-quote': {
      const shown = problem.value.length > 80 ? `${problem.value.slice(0, 80)}…` : problem.value;
      return `the evidence quote "${shown}" is not in source.text (quotes must be copied word for word)`;
    }
  }
}

function describeProblem(problem: Problem): string {
  switch (problem.code) {
    case 'file':
      if (problem.rule === 'empty') return 'the file is empty';
      if (problem.rule === 'web-page') return 'this looks like a web page, not a question bank (JSON)';
      return `this is not valid JSON (${'error' in problem ? problem.error : ''})`;
    case 'not-a-bank': {
      const { input } = problem;
      const what = input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input;
      return `a question bank is a JSON object with "format", "source" and "questions", not ${what}`;
    }
    case 'format': {
      const found = problem.input === undefined ? 'no "format" field' : `the format ${JSON.stringify(problem.input)}`;
      return `this bank has ${found}; this release of citequiz reads citequiz/v1`;
    }
    case 'meaning':
      return describeMeaning(problem);
    default:
      return describeZodIssue(problem);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id of the question a path is in (none for a repeated question id: it belongs to two). */
function questionIdAt(input: unknown, problem: Problem): string | undefined {
  const path: readonly PropertyKey[] = problem.path;
  if (problem.code === 'meaning' && problem.rule === 'duplicate' && problem.what === 'question id') return undefined;
  if (!isRecord(input) || path[0] !== 'questions' || typeof path[1] !== 'number') return undefined;
  const question = Array.isArray(input.questions) ? input.questions[path[1]] : undefined;
  return isRecord(question) && typeof question.id === 'string' ? question.id : undefined;
}

function locate(problem: Problem): string {
  return problem.code === 'file' ? '(the file)' : formatPath(problem.path as Path);
}

/** Every problem of a failed check, in words, with its path and question id. */
export function explainFailure(failure: CheckFailure): LoadFailure {
  const issues = failure.problems.map((problem): BankIssue => {
    const questionId = questionIdAt(failure.input, problem);
    return { path: locate(problem), ...(questionId === undefined ? {} : { questionId }), message: describeProblem(problem) };
  });
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return { ok: false, kind: failure.kind, issues, message: `This question bank has ${count}:\n${formatIssues(issues)}` };
}
