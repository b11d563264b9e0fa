/**
 * What every command needs from the outside world, passed in so tests run a command without a
 * process: reading and writing files, and the two output streams.
 */
import { readFile as readFileFs, writeFile as writeFileFs } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliIo {
  readFile(path: string): Promise<string>;
  /** Writes a new file; refuses to replace one that exists unless `overwrite`. Defaults to the disk. */
  writeFile?(path: string, content: string | Uint8Array, overwrite: boolean): Promise<void>;
  out(text: string): void;
  err(text: string): void;
}

export interface Command {
  /** The command's usage lines, shown by `citequiz --help` and on a usage error. */
  usage: string;
  /** Runs the command and returns its exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export async function writeToDisk(path: string, content: string | Uint8Array, overwrite: boolean): Promise<void> {
  await writeFileFs(path, content, { flag: overwrite ? 'w' : 'wx' });
}

export async function readFromDisk(path: string): Promise<string> {
  return readFileFs(path, 'utf8');
}

/** A file error as a person reads it: "no such file", "already exists (use --force to replace it)". */
export function describeFileError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EEXIST') return 'the file already exists (add --force to replace it)';
  if (code === 'EISDIR') return 'this is a folder, not a file';
  return (error as Error).message;
}

/** Writes through the io, turning a failure into one line on stderr; true when written. */
export async function writeOutput(io: CliIo, path: string, content: string | Uint8Array, overwrite: boolean): Promise<boolean> {
  try {
    await (io.writeFile ?? writeToDisk)(path, content, overwrite);
    return true;
  } catch (error) {
    io.err(`Cannot write ${path}: ${describeFileError(error)}`);
    return false;
  }
}

/** Reads through the io, turning a failure into one line on stderr; undefined when unreadable. */
export async function readInput(io: CliIo, path: string): Promise<string | undefined> {
  try {
    return await io.readFile(path);
  } catch (error) {
    io.err(`Cannot read ${path}: ${describeFileError(error)}`);
    return undefined;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;
export type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

/**
 * node:util's parseArgs, with a usage error (printed, exit 2) instead of a throw, so every
 * command refuses an unknown option or a missing value the same way.
 */
export function parseCommandArgs<O extends Options>(args: readonly string[], options: O, usage: string, io: CliIo): Parsed<O> | undefined {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return undefined;
  }
}

/** A required option missing: prints what is missing and the usage. */
export function missing(io: CliIo, what: string, usage: string): number {
  io.err(`Missing ${what}\n\n${usage}`);
  return EXIT.usage;
}

export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
