import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS, parseSettings, planAttempt, readSettings, selectionProblems, selectionWarnings, settingWarnings, settingsToAttributes,
  parseDuration, formatDuration, type QuizSettings,
} from '../../src/engine/index.js';
import { validBank } from '../fixtures/banks.js';

const used = (attributes: Parameters<typeof parseSettings>[0]) => parseSettings(attributes).settings;
const warningsOf = (attributes: Parameters<typeof parseSettings>[0]) => parseSettings(attributes).warnings;

describe('parseSettings', () => {
  it('gives the defaults, without a warning, when nothing is set', () => {
    assert.deepEqual(parseSettings({}), { settings: DEFAULT_SETTINGS, warnings: [] });
    assert.deepEqual(parseSettings({ 'pass-mark': '', 'time-limit': null, count: undefined, feedback: '  ' }).warnings, []);
  });

  // The silent failures of issue #10, one by one.
  it('reads pass-mark="80%" and "80" as 80', () => {
    assert.equal(used({ 'pass-mark': '80%' }).passMark, 80);
    assert.equal(used({ 'pass-mark': '80' }).passMark, 80);
    assert.equal(used({ 'pass-mark': ' 72.5 % ' }).passMark, 72.5);
    assert.equal(used({ 'pass-mark': 90 }).passMark, 90);
    assert.deepEqual(warningsOf({ 'pass-mark': '80%' }), []);
  });

  it('reads time-limit as seconds, mm:ss or h:mm:ss', () => {
    assert.equal(used({ 'time-limit': '900' }).timeLimit, 900);
    assert.equal(used({ 'time-limit': '15:00' }).timeLimit, 900);
    assert.equal(used({ 'time-limit': '1:30:00' }).timeLimit, 5400);
    assert.equal(used({ 'time-limit': '0:45' }).timeLimit, 45);
    assert.equal(used({ 'time-limit': 120 }).timeLimit, 120);
    assert.deepEqual(warningsOf({ 'time-limit': '15:00' }), []);
  });

  it('reads keywords whatever their case', () => {
    assert.equal(used({ feedback: 'End' }).feedback, 'end');
    assert.equal(used({ feedback: 'NONE' }).feedback, 'none');
    assert.equal(used({ source: 'Closed' }).source, 'closed');
    assert.equal(used({ theme: 'Dark' }).theme, 'dark');
    assert.equal(used({ shuffle: 'None' }).shuffle, false);
    assert.equal(used({ extend: 'NONE', 'time-limit': '60' }).extend, 'none');
  });

  it('splits tags, questions and difficulty at spaces or commas', () => {
    assert.deepEqual(used({ tags: 'timeline, countries' }).tags, ['timeline', 'countries']);
    assert.deepEqual(used({ tags: 'timeline,countries  outcome' }).tags, ['timeline', 'countries', 'outcome']);
    assert.deepEqual(used({ questions: 'q3 q1,q2' }).questions, ['q3', 'q1', 'q2']);
    assert.deepEqual(used({ difficulty: '2 3' }).difficulty, [2, 3]);
    assert.deepEqual(used({ difficulty: '3,1' }).difficulty, [1, 3]);
    assert.deepEqual(used({ tags: ['a', 'b'] }).tags, ['a', 'b']);
  });

  it('reads count, seed, attempts and lang', () => {
    assert.equal(used({ count: '10' }).count, 10);
    assert.equal(used({ count: 'all' }).count, undefined);
    assert.equal(used({ seed: ' student-42 ' }).seed, 'student-42');
    assert.equal(used({ seed: 42 }).seed, '42');
    assert.equal(used({ attempts: '3' }).attempts, 3);
    assert.equal(used({ attempts: 'unlimited' }).attempts, undefined);
    assert.equal(used({ lang: 'fr-CA' }).lang, 'fr-CA');
  });

  it('warns, naming the attribute, the value and what is used instead', () => {
    const cases: [Parameters<typeof parseSettings>[0], string, string, string][] = [
      [{ 'pass-mark': 'eighty' }, 'pass-mark', '60', 'pass-mark="eighty" is not a percent (write 80 or 80%); using 60'],
      [{ 'pass-mark': '120%' }, 'pass-mark', '100', 'pass-mark="120%" is over 100%; using 100'],
      [{ 'pass-mark': '0.8' }, 'pass-mark', '0.8', 'pass-mark="0.8" is read as 0.8% (for 80% write 80); using 0.8'],
      [{ 'time-limit': '15 minutes' }, 'time-limit', '0', 'time-limit="15 minutes" is not seconds, mm:ss or h:mm:ss (900 or 15:00); using no time limit'],
      [{ 'time-limit': '15:75' }, 'time-limit', '0', 'time-limit="15:75" is not seconds, mm:ss or h:mm:ss (900 or 15:00); using no time limit'],
      [{ feedback: 'at the end' }, 'feedback', 'immediate', 'feedback="at the end" is not one of immediate, end, none; using immediate'],
      [{ source: 'close' }, 'source', 'open', 'source="close" is not one of open, closed; using open'],
      [{ shuffle: 'false' }, 'shuffle', 'all', 'shuffle="false" is not one of all, none; using all'],
      [{ theme: 'blue' }, 'theme', 'auto', 'theme="blue" is not one of auto, light, dark; using auto'],
      [{ count: 'ten' }, 'count', '', 'count="ten" is not a whole number above 0; using every question that matches'],
      [{ count: '0' }, 'count', '', 'count="0" is not a whole number above 0; using every question that matches'],
      [{ attempts: '2.5' }, 'attempts', '', 'attempts="2.5" is not a whole number above 0; using no limit'],
      [{ difficulty: 'hard' }, 'difficulty', '', 'difficulty="hard" names hard, not a difficulty (1, 2 or 3); using every difficulty'],
      [{ difficulty: '2 4' }, 'difficulty', '2', 'difficulty="2 4" names 4, not a difficulty (1, 2 or 3); using difficulty 2'],
      [{ questions: 'a b a' }, 'questions', 'a b', 'questions="a b a" names a more than once; using each once'],
      [{ lang: 'English' }, 'lang', '', 'lang="English" is not a language tag such as en or fr-CA; using the page\'s language'],
      [{ extend: 'never' }, 'extend', 'allowed', 'extend="never" is not one of allowed, none; using allowed'],
      [{ extend: 'none' }, 'extend', 'none', 'extend="none" applies only with a time-limit, and there is none; using no time limit'],
    ];
    for (const [attributes, attribute, usedValue, message] of cases) {
      const value = String(Object.values(attributes)[0]);
      assert.deepEqual(warningsOf(attributes), [{ attribute, value, used: usedValue, message }], message);
    }
  });

  it('uses the default for a value it warns about', () => {
    assert.deepEqual(used({ 'pass-mark': 'eighty', feedback: 'x', count: 'ten' }), DEFAULT_SETTINGS);
    assert.equal(warningsOf({ 'pass-mark': 'eighty', feedback: 'x', count: 'ten' }).length, 3);
  });

  it('ignores names that are not settings', () => {
    assert.deepEqual(parseSettings({ src: 'bank.json', persist: 'local' } as never), { settings: DEFAULT_SETTINGS, warnings: [] });
  });

  it('has the defaults the README lists', () => {
    assert.deepEqual(DEFAULT_SETTINGS, {
      seed: '', count: undefined, tags: [], questions: [], difficulty: [], shuffle: true, feedback: 'immediate', passMark: 60,
      timeLimit: 0, extend: 'allowed', attempts: undefined, source: 'open', theme: 'auto', lang: '',
    });
    assert.ok(Object.isFrozen(DEFAULT_SETTINGS));
  });
});

