/**
 * The bank format `citequiz/v1`: the shape of a question bank, as a zod/mini schema.
 *
 * This file holds the shape only (types, required fields, limits). The rules about meaning
 * (unique ids, answers that name real choices, evidence found in the source) live in
 * `validate.ts`, because they need the whole bank to check.
 *
 * Lean on purpose (issue 8): zod checks only the types; each object's limits (ids, texts, list
 * lengths, points) are one `z.check` over the whole object, which costs a third less time and
 * 0.8 KB less of the drop-in file than a chain of checks on every field. Those checks report a
 * rule name, not a sentence: the words are written by `issues.ts`, loaded only when a bank fails.
 * `jsonSchemaConstraints` gives the same limits to the JSON Schema export.
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
  points: 1_000,
} as const;

/** The rules the folded checks report, by name (`issues.ts` writes each one's message). */
export type ShapeRule = 'id' | 'empty' | 'long' | 'few' | 'many' | 'url' | 'language' | 'points-low' | 'points-high' | 'points-decimals';

/** What an id may be: the bank's ids, and the question ids that key saved study progress. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/**
 * What a link may never hold: spaces, control characters, and the bidirectional formatting
 * characters that can make one address read as another on screen.
 */
const LINK_FORBIDDEN = '\\s\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
/**
 * Only web and mail links: `javascript:`, `data:` and friends are refused, however disguised,
 * and a web link carries no user name or password (`https://good.example@evil.example` names
 * one site and opens another). Lower-case schemes only, so the JSON Schema export (which has no
 * regex flags) says the same.
 */
const URL_PATTERN = new RegExp(`^(?:https?://[^/?#@${LINK_FORBIDDEN}]+(?:[/?#][^${LINK_FORBIDDEN}]*)?|mailto:[^${LINK_FORBIDDEN}]+)$`);

/** The WHATWG URL parser, in every runtime the engine runs in (browsers, Node, workers); typed here, the engine has no DOM types. */
declare const URL: new (input: string) => { protocol: string; username: string; password: string };

/**
 * A link the quiz may show: it has the pattern's shape, and the URL parser reads it as http,
 * https or mailto with no credentials (the parser, not the pattern, decides what a browser opens).
 */
function isSafeLink(link: string): boolean {
  if (!URL_PATTERN.test(link)) return false;
  try {
    const parsed = new URL(link);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}
const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

type Fields = Record<PropertyKey, unknown>;
type Payload = z.core.ParsePayload<unknown>;
type Path = PropertyKey[];

/**
 * The checks below build a problem's path only when they find one: a clean bank allocates no
 * paths (a tenth of zod's allocations at 10,000 questions, when it did). A path is `at` (the
 * place of the object checked, shared and read only at that moment) followed by `key`.
 */
const TOP: Path = [];
const TAGS: Path = ['tags'];
const ANSWER: Path = ['answer'];

function flag(payload: Payload, at: Path, key: PropertyKey, rule: ShapeRule, input: unknown): void {
  payload.issues.push({ code: 'custom', path: [...at, key], input, params: { rule }, continue: true });
}

/** An id: letters, digits, "-", "_" or ".", 1 to 64 of them. */
function checkId(payload: Payload, value: unknown, at: Path, key: PropertyKey): void {
  if (typeof value === 'string' && !ID_PATTERN.test(value)) flag(payload, at, key, 'id', value);
}

/** A text a person reads: trimmed in place, then neither empty nor too long. */
function checkText(payload: Payload, owner: Fields, key: PropertyKey, at: Path = TOP): void {
  const value = owner[key];
  if (typeof value !== 'string') return;
  const trimmed = value.trim();
  owner[key] = trimmed;
  if (!trimmed) flag(payload, at, key, 'empty', value);
  else if (trimmed.length > LIMITS.textChars) flag(payload, at, key, 'long', value);
}

/** A list's length, reported on the list; true when it is a list, so its items can be checked. */
function checkList(payload: Payload, list: unknown, at: Path, key: PropertyKey, min: number, max: number): list is unknown[] {
  if (!Array.isArray(list)) return false;
  if (list.length < min) flag(payload, at, key, 'few', list);
  else if (list.length > max) flag(payload, at, key, 'many', list);
  return true;
}

function checkTexts(payload: Payload, owner: Fields, key: string, min: number, max: number, at: Path = TOP): void {
  const list = owner[key];
  if (!checkList(payload, list, at, key, min, max) || !list.length) return;
  const listAt = [...at, key];
  for (let i = 0; i < list.length; i++) checkText(payload, list as unknown as Fields, i, listAt);
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null;
}

/** Objects of a list (choices, pairs, items, blanks): their ids and the named text fields. */
function checkEntries(payload: Payload, owner: Fields, key: string, min: number, texts: readonly string[]): void {
  const list = owner[key];
  if (!checkList(payload, list, TOP, key, min, LIMITS.choices)) return;
  const at: Path = [key, 0]; // each entry's place in turn
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    if (!isFields(entry)) continue;
    at[1] = i;
    checkId(payload, entry.id, at, 'id');
    for (const field of texts) checkText(payload, entry, field, at);
    if (key === 'blanks') checkTexts(payload, entry, 'accept', 1, Infinity, at);
  }
}

