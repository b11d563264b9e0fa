#!/usr/bin/env node
import { readFromDisk, writeToDisk } from './io.js';
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv.slice(2), {
  readFile: readFromDisk,
  writeFile: writeToDisk,
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
