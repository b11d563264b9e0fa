// Every message the validator writes that tells a teacher what to do (issue 12, "A validator
// that says everything once"): JSON syntax with line, column and caret; an answer written as a
// choice's text; true, false and numbers in quotes; both places of a repeat; the closest passage
// of the source to a quote that is not in it; and every problem of a bank in one run.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadBank, loadBankText, type BankIssue, type LoadFailure } from '../../src/engine/index.js';
import { validBankInput, type MutableBank } from '../fixtures/banks.js';

function failed(result: ReturnType<typeof loadBank>): LoadFailure {
  assert.equal(result.ok, false, 'expected the bank to be refused');
  return result as LoadFailure;
}

function issuesOf(mutate: (bank: MutableBank) => void): BankIssue[] {
  const bank = validBankInput();
  mutate(bank);
  return failed(loadBank(bank)).issues;
}

function onlyIssue(mutate: (bank: MutableBank) => void): BankIssue {
  const issues = issuesOf(mutate);
  assert.equal(issues.length, 1, JSON.stringify(issues, null, 2));
  return issues[0]!;
}

describe('JSON syntax errors: line, column, the line and a caret', () => {
  const valid = JSON.stringify(validBankInput(), null, 2);
  /** The valid bank's text with one edit, and the issue it gives. */
  function syntaxIssue(edit: (text: string) => string): BankIssue {
    const result = failed(loadBankText(edit(valid)));
    assert.equal(result.kind, 'parse');
    assert.equal(result.issues.length, 1);
    return result.issues[0]!;
  }

  it('a trailing comma: where it is, and to remove it', () => {
    // The source's last field, then the comma a teacher leaves after it.
    const broken = valid.replace(/("url": "[^"]*")(\n\s*\})/, '$1,$2');
    const lines = broken.split('\n');
    const line = lines.findIndex((l) => l.includes('"url": ')) + 1;
    const column = lines[line - 1]!.length;
    const issue = failed(loadBankText(broken)).issues[0]!;
    assert.equal(issue.path, '(the file)');
    assert.equal(issue.message, `this is not valid JSON at line ${line}, column ${column}: remove this comma: JSON allows none before }`);
    assert.equal(issue.excerpt, `${line} | ${lines[line - 1]}\n${' '.repeat(String(line).length)} | ${' '.repeat(column - 1)}^`);
    assert.ok(failed(loadBankText(broken)).message.includes(`→ at (the file)\n    ${line} | ${lines[line - 1]}\n`));
  });

  it('counts lines from the top of the file, blank lines and a byte order mark included', () => {
    const issue = failed(loadBankText('\uFEFF\n\n{\n  "format": "citequiz/v1",\n  "questions": [1,]\n}')).issues[0]!;
    assert.match(issue.message, /^this is not valid JSON at line 5, column 18: /);
    assert.equal(issue.excerpt, '5 |   "questions": [1,]\n  |                  ^');
  });

  const cases: [string, (text: string) => string, RegExp][] = [
    ['a missing comma', (t) => t.replace('"answer": "mon",', '"answer": "mon"'), /a comma is missing before this \(between two fields\)/],
    ['single quotes', (t) => t.replace('"answer": "mon"', '"answer": \'mon\''), /JSON texts are in double quotes \("\.\.\."\), not single quotes/],
    ['an unquoted field name', (t) => t.replace('"answer": "mon"', 'answer: "mon"'), /a field name in double quotes \("name"\) is expected here/],
    ['a text not closed on its line', (t) => t.replace('"answer": "mon"', '"answer": "mon'), /this text is not closed before the end of its line: add the closing "/],
    ['a comment', (t) => t.replace('"answer": "mon",', '"answer": "mon", // Monday'), /JSON has no comments: remove this one/],
    ['True in capitals', (t) => t.replace('"answer": true', '"answer": True'), /write true in lower case/],
    ['a word without quotes', (t) => t.replace('"answer": "mon"', '"answer": mon'), /mon is not a JSON value: write true, false or null, or put a text in double quotes \("mon"\)/],
    ['a missing colon', (t) => t.replace('"answer": "mon"', '"answer" "mon"'), /a ":" is missing after this field name/],
    ['a } too many', (t) => `${t}}`, /there is more after the end of the bank: remove it, or look for a \} or \] too many/],
    ['a [ never closed', (t) => t.replace(/\n\s*\]\n\}\s*$/, '\n}'), /this \} does not close the \[ that is open here: add \] before it, or remove it/],
    ['a cut-off file', (t) => t.slice(0, t.length - 10), /the \{ opened at line \d+, column \d+ is never closed: the file may be cut off, or a \} is missing/],
    ['a bad escape', (t) => t.replace('"answer": "mon"', '"answer": "mon\\day"'), /"\\d" is not an escape JSON knows: write \\\\ for a backslash/],
    ['a tab inside a text', (t) => t.replace('"answer": "mon"', '"answer": "m\ton"'), /a tab or other control character inside a text must be written as an escape \(\\t for a tab\)/],
    ['a number with a leading zero', (t) => t.replace('"difficulty": 1', '"difficulty": 01'), /this is not a JSON number: digits, one "\." and an exponent only/],
    ['a number that starts with "."', (t) => t.replace('"difficulty": 1', '"difficulty": .5'), /a JSON number starts with a digit or "-"/],
    ['a text never closed', (t) => `${t.slice(0, t.lastIndexOf('"'))}`, /this text is never closed: add the closing "/],
  ];
  for (const [name, edit, message] of cases) {
    it(`${name}: says what to do, with line and column`, () => {
      const issue = syntaxIssue(edit);
      assert.match(issue.message, message);
      const [, line, column] = /^this is not valid JSON at line (\d+), column (\d+): /.exec(issue.message)!;
      const [shown, caret] = issue.excerpt!.split('\n');
      assert.ok(shown!.startsWith(`${line} | `), issue.excerpt);
      assert.equal(caret!.indexOf('^') - caret!.indexOf('|') - 1, Number(column), issue.excerpt);
    });
  }

  it('shows a long line (a minified file) around the place only', () => {
    const minified = JSON.stringify(validBankInput()).replace('"answer":"mon"', '"answer":"mon",}');
    const issue = failed(loadBankText(minified)).issues[0]!;
    assert.match(issue.message, /^this is not valid JSON at line 1, column \d+: /);
    const [shown, caret] = issue.excerpt!.split('\n');
    assert.ok(shown!.length < 140, shown);
    assert.ok(shown!.startsWith('1 | …') && shown!.endsWith('…'), shown);
    assert.equal(shown![caret!.indexOf('^')], ',');
  });
});

