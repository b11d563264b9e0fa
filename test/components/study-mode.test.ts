// <cite-quiz mode="study">: the session screen, cards graded by the FSRS schedule on a fake
// clock, mastery and the weakest questions, export and import of progress, storage faults, the
// whole session by keyboard, and axe (target-size on) on every study screen.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { storageKey } from '../../src/engine/index.js';
import { emptyProgress, exportProgress, review } from '../../src/engine/schedule.js';
import type { CiteQuiz } from '../../src/components/cite-quiz/cite-quiz.js';
import {
  $, $$, answerByKeyboard, bankWith, button, click, expectAccessible, fixtureBank, focused, press, quizWith, recordEvents, tabTo, tabToButton, textOf,
  type TestBank,
} from './helpers.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Noon, local time, on a fixed day: far from the 4 a.m. day boundary. */
const T0 = new Date(2026, 0, 5, 12).getTime();
/** Where study progress on the fixture bank is kept on this test page. */
const STORAGE_KEY = storageKey({ bankId: 'fixture-bank', path: location.pathname, persist: '' }, 'study')!;

/** A study-mode quiz on a clock the test moves: `at(ms)` sets it. */
async function studyWith(bank: TestBank, attributes: Record<string, string> = {}): Promise<{ el: CiteQuiz; at(time: number): Promise<void> }> {
  const el = await quizWith(bank, { mode: 'study', ...attributes });
  let now = T0;
  el.clock = () => now;
  await el.updateComplete;
  return {
    el,
    async at(time: number) {
      now = time;
      el.clock = () => now;
      await el.updateComplete;
    },
  };
}

/** The session screen's counts, as text: { "Due now": "0", ... }. */
const counts = (el: CiteQuiz) => Object.fromEntries($$(el, '.counts div').map((d) => [textOf(d.querySelector('dt')), textOf(d.querySelector('dd'))]));
const cardPrompt = (el: CiteQuiz) => textOf($(el, 'legend'));
const gradeLine = (el: CiteQuiz) => textOf($(el, '#grade-line'));

async function pick(el: CiteQuiz, value: string): Promise<void> {
  await click(el, $$<HTMLInputElement>(el, 'input').find((input) => input.value === value)!);
}

/** Answers the card on screen right (by keyboard helpers) or with the given choice, and checks it. */
async function answerAndCheck(el: CiteQuiz, bank: TestBank, id: string, wrongChoice?: string): Promise<void> {
  if (wrongChoice) await pick(el, wrongChoice);
  else await answerByKeyboard(el, bank, id);
  await click(el, button(el, 'Check answer'));
}

/** The file input behind "Import progress", given a file as if the learner chose it. */
async function importFile(el: CiteQuiz, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#import-file')!;
  const files = new DataTransfer();
  files.items.add(new File([text], 'progress.json', { type: 'application/json' }));
  input.files = files.files;
  const before = textOf($(el, '#import-outcome'));
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => $(el, '#import-outcome') && textOf($(el, '#import-outcome')) !== before, 'no new import outcome shown');
  await el.updateComplete;
}

beforeEach(() => localStorage.removeItem(STORAGE_KEY));
afterEach(() => localStorage.removeItem(STORAGE_KEY));

describe('<cite-quiz mode="study"> session screen', () => {
  it('is accessible', async () => {
    const { el } = await studyWith(await fixtureBank());
    await expectAccessible(el);
  });

  it('counts due, new (the daily limit), learning and learned, and offers Study now', async () => {
    const { el } = await studyWith(await fixtureBank());
    expect(textOf($(el, '#session-heading'))).to.equal('Study: A small bank with every question type');
    expect(counts(el)).to.deep.equal({ 'Due now': '0', 'New today': '6', Learning: '0', Learned: '0 / 6' });
    expect(textOf($(el, '.study-session p'))).to.contain('every card is new');
    button(el, 'Study now');
  });

  it('keeps to new-per-day, and builds the deck from tags', async () => {
    const { el } = await studyWith(await fixtureBank(), { 'new-per-day': '2', tags: 'timeline who-said-what' });
    expect(counts(el)).to.deep.equal({ 'Due now': '0', 'New today': '2', Learning: '0', Learned: '0 / 4' });
  });
});

