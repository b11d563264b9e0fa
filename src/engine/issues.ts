/**
 * Problems found in a bank, put into words: every message a teacher reads. The player imports
 * this module only when a bank fails (so a valid bank never downloads it); `loadBank` and the
 * command line use it directly. zod's own messages are never shown to a person: each zod issue
 * is described here from its code, path and input.
 */
import type * as z from 'zod/mini';
import type { CheckFailure, Problem } from './check.js';
import { PassageFinder } from './closest-passage.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { LIMITS, questionSchema, type Question } from './schema.js';
import { normalizeAnswer } from './text.js';
import { checkQuestionIds, locateDoubts } from './locate.js';
import { checkMeaning, type MeaningProblem, type Path } from './validate.js';

export interface BankIssue {
  /** Where the problem is, written as in JavaScript: `questions[3].choices[0].text`. */
  path: string;
  /** The id of the question the problem is in, when there is one. */
  questionId?: string;
  message: string;
  /** For a JSON syntax error: the line at fault and a caret under the place, as text. */
  excerpt?: string;
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

/** Every issue as `✖ message` then `→ at path` (and its excerpt), the shape of zod's `prettifyError`. */
export function formatIssues(issues: readonly BankIssue[]): string {
  return issues
    .map((issue) => {
      const where = issue.questionId === undefined ? '' : `question "${issue.questionId}": `;
      const excerpt = issue.excerpt === undefined ? '' : `\n${issue.excerpt.replace(/^/gm, '    ')}`;
      return `✖ ${where}${issue.message}\n  → at ${issue.path}${excerpt}`;
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

/** "write 2 without quotes" for a number, true or false written as a text. */
function unquote(input: unknown, expected: 'number' | 'boolean'): string {
  if (typeof input !== 'string') return '';
  const value = input.trim();
  const fits = expected === 'boolean' ? /^(?:true|false)$/i.test(value) : value !== '' && Number.isFinite(Number(value));
  return fits ? `: write ${expected === 'boolean' ? value.toLowerCase() : Number(value)} without quotes` : '';
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
      if (last === 'answer' && issue.expected === 'boolean') {
        return `the answer of a true-false question is true or false${unquote(issue.input, 'boolean')}`;
      }
      return `should be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}${
        issue.expected === 'number' ? unquote(issue.input, 'number') : ''}`;
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
      if (last === 'difficulty') return `difficulty is 1, 2 or 3${unquote(issue.input, 'number')}`;
      return `should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, not ${describeValue(issue.input)}`;
    default:
      return 'is not valid';
  }
}

/** A plain object (not null, not a list): what a bank or a saved file must be at the top. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The question a path is in, as written in the input. */
function questionAt(input: unknown, path: readonly PropertyKey[]): Record<string, unknown> | undefined {
  if (!isRecord(input) || path[0] !== 'questions' || typeof path[1] !== 'number' || !Array.isArray(input.questions)) return undefined;
  const question: unknown = input.questions[path[1]];
  return isRecord(question) ? question : undefined;
}

/** `: use the choice's id "fr" ("France"), not its text` when `answer` is the text of one of `choices`, else ''. */
function idHint(choices: readonly { id: string; text: string }[], answer: string): string {
  const wanted = normalizeAnswer(answer);
  const choice = choices.find((c) => normalizeAnswer(c.text) === wanted);
  return choice ? `: use the choice's id "${choice.id}" ("${choice.text.trim()}"), not its text` : '';
}

/** The id hint for an answer in the input as written (whose choices may not be well formed yet). */
function choiceByText(input: unknown, path: readonly PropertyKey[], answer: unknown): string {
  const choices = questionAt(input, path)?.choices;
  if (typeof answer !== 'string' || !Array.isArray(choices)) return '';
  return idHint(choices.filter((c): c is { id: string; text: string } => isRecord(c) && typeof c.id === 'string' && typeof c.text === 'string'), answer);
}

/** What to do about a repeated value, by what it is. */
const REPEAT_ADVICE: Record<string, string> = {
  'question id': 'give each question its own id',
  'choice id': 'give each choice its own id',
  'pair id': 'give each pair its own id',
  'item id': 'give each item its own id',
  'blank id': 'give each blank its own id',
  answer: 'name each correct choice once',
  blank: 'use each blank once',
};

/** How many missing quotes of one bank are shown the closest passage of the source. */
const CLOSEST_PASSAGES = 100;

/** What the source reads where a missing quote was most likely copied from. */
function describeMissingQuote(quote: string, finder: PassageFinder | undefined): string {
  const closest = finder?.find(quote);
  // A long quote is shown around the word that differs, not cut off before it.
  const from = closest && quote.length > 100 ? Math.max(0, closest.quoteOffset - 50) : 0;
  const shown = `${from ? '…' : ''}${quote.slice(from, from + 100)}${quote.length > from + 100 ? '…' : ''}`;
  const missing = `the evidence quote "${shown}" is not in source.text`;
  if (closest === undefined) return `${missing} (quotes must be copied word for word)`;
  if (!closest) return `${missing} (quotes must be copied word for word; no passage of the source has its words)`;
  const where = closest.sourceWord && closest.quoteWord
    ? `, where the quote has "${closest.quoteWord}"`
    : ' (same words: a quote must start and end with whole words of the source)';
  return `${missing}; the closest passage reads "${closest.passage}"${where}: copy it word for word`;
}

function describeMeaning(problem: MeaningProblem, finder: () => PassageFinder | undefined): string {
  switch (problem.rule) {
    case 'duplicate': {
      const used = `the ${problem.what} ${JSON.stringify(problem.value)} is used twice, here and at ${formatPath(problem.first)}`;
      if (problem.what === 'blank') return `the blank {{${problem.value}}} is used twice in the text: ${REPEAT_ADVICE.blank}`;
      return `${used}: ${REPEAT_ADVICE[problem.what] ?? 'learners could not tell them apart'}`;
    }
    case 'unknown-answer': {
      const named = `the answer names choice "${problem.value}", which is not one of this question's choices`;
      return `${named}${idHint(problem.choices, problem.value) || ` (${[...new Set(problem.choices.map((c) => c.id))].join(', ')})`}`;
    }
    case 'undefined-blank':
      return `the text has a blank {{${problem.value}}} that is not defined in blanks`;
    case 'unused-blank':
      return `the blank "${problem.value}" is not used in the text (write it as {{${problem.value}}})`;
    case 'missing-quote':
      return describeMissingQuote(problem.value, finder());
  }
}

/** The line at `offset` with a caret under it, for a JSON syntax error. */
function locateInText(text: string, offset: number): { line: number; column: number; excerpt: string } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(0, lineStart).split('\n').length;
  const column = offset - lineStart + 1;
  // A long line (a minified file) is shown around the place only.
  const from = Math.max(lineStart, offset - 60);
  const to = Math.min(lineEnd < 0 ? text.length : lineEnd, offset + 60);
  const shown = `${from > lineStart ? '…' : ''}${text.slice(from, to).replace(/\r$/, '')}${to < (lineEnd < 0 ? text.length : lineEnd) ? '…' : ''}`;
  const caret = `${' '.repeat(offset - from + (from > lineStart ? 1 : 0))}^`;
  const number = String(line);
  return { line, column, excerpt: `${number} | ${shown}\n${' '.repeat(number.length)} | ${caret}` };
}

function describeFileProblem(problem: Extract<Problem, { code: 'file' }>, text: string): BankIssue {
  const at = '(the file)';
  if (problem.rule === 'empty') return { path: at, message: 'the file is empty' };
  if (problem.rule === 'web-page') return { path: at, message: 'this looks like a web page, not a question bank (JSON)' };
  // JSON.parse read the trimmed text (check.ts): offsets are counted from its first character.
  const lead = text.length - text.trimStart().length;
  const error = findJsonSyntaxError(text.trim());
  if (!error) return { path: at, message: `this is not valid JSON (${'error' in problem ? problem.error : ''})` };
  const { line, column, excerpt } = locateInText(text, lead + error.offset);
  return { path: at, message: `this is not valid JSON at line ${line}, column ${column}: ${error.message}`, excerpt };
}

function describeProblem(problem: Exclude<Problem, { code: 'file' }>, input: unknown, finder: () => PassageFinder | undefined): string {
  switch (problem.code) {
    case 'not-a-bank': {
      const value = problem.input;
      const what = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
      return `a question bank is a JSON object with "format", "source" and "questions", not ${what}`;
    }
    case 'format': {
      const found = problem.input === undefined ? 'no "format" field' : `the format ${JSON.stringify(problem.input)}`;
      return `this bank has ${found}; this release of citequiz reads citequiz/v1`;
    }
    case 'meaning':
      return describeMeaning(problem, finder);
    case 'custom':
      // An answer that is not even an id may be a choice's text (issues keep their input: check.ts).
      if (problem.params?.rule === 'id' && problem.path.includes('answer')) {
        return `${describeZodIssue(problem)}${choiceByText(input, problem.path, (problem as { input?: unknown }).input)}`;
      }
      return describeZodIssue(problem);
    default:
      return describeZodIssue(problem);
  }
}

/** The id of the question a path is in (none for a repeated question id: it belongs to two). */
function questionIdAt(input: unknown, problem: Problem): string | undefined {
  if (problem.code === 'meaning' && problem.rule === 'duplicate' && problem.what === 'question id') return undefined;
  const id = questionAt(input, problem.path)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * A bank whose shape is broken still has its meaning checked, question by question: each
 * question with no shape problem is checked as in a valid bank (its quotes too, when the source
 * text is usable), and every question id written as a text is checked for repeats, so one run
 * reports every problem it can.
 */
function meaningBesideShape(input: unknown, problems: readonly Problem[]): MeaningProblem[] {
  if (!isRecord(input) || !Array.isArray(input.questions) || input.questions.length > LIMITS.questions) return [];
  const broken = new Set<unknown>();
  for (const problem of problems) {
    if (problem.path[0] === 'questions') broken.add(problem.path.length > 1 ? problem.path[1] : 'all');
    if (problem.path[0] === 'source' && problem.path[1] === 'text') broken.add('source');
  }
  if (broken.has('all')) return [];
  const ids: string[] = [];
  const places: number[] = [];
  const questions: Question[] = [];
  const indexes: number[] = [];
  input.questions.forEach((question: unknown, index) => {
    if (isRecord(question) && typeof question.id === 'string') {
      ids.push(question.id);
      places.push(index);
    }
    const parsed = broken.has(index) ? undefined : questionSchema.safeParse(question);
    if (parsed?.success) {
      questions.push(parsed.data);
      indexes.push(index);
    }
  });
  const source = isRecord(input.source) && typeof input.source.text === 'string' && !broken.has('source') ? input.source.text : undefined;
  const found: MeaningProblem[] = [];
  checkQuestionIds(ids, found, places);
  return found.concat(locateDoubts(checkMeaning(questions, source, indexes).problems));
}

/** The question a problem is in, for ordering: problems of the bank itself come first. */
function questionIndex(problem: Problem): number {
  return problem.path[0] === 'questions' && typeof problem.path[1] === 'number' ? problem.path[1] : -1;
}

/** Every problem of a failed check, in words, with its path and question id, question by question. */
export function explainFailure(failure: CheckFailure): LoadFailure {
  const { input } = failure;
  // zod's issues: every code but the engine's own.
  const located = locateDoubts(failure.problems);
  const shapeFailed = located.some((p) => !['meaning', 'file', 'not-a-bank', 'format'].includes(p.code));
  const problems = shapeFailed ? [...located, ...meaningBesideShape(input, located)] : located;
  // Stable: within a question, shape problems stay before meaning problems.
  problems.sort((a, b) => questionIndex(a) - questionIndex(b));
  let finder: PassageFinder | undefined;
  let searches = 0;
  const source = isRecord(input) && isRecord(input.source) && typeof input.source.text === 'string' ? input.source.text : undefined;
  // Each search reads the whole source: a bank whose every quote fails (the wrong source) gets
  // the closest passage for its first quotes only, and stays quick.
  const closest = () => (source === undefined || ++searches > CLOSEST_PASSAGES ? undefined : (finder ??= new PassageFinder(source)));
  const issues = problems.map((problem): BankIssue => {
    if (problem.code === 'file') return describeFileProblem(problem, String(input));
    const questionId = questionIdAt(input, problem);
    return {
      path: formatPath(problem.path as Path),
      ...(questionId === undefined ? {} : { questionId }),
      message: describeProblem(problem, input, closest),
    };
  });
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return { ok: false, kind: failure.kind, issues, message: `This question bank has ${count}:\n${formatIssues(issues)}` };
}
