// The question banks written from questions/source/report.txt: they carry the report verbatim,
// cover every fact in it, are well rounded, and load through the engine with zero issues.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
// Facts and quotes are compared as typed answers are: case, spacing, diacritics and quote style aside.
import { loadBankText, normalizeAnswer, QUESTION_TYPES, scoreQuestion } from '../../src/engine/index.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const readText = (rel: string): string => readFileSync(new URL(rel, import.meta.url), 'utf8');
const readBank = (rel: string): Json => JSON.parse(readText(rel));

const REPORT = readText('../../questions/source/report.txt');
const MAIN = readBank('../../questions/us-accuses-north-korea.json');
const QUICK = readBank('../../questions/us-accuses-north-korea-quick-check.json');
const BANKS: Array<[string, Json]> = [
  ['us-accuses-north-korea', MAIN],
  ['us-accuses-north-korea-quick-check', QUICK],
];

/** The text of a question's correct answer, as described in the bank format. */
function correctAnswerTexts(q: Json): string[] {
  switch (q.type) {
    case 'single':
      return q.choices.filter((c: Json) => c.id === q.answer).map((c: Json) => c.text);
    case 'multiple':
      return q.choices.filter((c: Json) => q.answer.includes(c.id)).map((c: Json) => c.text);
    case 'true-false':
      return q.answer === true ? [q.prompt] : [];
    case 'match':
      return q.pairs.flatMap((p: Json) => [p.left, p.right]);
    case 'order':
      return q.items.map((i: Json) => i.text);
    case 'cloze': {
      const first = new Map<string, string>(q.blanks.map((b: Json) => [b.id, b.accept[0]]));
      const filled = q.text.replace(/\{\{([^}]+)\}\}/g, (_m: string, id: string) => first.get(id) ?? '');
      return [filled, ...q.blanks.flatMap((b: Json) => b.accept)];
    }
    default:
      return [];
  }
}

/** Everything a fact may be found in: correct answer text plus evidence quotes. */
function groundedTexts(bank: Json): string[] {
  return bank.questions.flatMap((q: Json) => [...correctAnswerTexts(q), ...(q.evidence ?? [])]).map(normalizeAnswer);
}

// Every fact and statement of the report, as a short string that must be found
// in the correct answer or the evidence of at least one question in the main bank.
const COVERAGE: string[] = [
  // people, organisations and roles
  'John Kirby',
  'National Security Council Coordinator for strategic communications',
  'Avril Haines',
  'Director of National Intelligence',
  'Linda Thomas-Greenfield',
  'U.S. Ambassador',
  'spoke out against this issue',
  'read several statements',
  'Associated Press',
  'Biden administration',
  'Wagner Group',
  'private Russian military company',
  'Vladimir Putin',
  'Russian president',
  'United Nations held a Security Council meeting',
  // quotes
  'continue to monitor',
  'export controls are forcing Russia to turn to countries like Iran and North Korea for supplies',
  'not have changed battlefield dynamics in Ukraine',
  'declassified intelligence to present evidence',
  'clear-eyed about Moscow\'s intent',
  'thinks twice about his actions',
  'disseminate the intelligence findings',
  // the accusation and its status
  'the United States made several accusations',
  'made primarily against North Korea',
  'Russia and China were also directly involved',
  'they were also implicated',
  'accused of selling artillery supplies to Russia',
  'aiding the war against Ukraine, in secret',
  'millions of rockets and artillery shells',
  'News reports show',
  'used in war efforts against Ukraine',
  'denied allegations',
  'have not been disclosed',
  'their impact is uncertain',
  'raised suspicions and tension in several nations',
  // concealment
  'blocked this meeting from their webcast',
  'attempting to cover up their actions',
  'thought to be hidden by a façade',
  'North Africa and Middle Eastern countries',
  // causes and sanctions
  'Russia is believed to turn to countries like North Korea',
  'their supplies diminish',
  'duration of the war',
  'sanctions placed against Russia',
  'export controls',
  'several nuclear launches by North Korea',
  'sanctions have been placed against them attempting to limit this power',
  'direct violation to UN policies',
  'considered an international threat by many',
  // countries and their capacities
  'China and Russia also have shielded North Korea from UN action',
  'France',
  'Ecuador',
  'Japan',
  'Switzerland',
  'South Korea',
  'the United Kingdom',
  'and more condemned launches encouraged by North Korea',
  'global peace and stability is threatened by North Korea\'s current actions',
  'Iran sold hundreds of attack drones over the summer',
  'taken delivery of arms from North Korea',
  'fight alongside Russian troops in Ukraine',
  // dates and sequence
  'Thursday, February 23rd',
  'Previously in September',
  'over the summer',
  // UN urging, purpose, how it closed
  'Security Council urges North Korea to cease deliveries to Russia',
  'to prevent further military supplies from aiding Russia',
  'The UN Security Council closed by saying',
  'The situation remains tense',
  'strained relationship and distrust between the US, China, and Russia',
];