describe('<cite-quiz mode="study"> the FSRS schedule through the element, on a fake clock', () => {
  it('brings a card answered wrong back before one answered right', async () => {
    const bank = await fixtureBank();
    const { el, at } = await studyWith(bank);
    const answers = recordEvents(el).answer;
    await click(el, button(el, 'Study now'));
    expect(textOf($(el, '#card-heading'))).to.equal('New card');
    expect(cardPrompt(el)).to.equal('On which day did the council meet?');
    await answerAndCheck(el, bank, 'day', 'tue');
    expect(textOf($(el, '.feedback .verdict'))).to.equal('✗ Incorrect');
    expect(gradeLine(el)).to.equal('Graded Again: back in 1 minute.');
    await expectAccessible(el);
    await click(el, button(el, 'Next card'));

    expect(cardPrompt(el)).to.equal("Which streets' groups objected, according to the report?");
    await answerAndCheck(el, bank, 'streets');
    expect(gradeLine(el)).to.equal('Graded Good: back in 10 minutes.');
    await click(el, button(el, 'Next card'));
    expect(answers.map((e) => [e.detail.questionId, e.detail.correct])).to.deep.equal([['day', false], ['streets', true]]);

    // Two minutes on: the missed card is due, the right one is not.
    await at(T0 + 2 * MINUTE);
    await click(el, button(el, 'End session'));
    expect(counts(el)['Due now']).to.equal('1');
    await click(el, button(el, 'Study now'));
    expect(textOf($(el, '#card-heading'))).to.equal('Review');
    expect(cardPrompt(el)).to.equal('On which day did the council meet?');
  });

  it('sends a card further away with each right answer', async () => {
    const bank = await bankWith('unsafe');
    const { el, at } = await studyWith(bank);
    const intervals: string[] = [];
    let now = T0;
    for (const wait of [10 * MINUTE, 2 * DAY, 11 * DAY, 46 * DAY]) {
      await click(el, button(el, 'Study now'));
      await answerAndCheck(el, bank, 'unsafe');
      intervals.push(gradeLine(el));
      await click(el, button(el, 'Next card'));
      // A card in its 10-minute learning step is shown again when nothing else is left (Anki's learn-ahead).
      if ($(el, '#card-heading')) await click(el, button(el, 'End session'));
      now += wait;
      await at(now);
    }
    expect(intervals).to.deep.equal([
      'Graded Good: back in 10 minutes.',
      'Graded Good: back in 2 days.',
      'Graded Good: back in 11 days.',
      'Graded Good: back in 46 days.',
    ]);
  });

  it('offers "It was easy" and "I guessed" after a right answer, and grades by them', async () => {
    const bank = await fixtureBank();
    const { el } = await studyWith(bank);
    await click(el, button(el, 'Study now'));
    await answerAndCheck(el, bank, 'day');
    const adjustments = $$(el, '.grade button').map(textOf);
    expect(adjustments).to.deep.equal(['Next card', 'It was easy (Easy, in 8 days)', 'I guessed (Again, in 1 minute)']);
    await click(el, $$(el, '.grade button')[2]!);
    await click(el, button(el, 'End session'));
    expect(counts(el)['Due now']).to.equal('0');
    expect(textOf($(el, '.study-session p'))).to.contain('The next card is due in 1 minute.');
  });

  it('says when nothing is due, and studies ahead', async () => {
    const bank = await bankWith('unsafe');
    const { el } = await studyWith(bank);
    await click(el, button(el, 'Study now'));
    await answerAndCheck(el, bank, 'unsafe');
    await click(el, $$(el, '.grade button')[1]!); // Easy: 8 days
    expect(focused(el)?.id).to.equal('session-heading');
    expect(textOf($(el, '.study-session p'))).to.equal('Nothing is due now. Well done. The next card is due in 8 days.');
    await expectAccessible(el);
    await click(el, button(el, 'Study ahead'));
    expect(textOf($(el, '#card-heading'))).to.equal('Studying ahead');
    expect(cardPrompt(el)).to.equal('The mayor said the bridge was unsafe.');
  });
});