function checkPoints(payload: Payload, points: unknown): void {
  if (typeof points !== 'number') return;
  if (points <= 0) flag(payload, TOP, 'points', 'points-low', points);
  if (points > LIMITS.points) flag(payload, TOP, 'points', 'points-high', points);
  // Scores are kept to 4 decimals: finer points would round a full score away from them.
  if (!Number.isInteger(Math.round(points * 100 * 1e6) / 1e6)) flag(payload, TOP, 'points', 'points-decimals', points);
}

/** Each of a list's ids (tags, the answers of a multiple-choice question). */
function checkIds(payload: Payload, list: unknown[], at: Path): void {
  for (let i = 0; i < list.length; i++) checkId(payload, list[i], at, i);
}

const ALWAYS = { when: () => true };

/** Every question's limits, in one pass over it, whatever its type. */
const questionCheck = z.check<Fields>((payload) => {
  const question = payload.value;
  checkId(payload, question.id, TOP, 'id');
  checkText(payload, question, 'prompt');
  checkText(payload, question, 'explanation');
  checkText(payload, question, 'hint');
  checkPoints(payload, question.points);
  checkTexts(payload, question, 'evidence', 1, LIMITS.evidencePerQuestion);
  if (checkList(payload, question.tags, TOP, 'tags', 0, LIMITS.tags)) checkIds(payload, question.tags, TAGS);
  switch (question.type) {
    case 'single':
      checkId(payload, question.answer, TOP, 'answer');
      checkEntries(payload, question, 'choices', 2, ['text', 'feedback']);
      break;
    case 'multiple':
      if (checkList(payload, question.answer, TOP, 'answer', 1, Infinity)) checkIds(payload, question.answer, ANSWER);
      checkEntries(payload, question, 'choices', 2, ['text', 'feedback']);
      break;
    case 'match':
      checkEntries(payload, question, 'pairs', 2, ['left', 'right']);
      checkTexts(payload, question, 'distractors', 0, LIMITS.choices);
      break;
    case 'order':
      checkEntries(payload, question, 'items', 2, ['text']);
      break;
    case 'cloze':
      checkText(payload, question, 'text');
      checkEntries(payload, question, 'blanks', 1, []);
      break;
  }
}, ALWAYS);

const id = z.string();
const text = z.string();
const points = z.number();
const evidence = z.array(text);
const tags = z.array(id);
const choices = z.array(z.strictObject({ id, text, feedback: z.optional(text) }));

/** Fields every question type shares. */
const common = {
  id,
  prompt: text,
  points: z._default(points, 1),
  explanation: text,
  evidence,
  tags: z.optional(tags),
  difficulty: z.optional(z.literal([1, 2, 3])),
  hint: z.optional(text),
};

const pairs = z.array(z.strictObject({ id, left: text, right: text }));
const items = z.array(z.strictObject({ id, text }));
const accept = z.array(text);
const blanks = z.array(z.strictObject({ id, accept }));
const answers = z.array(id);
const distractors = z.array(text);

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'match', 'order', 'cloze'] as const;
/** What a source is, so the interface names it: "Read the chapter", "Show in the transcript". */
export const SOURCE_KINDS = ['report', 'article', 'chapter', 'transcript', 'document'] as const;

