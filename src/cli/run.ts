/**
 * The `citequiz` command, as a function of its arguments and its input/output, so tests can run
 * it without a process. `citequiz.ts` binds it to the real process.
 */
import { loadBankText, formatIssues, type BankIssue } from '../engine/index.js';

export interface CliIo {
  readFile(path: string): Promise<string>;
  out(text: string): void;
  err(text: string): void;
}

export const USAGE = `Usage: citequiz validate [--json] <bank.json>...

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
    const reason = (error as { code?: string }).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { file, ok: false, issues: [{ path: '(the file)', message: `cannot read the file: ${reason}` }] };
  }
  const result = loadBankText(text);
  return result.ok
    ? { file, ok: true, questionCount: result.bank.questions.length, issues: [] }
    : { file, ok: false, issues: result.issues };
}

/** Runs the command and returns its exit code: 0 all valid, 1 a bank failed, 2 a usage error. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command === 'package') return (await import('./package.js')).runPackage(rest, io);
  const json = rest.includes('--json');
  const files = rest.filter((a) => a !== '--json');
  const unknownOption = files.find((f) => f.startsWith('--'));
  if (command !== 'validate' || files.length === 0 || unknownOption) {
    io.err(unknownOption ? `Unknown option ${unknownOption}\n\n${USAGE}` : USAGE);
    return 2;
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
  return reports.every((r) => r.ok) ? 0 : 1;
}
