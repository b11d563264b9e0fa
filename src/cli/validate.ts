/** `citequiz validate`: checks banks against the format and its rules. */
import { loadBankText, formatIssues, type BankIssue } from '../engine/index.js';
import { describeFileError, EXIT, type CliIo, type Command } from './io.js';

const usage = `Usage: citequiz validate [--json] <bank.json>...

Checks each question bank against the citequiz/v1 format and its rules (unique ids, answers
that name real choices, evidence quotes found word for word in the source).
Prints OK with the question count, or every problem with its path; exits 1 if any bank fails.
  --json   print the results as JSON: [{ file, ok, questionCount?, issues }]`;

interface FileReport {
  file: string;
  ok: boolean;
  questionCount?: number;
  issues: BankIssue[];
}

async function validateFile(file: string, io: CliIo): Promise<FileReport> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return { file, ok: false, issues: [{ path: '(the file)', message: `cannot read the file: ${describeFileError(error)}` }] };
  }
  const result = loadBankText(text);
  return result.ok
    ? { file, ok: true, questionCount: result.bank.questions.length, issues: [] }
    : { file, ok: false, issues: result.issues };
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknownOption = files.find((f) => f.startsWith('--'));
  if (files.length === 0 || unknownOption) {
    io.err(unknownOption ? `Unknown option ${unknownOption}\n\n${usage}` : usage);
    return EXIT.usage;
  }
  const reports = await Promise.all(files.map((file) => validateFile(file, io)));
  if (json) {
    io.out(JSON.stringify(reports, null, 2));
  } else {
    for (const report of reports) {
      if (report.ok) io.out(`${report.file}: OK (${report.questionCount} question${report.questionCount === 1 ? '' : 's'})`);
      else io.out(`${report.file}: ${report.issues.length} problem${report.issues.length === 1 ? '' : 's'}\n${formatIssues(report.issues)}`);
    }
  }
  return reports.every((r) => r.ok) ? EXIT.ok : EXIT.failed;
}

export const validateCommand: Command = { usage, run };