export const questionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...common, type: z.literal('single'), choices, answer: id }).check(questionCheck),
  z.strictObject({
    ...common, type: z.literal('multiple'), choices, answer: answers,
    scoring: z._default(z.literal(['partial', 'all-or-nothing']), 'partial'),
  }).check(questionCheck),
  z.strictObject({ ...common, type: z.literal('true-false'), answer: z.boolean() }).check(questionCheck),
  z.strictObject({ ...common, type: z.literal('match'), pairs, distractors: z.optional(distractors) }).check(questionCheck),
  z.strictObject({ ...common, type: z.literal('order'), items }).check(questionCheck),
  z.strictObject({ ...common, type: z.literal('cloze'), text, blanks }).check(questionCheck),
]);

const sourceText = z.string();
const url = z.string();
const language = z.string();
const questions = z.array(questionSchema);

export const bankSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(BANK_FORMAT),
  id,
  title: text,
  language,
  description: z.optional(text),
  source: z.strictObject({
    title: text,
    kind: z._default(z.literal(SOURCE_KINDS), 'report'),
    text: sourceText,
    url: z.optional(url),
    publisher: z.optional(text),
    published: z.optional(text),
  }),
  questions,
}).check(z.check<Fields>((payload) => {
  const bank = payload.value;
  checkId(payload, bank.id, TOP, 'id');
  checkText(payload, bank, 'title');
  checkText(payload, bank, 'description');
  if (typeof bank.language === 'string' && !LANGUAGE_PATTERN.test(bank.language)) flag(payload, TOP, 'language', 'language', bank.language);
  const source = bank.source;
  const at = ['source'];
  if (isFields(source)) {
    for (const field of ['title', 'publisher', 'published']) checkText(payload, source, field, at);
    if (typeof source.url === 'string' && !isSafeLink(source.url)) flag(payload, at, 'url', 'url', source.url);
    if (typeof source.text === 'string') {
      if (!source.text) flag(payload, at, 'text', 'empty', source.text);
      else if (source.text.length > LIMITS.sourceChars) flag(payload, at, 'text', 'long', source.text);
    }
  }
  checkList(payload, bank.questions, TOP, 'questions', 1, LIMITS.questions);
}, ALWAYS));

/**
 * The limits the checks above enforce, in JSON Schema words, by the schema they apply to, for
 * `dist/bank.schema.json` (scripts/export-json-schema.mjs adds them through `toJSONSchema`'s
 * `override`). A text must hold a character that is not a space, as it is trimmed before its
 * length is checked.
 */
export function jsonSchemaConstraints(): [z.core.$ZodType, Record<string, unknown>][] {
  const list = (min: number, max: number) => ({ ...(min > 0 ? { minItems: min } : {}), ...(max < Infinity ? { maxItems: max } : {}) });
  return [
    [id, { pattern: ID_PATTERN.source }],
    [text, { minLength: 1, maxLength: LIMITS.textChars, pattern: '\\S' }],
    [sourceText, { minLength: 1, maxLength: LIMITS.sourceChars }],
    [url, { pattern: URL_PATTERN.source }],
    [language, { pattern: LANGUAGE_PATTERN.source }],
    [points, { exclusiveMinimum: 0, maximum: LIMITS.points }],
    [evidence, list(1, LIMITS.evidencePerQuestion)],
    [tags, list(0, LIMITS.tags)],
    [answers, list(1, Infinity)],
    [distractors, list(0, LIMITS.choices)],
    [accept, list(1, Infinity)],
    [choices, list(2, LIMITS.choices)],
    [pairs, list(2, LIMITS.choices)],
    [items, list(2, LIMITS.choices)],
    [blanks, list(1, LIMITS.choices)],
    [questions, list(1, LIMITS.questions)],
  ];
}

export type Bank = z.output<typeof bankSchema>;
/** A bank as written in JSON, before defaults are filled in. */
export type BankInput = z.input<typeof bankSchema>;
export type Question = z.output<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuestionOfType<T extends QuestionType> = Extract<Question, { type: T }>;
export type Choice = z.output<typeof choices>[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
