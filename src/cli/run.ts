/**
 * The `citequiz` command: a small dispatcher over one module per command, as a function of its
 * arguments and its input/output so tests can run it without a process. `citequiz.ts` binds it
 * to the real process.
 */
import { EXIT, type CliIo, type Command } from './io.js';
import { validateCommand } from './validate.js';
import { newCommand } from './new.js';
import { lintCommand } from './lint.js';
import { importCommand } from './import.js';
import { exportCommand } from './export.js';
import { scoreCommand } from './score.js';
import { packageCommand } from './package.js';

export type { CliIo } from './io.js';

const COMMANDS: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  lint: lintCommand,
  new: newCommand,
  import: importCommand,
  export: exportCommand,
  score: scoreCommand,
  package: packageCommand,
};

/** Each command's first usage line, then how to get the rest. */
export const USAGE = `${Object.values(COMMANDS).map((c) => c.usage.split('\n')[0]).join('\n')}

citequiz <command> --help shows what a command does and its options.`;

/** Runs a command and returns its exit code: 0 success, 1 a check failed, 2 a usage error. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`Unknown command ${name}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return EXIT.ok;
  }
  return command.run(rest, io);
}
