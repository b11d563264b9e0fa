// source.kind: what the source is (report, article, chapter, transcript, document), so the
// player names it ("Read the chapter"); "report" when a bank does not say.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bankHash, loadBank, SOURCE_KINDS } from '../../src/engine/index.js';
import { mustLoad } from '../fixtures/must-load.js';
import { validBankInput } from '../fixtures/banks.js';

describe('source.kind', () => {
  it('is "report" when the bank does not say', () => {
    const input = validBankInput();
    assert.equal('kind' in input.source, false);
    const result = loadBank(input);
    assert.ok(result.ok);
    assert.equal(result.bank.source.kind, 'report');
  });

  it('keeps each of the five kinds', () => {
    assert.deepEqual([...SOURCE_KINDS], ['report', 'article', 'chapter', 'transcript', 'document']);
    for (const kind of SOURCE_KINDS) {
      const input = validBankInput();
      input.source.kind = kind;
      const result = loadBank(input);
      assert.ok(result.ok, kind);
      assert.equal(result.bank.source.kind, kind);
    }
  });

  it('refuses any other, naming the five', () => {
    const input = validBankInput();
    input.source.kind = 'book';
    const result = loadBank(input);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(result.issues.map((issue) => issue.path), ['source.kind']);
    const { message } = result.issues[0]!;
    for (const named of [...SOURCE_KINDS, 'book']) assert.ok(message.includes(`"${named}"`), `${named} in: ${message}`);
  });

  it('leaves saved progress alone: the default hashes as a bank written before kinds, another kind changes the hash', () => {
    const before = bankHash(mustLoad(validBankInput()));
    assert.equal(before, 'af2d0991-24m', 'the fixture bank\'s hash from before source.kind');
    const namedReport = validBankInput();
    namedReport.source.kind = 'report';
    assert.equal(bankHash(mustLoad(namedReport)), before);
    const chapter = validBankInput();
    chapter.source.kind = 'chapter';
    assert.notEqual(bankHash(mustLoad(chapter)), before);
  });
});