describe('<cite-quiz mode="study"> mastery and the weakest questions', () => {
  it('shows mastery per topic equal to the hand-computed numbers, as text and as a meter', async () => {
    const bank = await fixtureBank();
    const { el } = await studyWith(bank);
    await click(el, button(el, 'Study now'));
    await answerAndCheck(el, bank, 'day'); // timeline: 1
    await click(el, button(el, 'Next card'));
    await answerAndCheck(el, bank, 'streets', 'elm'); // reactions: elm alone is 0 of 3
    await click(el, button(el, 'Next card'));
    await answerAndCheck(el, bank, 'unsafe'); // who-said-what: 1
    await click(el, button(el, 'End session'));
    // timeline (day 1, sequence new 0) = 50%; reactions (streets 0) = 0%;
    // who-said-what (unsafe 1, who new 0) = 50%; outcome (repairs new) = 0%.
    const rows = $$(el, '.mastery-row').map((row) => [textOf(row.querySelector('.mastery-topic')), row.querySelector('meter')!.value, textOf(row.querySelector('.mastery-number'))]);
    expect(rows).to.deep.equal([
      ['timeline', 50, '50% of 2 questions'],
      ['reactions', 0, '0% of 1 question'],
      ['who-said-what', 50, '50% of 2 questions'],
      ['outcome', 0, '0% of 1 question'],
    ]);
    expect($$(el, '.mastery-row meter').map((m) => m.getAttribute('aria-labelledby')).map((id) => textOf($(el, `#${id}`)))).to.deep.equal(['timeline', 'reactions', 'who-said-what', 'outcome']);
    expect($$(el, '.weakest-item').map((li) => [textOf(li.querySelector('.weakest-prompt')), textOf(li.querySelector('.mastery-number'))])).to.deep.equal([
      ["Which streets' groups objected, according to the report?", '0%'],
      ['On which day did the council meet?', '100%'],
      ['The mayor said the bridge was unsafe.', '100%'],
    ]);
    await expectAccessible(el);
  });

  it('puts each weak question one click from practice', async () => {
    const bank = await fixtureBank();
    const { el } = await studyWith(bank);
    await click(el, button(el, 'Study now'));
    await answerAndCheck(el, bank, 'day', 'fri');
    await click(el, button(el, 'End session'));
    const practise = $<HTMLButtonElement>(el, '.weakest-item button')!;
    expect(practise.getAttribute('aria-label')).to.equal('Practise: On which day did the council meet?');
    await click(el, practise);
    expect(focused(el)?.id).to.equal('card-heading');
    expect(textOf($(el, '#card-heading'))).to.equal('Practice');
    expect(cardPrompt(el)).to.equal('On which day did the council meet?');
    await expectAccessible(el);
  });
});

describe('<cite-quiz mode="study"> progress: saved, exported, imported', () => {
  it('keeps progress across a reload of the page', async () => {
    const bank = await fixtureBank();
    const first = await studyWith(bank);
    await click(first.el, button(first.el, 'Study now'));
    await answerAndCheck(first.el, bank, 'day');
    await click(first.el, $$(first.el, '.grade button')[1]!); // Easy: learned
    const again = await studyWith(bank);
    expect(counts(again.el)).to.deep.equal({ 'Due now': '0', 'New today': '5', Learning: '0', Learned: '1 / 6' });
  });

  it('takes in what another tab studied (the storage event)', async () => {
    const { el } = await studyWith(await fixtureBank());
    const elsewhere = review(emptyProgress('fixture-bank'), 'day', { grade: 'easy', credit: 1 }, T0);
    const text = exportProgress(elsewhere);
    localStorage.setItem(STORAGE_KEY, text);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: text, storageArea: localStorage }));
    await el.updateComplete;
    expect(counts(el)).to.deep.equal({ 'Due now': '0', 'New today': '5', Learning: '0', Learned: '1 / 6' });
  });

  it('exports a file that imports on another device', async () => {
    const bank = await fixtureBank();
    const { el } = await studyWith(bank);
    await click(el, button(el, 'Study now'));
    await answerAndCheck(el, bank, 'day');
    await click(el, $$(el, '.grade button')[1]!);
    await click(el, button(el, 'End session'));
    let exported: Blob | null = null;
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      exported = blob;
      return createObjectURL(blob);
    };
    try {
      await click(el, button(el, 'Export progress'));
    } finally {
      URL.createObjectURL = createObjectURL;
    }
    const text = await exported!.text();
    localStorage.removeItem(STORAGE_KEY); // the other device
    const other = await studyWith(bank);
    expect(counts(other.el)['Learned']).to.equal('0 / 6');
    await importFile(other.el, text);
    expect(textOf($(other.el, '#import-outcome'))).to.equal('Imported 1 card.');
    expect(focused(other.el)?.id).to.equal('import-outcome');
    expect(counts(other.el)['Learned']).to.equal('1 / 6');
  });

  it('refuses a bad file with a clear message, and keeps the progress', async () => {
    const bank = await fixtureBank();
    const { el } = await studyWith(bank);
    await importFile(el, JSON.stringify(bank));
    const outcome = $(el, '#import-outcome')!;
    expect(outcome.getAttribute('role')).to.equal('alert');
    expect(textOf(outcome)).to.equal('This file could not be imported, and your progress is unchanged. this is a question bank, not study progress at format');
    await expectAccessible(el);

    const progress = review(emptyProgress('fixture-bank'), 'day', { grade: 'good', credit: 1 }, T0);
    const damaged = exportProgress(progress).replace('"reps": 1', '"reps": -1');
    await importFile(el, damaged);
    expect(textOf($(el, '#import-outcome'))).to.contain('should be 0 or more at cards.day.reps');
    await importFile(el, exportProgress({ ...progress, bankId: 'another-bank' }));
    expect(textOf($(el, '#import-outcome'))).to.contain('this progress is for the bank "another-bank", not "fixture-bank"');
    expect(counts(el)['Learning']).to.equal('0');
  });

  it('says once that progress cannot be kept when storage throws, and still studies', async () => {
    const bank = await fixtureBank();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const { el } = await studyWith(bank);
      await click(el, button(el, 'Study now'));
      await answerAndCheck(el, bank, 'day');
      await click(el, button(el, 'Next card'));
      await click(el, button(el, 'End session'));
      expect($$(el, '.notice').map(textOf)).to.deep.equal([
        'The browser’s storage is full, so your latest answers are not saved: export your progress to keep it.',
      ]);
      expect(counts(el)['Learning']).to.equal('1');
      await expectAccessible(el);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('starts afresh, and says so, when the saved progress is corrupt', async () => {
    localStorage.setItem(STORAGE_KEY, '{"format": "citequiz-study", "v": 1, "bankId": "fixture-bank", "cards": {"day": {"due": "soon"}}}');
    const { el } = await studyWith(await fixtureBank());
    expect(textOf($(el, '.notice'))).to.equal('The progress saved in this browser could not be read, so this session starts afresh.');
    expect(counts(el)['New today']).to.equal('6');
  });
});

