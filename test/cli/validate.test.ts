import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run.js';
import { BROKEN_BANK_PATH, VALID_BANK_PATH } from '../fixtures/banks.js';

const VALID = fileURLToPath(VALID_BANK_PATH);
const BROKEN = fileURLToPath(BROKEN_BANK_PATH);

async function runReading(read: (path: string) => Promise<string>, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { readFile: read, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const run = (...args: string[]) => runReading((path) => readFile(path, 'utf8'), args);

describe('citequiz validate', () => {
  it('prints OK with the question count for a valid bank and exits 0', async () => {
    assert.deepEqual(await run('validate', VALID), { code: 0, out: `${VALID}: OK (6 questions)`, err: '' });
  });

  it('prints every problem of a broken bank with path and question id, and exits 1', async () => {
    const { code, out } = await run('validate', VALID, BROKEN);
    assert.equal(code, 1);
    assert.equal(out, [
      `${VALID}: OK (6 questions)`,
      `${BROKEN}: 5 problems`,
      '✖ question "q1": the answer names choice "c", which is not one of this question\'s choices (a, b)',
      '  → at questions[0].answer',
      '✖ the question id "q1" is used twice, here and at questions[0].id: give each question its own id',
      '  → at questions[1].id',
      '✖ question "q1": the evidence quote "The sky was green on Tuesday." is not in source.text; the closest passage reads "The sky was »grey« on Tuesday.", where the quote has "green": copy it word for word',
      '  → at questions[1].evidence[0]',
      '✖ question "q3": the text has a blank {{colour}} that is not defined in blanks',
      '  → at questions[2].text',
      '✖ question "q3": the blank "shade" is not used in the text (write it as {{shade}})',
      '  → at questions[2].blanks[0]',
    ].join('\n'));
  });

  it('prints the issues as JSON with --json', async () => {
    const { code, out } = await run('validate', '--json', BROKEN, VALID);
    assert.equal(code, 1);
    const reports = JSON.parse(out);
    assert.deepEqual(reports[0].issues[0], { path: 'questions[0].answer', questionId: 'q1', message: 'the answer names choice "c", which is not one of this question\'s choices (a, b)' });
    assert.deepEqual(reports[0].issues[1], { path: 'questions[1].id', message: 'the question id "q1" is used twice, here and at questions[0].id: give each question its own id' });
    assert.deepEqual(reports.map((r: { ok: boolean; issues: unknown[] }) => [r.ok, r.issues.length]), [[false, 5], [true, 0]]);
    assert.deepEqual(reports[1], 
{ file: VALID, ok: true, questionCount: 6, issues: [] });
  });

  it('reports a missing file and a web page as problems of that file', async () => {
    const missing = await run('validate', '/no/such/bank.json');
    assert.equal(missing.code, 1);
    assert.match(missing.out, /\/no\/such\/bank\.json: 1 problem\n✖ cannot read the file: no such file/);
    const page = await runReading(async () => '<!doctype html><title>404</title>', ['validate', 'bank.json']);
    assert.equal(page.out, 'bank.json: 1 problem\n✖ this looks like a web page, not a question bank (JSON)\n  → at (the file)');
  });

  it('shows usage and exits 2 when called wrongly', async () => {
    for (const args of [[], ['validate'], ['check', VALID], ['validate', '--yaml', VALID]]) {
      const { code, err } = await run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(err, /Usage: citequiz validate \[--json\] <bank\.json>\.\.\./);
    }
  });
});

describe('the installed command', () => {
  it('runs as `npx citequiz validate` and sets the exit code', async () => {
    const bin = fileURLToPath(new URL('../../dist/cli/citequiz.js', import.meta.url));
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(process.execPath, [bin, 'validate', BROKEN], (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }));
    });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /5 problems\n✖ question "q1": the answer names choice "c"/);
  });
});
