import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Bank } from '../../src/engine/index.js';
import {
  cardMastery, cardOf, emptyProgress, planCard, studyDeck, exportProgress, gradeAdjustments, gradeOf, importProgress, mergeProgress, nextCard, previewDue,
  review, studyDay, studySession, topicMastery, weakestQuestions, type StudyGrade, type StudyProgress,
} from '../../src/engine/schedule.js';
import { validBank } from '../fixtures/banks.js';
import { mustLoad } from '../fixtures/must-load.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Noon on a Monday, local time: far from the 4 a.m. day boundary in any time zone. */
const T0 = new Date(2026, 0, 5, 12).getTime();

const reportBank = (): Bank => mustLoad(JSON.parse(readFileSync(new URL('../../questions/us-accuses-north-korea.json', import.meta.url), 'utf8')));

/** Answers `ids` in turn at `now` with `grade` (credit 1 for good/easy, 0.5 hard, 0 again). */
function answer(progress: StudyProgress, ids: readonly string[], grade: StudyGrade, now: number): StudyProgress {
  const credit = grade === 'again' ? 0 : grade === 'hard' ? 0.5 : 1;
  return ids.reduce((p, id) => review(p, id, { grade, credit }, now), progress);
}

describe('grades', () => {
  it('come from correctness: wrong is Again, partly right Hard, right Good', () => {
    assert.equal(gradeOf('wrong'), 'again');
    assert.equal(gradeOf('partial'), 'hard');
    assert.equal(gradeOf('correct'), 'good');
  });

  it('can be raised to Easy only when right, and lowered to Again by "I guessed" when right or partly right', () => {
    assert.deepEqual(gradeAdjustments('correct'), ['easy', 'guessed']);
    assert.deepEqual(gradeAdjustments('partial'), ['guessed']);
    assert.deepEqual(gradeAdjustments('wrong'), []);
    assert.equal(gradeOf('correct', 'easy'), 'easy');
    assert.equal(gradeOf('correct', 'guessed'), 'again');
    assert.equal(gradeOf('partial', 'guessed'), 'again');
    assert.equal(gradeOf('partial', 'easy'), 'hard', 'a partly right answer is not easy');
    assert.equal(gradeOf('wrong', 'easy'), 'again', 'a wrong answer cannot be raised');
  });
});

describe('the FSRS schedule', () => {
  it('makes a card answered wrong due before one answered right, new or already learned', () => {
    let progress = answer(emptyProgress('b'), ['day'], 'again', T0);
    progress = answer(progress, ['who'], 'good', T0);
    assert.ok(progress.cards.day!.due < progress.cards.who!.due);
    assert.equal(progress.cards.day!.due - T0, MINUTE, 'Again on a new card: the 1-minute learning step');

    // Two learned cards with the same history, then one forgotten and one recalled.
    let learned = answer(answer(emptyProgress('b'), ['day', 'who'], 'good', T0), ['day', 'who'], 'good', T0 + 10 * MINUTE);
    const later = learned.cards.day!.due;
    assert.equal(learned.cards.day!.state, 2);
    learned = answer(answer(learned, ['day'], 'again', later), ['who'], 'good', later);
    assert.ok(learned.cards.day!.due < learned.cards.who!.due);
    assert.equal(learned.cards.day!.lapses, 1);
    assert.equal(learned.cards.who!.lapses, 0);
    assert.equal(nextCard(validBank().questions, learned, later + DAY)?.id, 'day', 'the forgotten card comes back first');
  });

  it('grows the interval with each right answer, each answered when due', () => {
    let progress = emptyProgress('b');
    let now = T0;
    const intervals: number[] = [];
    for (let i = 0; i < 6; i++) {
      progress = answer(progress, ['day'], 'good', now);
      intervals.push(progress.cards.day!.due - now);
      now = progress.cards.day!.due;
    }
    // The 10-minute learning step, then days: 2, 11, 46, 163, 498 with FSRS-6's default weights.
    assert.deepEqual(intervals.map((ms) => ms / DAY), [10 / (24 * 60), 2, 11, 46, 163, 498]);
    for (let i = 1; i < intervals.length; i++) assert.ok(intervals[i]! > intervals[i - 1]!);
  });

  it('schedules Easy further out than Good, and Good further than Hard', () => {
    const due = previewDue(emptyProgress('b'), 'day', T0);
    assert.ok(due.again < due.hard && due.hard < due.good && due.good < due.easy, JSON.stringify(due));
    assert.equal(answer(emptyProgress('b'), ['day'], 'easy', T0).cards.day!.due, due.easy);
  });

  it('leaves the progress it was given unchanged', () => {
    const before = emptyProgress('b');
    review(before, 'day', { grade: 'good', credit: 1 }, T0);
    assert.deepEqual(before.cards, {});
  });
});

