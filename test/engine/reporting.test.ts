import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import validatorModule from '@learninglocker/xapi-validation';
import {
  answeredStatement, completedStatement, correctPattern, createRandom, isoDuration, scormLocationValues, passThreshold, quizActivityId,
  quizStatement, responsePattern, scorm12Time, scorm2004Timestamp, scoreQuestion, scormInteractionValues, scormResultValues,
  scormStartValues, scormExitValues, uuidFrom, verdictStatement, type AnsweredQuestion, type Question, type StatementContext,
} from '../../src/engine/index.js';
import { validBank } from '../fixtures/banks.js';

// The package is CommonJS with `exports.default`.
const validateStatement = ((validatorModule as unknown as { default?: unknown }).default ?? validatorModule) as (data: unknown) => unknown[];

const bank = validBank();
const question = (id: string): Question => bank.questions.find((q) => q.id === id)!;
const NOW = Date.UTC(2026, 10, 28, 4, 21, 25, 123);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A response for every question of the fixture bank: right, partly right, and unanswered. */
const RIGHT: Record<string, unknown> = {
  day: 'mon', streets: ['alder', 'birch', 'cedar'], unsafe: true,
  who: { mayor: 'called the bridge unsafe', groups: 'objected' },
  sequence: question('sequence').type === 'order' ? (question('sequence') as Extract<Question, { type: 'order' }>).items.map((i) => i.id) : [],
  repairs: { hedge: 'Believed', length: 'one year' },
};

function answered(id: string, response: unknown, latencyMs?: number): AnsweredQuestion {
  const score = scoreQuestion(question(id), response);
  return { question: question(id), response, ...score, timestamp: NOW, latencyMs };
}

describe('patterns (SCORM 2004 and xAPI)', () => {
  it('every type has its correct pattern in the spec format', () => {
    assert.equal(correctPattern(question('day')), 'mon');
    assert.equal(correctPattern(question('streets')), 'alder[,]birch[,]cedar');
    assert.equal(correctPattern(question('unsafe')), 'true');
    assert.equal(correctPattern(question('who')), 'mayor[.]mayor-right[,]groups[.]groups-right');
    assert.equal(correctPattern(question('sequence')), 'met[,]said[,]believed[,]objected');
    assert.equal(correctPattern(question('repairs')), '{case_matters=false}believed[,]year');
  });

  it('responses use the same format, and a right response equals the correct pattern', () => {
    for (const id of ['day', 'streets', 'unsafe', 'who', 'sequence']) {
      assert.equal(responsePattern(question(id), RIGHT[id]), correctPattern(question(id)), id);
    }
    assert.equal(responsePattern(question('repairs'), RIGHT['repairs']), 'Believed[,]one year');
    assert.equal(responsePattern(question('unsafe'), false), 'false');
    assert.equal(responsePattern(question('streets'), ['elm', 'elm', 'alder', 'nope']), 'alder[,]elm', 'a set, in bank order');
    // A distractor chosen for the mayor is target distractor-1.
    const who = question('who') as Extract<Question, { type: 'match' }>;
    assert.equal(responsePattern(who, { mayor: who.distractors![0] }), 'mayor[.]distractor-1');
  });

  it('an unanswered question has an empty response', () => {
    for (const id of Object.keys(RIGHT)) assert.equal(responsePattern(question(id), null), '', id);
  });

  it('fill-in text cannot break the pattern: delimiters are taken out and entries kept to 250', () => {
    const pattern = responsePattern(question('repairs'), { hedge: 'a[,]b', length: 'x'.repeat(400) });
    assert.equal(pattern, `a b[,]${'x'.repeat(250)}`);
  });
});

describe('times', () => {
  it('SCORM 1.2 timespans are HHHH:MM:SS.SS', () => {
    assert.equal(scorm12Time(0), '0000:00:00.00');
    assert.equal(scorm12Time(65_250), '0000:01:05.25');
    assert.equal(scorm12Time(3_600_000 * 27 + 61_005), '0027:01:01.01');
    assert.equal(scorm12Time(-5), '0000:00:00.00');
    assert.equal(scorm12Time(1e15), '9999:59:59.99');
    for (const ms of [0, 999, 59_999, 3_599_999, 86_400_000]) assert.match(scorm12Time(ms), /^\d{4}:[0-5]\d:[0-5]\d\.\d\d$/);
  });

  it('ISO 8601 durations to the hundredth', () => {
    assert.equal(isoDuration(0), 'PT0S');
    assert.equal(isoDuration(65_250), 'PT1M5.25S');
    assert.equal(isoDuration(3_600_000), 'PT1H');
    assert.equal(isoDuration(3_723_400), 'PT1H2M3.4S');
    assert.equal(isoDuration(59_999), 'PT1M'); // rounds to 60.00 s, carried into the minutes
  });

  it('SCORM 2004 timestamps keep hundredths and UTC', () => {
    assert.equal(scorm2004Timestamp(NOW), '2026-11-28T04:21:25.12Z');
  });
});

