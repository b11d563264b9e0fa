import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadBank, loadBankText, LIMITS, type LoadFailure } from '../../src/engine/index.js';
import { validBankInput } from '../fixtures/banks.js';

function failed(result: ReturnType<typeof loadBank>): LoadFailure {
  assert.equal(result.ok, false, 'expected the bank to be refused');
  return result as LoadFailure;
}

describe('loadBank: a valid bank', () => {
  it('loads, fills in defaults and locates every quote', () => {
    const result = loadBank(validBankInput());
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.bank.questions.length, 6);
    assert.equal(result.bank.questions[0]!.points, 1, 'points default to 1');
    const multiple = result.bank.questions[1]!;
    assert.equal(multiple.type === 'multiple' && multiple.scoring, 'partial', 'multiple defaults to partial credit');
    const ranges = result.evidence.get('who')!;
    const text = result.bank.source.text;
    assert.deepEqual(ranges.map((r) => text.slice(r.start, r.end)), [
      'The mayor said the bridge was “unsafe”.',
      'Residents’ groups from Alder, Birch and Cedar streets objected.',
    ]);
  });

  it('accepts a "$schema" key so editors can validate against dist/bank.schema.json', () => {
    const input = { $schema: '../dist/bank.schema.json', ...validBankInput() };
    assert.ok(loadBank(input).ok);
  });
});