// The player's entry reads settings without the warnings' words (readSettings, selectionProblems);
// the words are a chunk loaded only when there is a problem (settingWarnings).
describe('readSettings: the same reading, its problems without words', () => {
  it('gives the settings parseSettings gives, and no problem for values it understands', () => {
    const attributes = { 'pass-mark': '80%', 'time-limit': '15:00', feedback: 'End', tags: 'timeline, countries', difficulty: '3,1', questions: 'a b' };
    assert.deepEqual(readSettings(attributes), { settings: parseSettings(attributes).settings, problems: [] });
  });

  it('lists each value it cannot understand: attribute, value, what is used and why, in the order parseSettings warns', () => {
    const { settings, problems } = readSettings({ theme: 'blue', difficulty: '2 hard 9', 'pass-mark': '0.8', questions: 'a b a' });
    assert.deepEqual(problems, [
      { attribute: 'questions', value: 'a b a', used: 'a b', kind: 'repeated', items: ['a'] },
      { attribute: 'difficulty', value: '2 hard 9', used: '2', kind: 'difficulty', items: ['hard', '9'] },
      { attribute: 'pass-mark', value: '0.8', used: '0.8', kind: 'fraction', items: undefined },
      { attribute: 'theme', value: 'blue', used: 'auto', kind: 'keyword', items: ['auto', 'light', 'dark'] },
    ]);
    assert.deepEqual(settingWarnings(problems), parseSettings({ theme: 'blue', difficulty: '2 hard 9', 'pass-mark': '0.8', questions: 'a b a' }).warnings);
    assert.deepEqual([settings.theme, settings.difficulty, settings.passMark, settings.questions], ['auto', [2], 0.8, ['a', 'b']]);
  });

  it('words each problem as one warning, and nothing when there is none', () => {
    assert.deepEqual(settingWarnings([]), []);
    assert.deepEqual(settingWarnings([{ attribute: 'count', value: '0', used: '', kind: 'whole-number' }]), [
      { attribute: 'count', value: '0', used: '', message: 'count="0" is not a whole number above 0; using every question that matches' },
    ]);
  });
});