describe('an answer written as a choice\'s text', () => {
  it('names the choice\'s id to use, for a single answer', () => {
    const issue = onlyIssue((b) => (b.questions[0].answer = 'Monday'));
    assert.equal(issue.path, 'questions[0].answer');
    assert.equal(issue.message, 'the answer names choice "Monday", which is not one of this question\'s choices: use the choice\'s id "mon" ("Monday"), not its text');
  });

  it('for each answer of a multiple question, ignoring case', () => {
    const issue = onlyIssue((b) => (b.questions[1].answer[1] = 'BIRCH'));
    assert.equal(issue.path, 'questions[1].answer[1]');
    assert.match(issue.message, /use the choice's id "birch" \("Birch"\), not its text$/);
  });

  it('also when the text cannot be an id at all (a space, an apostrophe)', () => {
    const issue = onlyIssue((b) => {
      b.questions[0].choices[0].text = 'Monday’s meeting';
      b.questions[0].answer = 'Monday’s meeting';
    });
    assert.equal(issue.path, 'questions[0].answer');
    assert.equal(issue.message, 'an id is 1 to 64 letters, digits, "-", "_" or ".", starting with a letter or digit: use the choice\'s id "mon" ("Monday’s meeting"), not its text');
  });

  it('an answer that matches no choice lists the ids', () => {
    assert.equal(onlyIssue((b) => (b.questions[0].answer = 'sun')).message, 'the answer names choice "sun", which is not one of this question\'s choices (mon, tue, fri)');
  });
});

describe('true, false and numbers in quotes', () => {
  it('"false" in quotes: write false without quotes', () => {
    const issue = onlyIssue((b) => (b.questions[2].answer = 'false'));
    assert.equal(issue.path, 'questions[2].answer');
    assert.equal(issue.message, 'the answer of a true-false question is true or false: write false without quotes');
  });

  it('" True " in quotes: write true without quotes', () => {
    assert.match(onlyIssue((b) => (b.questions[2].answer = ' True ')).message, /: write true without quotes$/);
  });

  it('"yes" is not unquoted: it is not true or false', () => {
    assert.equal(onlyIssue((b) => (b.questions[2].answer = 'yes')).message, 'the answer of a true-false question is true or false');
  });

  it('points and difficulty in quotes: write the number without quotes', () => {
    assert.equal(onlyIssue((b) => (b.questions[0].points = '2')).message, 'should be a number, not the text "2": write 2 without quotes');
    assert.equal(onlyIssue((b) => (b.questions[0].difficulty = '3')).message, 'difficulty is 1, 2 or 3: write 3 without quotes');
  });
});

describe('a repeat names both places and what to do', () => {
  it('a copied question that kept its id', () => {
    const issue = onlyIssue((b) => b.questions.push({ ...b.questions[2], prompt: 'A copy.' }));
    assert.equal(issue.path, 'questions[6].id');
    assert.equal(issue.questionId, undefined, 'the id belongs to two questions');
    assert.equal(issue.message, 'the question id "unsafe" is used twice, here and at questions[2].id: give each question its own id');
  });

  const repeats: [string, (b: MutableBank) => void, string][] = [
    ['pair id', (b) => (b.questions[3].pairs[1].id = b.questions[3].pairs[0].id), 'give each pair its own id'],
    ['item id', (b) => (b.questions[4].items[1].id = b.questions[4].items[0].id), 'give each item its own id'],
    ['blank id', (b) => { b.questions[5].blanks[1].id = 'hedge'; b.questions[5].text = b.questions[5].text.replace('{{length}}', ''); }, 'give each blank its own id'],
    ['answer', (b) => b.questions[1].answer.push(b.questions[1].answer[0]), 'name each correct choice once'],
    ['item text', (b) => (b.questions[4].items[1].text = b.questions[4].items[0].text), 'learners could not tell them apart'],
    ['left-hand text', (b) => (b.questions[3].pairs[1].left = b.questions[3].pairs[0].left), 'learners could not tell them apart'],
  ];
  for (const [what, mutate, advice] of repeats) {
    it(`a repeated ${what}: ${advice}`, () => {
      const issue = issuesOf(mutate).find((i) => i.message.startsWith(`the ${what} `));
      assert.ok(issue, what);
      assert.match(issue.message, new RegExp(`^the ${what} ".*" is used twice, here and at questions\\[\\d\\]\\.\\S+: ${advice}$`));
    });
  }

  it('a blank used twice in a cloze text', () => {
    assert.equal(onlyIssue((b) => (b.questions[5].text += ' {{hedge}}')).message, 'the blank {{hedge}} is used twice in the text: use each blank once');
  });

  it('choice ids, and texts learners could not tell apart', () => {
    assert.equal(onlyIssue((b) => (b.questions[0].choices[2].id = 'mon')).message, 'the choice id "mon" is used twice, here and at questions[0].choices[0].id: give each choice its own id');
    assert.equal(onlyIssue((b) => (b.questions[0].choices[2].text = 'MONDAY')).message, 'the choice text "MONDAY" is used twice, here and at questions[0].choices[0].text: learners could not tell them apart');
  });
});

describe('an evidence quote that is not in the source', () => {
  const report = readFileSync(new URL('../../questions/source/report.txt', import.meta.url), 'utf8');
  /** The valid bank with the report as its source and one quote of question 0 replaced. */
  function quoteIssue(quote: string): BankIssue {
    return onlyIssue((b) => {
      b.source.text = report;
      for (const q of b.questions) q.evidence = ['North Korea is accused of selling artillery supplies to Russia'];
      b.questions[0].evidence = [quote];
    });
  }

  it('shows the closest passage with the first differing word marked (grammar "fixed")', () => {
    const issue = quoteIssue('However, details and evidence supporting these shipments of weaponry has not been disclosed.');
    assert.equal(issue.path, 'questions[0].evidence[0]');
    assert.equal(issue.message, 'the evidence quote "However, details and evidence supporting these shipments of weaponry has not been disclosed." is not in source.text; the closest passage reads "However, details and evidence supporting these shipments of weaponry »have« not been disclosed.", where the quote has "has": copy it word for word');
  });

  it('finds the passage despite a dropped word, and marks where they part', () => {
    assert.match(quoteIssue('North Korea is accused of selling supplies to Russia').message, /reads "North Korea is accused of selling »artillery« supplies to Russia,", where the quote has "supplies"/);
  });

  it('shows a long quote around the word that differs, not cut off before it', () => {
    const quote = 'North Korea also blocked this meeting from their webcast attempting to cover up their actions. Their shipments are thought to be hidden by a facade in which these shipments appear to be shipped to North Africa.';
    const { message } = quoteIssue(quote);
    assert.match(message, /^the evidence quote "…[^"]*hidden by a facade[^"]*…" is not in source\.text/);
    assert.match(message, /»façade«/);
    assert.match(message, /where the quote has "facade"/);
  });

  it('a quote of whole words that starts inside a word of the source', () => {
    const { message } = onlyIssue((b) => (b.questions[2].evidence = ['safe”.']));
    assert.equal(message, 'the evidence quote "safe”." is not in source.text; the closest passage reads "“unsafe”." (same words: a quote must start and end with whole words of the source): copy it word for word');
  });

  it('a bank whose every quote fails gets the closest passage for its first 100 quotes only', () => {
    const issues = issuesOf((b) => {
      b.questions = Array.from({ length: 101 }, (_, i) => ({ ...b.questions[2], id: `q${i}`, evidence: [`The mayor said the bridge was safe, ${i}`] }));
    });
    assert.equal(issues.length, 101);
    assert.match(issues[99]!.message, /the closest passage reads/);
    assert.equal(issues[100]!.message, 'the evidence quote "The mayor said the bridge was safe, 100" is not in source.text (quotes must be copied word for word)');
  });

  it('a quote with no word of the source says so', () => {
    assert.equal(quoteIssue('Zebras quietly yodel.').message, 'the evidence quote "Zebras quietly yodel." is not in source.text (quotes must be copied word for word; no passage of the source has its words)');
  });
});

describe('one run reports every problem', () => {
  it('the three realistic mistakes in one file give three problems in one run', () => {
    const text = readFileSync(new URL('../fixtures/three-mistakes.json', import.meta.url), 'utf8');
    const result = failed(loadBankText(text));
    assert.deepEqual(result.issues.map((i) => [i.path, i.questionId]), [
      ['questions[0].evidence[0]', 'evidence-disclosed'],
      ['questions[1].answer', 'september-denial'],
      ['questions[2].id', undefined],
    ]);
    assert.match(result.issues[0]!.message, /»have« not been disclosed\.", where the quote has "has"/);
    assert.match(result.issues[1]!.message, /write true without quotes$/);
    assert.match(result.issues[2]!.message, /the question id "evidence-disclosed" is used twice, here and at questions\[0\]\.id/);
  });

  it('a question with a broken shape is skipped for meaning; the others are still checked', () => {
    const issues = issuesOf((b) => {
      b.questions[0].answer = 42; // shape: questions[0] is not checked for meaning
      b.questions[0].choices[1].id = 'mon'; // a meaning problem in that same question: not reported
      b.questions[1].answer.push('oak'); // meaning, in a question whose shape is fine
      b.questions[5].evidence = ['Nowhere in the source.']; // evidence, checked too
    });
    assert.deepEqual(issues.map((i) => i.path), ['questions[0].answer', 'questions[1].answer[3]', 'questions[5].evidence[0]']);
  });

  it('evidence is not checked against a source text that is itself broken', () => {
    const issues = issuesOf((b) => {
      b.source.text = '';
      b.questions[1].answer.push('oak');
    });
    assert.deepEqual(issues.map((i) => i.path), ['source.text', 'questions[1].answer[3]']);
  });
});