describe('a study session', () => {
  it('counts due now, new, learning, learned and the next due time', () => {
    const deck = validBank().questions;
    let progress = answer(emptyProgress('b'), ['day', 'who'], 'good', T0);
    progress = answer(progress, ['day'], 'good', T0 + 10 * MINUTE); // day is learned, due in 2 days
    progress = answer(progress, ['streets'], 'again', T0 + 10 * MINUTE); // due a minute later
    const now = T0 + 11 * MINUTE;
    assert.deepEqual(studySession(deck, progress, now), {
      due: 2, // who (its 10-minute step ended) and streets
      new: 3, // 20 a day, but only 3 questions are left unseen
      learning: 2,
      learned: 1,
      unseen: 3,
      total: 6,
      nextDue: progress.cards.day!.due,
    });
    assert.equal(progress.cards.day!.due, T0 + 10 * MINUTE + 2 * DAY);
  });

  it('shows due cards first (earliest first), then new ones in bank order', () => {
    const deck = validBank().questions;
    const progress = answer(answer(emptyProgress('b'), ['repairs'], 'again', T0), ['who'], 'again', T0 + MINUTE);
    assert.equal(nextCard(deck, progress, T0 + 5 * MINUTE)?.id, 'repairs');
    assert.equal(nextCard(deck, answer(progress, ['repairs'], 'easy', T0 + 5 * MINUTE), T0 + 5 * MINUTE)?.id, 'who');
    assert.equal(nextCard(deck, emptyProgress('b'), T0)?.id, 'day');
  });

  it('starts at most new-per-day new cards a day (20 by default), and more the next day', () => {
    const deck = reportBank().questions;
    let progress = emptyProgress('report');
    let now = T0;
    const started: string[] = [];
    for (let card = nextCard(deck, progress, now); card && !progress.cards[card.id]; card = nextCard(deck, progress, now)) {
      started.push(card.id);
      progress = answer(progress, [card.id], 'easy', now);
      now += MINUTE;
    }
    assert.equal(started.length, 20);
    assert.deepEqual(started, deck.slice(0, 20).map((q) => q.id));
    assert.equal(studySession(deck, progress, now).new, 0);
    assert.equal(nextCard(deck, progress, now), undefined, 'nothing due and no new card left today');

    const tomorrow = T0 + DAY;
    assert.equal(studySession(deck, progress, tomorrow).new, 20);
    assert.equal(nextCard(deck, progress, tomorrow)?.id, deck[20]!.id);

    assert.equal(studySession(deck, progress, now, { newPerDay: 25 }).new, 5);
    assert.equal(nextCard(deck, emptyProgress('report'), T0, { newPerDay: 0 }), undefined);
  });

  it('counts a review before 4 a.m. for the day before, as Anki does', () => {
    assert.equal(studyDay(new Date(2026, 0, 6, 3, 59).getTime()), '2026-01-05');
    assert.equal(studyDay(new Date(2026, 0, 6, 4, 0).getTime()), '2026-01-06');
    const deck = validBank().questions;
    const lateNight = new Date(2026, 0, 6, 1).getTime();
    const progress = answer(emptyProgress('b'), ['day'], 'good', lateNight);
    assert.equal(studySession(deck, progress, lateNight, { newPerDay: 1 }).new, 0);
    assert.equal(studySession(deck, progress, new Date(2026, 0, 6, 5).getTime(), { newPerDay: 1 }).new, 1);
  });

  it('shows a card in its learning steps early when nothing else is left (20 minutes ahead)', () => {
    const deck = validBank().questions.slice(0, 1);
    const progress = answer(emptyProgress('b'), ['day'], 'good', T0); // due in 10 minutes
    assert.equal(nextCard(deck, progress, T0)?.id, 'day');
    const learned = answer(progress, ['day'], 'good', T0 + 10 * MINUTE); // due in 2 days
    assert.equal(nextCard(deck, learned, T0 + 10 * MINUTE), undefined);
  });

  it('studies ahead when nothing is due: the soonest card, then new ones past the limit', () => {
    const deck = validBank().questions;
    const progress = answer(answer(emptyProgress('b'), ['who'], 'easy', T0), ['day'], 'good', T0 + MINUTE);
    const learned = answer(progress, ['day'], 'good', T0 + 11 * MINUTE);
    const options = { newPerDay: 2 };
    assert.equal(nextCard(deck, learned, T0 + 12 * MINUTE, options), undefined);
    assert.equal(nextCard(deck, learned, T0 + 12 * MINUTE, { ...options, ahead: true })?.id, 'day', 'due in 2 days, before who in 8');
    assert.equal(nextCard(deck, emptyProgress('b'), T0, { newPerDay: 0, ahead: true })?.id, 'day');
    const early = answer(learned, ['day'], 'good', T0 + DAY);
    assert.ok(early.cards.day!.due > learned.cards.day!.due, 'a right answer ahead of time still pushes the card further');
  });

  it('takes a question with the id "constructor" for new, not for an Object method', () => {
    const bank = validBank();
    bank.questions[0]!.id = 'constructor';
    assert.equal(cardOf(emptyProgress('b'), 'constructor'), undefined);
    assert.equal(studySession(bank.questions, emptyProgress('b'), T0).unseen, 6);
    assert.equal(nextCard(bank.questions, emptyProgress('b'), T0)?.id, 'constructor');
  });

  it('builds the deck from the tags and difficulty selection, in bank order', () => {
    const deck = studyDeck(validBank(), { tags: ['timeline', 'outcome'] });
    assert.deepEqual(deck.map((q) => q.id), ['day', 'sequence', 'repairs']);
    assert.deepEqual(studyDeck(validBank(), { difficulty: [1] }).map((q) => q.id), ['day', 'unsafe']);
    assert.equal(studySession(deck, emptyProgress('b'), T0).total, 3);
  });

  it('lays a card out afresh for each review, the same for the same review', () => {
    const day = validBank().questions[0]!;
    const layouts = [0, 1, 2, 3].map((n) => planCard(n ? answer(emptyProgress('b'), Array(n).fill('day'), 'good', T0) : emptyProgress('b'), day).layout.join());
    assert.ok(new Set(layouts).size > 1, layouts.join(' | '));
    assert.deepEqual(planCard(emptyProgress('b'), day), planCard(emptyProgress('b'), day));
    assert.deepEqual([...planCard(emptyProgress('b'), day).layout].sort(), ['fri', 'mon', 'tue']);
  });
});

