#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
