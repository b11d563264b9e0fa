/** `citequiz lint`: warnings about valid banks (see src/engine/lint.ts for the rules). */
import { formatIssues, loadBankText, type BankIssue } from '../engine/index.js';
import { formatWarnings, lintBank, type LintWarning } from '../engine/lint.js';
import { EXIT, parseCommandArgs, plural, readInput, type CliIo, type Command } from './io.js';

const usage = `Usage: citequiz lint [--json] <bank.json>...

Warns about what a valid bank may still get wrong, each with its question id: a wrong choice
found word for word in the source (it may be true); a prompt or explanation that drops a hedge
its evidence has ("accused", "believed", "thought to", "according to", "has said"); near-duplicate
questions; an order question of two items; the correct answer always in the same position; a
difficulty level with no question. Warnings never fail: exits 0 when every bank is valid, 1 when
one is not (its problems are printed, as by validate).
  --json   print the results as JSON: [{ file, ok, warnings, issues }]`;

interface LintReport {
  file: string;
  ok: boolean;
  warnings: LintWarning[];
  issues: BankIssue[];
}

async function lintFile(file: string, io: CliIo): Promise<LintReport> {
  const text = await readInput(io, file);
  if (text === undefined) return { file, ok: false, warnings: [], issues: [{ path: '(the file)', message: 'cannot read the file' }] };
  const loaded = loadBankText(text);
  return loaded.ok ? { file, ok: true, warnings: lintBank(loaded.bank), issues: [] } : { file, ok: false, warnings: [], issues: loaded.issues };
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' } }, usage, io);
  if (!parsed) return EXIT.usage;
  if (parsed.positionals.length === 0) {
    io.err(usage);
    return EXIT.usage;
  }
  const reports: LintReport[] = [];
  for (const file of parsed.positionals) reports.push(await lintFile(file, io));
  if (parsed.values.json) {
    io.out(JSON.stringify(reports, null, 2));
  } else {
    for (const r of reports) {
      if (!r.ok) io.out(`${r.file}: not linted, ${plural(r.issues.length, 'problem')} to fix first (citequiz validate)\n${formatIssues(r.issues)}`);
      else if (r.warnings.length === 0) io.out(`${r.file}: no warnings`);
      else io.out(`${r.file}: ${plural(r.warnings.length, 'warning')}\n${formatWarnings(r.warnings)}`);
    }
  }
  return reports.every((r) => r.ok) ? EXIT.ok : EXIT.failed;
}

export const lintCommand: Command = { usage, run };