describe('mastery', () => {
  // valid-bank.json's tags: day, sequence: timeline; streets: reactions; unsafe, who: who-said-what; repairs: outcome.
  const deck = validBank().questions;
  let progress = emptyProgress('b');
  progress = review(progress, 'day', { grade: 'good', credit: 1 }, T0);
  progress = review(progress, 'sequence', { grade: 'hard', credit: 0.5 }, T0);
  progress = review(progress, 'unsafe', { grade: 'again', credit: 0 }, T0);
  progress = review(progress, 'who', { grade: 'good', credit: 1 }, T0);

  it('is the mean of the last credit of each question of a topic, new ones counting 0, on the day of study', () => {
    assert.deepEqual(topicMastery(deck, progress, T0 + MINUTE), [
      { topic: 'timeline', questions: 2, mastery: 0.75, percent: 75 },
      { topic: 'reactions', questions: 1, mastery: 0, percent: 0 },
      { topic: 'who-said-what', questions: 2, mastery: 0.5, percent: 50 },
      { topic: 'outcome', questions: 1, mastery: 0, percent: 0 },
    ]);
  });

  it('fades with FSRS retrievability as whole days pass', () => {
    // By hand: R = (1 + F·t/S)^(−w20), with FSRS-6's default w20 = 0.1542 and F = 0.9^(−1/w20) − 1.
    const w20 = 0.1542;
    const factor = 0.9 ** (-1 / w20) - 1;
    const recall = (id: string, days: number) => (1 + (factor * days) / progress.cards[id]!.stability) ** -w20;
    const now = T0 + 3 * DAY + MINUTE;
    const expected = (1 * recall('day', 3) + 0.5 * recall('sequence', 3)) / 2;
    const [timeline] = topicMastery(deck, progress, now);
    assert.ok(Math.abs(timeline!.mastery - expected) < 1e-4, `${timeline!.mastery} vs ${expected}`);
    assert.equal(timeline!.percent, Math.floor(expected * 100));
    assert.ok(timeline!.percent < 75);
    assert.ok(Math.abs(cardMastery(progress, 'who', now) - recall('who', 3)) < 1e-4);
  });

  it('names the weakest studied questions: lowest mastery, then most lapses, then bank order', () => {
    assert.deepEqual(weakestQuestions(deck, progress, T0 + MINUTE).map((w) => [w.question.id, w.mastery]), [
      ['unsafe', 0], ['sequence', 0.5], ['day', 1], ['who', 1],
    ]);
    assert.equal(weakestQuestions(deck, progress, T0, 2).length, 2);
    // Equal mastery (all wrong today): the card forgotten more often first.
    const lapsed = (lapses: number) => ({ ...progress.cards.unsafe!, lapses });
    const forgotten = { ...progress, cards: { ...progress.cards, day: lapsed(1), who: lapsed(2) } };
    assert.deepEqual(weakestQuestions(deck, forgotten, T0 + MINUTE).map((w) => w.question.id), ['who', 'day', 'unsafe', 'sequence']);
  });

  it('counts a question in each of its tags, and untagged questions under ""', () => {
    const bank = validBank();
    bank.questions[0]!.tags = ['timeline', 'outcome'];
    delete bank.questions[1]!.tags;
    const topics = topicMastery(bank.questions, progress, T0);
    assert.deepEqual(topics.map((t) => [t.topic, t.questions, t.percent]), [
      ['timeline', 2, 75], ['outcome', 2, 50], ['', 1, 0], ['who-said-what', 2, 50],
    ]);
  });
});