describe('durations', () => {
  it('parses and formats the same values', () => {
    assert.equal(parseDuration('59'), 59);
    assert.equal(parseDuration('1:02:03'), 3723);
    assert.equal(parseDuration('1:60'), null);
    assert.equal(parseDuration('-5'), null);
    assert.equal(parseDuration(''), null);
    assert.equal(formatDuration(45), '45');
    assert.equal(formatDuration(900), '15:00');
    assert.equal(formatDuration(3723), '1:02:03');
  });
});

describe('settingsToAttributes', () => {
  it('leaves extend out without a time limit, where the player would only warn about it', () => {
    assert.deepEqual(settingsToAttributes({ ...DEFAULT_SETTINGS, extend: 'none' }), {});
    assert.deepEqual(settingsToAttributes({ ...DEFAULT_SETTINGS, extend: 'none', timeLimit: 600 }), { 'time-limit': '10:00', extend: 'none' });
  });

  it('writes only what differs from the defaults, in a fixed order', () => {
    assert.deepEqual(settingsToAttributes(DEFAULT_SETTINGS), {});
    const settings: QuizSettings = {
      ...DEFAULT_SETTINGS, questions: ['b', 'a'], passMark: 80, timeLimit: 900, extend: 'none', shuffle: false, difficulty: [2, 3], attempts: 3,
    };
    const attributes = settingsToAttributes(settings);
    assert.deepEqual(Object.entries(attributes), [
      ['questions', 'b a'], ['difficulty', '2 3'], ['shuffle', 'none'], ['pass-mark', '80'], ['time-limit', '15:00'], ['extend', 'none'], ['attempts', '3'],
    ]);
  });

  it('round-trips every setting through parseSettings, without a warning', () => {
    const token = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,8}$/);
    const settings = fc.record<QuizSettings>({
      seed: fc.oneof(fc.constant(''), token),
      count: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
      tags: fc.uniqueArray(token, { maxLength: 4 }),
      questions: fc.uniqueArray(token, { maxLength: 4 }),
      difficulty: fc.subarray([1, 2, 3]),
      shuffle: fc.boolean(),
      feedback: fc.constantFrom('immediate', 'end', 'none'),
      passMark: fc.integer({ min: 1, max: 100 }),
      timeLimit: fc.integer({ min: 1, max: 20_000 }),
      extend: fc.constantFrom('allowed', 'none'),
      attempts: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
      source: fc.constantFrom('open', 'closed'),
      theme: fc.constantFrom('auto', 'light', 'dark'),
      lang: fc.constantFrom('', 'en', 'fr', 'fr-CA', 'ar'),
    });
    fc.assert(fc.property(settings, (s) => {
      assert.deepEqual(parseSettings(settingsToAttributes(s)), { settings: { ...s }, warnings: [] });
    }));
  });
});