// Facts a question must ask about, not only quote: each must be in the text of a correct answer.
const ASKED: string[] = [
  'suspicions and tension',
  'to help bolster its forces as they fight alongside Russian troops in Ukraine',
  'launches encouraged by North Korea',
  'used in war efforts against Ukraine',
  'have not been disclosed',
];

const TOPIC_TAGS = [
  'who-said-what',
  'countries',
  'allegations',
  'concealment',
  'evidence-and-uncertainty',
  'causes-and-sanctions',
  'reactions',
  'outcome',
  'timeline',
];

describe('report question banks: source text', () => {
  for (const [name, bank] of BANKS) {
    it(`${name}: source.text equals questions/source/report.txt exactly`, () => {
      assert.equal(typeof bank.source?.text, 'string');
      assert.ok(bank.source.text === REPORT, `${name}: source.text differs from questions/source/report.txt`);
    });
  }
});

describe('report question banks: fact coverage', () => {
  it('every fact of the report appears in a correct answer or an evidence quote of the main bank', () => {
    const haystack = groundedTexts(MAIN);
    const missing = COVERAGE.filter((fact) => !haystack.some((t) => t.includes(normalizeAnswer(fact))));
    assert.deepEqual(missing, [], `facts not covered by any correct answer or evidence quote: ${missing.map((m) => JSON.stringify(m)).join(', ')}`);
  });

  it('the facts to ask about are each the correct answer of a question in the main bank', () => {
    const answers = MAIN.questions.flatMap(correctAnswerTexts).map(normalizeAnswer);
    const unasked = ASKED.filter((fact) => !answers.some((t: string) => t.includes(normalizeAnswer(fact))));
    assert.deepEqual(unasked, [], `facts no question asks about: ${unasked.join(', ')}`);
  });

  it('every coverage fact is itself in the report (or is the corrected ambassador name)', () => {
    const report = normalizeAnswer(REPORT);
    const notInReport = [...COVERAGE, ...ASKED].filter((fact) => !report.includes(normalizeAnswer(fact)) && fact !== 'Linda Thomas-Greenfield');
    assert.deepEqual(notInReport, [], `coverage facts not found in the report: ${notInReport.join(', ')}`);
  });
});

describe('report question banks: shape of the main bank', () => {
  const questions: Json[] = MAIN.questions;

  it('has at least 60 questions', () => {
    assert.ok(questions.length >= 60, `only ${questions.length} questions`);
  });

  it('uses all six question types', () => {
    const used = new Set(questions.map((q) => q.type));
    const missing = QUESTION_TYPES.filter((t) => !used.has(t));
    assert.deepEqual(missing, [], `question types not used: ${missing.join(', ')}`);
  });

  it('uses all three difficulty levels', () => {
    const used = new Set(questions.map((q) => q.difficulty));
    const missing = [1, 2, 3].filter((d) => !used.has(d));
    assert.deepEqual(missing, [], `difficulty levels not used: ${missing.join(', ')}`);
  });

  it('uses each topic tag on at least 3 questions', () => {
    const thin = TOPIC_TAGS.filter((tag) => questions.filter((q) => (q.tags ?? []).includes(tag)).length < 3);
    assert.deepEqual(thin, [], `topic tags used by fewer than 3 questions: ${thin.join(', ')}`);
  });
});

/** Every text of a question the learner reads, before or after answering. */
function learnerTexts(q: Json): string[] {
  return [
    q.prompt,
    q.text,
    q.hint,
    q.explanation,
    ...(q.choices ?? []).flatMap((c: Json) => [c.text, c.feedback]),
    ...(q.pairs ?? []).flatMap((p: Json) => [p.left, p.right]),
    ...(q.distractors ?? []),
    ...(q.items ?? []).map((i: Json) => i.text),
  ].filter((t): t is string => typeof t === 'string');
}

/** Ids of the questions of both banks for which `test` holds. */
const questionsWhere = (test: (q: Json) => boolean): string[] =>
  BANKS.flatMap(([, bank]) => bank.questions.filter(test).map((q: Json) => q.id));

