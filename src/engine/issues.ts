/**
 * Problems found in a bank, as data (`BankIssue`) and as readable text. zod's own messages are
 * never shown to a person: `describeZodIssue` is passed to each parse as its error map, so the
 * host page's global zod configuration is left alone.
 */
import type * as z from 'zod/mini';

export interface BankIssue {
  /** Where the problem is, written as in JavaScript: `questions[3].choices[0].text`. */
  path: string;
  /** The id of the question the problem is in, when there is one. */
  questionId?: string;
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

/** Readable English for a zod issue that carries no message of its own from the schema. */
export function describeZodIssue(issue: z.core.$ZodRawIssue): string {
  const last = issue.path?.[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (last === 'answer' && issue.expected === 'string' && Array.isArray(issue.input)) {
        return 'a single-answer question takes one choice id; use type "multiple" for several correct answers';
      }
      return `should be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator === 'type') {
        const types = (issue.options as unknown[] | undefined)?.join(', ') ?? '';
        const type = typeof issue.input === 'object' && issue.input !== null ? (issue.input as { type?: unknown }).type : issue.input;
        return type === undefined
          ? `is required: one of ${types}`
          : `unknown question type ${JSON.stringify(type)}; the types are ${types}`;
      }
      return 'does not match any allowed form';
    case 'invalid_value':
      return `should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, not ${describeValue(issue.input)}`;
    case 'too_small':
      return `is too small (at least ${String(issue.minimum)})`;
    case 'too_big':
      return `is too big (at most ${String(issue.maximum)})`;
    default:
      return 'is not valid';
  }
}