describe('SCORM values', () => {
  it('1.2 interactions letter the options in bank order and use t/f and wrong', () => {
    const values = Object.fromEntries([
      ...scormInteractionValues('1.2', 0, answered('streets', ['alder', 'elm'])),
      ...scormInteractionValues('1.2', 1, answered('who', RIGHT['who'])),
      ...scormInteractionValues('1.2', 2, answered('unsafe', false, 1500)),
      ...scormInteractionValues('1.2', 3, answered('sequence', ['said', 'met', 'believed', 'objected'])),
    ]);
    assert.equal(values['cmi.interactions.0.type'], 'choice');
    assert.equal(values['cmi.interactions.0.correct_responses.0.pattern'], 'a,b,c');
    assert.equal(values['cmi.interactions.0.student_response'], 'a,d');
    assert.equal(values['cmi.interactions.0.result'], 'wrong');
    assert.equal(values['cmi.interactions.0.weighting'], '1');
    assert.equal(values['cmi.interactions.0.time'], '04:21:25');
    assert.equal(values['cmi.interactions.1.type'], 'matching');
    assert.equal(values['cmi.interactions.1.correct_responses.0.pattern'], 'a.a,b.b');
    assert.equal(values['cmi.interactions.1.result'], 'correct');
    assert.equal(values['cmi.interactions.2.student_response'], 'f');
    assert.equal(values['cmi.interactions.2.correct_responses.0.pattern'], 't');
    assert.equal(values['cmi.interactions.2.latency'], '0000:00:01.50');
    assert.equal(values['cmi.interactions.3.type'], 'sequencing');
    assert.equal(values['cmi.interactions.3.student_response'], 'b,a,c,d');
    assert.equal(values['cmi.interactions.3.weighting'], '2');
  });

  it('2004 interactions carry description, pattern, response, result, weighting, latency, timestamp', () => {
    const values = Object.fromEntries(scormInteractionValues('2004', 4, answered('repairs', { hedge: 'believed' }, 4200)));
    assert.deepEqual(values, {
      'cmi.interactions.4.id': 'repairs',
      'cmi.interactions.4.type': 'fill-in',
      'cmi.interactions.4.description': 'Complete the sentence from the report.',
      'cmi.interactions.4.correct_responses.0.pattern': '{case_matters=false}believed[,]year',
      'cmi.interactions.4.learner_response': 'believed[,]',
      'cmi.interactions.4.weighting': '1',
      'cmi.interactions.4.result': 'incorrect',
      'cmi.interactions.4.timestamp': '2026-11-28T04:21:25.12Z',
      'cmi.interactions.4.latency': 'PT4.2S',
    });
  });

  it('an unanswered question sets no response', () => {
    const keys = scormInteractionValues('2004', 0, answered('day', null)).map(([key]) => key);
    assert.ok(!keys.includes('cmi.interactions.0.learner_response'));
    const keys12 = scormInteractionValues('1.2', 0, answered('day', null)).map(([key]) => key);
    assert.ok(!keys12.includes('cmi.interactions.0.student_response'));
  });

  it('results: scores in range, statuses in their vocabularies', () => {
    const result = { score: 5.5, maxScore: 7 };
    assert.deepEqual(Object.fromEntries(scormResultValues('1.2', result, 0.6)), {
      'cmi.core.score.min': '0', 'cmi.core.score.max': '100', 'cmi.core.score.raw': '78.57', 'cmi.core.lesson_status': 'passed',
    });
    assert.deepEqual(Object.fromEntries(scormResultValues('2004', result, 0.8)), {
      'cmi.score.min': '0', 'cmi.score.max': '7', 'cmi.score.raw': '5.5', 'cmi.score.scaled': '0.7857',
      'cmi.completion_status': 'completed', 'cmi.success_status': 'failed',
    });
    // Out-of-range input never leaves the range.
    const wild = Object.fromEntries(scormResultValues('2004', { score: 9, maxScore: 7 }, 0.6));
    assert.equal(wild['cmi.score.scaled'], '1');
    assert.equal(wild['cmi.score.raw'], '7');
    const empty = Object.fromEntries(scormResultValues('1.2', { score: 0, maxScore: 0 }, 0));
    assert.equal(empty['cmi.core.lesson_status'], 'failed');
  });

  it("the LMS's threshold wins over the pass mark when it sets one", () => {
    assert.equal(passThreshold('', '1.2', 0.6), 0.6);
    assert.equal(passThreshold('80', '1.2', 0.6), 0.8);
    assert.equal(passThreshold('0.75', '2004', 0.6), 0.75);
    assert.equal(passThreshold('abc', '2004', 0.6), 0.6);
    assert.equal(passThreshold('150', '1.2', 0.6), 1);
  });

  it('a session starts incomplete, and exits normally when submitted, suspended otherwise', () => {
    assert.deepEqual(scormStartValues('1.2'), [['cmi.core.lesson_status', 'incomplete']]);
    assert.deepEqual(scormStartValues('2004'), [['cmi.completion_status', 'incomplete']]);
    assert.deepEqual(scormExitValues('1.2', false, 1000), [['cmi.core.session_time', '0000:00:01.00'], ['cmi.core.exit', 'suspend']]);
    assert.deepEqual(scormExitValues('1.2', true, 125_000), [['cmi.core.session_time', '0000:02:05.00'], ['cmi.core.exit', '']]);
    assert.deepEqual(scormExitValues('2004', false, 1000), [['cmi.session_time', 'PT1S'], ['cmi.exit', 'suspend']]);
    assert.deepEqual(scormExitValues('2004', true, 125_000), [['cmi.session_time', 'PT2M5S'], ['cmi.exit', 'normal']]);
    assert.deepEqual(scormLocationValues('1.2', 0), [['cmi.core.lesson_location', '1']]);
    assert.deepEqual(scormLocationValues('2004', 4), [['cmi.location', '5']]);
  });
});