describe('exporting and importing progress', () => {
  const ids = validBank().questions.map((q) => q.id);
  const progress = answer(answer(emptyProgress('bridge-report'), ['day', 'who'], 'good', T0), ['streets'], 'again', T0);

  function refusal(text: string, bankId = 'bridge-report'): string {
    const result = importProgress(text, bankId, ids);
    assert.equal(result.ok, false, 'expected the file to be refused');
    return result.ok ? '' : result.message;
  }

  it('round-trips: what is exported imports as the same progress', () => {
    const result = importProgress(exportProgress(progress), 'bridge-report', ids);
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.deepEqual(result.progress, progress);
    assert.deepEqual(result.ignored, []);
  });

  it('leaves out, and names, cards for questions the bank no longer has', () => {
    const result = importProgress(exportProgress(progress), 'bridge-report', ['day', 'streets']);
    assert.ok(result.ok);
    assert.deepEqual(Object.keys(result.progress.cards), ['day', 'streets']);
    assert.deepEqual(result.ignored, ['who']);
  });

  it('refuses what is not a progress file, saying what it is', () => {
    assert.match(refusal(''), /the file is empty/);
    assert.match(refusal('{"format": "citequiz-study", '), /not valid JSON/);
    assert.match(refusal(readFileSync(new URL('../fixtures/valid-bank.json', import.meta.url), 'utf8')), /this is a question bank, not study progress/);
    assert.match(refusal('{"cards": {}}'), /not citequiz study progress \(it has no "format": "citequiz-study"\)/);
    assert.match(refusal('[1, 2]'), /not citequiz study progress/);
    assert.match(refusal('x'.repeat(5_000_001)), /over 5 MB/);
  });

  it('refuses progress from a newer version or for another bank', () => {
    assert.match(refusal(exportProgress({ ...progress, v: 2 as 1 })), /version 2; this release of citequiz reads version 1/);
    assert.match(refusal(exportProgress(progress), 'other-bank'), /this progress is for the bank "bridge-report", not "other-bank"/);
  });

  it('refuses a damaged file with every problem and where it is', () => {
    const data = JSON.parse(exportProgress(progress));
    data.cards.day.reps = -1;
    data.cards.who.state = 0;
    data.cards.streets.due = 'tomorrow';
    data.cards.streets.colour = 'red';
    const message = refusal(JSON.stringify(data));
    assert.match(message, /^This progress file is damaged:/);
    assert.match(message, /should be 0 or more\n {2}→ at cards\.day\.reps/);
    assert.match(message, /the state is 1 \(learning\), 2 \(review\) or 3 \(relearning\)\n {2}→ at cards\.who\.state/);
    assert.match(message, /should be a number, not the text "tomorrow"\n {2}→ at cards\.streets\.due/);
    assert.match(message, /unknown field "colour"\n {2}→ at cards\.streets/);
  });

  it('refuses a card under a key that could reach Object.prototype, and changes nothing there', () => {
    const message = refusal(exportProgress(progress).replace('"day":', '"__proto__":'));
    assert.match(message, /is not a question id .*\n {2}→ at cards\.__proto__/);
    assert.equal(({} as Record<string, unknown>).reps, undefined);
  });

  it('refuses a time that is not a whole number of ms in the years 2000 to 9999, and more cards than a bank holds', () => {
    const data = JSON.parse(exportProgress(progress));
    data.cards.day.due = 1.5;
    data.cards.who.lastReview = 0;
    data.cards.streets.credit = 2;
    const message = refusal(JSON.stringify(data));
    assert.match(message, /a time is a whole number of milliseconds\n {2}→ at cards\.day\.due/);
    assert.match(message, /a time is between the years 2000 and 9999\n {2}→ at cards\.who\.lastReview/);
    assert.match(message, /should be from 0 to 1\n {2}→ at cards\.streets\.credit/);
    const many = { ...data, cards: Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`q${i}`, data.cards.who])) };
    assert.match(refusal(JSON.stringify(many)), /holds at most 10000 cards/);
  });
});

describe('merging imported progress', () => {
  it('keeps, for each card, the one reviewed last', () => {
    const here = answer(emptyProgress('b'), ['day', 'who'], 'again', T0);
    const there = answer(answer(emptyProgress('b'), ['day'], 'easy', T0 + DAY), ['who', 'unsafe'], 'good', T0 - DAY);
    const merged = mergeProgress(here, there);
    assert.deepEqual(merged.cards.day, there.cards.day);
    assert.deepEqual(merged.cards.who, here.cards.who);
    assert.deepEqual(merged.cards.unsafe, there.cards.unsafe);
  });
});
