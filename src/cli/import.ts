/**
 * `citequiz import`: a bank from Moodle GIFT questions and the source they are about.
 *
 * GIFT carries no evidence, and the format requires at least one quote per question. We write
 * the bank anyway, each question with an empty evidence list, rather than invent quotes or leave
 * questions out: the bank is then invalid on purpose, and `citequiz validate` names each
 * question still missing its evidence (or explanation) until the author has quoted the source.
 */
import { basename, extname } from 'node:path';
import { loadBank, type BankIssue } from '../engine/index.js';
import { giftToQuestions } from '../interchange/gift.js';
import { EXIT, missing, parseCommandArgs, plural, readInput, writeOutput, type CliIo, type Command } from './io.js';
import { bankSkeleton, idFromTitle, readSource } from './new.js';

const usage = `Usage: citequiz import --from gift <questions.gift> --source <article.txt> --out <bank.json> [options]

Converts Moodle GIFT questions into a bank around the source they are about: multiple choice,
true-false, matching, short answer and missing word (as cloze). Numerical and essay questions
have no equivalent and are left out, by name. GIFT has no evidence: each question is written
with none, and \`citequiz validate\` names every question still missing its evidence quote.
  --from gift           the format of the questions file (GIFT is the one read today)
  --source <file>       the text the questions are about (UTF-8), embedded in the bank
  --out <file>          where to write the bank (refuses to replace a file without --force)
  --title <text>        the bank's title (default: the questions file's name)
  --id <id>             the bank's id (default: made from the title)
  --language <tag>      the language of the bank's text, BCP 47 (default: en)
  --force               replace --out if it exists`;

const options = {
  from: { type: 'string' },
  source: { type: 'string' },
  out: { type: 'string' },
  title: { type: 'string' },
  id: { type: 'string' },
  language: { type: 'string' },
  force: { type: 'boolean' },
} as const;

/** A gift-pegjs syntax error as one line: where, and what it expected. */
function describeSyntaxError(file: string, error: unknown): string {
  const e = error as { location?: { start: { line: number; column: number } }; message: string };
  return e.location ? `${file}:${e.location.start.line}:${e.location.start.column}: not valid GIFT: ${e.message}` : `${file}: not valid GIFT: ${e.message}`;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, options, usage, io);
  if (!parsed) return EXIT.usage;
  const { values, positionals } = parsed;
  if (values.from !== 'gift') return missing(io, values.from ? `a known format: --from ${values.from} is not read (only gift)` : '--from gift', usage);
  const [file, ...extra] = positionals;
  if (!file || extra.length) return missing(io, 'the questions file (one)', usage);
  if (!values.source) return missing(io, '--source <article.txt>', usage);
  if (!values.out) return missing(io, '--out <bank.json>', usage);

  const gift = await readInput(io, file);
  if (gift === undefined) return EXIT.failed;
  const sourceText = await readSource(io, values.source);
  if (sourceText === undefined) return EXIT.failed;
  let imported: ReturnType<typeof giftToQuestions>;
  try {
    imported = giftToQuestions(gift);
  } catch (error) {
    io.err(describeSyntaxError(file, error));
    return EXIT.failed;
  }
  if (imported.questions.length === 0) {
    io.err(`${file}: no question citequiz can use${imported.notes.length ? `\n${imported.notes.map((n) => `  ${n.message}`).join('\n')}` : ''}`);
    return EXIT.failed;
  }
  const title = values.title?.trim() || basename(file, extname(file));
  const bank = {
    ...bankSkeleton({
      id: values.id ?? idFromTitle(title), title, language: values.language ?? 'en',
      sourceTitle: title, sourceText, withExamples: false,
    }),
    questions: imported.questions,
  };
  if (!(await writeOutput(io, values.out, `${JSON.stringify(bank, null, 2)}\n`, values.force ?? false))) return EXIT.failed;

  const check = loadBank(bank);
  const issues: BankIssue[] = check.ok ? [] : check.issues;
  const noEvidence = imported.questions.filter((q) => q.evidence.length === 0).length;
  const noExplanation = imported.questions.filter((q) => q.explanation === '').map((q) => `"${q.id}"`);
  const lines = [`Wrote ${values.out}: ${plural(imported.questions.length, 'question')} from ${file}.`];
  for (const n of imported.notes) lines.push(`  ${n.questionId ? `question "${n.questionId}": ` : ''}${n.message}`);
  if (noExplanation.length) {
    lines.push(`${plural(noExplanation.length, 'question')} had no general feedback, so no explanation yet: ${noExplanation.join(', ')}.`);
  }
  if (noEvidence) {
    lines.push(`Evidence must now be added: ${noEvidence === imported.questions.length ? 'no question has' : `${plural(noEvidence, 'question')} ${noEvidence === 1 ? 'has' : 'have'}`} an evidence quote (GIFT has none). Quote the source, word for word, in each one's "evidence".`);
  }
  lines.push(issues.length
    ? `\`citequiz validate ${values.out}\` names each of the ${plural(issues.length, 'problem')} left.`
    : `The bank is valid: \`citequiz lint ${values.out}\` for a second look.`);
  io.out(lines.join('\n'));
  return EXIT.ok;
}

export const importCommand: Command = { usage, run };
