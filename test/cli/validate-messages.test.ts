// `citequiz validate` says everything once (issue 12): the three realistic mistakes in one file
// come out in one run, and broken JSON shows its line with a caret, in text and with --json.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { citequiz, fixture, scratch } from './helpers.js';

const THREE_MISTAKES = fixture('three-mistakes.json');
const at = scratch();

/** A file holding `text`, for the command to read. */
function bankFile(name: string, text: string): string {
  writeFileSync(at(name), text);
  return at(name);
}

describe('citequiz validate: every problem in one run, each saying what to do', () => {
  it('reports the three realistic mistakes of one file in one run, and exits 1', async () => {
    const { code, out } = await citequiz('validate', THREE_MISTAKES);
    assert.equal(code, 1);
    assert.equal(out, [
      `${THREE_MISTAKES}: 3 problems`,
      '✖ question "evidence-disclosed": the evidence quote "However, details and evidence supporting these shipments of weaponry has not been disclosed." is not in source.text; the closest passage reads "However, details and evidence supporting these shipments of weaponry »have« not been disclosed.", where the quote has "has": copy it word for word',
      '  → at questions[0].evidence[0]',
      '✖ question "september-denial": the answer of a true-false question is true or false: write true without quotes',
      '  → at questions[1].answer',
      '✖ the question id "evidence-disclosed" is used twice, here and at questions[0].id: give each question its own id',
      '  → at questions[2].id',
    ].join('\n'));
  });

  it('shows a JSON syntax error with its line, column and a caret', async () => {
    const file = bankFile('comma.json', '{\n  "format": "citequiz/v1",\n  "questions": [\n    { "id": "q1", },\n  ]\n}\n');
    const { code, out } = await citequiz('validate', file);
    assert.equal(code, 1);
    assert.equal(out, [
      `${file}: 1 problem`,
      '✖ this is not valid JSON at line 4, column 17: remove this comma: JSON allows none before }',
      '  → at (the file)',
      '    4 |     { "id": "q1", },',
      '      |                 ^',
    ].join('\n'));
  });

  it('gives the same with --json, the excerpt as a field', async () => {
    const file = bankFile('one-line.json', '{"format": "citequiz/v1",}');
    const { code, out } = await citequiz('validate', '--json', file);
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(out), [{
      file,
      ok: false,
      issues: [{
        path: '(the file)',
        message: 'this is not valid JSON at line 1, column 25: remove this comma: JSON allows none before }',
        excerpt: '1 | {"format": "citequiz/v1",}\n  |                         ^',
      }],
    }]);
  });
});