describe('selection settings with the bank', () => {
  const plan = (attributes: Parameters<typeof parseSettings>[0]) => {
    const { settings } = parseSettings(attributes);
    const planned = planAttempt(validBank(), { ...settings, seed: 's' });
    return { settings, planned, ids: planned.questions.map((q) => q.question.id) };
  };

  it('asks exactly the questions listed, in their order when not shuffled', () => {
    const { ids, planned } = plan({ questions: 'repairs day who', shuffle: 'none' });
    assert.deepEqual(ids, ['repairs', 'day', 'who']);
    assert.deepEqual(planned.selection.narrowedBy, ['questions']);
    assert.deepEqual([...plan({ questions: 'repairs day who' }).ids].sort(), ['day', 'repairs', 'who']);
  });

  it('asks exactly the questions of the chosen difficulties', () => {
    assert.deepEqual(plan({ difficulty: '2 3', shuffle: 'none' }).ids, ['streets', 'who', 'sequence', 'repairs']);
    assert.deepEqual(plan({ difficulty: '1', shuffle: 'none' }).ids, ['day', 'unsafe']);
  });

  it('applies questions, tags and difficulty together', () => {
    assert.deepEqual(plan({ questions: 'repairs day who sequence', tags: 'timeline', difficulty: '2', shuffle: 'none' }).ids, ['sequence']);
  });

  it('lists what the bank leaves unused without words, for the player\'s entry', () => {
    const { planned, settings } = plan({ questions: 'day nope who', tags: 'timeline timline', count: '5' });
    assert.deepEqual(selectionProblems(settings, planned), [
      { attribute: 'questions', value: 'day nope who', used: 'day who', kind: 'not-in-bank', items: ['nope'] },
      { attribute: 'tags', value: 'timeline timline', used: 'timeline', kind: 'no-such-tag', items: ['timline'] },
      { attribute: 'count', value: '5', used: '1', kind: 'too-few' },
    ]);
    assert.deepEqual(selectionProblems(plan({ count: '6' }).settings, plan({ count: '6' }).planned), []);
  });

  it('says when fewer questions match than count asks for', () => {
    const { planned, settings } = plan({ tags: 'timeline, outcome', count: '10' });
    assert.equal(planned.questions.length, 3);
    assert.deepEqual(planned.selection, { matching: 3, requested: 10, narrowedBy: ['tags'], unknownQuestionIds: [], unknownTags: [] });
    assert.deepEqual(selectionWarnings(settings, planned), [{
      attribute: 'count', value: '10', used: '3', message: 'count="10" asks for more than the 3 questions that match; using 3',
    }]);
    assert.deepEqual(selectionWarnings(plan({ count: '6' }).settings, plan({ count: '6' }).planned), []);
  });

  it('names question ids and tags the bank does not have', () => {
    const { planned, settings, ids } = plan({ questions: 'day nope who zilch', tags: 'timeline, timline', shuffle: 'none' });
    assert.deepEqual(ids, ['day']);
    assert.deepEqual(selectionWarnings(settings, planned).map((w) => w.message), [
      'questions="day nope who zilch" names nope, zilch, not in the bank; using day who',
      'tags="timeline timline" names timline, which no question has; using timeline',
    ]);
    const none = plan({ tags: 'nothing' });
    assert.deepEqual(none.ids, []);
    assert.equal(selectionWarnings(none.settings, none.planned)[0]!.message, 'tags="nothing" names nothing, which no question has; using none, so no question matches');
  });
});