describe('report question banks: wording kept true to the report', () => {
  it('every order question is a sequence of at least three items (two items are a coin flip)', () => {
    assert.deepEqual(questionsWhere((q) => q.type === 'order' && q.items.length < 3), []);
  });

  it('where a question spells the ambassador "Thomas-Greenfield", its explanation says the report writes "Linda-Thomas Greenfield"', () => {
    const spelledOtherwise = (q: Json) => learnerTexts(q).some((t) => t.includes('Thomas-Greenfield'));
    assert.deepEqual(questionsWhere((q) => spelledOtherwise(q) && !q.explanation.includes('“Linda-Thomas Greenfield”')), []);
  });

  it('the administration\'s aims keep the AP\'s "has said": no text says it sought to disseminate without it', () => {
    const dropsHasSaid = (t: string) => /sought to disseminate/.test(t) && !/said it has sought to disseminate/.test(t);
    assert.deepEqual(questionsWhere((q) => learnerTexts(q).some(dropsHasSaid)), []);
  });

  it('questions resting on "This is a direct causation of…" say that reading it as "caused by" is an interpretation', () => {
    const restsOnIt = (q: Json) => q.evidence.some((e: string) => e.includes('This is a direct causation of'));
    const cause = questionsWhere(restsOnIt);
    assert.ok(cause.length >= 3, `only ${cause.length} questions quote the sentence`);
    assert.deepEqual(questionsWhere((q) => restsOnIt(q) && !/“caused by”.*interpretation/.test(q.explanation)), []);
  });

  it('questions on the undisclosed evidence say why the AP\'s declassified evidence about Wagner does not contradict it', () => {
    const onUndisclosed = ['evidence-status', 'qc-not-disclosed'];
    for (const id of onUndisclosed) {
      const q = BANKS.flatMap(([, bank]) => bank.questions).find((x: Json) => x.id === id);
      assert.ok(q, id);
      assert.match(q.explanation, /not contradict/, id);
      assert.match(q.explanation, /Wagner Group has taken delivery of arms from North Korea/, id);
    }
  });
});

describe('report question banks: typed answers', () => {
  // What a learner may type for a blank, by question and blank: each must score the blank as right.
  const TYPED: Array<[string, Record<string, string>]> = [
    ['cloze-meeting', { day: 'Thursday', date: '23 Feb', body: 'U.N. Security Council', accuser: 'United States of America' }],
    ['cloze-meeting', { day: 'thursday', date: 'Feb 23', body: 'UN Security Council', accuser: 'America' }],
    ['cloze-denial', { month: 'Sept', verb: 'denied' }],
    ['cloze-denial', { month: 'Sept.', verb: 'denied' }],
    ['cloze-ambassador', { name: 'Linda-Thomas Greenfield' }],
    ['cloze-ambassador', { name: 'Linda Thomas-Greenfield' }],
  ];
  // Scored as the player scores them: the bank as loadBank returns it (points defaulted to 1).
  const loaded = loadBankText(readText('../../questions/us-accuses-north-korea.json'));
  const question = (id: string) => {
    assert.ok(loaded.ok, loaded.ok ? '' : loaded.message);
    const found = loaded.bank.questions.find((q) => q.id === id);
    assert.ok(found, id);
    return found;
  };
  for (const [id, typed] of TYPED) {
    it(`${id} accepts ${JSON.stringify(typed)}`, () => {
      assert.deepEqual(scoreQuestion(question(id), typed), { questionId: id, score: 1, maxScore: 1, correct: true });
    });
  }

  it('a wrong word in a blank still loses that blank', () => {
    assert.equal(scoreQuestion(question('cloze-denial'), { month: 'October', verb: 'denied' }).score, 0.5);
    assert.equal(scoreQuestion(question('cloze-meeting'), { day: 'Thursday', date: '23 Feb', body: 'U.N. Security Council', accuser: 'Russia' }).score, 0.75);
  });
});

describe('report question banks: evidence and explanations', () => {
  for (const [name, bank] of BANKS) {
    it(`${name}: every question has evidence and a non-empty explanation`, () => {
      const noEvidence = bank.questions
        .filter((q: Json) => !Array.isArray(q.evidence) || q.evidence.length < 1 || q.evidence.some((e: Json) => typeof e !== 'string' || !e.trim()))
        .map((q: Json) => q.id);
      const noExplanation = bank.questions
        .filter((q: Json) => typeof q.explanation !== 'string' || !q.explanation.trim())
        .map((q: Json) => q.id);
      assert.deepEqual(noEvidence, [], `${name}: questions without evidence: ${noEvidence.join(', ')}`);
      assert.deepEqual(noExplanation, [], `${name}: questions without an explanation: ${noExplanation.join(', ')}`);
    });

  }
});

describe('every bank in questions/', () => {
  const folder = new URL('../../questions/', import.meta.url);
  const files = readdirSync(folder).filter((file) => file.endsWith('.json'));

  it('includes the two report banks', () => {
    for (const bank of ['us-accuses-north-korea.json', 'us-accuses-north-korea-quick-check.json']) assert.ok(files.includes(bank), bank);
  });

  for (const file of files) {
    it(`${file} loads with zero issues, every evidence quote found in its source`, () => {
      const result = loadBankText(readFileSync(new URL(file, folder), 'utf8'));
      assert.ok(result.ok, result.ok ? '' : result.message);
      for (const question of result.bank.questions) {
        assert.equal(result.evidence.get(question.id)?.length, question.evidence.length, question.id);
      }
    });
  }
});