describe('<cite-quiz mode="study"> a whole session by keyboard alone', () => {
  it('studies every new card, answers, reads the feedback, grades, and comes back to the session screen', async () => {
    const bank = await fixtureBank();
    const { el } = await studyWith(bank);
    await tabToButton(el, 'Study now');
    await press(el, 'Enter');
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      expect(focused(el)?.id, `card ${i + 1}: focus on its heading`).to.equal('card-heading');
      const id = bank.questions.find((q) => q.prompt === cardPrompt(el))!.id;
      seen.push(id);
      await answerByKeyboard(el, bank, id);
      await tabToButton(el, 'Check answer');
      await press(el, 'Enter');
      expect(focused(el)?.id).to.equal('feedback-why');
      expect(textOf($(el, '.feedback .verdict'))).to.equal('✓ Correct');
      if (i === 0) await expectAccessible(el);
      await tabTo(el, (f) => f.tagName === 'BUTTON' && textOf(f).startsWith('It was easy'));
      await press(el, 'Enter');
    }
    expect(seen).to.deep.equal(['day', 'streets', 'unsafe', 'who', 'sequence', 'repairs']);
    expect(focused(el)?.id).to.equal('session-heading');
    expect(counts(el)).to.deep.equal({ 'Due now': '0', 'New today': '0', Learning: '0', Learned: '6 / 6' });
    await tabToButton(el, 'Study ahead');
  });
});

describe('<cite-quiz mode="study"> in French', () => {
  it('speaks French on the session screen', async () => {
    const { el } = await studyWith(await fixtureBank(), { lang: 'fr' });
    await waitUntil(() => textOf($(el, '#session-heading')).startsWith('Réviser'));
    expect(Object.keys(counts(el))).to.deep.equal(['À revoir', 'Nouvelles aujourd’hui', 'En apprentissage', 'Apprises']);
  });
});

describe('<cite-quiz mode="study"> events', () => {
  it('fires quiz-answer, bubbling and composed, when a card is checked', async () => {
    const bank = await fixtureBank();
    const { el } = await studyWith(bank);
    await click(el, button(el, 'Study now'));
    await answerByKeyboard(el, bank, 'day');
    const answered = oneEvent(el, 'quiz-answer');
    button(el, 'Check answer').click();
    const event = await answered;
    expect(event.detail).to.deep.equal({ questionId: 'day', type: 'single', response: 'mon', correct: true, score: 1, maxScore: 1 });
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
  });
});
