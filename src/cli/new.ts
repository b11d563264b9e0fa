/**
 * `citequiz new`: a bank skeleton around a source text. The source is embedded exactly (a JSON
 * string holds any text, so nobody pastes an article into JSON by hand), and one example of each
 * question type quotes a sentence of that source, so the skeleton validates as written and each
 * example shows the shape to copy. Its explanation field says what to write there.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BANK_FORMAT, SOURCE_KINDS, indexSource, locateQuote, loadBank, formatIssues, type BankInput, type SourceKind } from '../engine/index.js';
import { EXIT, missing, parseCommandArgs, readInput, writeOutput, type CliIo, type Command } from './io.js';

const usage = `Usage: citequiz new --source <article.txt> --title <title> --out <bank.json> [options]

Writes a new bank: the source text embedded exactly as in the file, and one example question of
each type (single, multiple, true-false, match, order, cloze), each quoting a sentence of the
source as its evidence, so the skeleton validates. Replace the examples with your questions.
  --source <file>       the text the questions are about (UTF-8)
  --title <text>        the bank's title
  --out <file>          where to write the bank (refuses to replace a file without --force)
  --id <id>             the bank's id (default: made from the title)
  --language <tag>      the language of the bank's text, BCP 47 (default: en)
  --source-title <text> the source's title (default: the bank's title)
  --source-url <url>    a link to the source
  --kind <kind>         what the source is, so the quiz names it ("Read the chapter"):
                        ${SOURCE_KINDS.join(', ')} (default: report)
  --from-source-only    write the source and metadata only, no example questions
  --force               replace --out if it exists`;

const options = {
  source: { type: 'string' },
  title: { type: 'string' },
  out: { type: 'string' },
  id: { type: 'string' },
  language: { type: 'string' },
  'source-title': { type: 'string' },
  'source-url': { type: 'string' },
  kind: { type: 'string' },
  'from-source-only': { type: 'boolean' },
  force: { type: 'boolean' },
} as const;

/** An id from a title: "The Gettysburg Address" → "the-gettysburg-address". */
export function idFromTitle(title: string): string {
  const slug = title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, 64).replace(/-+$/, '') || 'bank';
}

/**
 * Up to `count` quotable passages of the source: its sentences (or lines) of a readable length,
 * each checked with the engine's own evidence search, so the skeleton's quotes are always found.
 * A source with no such sentence gives its first words instead.
 */
export function quotablePassages(source: string, count: number): string[] {
  const index = indexSource(source);
  const found = (quote: string) => quote !== '' && locateQuote(index, quote) !== null;
  const sentences = source
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 12 && s.length <= 300 && found(s));
  const unique = [...new Set(sentences)];
  if (unique.length > 0) return Array.from({ length: count }, (_, i) => unique[i % unique.length]!);
  const firstWords = (source.match(/\S+/g) ?? []).slice(0, 12).join(' ');
  return Array.from({ length: count }, () => firstWords);
}

const REPLACE = 'Replace this example:';

/** The six example questions, each with the evidence it is given. */
function exampleQuestions(evidence: readonly string[]): BankInput['questions'] {
  const quote = (i: number) => [evidence[i]!];
  const explain = (what: string) =>
    `${REPLACE} explain in a sentence or two why the answer is right, in your own words; the learner reads this after answering. ` +
    `${what} Then replace the evidence with the passage of the source that proves the answer, copied word for word.`;
  return [
    {
      id: 'example-single', type: 'single', difficulty: 1, tags: ['example'],
      prompt: `${REPLACE} a question with one right answer.`,
      choices: [
        { id: 'right', text: 'The right answer' },
        { id: 'wrong-1', text: 'A plainly wrong answer', feedback: 'Optional: why this choice is wrong.' },
        { id: 'wrong-2', text: 'Another plainly wrong answer' },
      ],
      answer: 'right',
      explanation: explain('"answer" is the id of the right choice, not its text.'),
      evidence: quote(0),
    },
    {
      id: 'example-multiple', type: 'multiple', difficulty: 2, tags: ['example'],
      prompt: `${REPLACE} a question with several right answers (select all that apply).`,
      choices: [
        { id: 'right-1', text: 'A right answer' },
        { id: 'right-2', text: 'Another right answer' },
        { id: 'wrong', text: 'A wrong answer' },
      ],
      answer: ['right-1', 'right-2'],
      explanation: explain('"answer" lists the ids of every right choice; "scoring" may be "partial" (the default) or "all-or-nothing".'),
      evidence: quote(1),
    },
    {
      id: 'example-true-false', type: 'true-false', difficulty: 1, tags: ['example'],
      prompt: `${REPLACE} a statement that the source shows to be true or false.`,
      answer: true,
      explanation: explain('"answer" is true or false, without quotes. A false statement should be plainly contradicted by the source.'),
      evidence: quote(2),
    },
    {
      id: 'example-match', type: 'match', difficulty: 2, tags: ['example'],
      prompt: `${REPLACE} match each item on the left with one on the right.`,
      pairs: [
        { id: 'first', left: 'First item', right: 'Its match' },
        { id: 'second', left: 'Second item', right: 'Its own match' },
      ],
      distractors: ['An extra option that matches nothing'],
      explanation: explain('Each pair is one correct match; "distractors" are extra options on the right (optional).'),
      evidence: quote(3),
    },
    {
      id: 'example-order', type: 'order', difficulty: 3, tags: ['example'],
      prompt: `${REPLACE} put these in the order the source gives.`,
      items: [
        { id: 'first', text: 'What comes first' },
        { id: 'second', text: 'What comes next' },
        { id: 'third', text: 'What comes last' },
      ],
      explanation: explain('Write the items in the correct order; the quiz shuffles them. Three items or more.'),
      evidence: quote(4),
    },
    {
      id: 'example-cloze', type: 'cloze', difficulty: 3, tags: ['example'],
      prompt: `${REPLACE} fill in the blank.`,
      text: 'Replace this sentence; write each blank as {{word}}.',
      blanks: [{ id: 'word', accept: ['the word', 'another accepted spelling'] }],
      explanation: explain('Each {{blank}} in "text" has an entry in "blanks" listing the answers to accept (case and accents are ignored).'),
      evidence: quote(5),
    },
  ];
}

