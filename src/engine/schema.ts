/**
 * The bank format `citequiz/v1`: the shape of a question bank, as a zod/mini schema.
 *
 * This file holds the shape only (types, required fields, limits). The rules about meaning
 * (unique ids, answers that name real choices, evidence found in the source) live in
 * `validate.ts`, because they need the whole bank to check.
 */
import * as z from 'zod/mini';

export const BANK_FORMAT = 'citequiz/v1';
/** The format versions this release reads; an unknown one is refused by name. */
export const SUPPORTED_FORMATS: readonly string[] = [BANK_FORMAT];

/**
 * Stated limits, so that a huge or hostile bank is refused quickly instead of freezing a tab.
 * Generous for any real quiz: the report bank is ~70 questions and ~4 KB of source.
 */
export const LIMITS = {
  questions: 10_000,
  sourceChars: 1_000_000,
  textChars: 5_000,
  choices: 50,
  evidencePerQuestion: 20,
  tags: 20,
} as const;

/** One check for an id's characters and length (a bank has tens of thousands of ids to check). */
const id = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'an id is 1 to 64 letters, digits, "-", "_" or ".", starting with a letter or digit'),
);
/** The id rule, for other formats that name a bank's questions (saved progress). */
export { id as idSchema };
const text = z.string().check(
  z.trim(),
  z.minLength(1, 'cannot be empty'),
  z.maxLength(LIMITS.textChars, `is at most ${LIMITS.textChars} characters`),
);
/**
 * Only web and mail links: `javascript:`, `data:` and friends are refused, however disguised.
 * Lower-case schemes only, so the JSON Schema export (which has no regex flags) says the same.
 */
const safeUrl = z.string().check(
  z.regex(/^(?:https?:\/\/|mailto:)[^\s\u0000-\u001f]+$/, 'a link must start with http://, https:// or mailto: and contain no spaces'),
);

const choice = z.strictObject({ id, text, feedback: z.optional(text) });
const choices = z.array(choice).check(
  z.minLength(2, 'needs at least 2 choices'),
  z.maxLength(LIMITS.choices, `has at most ${LIMITS.choices} choices`),
);

/** Fields every question type shares. */
const common = {
  id,
  prompt: text,
  points: z._default(z.number().check(
    z.positive('points must be more than 0'),
    z.lte(1000, 'points are at most 1000'),
    // Scores are kept to 4 decimals: finer points would round a full score away from them.
    z.refine((points) => Number.isInteger(Math.round(points * 100 * 1e6) / 1e6), 'points have at most 2 decimals'),
  ), 1),
  explanation: text,
  evidence: z.array(text).check(
    z.minLength(1, 'needs at least one evidence quote copied from the source'),
    z.maxLength(LIMITS.evidencePerQuestion, `has at most ${LIMITS.evidencePerQuestion} quotes`),
  ),
  tags: z.optional(z.array(id).check(z.maxLength(LIMITS.tags, `has at most ${LIMITS.tags} tags`))),
  difficulty: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)], 'difficulty is 1, 2 or 3')),
  hint: z.optional(text),
};

const singleQuestion = z.strictObject({
  ...common,
  type: z.literal('single'),
  choices,
  answer: id,
});

const multipleQuestion = z.strictObject({
  ...common,
  type: z.literal('multiple'),
  choices,
  answer: z.array(id).check(z.minLength(1, 'needs at least one correct choice')),
  scoring: z._default(z.enum(['partial', 'all-or-nothing']), 'partial'),
});

const trueFalseQuestion = z.strictObject({
  ...common,
  type: z.literal('true-false'),
  answer: z.boolean('the answer of a true-false question is true or false'),
});

const matchQuestion = z.strictObject({
  ...common,
  type: z.literal('match'),
  pairs: z.array(z.strictObject({ id, left: text, right: text })).check(
    z.minLength(2, 'needs at least 2 pairs'),
    z.maxLength(LIMITS.choices, `has at most ${LIMITS.choices} pairs`),
  ),
  distractors: z.optional(z.array(text).check(z.maxLength(LIMITS.choices, `has at most ${LIMITS.choices} distractors`))),
});

const orderQuestion = z.strictObject({
  ...common,
  type: z.literal('order'),
  items: z.array(z.strictObject({ id, text })).check(
    z.minLength(2, 'needs at least 2 items'),
    z.maxLength(LIMITS.choices, `has at most ${LIMITS.choices} items`),
  ),
});

const clozeQuestion = z.strictObject({
  ...common,
  type: z.literal('cloze'),
  text,
  blanks: z.array(z.strictObject({
    id,
    accept: z.array(text).check(z.minLength(1, 'needs at least one accepted answer')),
  })).check(
    z.minLength(1, 'needs at least one blank'),
    z.maxLength(LIMITS.choices, `has at most ${LIMITS.choices} blanks`),
  ),
});

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'match', 'order', 'cloze'] as const;

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestion, multipleQuestion, trueFalseQuestion, matchQuestion, orderQuestion, clozeQuestion,
]);

export const bankSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(BANK_FORMAT),
  id,
  title: text,
  language: z.string().check(z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language is a BCP 47 tag such as "en" or "fr-CA"')),
  description: z.optional(text),
  source: z.strictObject({
    title: text,
    text: z.string().check(
      z.minLength(1, 'cannot be empty'),
      z.maxLength(LIMITS.sourceChars, `is at most ${LIMITS.sourceChars} characters`),
    ),
    url: z.optional(safeUrl),
    publisher: z.optional(text),
    published: z.optional(text),
  }),
  questions: z.array(questionSchema).check(
    z.minLength(1, 'needs at least one question'),
    z.maxLength(LIMITS.questions, `has at most ${LIMITS.questions} questions`),
  ),
});

export type Bank = z.output<typeof bankSchema>;
/** A bank as written in JSON, before defaults are filled in. */
export type BankInput = z.input<typeof bankSchema>;
export type Question = z.output<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuestionOfType<T extends QuestionType> = Extract<Question, { type: T }>;
export type Choice = z.output<typeof choice>;