describe('loadBank: input that is not a bank (QUALITY.md, Banks)', () => {
  const cases: [string, string, string][] = [
    ['empty file', '', 'the file is empty'],
    ['whitespace only', '  \n ', 'the file is empty'],
    ['not JSON', '{ "format": ', 'this is not valid JSON'],
    ['a web page', '<!doctype html><html><body>Not found</body></html>', 'this looks like a web page, not a question bank'],
    ['a JSON array', '[1, 2]', 'not a list'],
    ['null', 'null', 'not null'],
    ['a number', '42', 'not number'],
    ['unknown format version', '{"format": "citequiz/v2", "questions": []}', 'this bank has the format "citequiz/v2"; this release of citequiz reads citequiz/v1'],
    ['no format', '{"questions": []}', 'no "format" field; this release of citequiz reads citequiz/v1'],
  ];
  for (const [name, text, message] of cases) {
    it(`${name}: one readable issue`, () => {
      const result = failed(loadBankText(text));
      assert.equal(result.issues.length, 1);
      assert.match(result.issues[0]!.message, new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.ok(result.message.includes(`✖ ${result.issues[0]!.message}`), result.message);
    });
  }

  it('tells parse failures from invalid banks', () => {
    assert.equal(failed(loadBankText('{')).kind, 'parse');
    assert.equal(failed(loadBankText('[]')).kind, 'invalid');
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { format: 'citequiz/v1' };
    cyclic.questions = [cyclic];
    const odd: unknown[] = [undefined, 0, NaN, true, 'text', Symbol('s'), () => 1, new Date(0), new Map(), cyclic, Object.create(null),
      { format: 'citequiz/v1', questions: 'many' }, { format: 'citequiz/v1', source: [], questions: [null, 1, []] }];
    for (const input of odd) assert.equal(loadBank(input).ok, false);
  });
});

/** One fixture per rule: a mutation of the valid bank, and the issue it must produce. */
const RULES: { rule: string; mutate: (bank: ReturnType<typeof validBankInput>) => void; path: string; questionId?: string; message: RegExp }[] = [
  { rule: 'missing field', mutate: (b) => delete b.questions[0]!.prompt, path: 'questions[0].prompt', questionId: 'day', message: /is required/ },
  { rule: 'wrong-typed field', mutate: (b) => (b.questions[2]!.answer = 'yes'), path: 'questions[2].answer', questionId: 'unsafe', message: /true or false/ },
  { rule: 'unknown field', mutate: (b) => (b.questions[0]!.colour = 'red'), path: 'questions[0]', questionId: 'day', message: /unknown field "colour"/ },
  { rule: 'unknown question type', mutate: (b) => (b.questions[0]!.type = 'essay'), path: 'questions[0].type', questionId: 'day', message: /unknown question type "essay"; the types are single, multiple, true-false, match, order, cloze/ },
  { rule: 'empty prompt', mutate: (b) => (b.questions[0]!.prompt = '   '), path: 'questions[0].prompt', questionId: 'day', message: /cannot be empty/ },
  { rule: 'points not positive', mutate: (b) => (b.questions[0]!.points = 0), path: 'questions[0].points', questionId: 'day', message: /more than 0/ },
  { rule: 'difficulty out of range', mutate: (b) => (b.questions[0]!.difficulty = 4), path: 'questions[0].difficulty', questionId: 'day', message: /1, 2 or 3/ },
  { rule: 'no evidence', mutate: (b) => (b.questions[0]!.evidence = []), path: 'questions[0].evidence', questionId: 'day', message: /at least one evidence quote/ },
  { rule: 'no questions', mutate: (b) => (b.questions = []), path: 'questions', message: /at least one question/ },
  { rule: 'one choice', mutate: (b) => b.questions[0]!.choices.splice(1), path: 'questions[0].choices', questionId: 'day', message: /at least 2 choices/ },
  { rule: 'duplicate question id', mutate: (b) => (b.questions[1]!.id = 'day'), path: 'questions[1].id', message: /the question id "day" is used twice, here and at questions\[0\]\.id: give each question its own id/ },
  { rule: 'duplicate choice id', mutate: (b) => (b.questions[0]!.choices[1].id = 'mon'), path: 'questions[0].choices[1].id', questionId: 'day', message: /the choice id "mon" is used twice/ },
  { rule: 'duplicate choice text', mutate: (b) => (b.questions[0]!.choices[1].text = ' monday '), path: 'questions[0].choices[1].text', questionId: 'day', message: /the choice text "monday" is used twice/ },
  { rule: 'answer names no choice', mutate: (b) => (b.questions[0]!.answer = 'sun'), path: 'questions[0].answer', questionId: 'day', message: /the answer names choice "sun", which is not one of this question's choices \(mon, tue, fri\)/ },
  { rule: 'single question with two answers', mutate: (b) => (b.questions[0]!.answer = ['mon', 'tue']), path: 'questions[0].answer', questionId: 'day', message: /use type "multiple"/ },
  { rule: 'multiple answer names no choice', mutate: (b) => b.questions[1]!.answer.push('oak'), path: 'questions[1].answer[3]', questionId: 'streets', message: /names choice "oak"/ },
  { rule: 'multiple answer twice', mutate: (b) => b.questions[1]!.answer.push('alder'), path: 'questions[1].answer[3]', questionId: 'streets', message: /the answer "alder" is used twice/ },
  { rule: 'duplicate pair id', mutate: (b) => (b.questions[3]!.pairs[1].id = 'mayor'), path: 'questions[3].pairs[1].id', questionId: 'who', message: /the pair id "mayor" is used twice/ },
  { rule: 'distractor equal to a right', mutate: (b) => b.questions[3]!.distractors.push('Objected'), path: 'questions[3].distractors[1]', questionId: 'who', message: /the right-hand text "Objected" is used twice/ },
  { rule: 'points with more than 2 decimals', mutate: (b) => (b.questions[0]!.points = 0.125), path: 'questions[0].points', questionId: 'day', message: /at most 2 decimals/ },
  { rule: 'match left text twice', mutate: (b) => (b.questions[3]!.pairs[1].left = 'the mayor'), path: 'questions[3].pairs[1].left', questionId: 'who', message: /the left-hand text "the mayor" is used twice/ },
  { rule: 'order item text twice', mutate: (b) => (b.questions[4]!.items[1].text = 'The council met'), path: 'questions[4].items[1].text', questionId: 'sequence', message: /the item text "The council met" is used twice/ },
  { rule: 'upper-case link scheme', mutate: (b) => (b.source.url = 'HTTPS://example.org'), path: 'source.url', message: /http:\/\/, https:\/\/ or mailto:/ },
  { rule: 'order item twice', mutate: (b) => (b.questions[4]!.items[2].id = 'met'), path: 'questions[4].items[2].id', questionId: 'sequence', message: /the item id "met" is used twice/ },
  { rule: 'cloze blank missing from its text', mutate: (b) => (b.questions[5]!.text = 'It is {{hedge}} that repairs take long.'), path: 'questions[5].blanks[1]', questionId: 'repairs', message: /the blank "length" is not used in the text/ },
  { rule: 'cloze text names an undefined blank', mutate: (b) => (b.questions[5]!.text += ' {{extra}}'), path: 'questions[5].text', questionId: 'repairs', message: /a blank \{\{extra\}\} that is not defined/ },
  { rule: 'cloze blank used twice', mutate: (b) => (b.questions[5]!.text += ' {{hedge}}'), path: 'questions[5].text', questionId: 'repairs', message: /the blank \{\{hedge\}\} is used twice in the text: use each blank once/ },
  { rule: 'evidence not in the source', mutate: (b) => (b.questions[2]!.evidence = ['The mayor said the bridge was safe']), path: 'questions[2].evidence[0]', questionId: 'unsafe', message: /the evidence quote "The mayor said the bridge was safe" is not in source\.text/ },
  { rule: 'evidence differing in more than spaces and quotes', mutate: (b) => (b.questions[0]!.evidence = ['on monday the council met.']), path: 'questions[0].evidence[0]', questionId: 'day', message: /is not in source\.text/ },
  { rule: 'javascript: link', mutate: (b) => (b.source.url = 'javascript:alert(1)'), path: 'source.url', message: /http:\/\/, https:\/\/ or mailto:/ },
  { rule: 'javascript: link behind a space', mutate: (b) => (b.source.url = ' javascript:alert(1)'), path: 'source.url', message: /http:\/\/, https:\/\/ or mailto:/ },
  { rule: 'javascript: link with a tab inside', mutate: (b) => (b.source.url = 'java\tscript:alert(1)'), path: 'source.url', message: /http:\/\/, https:\/\/ or mailto:/ },
  { rule: 'data: link', mutate: (b) => (b.source.url = 'data:text/html,<script>alert(1)</script>'), path: 'source.url', message: /http:\/\/, https:\/\/ or mailto:/ },
  { rule: 'link with a user name and password', mutate: (b) => (b.source.url = 'https://user:secret@example.org/report'), path: 'source.url', message: /no user name or password/ },
  { rule: 'link naming one site before an @ and opening another', mutate: (b) => (b.source.url = 'https://example.org@evil.example/report'), path: 'source.url', message: /no user name or password/ },
  { rule: 'link with a right-to-left override', mutate: (b) => (b.source.url = 'https://example.org/\u202egro.live'), path: 'source.url', message: /bidirectional/ },
  { rule: 'link with a control character', mutate: (b) => (b.source.url = 'https://example.org/\u0007report'), path: 'source.url', message: /control/ },
  { rule: 'link the URL parser refuses', mutate: (b) => (b.source.url = 'http://[::1/report'), path: 'source.url', message: /http:\/\/, https:\/\/ or mailto:/ },
  { rule: 'language not BCP 47', mutate: (b) => (b.language = 'English'), path: 'language', message: /BCP 47/ },
  { rule: 'huge string', mutate: (b) => (b.questions[0]!.prompt = 'x'.repeat(LIMITS.textChars + 1)), path: 'questions[0].prompt', questionId: 'day', message: /at most 5000 characters/ },
  { rule: 'huge source', mutate: (b) => (b.source.text = 'x'.repeat(LIMITS.sourceChars + 1)), path: 'source.text', message: /at most 1000000 characters/ },
];

describe('loadBank: each rule refuses its broken fixture, naming path and question', () => {
  for (const { rule, mutate, path, questionId, message } of RULES) {
    it(rule, () => {
      const input = validBankInput();
      mutate(input);
      const result = failed(loadBank(input));
      const issue = result.issues.find((i) => i.path === path && message.test(i.message));
      assert.ok(issue, `no issue at ${path} matching ${message}; got:\n${result.message}`);
      assert.equal(issue.questionId, questionId);
      assert.ok(result.message.includes(`→ at ${path}`));
    });
  }

  it('accepts web and mail links, with an @ in a path or query and in a mail address', () => {
    for (const url of ['https://example.org/report', 'http://example.org', 'https://example.org/a@b?c=d@e#f', 'mailto:editor@example.org']) {
      const input = validBankInput();
      input.source.url = url;
      assert.equal(loadBank(input).ok, true, url);
    }
  });

  it('lists every problem at once, shape and meaning together, question by question', () => {
    const input = validBankInput();
    delete input.questions[0]!.prompt;
    input.questions[1]!.id = 'day';
    input.questions[2]!.evidence = ['nowhere in the source'];
    const result = failed(loadBank(input));
    // Question 0's shape is broken: it is skipped for meaning, but its id still counts.
    assert.deepEqual(result.issues.map((i) => i.path), ['questions[0].prompt', 'questions[1].id', 'questions[2].evidence[0]']);
  });

  it('reads the message as a person would', () => {
    const input = validBankInput();
    input.questions[0]!.answer = 'sun';
    assert.equal(failed(loadBank(input)).message, [
      'This question bank has 1 problem:',
      '✖ question "day": the answer names choice "sun", which is not one of this question\'s choices (mon, tue, fri)',
      '  → at questions[0].answer',
    ].join('\n'));
  });
});

describe('loadBank: deep nesting', () => {
  it('refuses deeply nested JSON with a located issue, without descending into it', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const input = validBankInput();
    input.questions[0]!.tags = JSON.parse(`${'['.repeat(5_000)}${']'.repeat(5_000)}`);
    const result = failed(loadBank(input));
    assert.ok(result.issues.some((i) => i.path === 'questions[0].tags[0]'), result.message);
    const text = `{"format": "citequiz/v1", "questions": ${deep}}`;
    const fromText = loadBankText(text);
    assert.equal(fromText.ok, false);
  });
});

describe('loadBank: size', () => {
  it('loads a bank of 10,000 questions and refuses 10,001 by the stated limit', () => {
    const input = validBankInput();
    const template = input.questions[2]!;
    input.questions = Array.from({ length: LIMITS.questions }, (_, i) => ({ ...template, id: `q${i}` }));
    const result = loadBank(input);
    assert.ok(result.ok);
    assert.equal(result.bank.questions.length, 10_000);
    input.questions.push({ ...template, id: 'one-too-many' });
    assert.match(failed(loadBank(input)).message, /has at most 10000 questions/);
  });
});
