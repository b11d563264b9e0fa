// Running the citequiz command in tests: against the real disk, in a fresh temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import { runCli } from '../../src/cli/run.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `citequiz ...args` in-process (the disk is real, stdout and stderr are captured). */
export async function citequiz(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { readFile: (path) => readFile(path, 'utf8'), out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A temporary folder for this test file, removed when its tests end; `at(name)` is a path in it. */
export function scratch(): (name: string) => string {
  const dir = mkdtempSync(join(tmpdir(), 'citequiz-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return (name) => join(dir, name);
}

/** A strict XML parse: any well-formedness error throws with its line and column. */
export function parseXml(text: string): Document {
  const parser = new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } });
  return parser.parseFromString(text, 'text/xml') as unknown as Document;
}

export const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
