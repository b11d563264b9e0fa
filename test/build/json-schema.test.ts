// dist/bank.schema.json is what an editor checks a bank against through its "$schema" key. The
// zod schema folds its limits into one check per object, which JSON Schema cannot read, so the
// export adds them back (scripts/export-json-schema.mjs): this checks, with a real JSON Schema
// validator, that the file still accepts every real bank and refuses the shape mistakes an editor
// should underline. npm test builds dist/ first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { LIMITS, SOURCE_KINDS } from '../../src/engine/index.js';
import { validBankInput, type MutableBank } from '../fixtures/banks.js';

const schema = JSON.parse(readFileSync(new URL('../../dist/bank.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function errorsOf(bank: unknown): string {
  return validate(bank) ? '' : JSON.stringify(validate.errors);
}

/** Mistakes in shape (not in meaning: those need citequiz validate), each with the path it is at. */
const BROKEN: [string, (bank: MutableBank) => void, string][] = [
  ['a missing prompt', (b) => delete b.questions[0].prompt, '/questions/0'],
  ['a true-false answer in quotes', (b) => (b.questions[2].answer = 'false'), '/questions/2/answer'],
  ['an unknown field', (b) => (b.questions[0].colour = 'red'), '/questions/0'],
  ['an unknown question type', (b) => (b.questions[0].type = 'essay'), '/questions/0'],
  ['an empty prompt', (b) => (b.questions[0].prompt = ''), '/questions/0/prompt'],
  ['a prompt of spaces only', (b) => (b.questions[0].prompt = '   '), '/questions/0/prompt'],
  ['a text over the limit', (b) => (b.questions[0].explanation = 'x'.repeat(LIMITS.textChars + 1)), '/questions/0/explanation'],
  ['an id with a space', (b) => (b.questions[0].choices[0].id = 'mon day'), '/questions/0/choices/0/id'],
  ['points of 0', (b) => (b.questions[0].points = 0), '/questions/0/points'],
  ['points over 1000', (b) => (b.questions[0].points = 1001), '/questions/0/points'],
  ['difficulty 4', (b) => (b.questions[0].difficulty = 4), '/questions/0/difficulty'],
  ['an unknown scoring', (b) => (b.questions[1].scoring = 'some'), '/questions/1/scoring'],
  ['no evidence', (b) => (b.questions[0].evidence = []), '/questions/0/evidence'],
  ['21 evidence quotes', (b) => (b.questions[0].evidence = Array.from({ length: 21 }, () => 'On Monday the council met.')), '/questions/0/evidence'],
  ['one choice', (b) => b.questions[0].choices.splice(1), '/questions/0/choices'],
  ['51 choices', (b) => (b.questions[0].choices = Array.from({ length: 51 }, (_, i) => ({ id: `c${i}`, text: `${i}` }))), '/questions/0/choices'],
  ['a multiple question with no answer', (b) => (b.questions[1].answer = []), '/questions/1/answer'],
  ['21 tags', (b) => (b.questions[0].tags = Array.from({ length: 21 }, (_, i) => `t${i}`)), '/questions/0/tags'],
  ['one pair', (b) => b.questions[3].pairs.splice(1), '/questions/3/pairs'],
  ['one item', (b) => b.questions[4].items.splice(1), '/questions/4/items'],
  ['a blank with no accepted answer', (b) => (b.questions[5].blanks[0].accept = []), '/questions/5/blanks/0/accept'],
  ['no questions', (b) => (b.questions = []), '/questions'],
  ['an empty source', (b) => (b.source.text = ''), '/source/text'],
  ['a source kind that is not one of the five', (b) => (b.source.kind = 'book'), '/source/kind'],
  ['a javascript: link', (b) => (b.source.url = 'javascript:alert(1)'), '/source/url'],
  ['an upper-case link scheme', (b) => (b.source.url = 'HTTPS://example.org'), '/source/url'],
  ['a language that is not BCP 47', (b) => (b.language = 'English'), '/language'],
  ['another format', (b) => (b.format = 'citequiz/v2'), '/format'],
];

describe('dist/bank.schema.json (what an editor checks)', () => {
  it('accepts the valid fixture and every bank in questions/', () => {
    assert.equal(errorsOf(validBankInput()), '');
    const dir = new URL('../../questions/', import.meta.url);
    const banks = readdirSync(dir).filter((f) => f.endsWith('.json'));
    assert.ok(banks.length > 0);
    for (const file of banks) assert.equal(errorsOf(JSON.parse(readFileSync(new URL(file, dir), 'utf8'))), '', file);
  });

  it('accepts every source kind, and says "report" is the default', () => {
    for (const kind of SOURCE_KINDS) {
      const bank = validBankInput();
      bank.source.kind = kind;
      assert.equal(errorsOf(bank), '', kind);
    }
    assert.deepEqual(schema.properties.source.properties.kind, { default: 'report', type: 'string', enum: [...SOURCE_KINDS] });
  });

  for (const [mistake, mutate, at] of BROKEN) {
    it(`refuses ${mistake}, at ${at}`, () => {
      const bank = validBankInput();
      mutate(bank);
      assert.equal(validate(bank), false, `${mistake} was accepted`);
      assert.ok(validate.errors!.some((e) => e.instancePath === at || e.instancePath.startsWith(`${at}/`)), JSON.stringify(validate.errors));
    });
  }
});
