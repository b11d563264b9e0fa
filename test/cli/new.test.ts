import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBankText, QUESTION_TYPES } from '../../src/engine/index.js';
import { citequiz, scratch } from './helpers.js';

const at = scratch();
// Everything a JSON string must escape or an editor might mangle: CRLF, a tab, quotes, a
// backslash, accents, an emoji, a non-breaking space, a trailing newline.
const SOURCE = 'Four score and seven years ago our fathers brought forth a new nation.\r\n\tIt was "conceived" in Liberty \\ dedicated.\r\nÉté 🦅 with\u00a0care! Is it not fitting and proper that we should do this?\nThe world will little note, nor long remember what we say here.\n';
const sourcePath = at('article.txt');
writeFileSync(sourcePath, SOURCE);

describe('citequiz new', () => {
  it('writes a bank that validates, with the source embedded byte for byte and one example of each type', async () => {
    const out = at('bank.json');
    const run = await citequiz('new', '--source', sourcePath, '--title', 'The Gettysburg Address', '--out', out);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /^Wrote .*bank\.json: the source \(\d+ characters\) and 6 example questions, one of each type\./);
    const text = readFileSync(out, 'utf8');
    const loaded = loadBankText(text);
    assert.ok(loaded.ok, loaded.ok ? '' : loaded.message);
    const bank = JSON.parse(text);
    assert.deepEqual(Buffer.from(bank.source.text, 'utf8'), readFileSync(sourcePath));
    assert.equal(bank.id, 'the-gettysburg-address');
    assert.equal(bank.language, 'en');
    assert.equal(bank.source.title, 'The Gettysburg Address');
    assert.deepEqual(bank.questions.map((q: { type: string }) => q.type), [...QUESTION_TYPES]);
    for (const q of bank.questions) {
      assert.match(q.explanation, /^Replace this example: explain .*the learner reads this after answering\..*copied word for word\.$/, q.id);
      assert.equal(q.evidence.length, 1);
      assert.ok(SOURCE.includes(q.evidence[0]), `${q.id} quotes the source: ${q.evidence[0]}`);
    }
    assert.equal(bank.questions[0].evidence[0], 'Four score and seven years ago our fathers brought forth a new nation.');
  });

  it('takes --id, --language, --source-title and --source-url', async () => {
    const out = at('custom.json');
    const run = await citequiz('new', '--source', sourcePath, '--title', 'Discours', '--id', 'gettysburg-fr', '--language', 'fr', '--source-title', 'Gettysburg', '--source-url', 'https://example.org/g', '--out', out);
    assert.equal(run.code, 0, run.err);
    const bank = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual([bank.id, bank.language, bank.title, bank.source.title, bank.source.url], ['gettysburg-fr', 'fr', 'Discours', 'Gettysburg', 'https://example.org/g']);
  });

  it('quotes the first words when the source has no sentence to quote, and still validates', async () => {
    const source = at('words.txt');
    // One run-on line of 80 words, too long to quote whole.
    writeFileSync(source, Array.from({ length: 80 }, (_, i) => `word${i}`).join(' '));
    const out = at('words.json');
    assert.equal((await citequiz('new', '--source', source, '--title', 'Words', '--out', out)).code, 0);
    const bank = JSON.parse(readFileSync(out, 'utf8'));
    assert.ok(loadBankText(readFileSync(out, 'utf8')).ok);
    assert.equal(bank.questions[0].evidence[0], 'word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11');
  });

  it('--from-source-only writes the source and metadata only; validate then reports the missing questions, and nothing else', async () => {
    const out = at('only.json');
    const run = await citequiz('new', '--source', sourcePath, '--title', 'Only the source', '--from-source-only', '--out', out);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /no questions yet\.\nUntil you add one, `citequiz validate .*only\.json` reports one problem, at "questions": the bank needs at least one question\./);
    const bank = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(bank.questions, []);
    assert.deepEqual(Buffer.from(bank.source.text, 'utf8'), readFileSync(sourcePath));
    const validate = await citequiz('validate', '--json', out);
    assert.equal(validate.code, 1);
    assert.deepEqual(JSON.parse(validate.out)[0].issues.map((i: { path: string }) => i.path), ['questions']);
  });

  it('refuses to replace an existing file without --force, and replaces it with --force', async () => {
    const out = at('exists.json');
    writeFileSync(out, 'keep me');
    const refused = await citequiz('new', '--source', sourcePath, '--title', 'T', '--out', out);
    assert.equal(refused.code, 1);
    assert.equal(refused.err, `Cannot write ${out}: the file already exists (add --force to replace it)`);
    assert.equal(readFileSync(out, 'utf8'), 'keep me');
    assert.equal((await citequiz('new', '--source', sourcePath, '--title', 'T', '--out', out, '--force')).code, 0);
    assert.ok(loadBankText(readFileSync(out, 'utf8')).ok);
  });

  it('says what is wrong with its input, and writes nothing', async () => {
    const out = at('never.json');
    const cases: Array<[string[], number, RegExp]> = [
      [['--title', 'T', '--out', out], 2, /^Missing --source <article\.txt>\n\nUsage: citequiz new/],
      [['--source', sourcePath, '--out', out], 2, /^Missing --title <title>/],
      [['--source', sourcePath, '--title', 'T'], 2, /^Missing --out <bank\.json>/],
      [['--source', sourcePath, '--title', 'T', '--out', out, '--colour'], 2, /Unknown option '--colour'/],
      [['--source', at('nope.txt'), '--title', 'T', '--out', out], 1, /^Cannot read .*nope\.txt: no such file$/],
      [['--source', sourcePath, '--title', 'T', '--out', out, '--language', 'English'], 2, /^Not written: ✖ .*\n {2}→ at language$/],
      [['--source', sourcePath, '--title', 'T', '--out', out, '--source-url', 'javascript:alert(1)'], 2, /→ at source\.url/],
    ];
    for (const [args, code, message] of cases) {
      const run = await citequiz('new', ...args);
      assert.equal(run.code, code, args.join(' '));
      assert.match(run.err, message, args.join(' '));
    }
    const empty = at('empty.txt');
    writeFileSync(empty, '  \n');
    assert.match((await citequiz('new', '--source', empty, '--title', 'T', '--out', out)).err, /empty\.txt is empty: the source is the text the questions quote/);
    const latin1 = at('latin1.txt');
    writeFileSync(latin1, Buffer.from([0x45, 0x74, 0xe9, 0x0a])); // "Eté" in Latin-1
    assert.match((await citequiz('new', '--source', latin1, '--title', 'T', '--out', out)).err, /latin1\.txt is not UTF-8 text/);
    assert.throws(() => readFileSync(out), /ENOENT/);
  });
});

describe('the installed command', () => {
  it('runs as `npx citequiz new`, and points "$schema" at the package\'s JSON Schema', async () => {
    const bin = fileURLToPath(new URL('../../dist/cli/citequiz.js', import.meta.url));
    const out = at('installed.json');
    const code = await new Promise<number>((done) => {
      execFile(process.execPath, [bin, 'new', '--source', sourcePath, '--title', 'Installed', '--out', out], (error) => done(error ? Number(error.code) : 0));
    });
    assert.equal(code, 0);
    const bank = JSON.parse(readFileSync(out, 'utf8'));
    assert.ok(existsSync(resolve(dirname(out), bank.$schema)), bank.$schema);
    assert.match(bank.$schema, /dist\/bank\.schema\.json$/);
  });
});