/** The path to write as "$schema", relative to the bank, when the package's schema file is there. */
function schemaReference(out: string): string | undefined {
  const schema = fileURLToPath(new URL('../bank.schema.json', import.meta.url));
  if (!existsSync(schema)) return undefined;
  const path = relative(dirname(resolve(out)), schema).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** The source file's text, or undefined after saying why it cannot be a source. */
export async function readSource(io: CliIo, path: string): Promise<string | undefined> {
  const text = await readInput(io, path);
  if (text === undefined) return undefined;
  if (text.includes('\uFFFD')) {
    io.err(`${path} is not UTF-8 text (or holds a replacement character): save it as UTF-8 first, so the quiz shows it exactly`);
    return undefined;
  }
  if (!text.trim()) {
    io.err(`${path} is empty: the source is the text the questions quote`);
    return undefined;
  }
  return text;
}

export interface SkeletonOptions {
  id: string;
  title: string;
  language: string;
  sourceTitle: string;
  sourceUrl?: string | undefined;
  /** Written even when it is the default, so an author sees the field to change. */
  sourceKind?: SourceKind | undefined;
  sourceText: string;
  withExamples: boolean;
  schema?: string | undefined;
}

export function bankSkeleton(o: SkeletonOptions): BankInput {
  return {
    ...(o.schema ? { $schema: o.schema } : {}),
    format: BANK_FORMAT,
    id: o.id,
    title: o.title,
    language: o.language,
    source: { title: o.sourceTitle, kind: o.sourceKind ?? 'report', text: o.sourceText, ...(o.sourceUrl ? { url: o.sourceUrl } : {}) },
    questions: o.withExamples ? exampleQuestions(quotablePassages(o.sourceText, 6)) : [],
  };
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, options, usage, io);
  if (!parsed) return EXIT.usage;
  const { values, positionals } = parsed;
  if (positionals.length) return missing(io, `nothing: unexpected ${positionals.join(' ')} (use --source and --out)`, usage);
  if (!values.source) return missing(io, '--source <article.txt>', usage);
  if (!values.title?.trim()) return missing(io, '--title <title>', usage);
  if (!values.out) return missing(io, '--out <bank.json>', usage);

  const sourceText = await readSource(io, values.source);
  if (sourceText === undefined) return EXIT.failed;
  const title = values.title.trim();
  const bank = bankSkeleton({
    id: values.id ?? idFromTitle(title),
    title,
    language: values.language ?? 'en',
    sourceTitle: values['source-title']?.trim() || title,
    sourceUrl: values['source-url'],
    // Checked with the rest below, in the validator's words.
    sourceKind: values.kind as SourceKind | undefined,
    sourceText,
    withExamples: !values['from-source-only'],
    schema: schemaReference(values.out),
  });
  // Check what we wrote with the validator itself: a bad --id, --language, --source-url or --kind is
  // reported now, in the validator's words, instead of at the first `citequiz validate`.
  const check = loadBank(bank);
  const problems = check.ok ? [] : check.issues.filter((issue) => !(values['from-source-only'] && issue.path === 'questions'));
  if (problems.length) {
    io.err(`Not written: ${formatIssues(problems)}`);
    return EXIT.usage;
  }
  if (!(await writeOutput(io, values.out, `${JSON.stringify(bank, null, 2)}\n`, values.force ?? false))) return EXIT.failed;

  if (values['from-source-only']) {
    io.out(`Wrote ${values.out}: the source (${sourceText.length} characters) and its metadata, no questions yet.
Until you add one, \`citequiz validate ${values.out}\` reports one problem, at "questions": the bank needs at least one question.`);
  } else {
    io.out(`Wrote ${values.out}: the source (${sourceText.length} characters) and 6 example questions, one of each type.
Replace each example (its explanation says what to write), then: citequiz validate ${values.out} && citequiz lint ${values.out}`);
  }
  return EXIT.ok;
}

export const newCommand: Command = { usage, run };
