/** `citequiz export`: a bank as GIFT, Moodle XML or a QTI 3 package (src/interchange/). */
import { formatIssues, loadBankText } from '../engine/index.js';
import type { ExportResult } from '../interchange/feedback.js';
import { bankToGift } from '../interchange/gift.js';
import { bankToMoodleXml } from '../interchange/moodle-xml.js';
import { bankToQtiPackage } from '../interchange/qti.js';
import { EXIT, missing, parseCommandArgs, plural, readInput, writeOutput, type CliIo, type Command } from './io.js';

const usage = `Usage: citequiz export <bank.json> --to gift|moodle-xml|qti3 --out <file> [--force]

Writes a valid bank for another system; each question's explanation and evidence quotes go into
its general feedback. Says which questions were left out or changed, and why.
  --to gift         Moodle GIFT text (order questions and clozes of several blanks have no GIFT form)
  --to moodle-xml   Moodle XML, every type (order needs Moodle's Ordering question type)
  --to qti3         a QTI 3.0 content package (.zip: imsmanifest.xml and one item per question)
  --out <file>      where to write (refuses to replace a file without --force)
  --force           replace --out if it exists`;

const FORMATS = {
  gift: bankToGift,
  'moodle-xml': bankToMoodleXml,
  qti3: bankToQtiPackage,
} satisfies Record<string, (bank: never) => ExportResult<string | Uint8Array>>;

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { to: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } }, usage, io);
  if (!parsed) return EXIT.usage;
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (!file || extra.length) return missing(io, 'the bank file (one)', usage);
  const to = values.to;
  if (!to || !Object.hasOwn(FORMATS, to)) return missing(io, to ? `a known format: --to ${to} is not one of ${Object.keys(FORMATS).join(', ')}` : '--to gift|moodle-xml|qti3', usage);
  if (!values.out) return missing(io, '--out <file>', usage);

  const text = await readInput(io, file);
  if (text === undefined) return EXIT.failed;
  const loaded = loadBankText(text);
  if (!loaded.ok) {
    io.err(`${file}: not exported, ${plural(loaded.issues.length, 'problem')} to fix first\n${formatIssues(loaded.issues)}`);
    return EXIT.failed;
  }
  const { output, exported, notes } = FORMATS[to as keyof typeof FORMATS](loaded.bank);
  if (!(await writeOutput(io, values.out, output, values.force ?? false))) return EXIT.failed;
  const left = loaded.bank.questions.length - exported;
  io.out([
    `Wrote ${values.out}: ${plural(exported, 'question')} of ${loaded.bank.questions.length} as ${to}${left ? ` (${left} left out)` : ''}.`,
    ...notes.map((n) => `  ${n.questionId ? `question "${n.questionId}": ` : ''}${n.message}`),
  ].join('\n'));
  return EXIT.ok;
}

export const exportCommand: Command = { usage, run };