describe('xAPI statements', () => {
  const context = (overrides: Partial<StatementContext> = {}): StatementContext => ({
    actor: { objectType: 'Agent', name: 'Ada', mbox: 'mailto:ada@example.org' },
    registration: uuidFrom(createRandom('registration')),
    quizId: quizActivityId(bank.id),
    bank: { title: bank.title, language: bank.language },
    now: () => NOW,
    random: createRandom('statements'),
    ...overrides,
  });

  it('UUIDs are version 4, from the random source given', () => {
    const random = createRandom('uuid');
    const ids = Array.from({ length: 500 }, () => uuidFrom(random));
    for (const id of ids) assert.match(id, UUID);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(uuidFrom(createRandom('same')), uuidFrom(createRandom('same')));
  });

  it('activity ids: derived from the bank id, or under the given base', () => {
    assert.equal(quizActivityId('fixture-bank'), 'urn:citequiz:bank:fixture-bank');
    assert.equal(quizActivityId('fixture-bank', 'https://lms.example/quizzes/bridge/'), 'https://lms.example/quizzes/bridge');
  });

  it('a whole quiz of all six types: every statement passes the xAPI validator', () => {
    const ctx = context();
    const statements = [
      ...Object.keys(RIGHT).map((id, i) => answeredStatement(ctx, answered(id, i % 2 ? RIGHT[id] : null, 1000 * i))),
      completedStatement(ctx, { score: 3, maxScore: 7, scaled: 0.4286, passed: false, durationMs: 60_000 }),
      verdictStatement(ctx, { score: 3, maxScore: 7, scaled: 0.4286, passed: false, durationMs: 60_000 }),
      quizStatement(ctx, 'initialized'),
      quizStatement(ctx, 'terminated', {}, 61_000),
    ];
    for (const statement of statements) {
      assert.deepEqual(validateStatement(statement), [], JSON.stringify(statement));
      assert.match(statement.id, UUID);
    }
    assert.equal(new Set(statements.map((s) => s.id)).size, statements.length);
    // With a URL base too.
    const withBase = answeredStatement(context({ quizId: quizActivityId(bank.id, 'https://lms.example/q/bridge') }), answered('who', RIGHT['who']));
    assert.deepEqual(validateStatement(withBase), []);
  });

  it('answered: the interaction, its components, response, success, score, duration and the quiz as parent', () => {
    const ctx = context();
    const statement = answeredStatement(ctx, answered('who', { mayor: 'objected', groups: 'objected' }, 2500)) as any;
    assert.equal(statement.verb.id, 'http://adlnet.gov/expapi/verbs/answered');
    assert.equal(statement.object.id, 'urn:citequiz:bank:fixture-bank/questions/who');
    assert.equal(statement.object.definition.type, 'http://adlnet.gov/expapi/activities/cmi.interaction');
    assert.equal(statement.object.definition.interactionType, 'matching');
    assert.deepEqual(statement.object.definition.correctResponsesPattern, ['mayor[.]mayor-right[,]groups[.]groups-right']);
    assert.deepEqual(statement.object.definition.source.map((s: any) => s.id), ['mayor', 'groups']);
    assert.deepEqual(statement.object.definition.target.map((t: any) => t.description.en), ['called the bridge unsafe', 'objected', ...(question('who') as any).distractors]);
    assert.deepEqual(statement.result, { response: 'mayor[.]groups-right[,]groups[.]groups-right', success: false, score: { scaled: 0.5, raw: 0.5, min: 0, max: 1 }, duration: 'PT2.5S' });
    assert.equal(statement.context.registration, ctx.registration);
    assert.deepEqual(statement.context.contextActivities.parent.map((a: any) => a.id), ['urn:citequiz:bank:fixture-bank']);
    assert.equal(statement.timestamp, '2026-11-28T04:21:25.123Z');
    const order = answeredStatement(ctx, answered('sequence', RIGHT['sequence'])) as any;
    assert.deepEqual(order.object.definition.choices.map((c: any) => c.id), ['met', 'said', 'believed', 'objected']);
    assert.equal(order.result.score.max, 2);
  });

  it('completed and passed/failed are about the quiz as an assessment', () => {
    const result = { score: 6, maxScore: 7, scaled: 0.8571, passed: true, durationMs: 90_000 };
    const completed = completedStatement(context(), result) as any;
    const verdict = verdictStatement(context(), result) as any;
    assert.equal(completed.verb.id, 'http://adlnet.gov/expapi/verbs/completed');
    assert.equal(completed.object.definition.type, 'http://adlnet.gov/expapi/activities/assessment');
    assert.deepEqual(completed.result, { score: { scaled: 0.8571, raw: 6, min: 0, max: 7 }, completion: true, duration: 'PT1M30S' });
    assert.equal(verdict.verb.id, 'http://adlnet.gov/expapi/verbs/passed');
    assert.equal(verdict.result.success, true);
    assert.equal(verdictStatement(context(), { ...result, passed: false }).verb.id, 'http://adlnet.gov/expapi/verbs/failed');
  });

  it("a context template (cmi5's) is merged under our own context, activities added, not replaced", () => {
    const template = {
      contextActivities: { grouping: [{ id: 'https://lms.example/course/1' }], parent: [{ id: 'https://lms.example/block' }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' },
    };
    const statement = answeredStatement(context({ contextTemplate: template }), answered('day', 'mon')) as any;
    assert.deepEqual(statement.context.contextActivities.grouping, [{ id: 'https://lms.example/course/1' }]);
    assert.deepEqual(statement.context.contextActivities.parent.map((a: any) => a.id), ['https://lms.example/block', 'urn:citequiz:bank:fixture-bank']);
    assert.equal(statement.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid'], 'session-1');
    const verdict = verdictStatement(context({ contextTemplate: template }), { score: 1, maxScore: 2, scaled: 0.5, passed: true, durationMs: 1000 }, {
      contextActivities: { category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.5 },
    }) as any;
    assert.deepEqual(verdict.context.extensions, {
      'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1',
      'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.5,
    }, "extensions added to the template's");
    assert.deepEqual(verdict.context.contextActivities.category, [{ id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' }]);
    assert.deepEqual(validateStatement(verdict), []);
    assert.deepEqual(template.contextActivities.parent, [{ id: 'https://lms.example/block' }], 'the template is not changed');
    assert.deepEqual(validateStatement(statement), []);
  });
});
