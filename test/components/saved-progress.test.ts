// <cite-quiz> saved progress (issue 9): Resume after a reload with the same answers, position,
// flags and clock; Start over; every storage fault of QUALITY.md "Saved progress"; two tabs;
// migration; a changed bank; persist="off"; getState()/restore() and quiz-progress; Practise
// the ones missed. A "reload" here is the element removed and a new one made on the same
// storage, as a page reload does; test/browser/tabs.test.ts reloads a real page.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CiteQuiz } from '../../src/components/cite-quiz/cite-quiz.js';
import { bankHash, loadBank, planAttempt, storageKey, type Snapshot } from '../../src/engine/index.js';
import type { StorageLike } from '../../src/controllers/storage-controller.js';
import type { QuizErrorEvent, QuizProgressEvent } from '../../src/events.js';
import { $, $$, answerSome, button, checkedValues, choose, click, expectAccessible, fixtureBank, focused, press, shownSeconds, tabToButton, textOf, type TestBank } from './helpers.js';

const ATTRIBUTES = { seed: 'saved', shuffle: 'none', 'time-limit': '600' };
/** With shuffle none the questions come in bank order: day, streets, unsafe, who, sequence, repairs. */
const ORDER = ['day', 'streets', 'unsafe', 'who', 'sequence', 'repairs'];

/** A quiz on the fixture bank, ready; `storage` is set before it connects. */
async function create(bank: TestBank, attributes: Record<string, string> = ATTRIBUTES, storage?: StorageLike): Promise<CiteQuiz> {
  const el = document.createElement('cite-quiz');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.bank = bank;
  if (storage) el.storage = storage;
  const ready = oneEvent(el, 'quiz-ready');
  await fixture(html`<div>${el}</div>`);
  await ready;
  await el.updateComplete;
  return el;
}

/** What a page reload does to the element: gone, and a new one on the same storage. */
async function reload(el: CiteQuiz, bank: TestBank, attributes = ATTRIBUTES, storage?: StorageLike): Promise<CiteQuiz> {
  el.parentElement!.remove();
  return create(bank, attributes, storage);
}

const key = (bank: TestBank, persist = '') => storageKey({ bankId: bank.id, path: location.pathname, persist })!;
const stored = (bank: TestBank, persist = ''): Snapshot | null => JSON.parse(localStorage.getItem(key(bank, persist)) ?? 'null');
const notice = (el: CiteQuiz) => textOf($(el, '.notice'));

/** A storage that counts writes and fails as told. */
function standIn(fail: { access?: boolean; write?: 'quota' | 'security' } = {}): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  const storage = {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (fail.write === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      if (fail.write === 'security') throw new DOMException('The operation is insecure.', 'SecurityError');
      items.set(k, v);
    },
    removeItem: (k: string) => void items.delete(k),
  };
  if (!fail.access) return storage;
  return new Proxy(storage, { get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
}

describe('<cite-quiz> saved progress', () => {
  let bank: TestBank;
  beforeEach(async () => {
    bank = await fixtureBank();
  });

  describe('reload and Resume', () => {
    it('the start screen offers Resume with what was done and the time left, and is accessible', async () => {
      const el = await reload(await create(bank).then(async (first) => (await answerSome(first), first)), bank);
      expect(textOf($(el, '.resume'))).to.equal('You have an attempt under way: 2 of 6 answered, 10 min left.');
      expect($$(el, '.start .actions button').map(textOf)).to.deep.equal(['Resume', 'Start over']);
      expect(button(el, 'Resume').getAttribute('part')).to.equal('button button--primary');
      await expectAccessible(el);
    });

    it('Resume brings back every answer, the check, the position, the flags and the remaining time', async () => {
      const first = await create(bank);
      await answerSome(first);
      // Flags have no control yet (issue 13); they are part of the state and come back with it.
      const flagged = first.getState()!;
      flagged.attempt!.flags = { streets: { on: true, at: flagged.savedAt } };
      expect(await first.restore(flagged)).to.equal(true);
      await first.updateComplete;
      await click(first, button(first, 'Resume'));
      const before = { state: first.getState()!, seconds: shownSeconds(first) };
      const el = await reload(first, bank);
      await click(el, button(el, 'Resume'));
      expect(focused(el)?.id).to.equal('question-heading');
      expect(textOf($(el, '#question-heading'))).to.equal('Question 3 of 6');
      expect(Math.abs(shownSeconds(el) - before.seconds)).to.be.at.most(1);
      const after = el.getState()!;
      expect(after.attempt!.answers).to.deep.equal(before.state.attempt!.answers);
      expect(after.attempt!.flags).to.deep.equal({ streets: { on: true, at: flagged.savedAt } });
      expect(after.attempt!.clock).to.deep.equal(before.state.attempt!.clock);
      await click(el, button(el, 'Back'));
      expect(checkedValues(el)).to.deep.equal(['alder', 'elm']);
      await click(el, button(el, 'Back'));
      expect(checkedValues(el)).to.deep.equal(['mon']);
      expect(textOf($(el, '.feedback .verdict')), 'the check is kept: the feedback shows').to.contain('Correct');
      expect($(el, 'input[value="tue"]')!.matches(':disabled'), 'a checked answer stays locked').to.equal(true);
    });

    it('the clock keeps running while the page is gone: the deadline is saved, not the time left', async () => {
      const first = await create(bank);
      await answerSome(first);
      const saved = stored(bank)!;
      // Saved ten minutes ago: the deadline has passed while the learner was away.
      saved.attempt!.clock!.deadline = Date.now() - 1000;
      localStorage.setItem(key(bank), JSON.stringify(saved));
      const el = await reload(first, bank);
      expect(textOf($(el, '.resume'))).to.equal('You have an attempt under way: 2 of 6 answered; the time ran out, so Resume submits it.');
      const complete = oneEvent(el, 'quiz-complete');
      await click(el, button(el, 'Resume'));
      expect((await complete).detail.score).to.equal(1);
      await waitUntil(() => $(el, '#results-heading'), 'results shown');
    });

    it('Start over discards the saved attempt and starts a new one at question 1', async () => {
      const first = await create(bank);
      await answerSome(first);
      const oldId = stored(bank)!.attempt!.id;
      const el = await reload(first, bank);
      await click(el, button(el, 'Start over'));
      expect(textOf($(el, '#question-heading'))).to.equal('Question 1 of 6');
      expect(checkedValues(el)).to.deep.equal([]);
      const now = stored(bank)!;
      expect(now.attempt!.id).not.to.equal(oldId);
      expect(now.ended).to.include(oldId);
      expect(now.attempt!.answers).to.deep.equal({});
    });

    it('Resume and Start over work by keyboard', async () => {
      const el = await reload(await create(bank).then(async (first) => (await answerSome(first), first)), bank);
      await tabToButton(el, 'Resume');
      await press(el, 'Enter');
      expect(focused(el)?.id).to.equal('question-heading');
      expect(textOf(focused(el))).to.equal('Question 3 of 6');
      const again = await reload(el, bank);
      await tabToButton(again, 'Start over');
      await press(again, 'Enter');
      expect(textOf(focused(again))).to.equal('Question 1 of 6');
    });
  });

  describe('Practise what you missed', () => {
    it('the results screen offers the questions not fully right, as an attempt of its own in a new order', async () => {
      const el = await create(bank);
      await answerSome(el);
      await click(el, button(el, 'Submit answers'));
      await click(el, button(el, 'Submit now'));
      const missed = ORDER.filter((id) => id !== 'day');
      expect(stored(bank)!.last!.missed).to.deep.equal(missed);
      await click(el, button(el, 'Practise the 5 you missed'));
      expect(textOf($(el, '#question-heading'))).to.equal('Question 1 of 5');
      const practice = el.getState()!.attempt!;
      expect([...practice.questions].sort()).to.deep.equal([...missed].sort());
      expect(practice.seed).not.to.equal('saved');
      // A new order drawn by the practice's own seed, even with shuffle="none"; choices keep the bank's order.
      const loaded = loadBank(structuredClone(bank));
      if (!loaded.ok) throw new Error(loaded.message);
      expect(practice.questions).to.deep.equal(planAttempt(loaded.bank, { seed: practice.seed, questions: missed }).questions.map((q) => q.question.id));
      expect(practice.shuffled).to.equal(false);
    });

    it('the start screen of a returning learner says how the last attempt went and offers the same', async () => {
      const first = await create(bank);
      await answerSome(first);
      await click(first, button(first, 'Submit answers'));
      await click(first, button(first, 'Submit now'));
      const el = await reload(first, bank);
      expect(textOf($(el, '.last'))).to.equal('Last attempt: 1 of 7 points (14%), not passed.');
      expect($$(el, '.start .actions button').map(textOf)).to.deep.equal(['Start', 'Practise the 5 you missed']);
      await expectAccessible(el);
      await tabToButton(el, 'Practise the 5 you missed');
      await press(el, 'Enter');
      expect(textOf(focused(el))).to.equal('Question 1 of 5');
    });

    it('says nothing of practice when every question was right', async () => {
      const el = await create(bank, { ...ATTRIBUTES, count: '1', seed: 'one' });
      await click(el, button(el, 'Start'));
      expect(el.getState()!.attempt!.questions).to.deep.equal(['unsafe']);
      await choose(el, 'true');
      await click(el, button(el, 'Submit answers'));
      await click(el, button(el, 'Submit now'));
      expect($$(el, 'button').map(textOf)).not.to.include.members(['Practise the 0 you missed']);
      expect($$(el, 'button').some((b) => textOf(b).startsWith('Practise'))).to.equal(false);
    });
  });

  describe('faults', () => {
    it('storage that throws on access: the quiz works, and says once that progress cannot be saved', async () => {
      const el = await create(bank, ATTRIBUTES, standIn({ access: true }));
      expect(notice(el)).to.equal('This browser does not let the quiz save your progress, so a reload will lose your answers.');
      await expectAccessible(el);
      await answerSome(el);
      expect(textOf($(el, '#question-heading'))).to.equal('Question 3 of 6');
      expect($$(el, '.notice'), 'said once, on the start screen').to.have.length(0);
    });

    it('the real localStorage throwing on access (a sandboxed iframe) is the same', async () => {
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
      try {
        const el = await create(bank);
        expect(notice(el)).to.equal('This browser does not let the quiz save your progress, so a reload will lose your answers.');
        await answerSome(el);
        expect(textOf($(el, '#question-heading'))).to.equal('Question 3 of 6');
      } finally {
        Object.defineProperty(window, 'localStorage', own);
      }
    });

    it('quota exceeded on write: answers stay in memory, one notice the first time a save fails', async () => {
      const el = await create(bank, ATTRIBUTES, standIn({ write: 'quota' }));
      expect(notice(el)).to.equal('');
      await click(el, button(el, 'Start'));
      expect(notice(el)).to.equal('This browser\'s storage is full, so your progress is not being saved and a reload will lose your answers.');
      await choose(el, 'mon');
      await click(el, button(el, 'Next'));
      await click(el, button(el, 'Back'));
      expect(checkedValues(el)).to.deep.equal(['mon']);
      expect($$(el, '.notice')).to.have.length(1);
    });

    const problems: [string, (snapshot: Snapshot) => unknown, string][] = [
      ['a corrupt value', () => '{"v":1,"bankId"', 'Your saved progress could not be read, so the quiz starts afresh.'],
      ['an unknown version', (s) => ({ ...s, v: 7 }), 'Your progress was saved by a newer version of this quiz and cannot be read here, so the quiz starts afresh.'],
      ['a changed bank', (s) => ({ ...s, bankHash: '0badc0de-1' }), 'The questions have changed since your progress was saved, so the quiz starts afresh.'],
    ];
    for (const [name, spoil, sentence] of problems) {
      it(`${name}: not restored, the learner is told why in one sentence, the quiz starts normally`, async () => {
        const first = await create(bank);
        await answerSome(first);
        const spoiled = spoil(stored(bank)!);
        localStorage.setItem(key(bank), typeof spoiled === 'string' ? spoiled : JSON.stringify(spoiled));
        const el = await reload(first, bank);
        expect(notice(el)).to.equal(sentence);
        expect($(el, '.resume')).to.equal(null);
        await expectAccessible(el);
        await click(el, button(el, 'Start'));
        expect(textOf($(el, '#question-heading'))).to.equal('Question 1 of 6');
        expect(notice(el), 'said once: gone once the learner moves on').to.equal('');
      });
    }

    it('a bank whose content changed (a fixed typo) does not restore progress saved for the old one', async () => {
      const first = await create(bank);
      await answerSome(first);
      const changed = await fixtureBank();
      changed.questions[0]!.prompt += ' (corrected)';
      const el = await reload(first, changed);
      expect(notice(el)).to.equal('The questions have changed since your progress was saved, so the quiz starts afresh.');
      expect($$(el, '.start .actions button').map(textOf)).to.deep.equal(['Start']);
    });

    it('migrates a version 0 envelope: its answers and checks come back, its remaining time becomes a deadline', async () => {
      const loaded = loadBank(structuredClone(bank));
      if (!loaded.ok) throw new Error(loaded.message);
      const savedAt = Date.now() - 60_000;
      localStorage.setItem(key(bank), JSON.stringify({
        v: 0, bankId: bank.id, bankHash: bankHash(loaded.bank), savedAt, seed: 'old', shuffled: false, questions: ORDER,
        startedAt: savedAt - 120_000, index: 1, responses: { day: 'mon', unsafe: true }, checked: ['day'], limitSeconds: 600, remainingSeconds: 300,
      }));
      const el = await create(bank);
      expect(notice(el)).to.equal('');
      expect(textOf($(el, '.resume'))).to.equal('You have an attempt under way: 2 of 6 answered, 4 min left.');
      await click(el, button(el, 'Resume'));
      expect(textOf($(el, '#question-heading'))).to.equal('Question 2 of 6');
      expect(Math.abs(shownSeconds(el) - 240)).to.be.at.most(1);
      await click(el, button(el, 'Back'));
      expect(checkedValues(el)).to.deep.equal(['mon']);
      expect(textOf($(el, '.feedback .verdict'))).to.contain('Correct');
    });
  });

  describe('keys', () => {
    it('persist="off" saves nothing and offers no Resume; no notice', async () => {
      const attributes = { ...ATTRIBUTES, persist: 'off' };
      const first = await create(bank, attributes);
      await answerSome(first);
      expect(localStorage.length).to.equal(0);
      const el = await reload(first, bank, attributes);
      expect($(el, '.resume')).to.equal(null);
      expect(notice(el)).to.equal('');
      expect(first.getState, 'the state API still works').to.be.a('function');
      expect(el.getState()!.attempt).to.equal(null);
    });

    it('two quizzes on one page with different persist values never share state', async () => {
      const one = await create(bank, { ...ATTRIBUTES, persist: 'one' });
      await answerSome(one);
      const two = await create(bank, { ...ATTRIBUTES, persist: 'two' });
      expect($(two, '.resume')).to.equal(null);
      expect(stored(bank, 'one')!.attempt).not.to.equal(null);
      expect(stored(bank, 'two')).to.equal(null);
    });
  });

  describe('two tabs on the same storage', () => {
    // Two elements on one page stand for two tabs here; the storage event is dispatched as the
    // browser does in the other tab (test/browser/tabs.test.ts has two real pages).
    async function twoTabs(): Promise<[CiteQuiz, CiteQuiz]> {
      const a = await create(bank);
      await click(a, button(a, 'Start'));
      const b = await create(bank);
      await click(b, button(b, 'Resume'));
      return [a, b];
    }
    /** What the browser does in every other tab after a write to localStorage. */
    function tellOtherTab(bankKey: string): void {
      window.dispatchEvent(new StorageEvent('storage', { key: bankKey, newValue: localStorage.getItem(bankKey), storageArea: localStorage }));
    }

    it('neither loses the other\'s answers; the later answer to the same question wins and the other tab shows it', async () => {
      const [a, b] = await twoTabs();
      await choose(a, 'mon');
      tellOtherTab(key(bank));
      await click(b, button(b, 'Next'));
      await choose(b, 'birch');
      tellOtherTab(key(bank));
      await a.updateComplete;
      expect(checkedValues(a)).to.deep.equal(['mon']);
      await click(a, button(a, 'Next'));
      expect(checkedValues(a), 'tab A shows the answer given in tab B').to.deep.equal(['birch']);
      await choose(a, 'cedar'); // later, in A, to the same question
      tellOtherTab(key(bank));
      await b.updateComplete;
      expect(checkedValues(b), 'tab B shows the later answer at once').to.deep.equal(['birch', 'cedar']);
      for (const el of [a, b]) expect(Object.keys(el.getState()!.attempt!.answers).sort()).to.deep.equal(['day', 'streets']);
      expect(stored(bank)!.attempt!.answers['day']!.response).to.equal('mon');
    });

    it('an attempt submitted in one tab ends in the other, which says so and shows the start screen', async () => {
      const [a, b] = await twoTabs();
      await click(a, button(a, 'Submit answers'));
      await click(a, button(a, 'Submit now'));
      tellOtherTab(key(bank));
      await b.updateComplete;
      expect(notice(b)).to.equal('This attempt was submitted or started over in another tab.');
      expect(textOf($(b, '.last'))).to.match(/^Last attempt: 0 of 7 points \(0%\), not passed\.$/);
      expect($(b, '#start-heading')).not.to.equal(null);
    });
  });

  describe('getState(), restore() and quiz-progress', () => {
    it('every copy carries the bank\'s hash: getState() as quiz-ready fires, quiz-progress, and what is stored', async () => {
      const loaded = loadBank(bank);
      if (!loaded.ok) throw new Error('the fixture bank is valid');
      const el = document.createElement('cite-quiz');
      el.bank = bank;
      const atReady = new Promise<Snapshot | null>((resolve) => el.addEventListener('quiz-ready', () => resolve(el.getState()), { once: true }));
      await fixture(html`<div>${el}</div>`);
      expect((await atReady)?.bankHash).to.equal(bankHash(loaded.bank));
      const progress = oneEvent(el, 'quiz-progress');
      await click(el, button(el, 'Start'));
      expect((await progress).detail.bankHash).to.equal(bankHash(loaded.bank));
      await waitUntil(() => stored(bank)?.attempt, 'the attempt is stored');
      expect(stored(bank)!.bankHash).to.equal(bankHash(loaded.bank));
    });

    it('quiz-progress carries the snapshot after each change, bubbling and composed', async () => {
      const el = await create(bank);
      const events: QuizProgressEvent[] = [];
      document.addEventListener('quiz-progress', (e) => events.push(e));
      await click(el, button(el, 'Start'));
      await choose(el, 'tue');
      await click(el, button(el, 'Check answer'));
      await click(el, button(el, 'Next'));
      expect(events.map((e) => [e.bubbles, e.composed])).to.deep.equal([[true, true], [true, true], [true, true], [true, true]]);
      const last = events.at(-1)!.detail;
      expect(last).to.deep.equal(el.getState());
      expect(last.attempt!.index).to.equal(1);
      expect(last.attempt!.answers['day']).to.include({ response: 'tue', checked: true });
      last.attempt!.answers['day']!.response = 'mon';
      expect(el.getState()!.attempt!.answers['day']!.response, 'the detail is a copy').to.equal('tue');
    });

    it('round-trips: the state of one element restored into another resumes exactly (as JSON text too)', async () => {
      const first = await create(bank, { ...ATTRIBUTES, persist: 'off' });
      await answerSome(first);
      const state = first.getState()!;
      const other = await create(bank, { ...ATTRIBUTES, persist: 'off' });
      expect(await other.restore(JSON.stringify(state))).to.equal(true);
      await other.updateComplete;
      expect(textOf($(other, '.resume'))).to.equal('You have an attempt under way: 2 of 6 answered, 10 min left.');
      await click(other, button(other, 'Resume'));
      expect(textOf($(other, '#question-heading'))).to.equal('Question 3 of 6');
      expect(other.getState()!.attempt).to.deep.equal(state.attempt);
    });

    it('an order restored not arranged in full is reviewed as given, beside the correct order', async () => {
      const el = await create(bank, { ...ATTRIBUTES, persist: 'off' });
      await click(el, button(el, 'Start'));
      const state = el.getState()!;
      state.attempt!.answers['sequence'] = { response: ['said', 'met'], at: state.savedAt, checked: false };
      expect(await el.restore(state)).to.equal(true);
      await el.updateComplete;
      await click(el, button(el, 'Resume'));
      await click(el, button(el, 'Submit answers'));
      await click(el, button(el, 'Submit now'));
      const order = $$(el, '.review-item').find((item) => textOf(item.querySelector('.review-prompt')) === 'Put these in the order the report gives them.')!;
      expect([...order.querySelectorAll('.answers dt, .answers dd')].map(textOf)).to.deep.equal([
        'Your answer', '1. The mayor spoke 2. The council met',
        'Correct answer', '1. The council met 2. The mayor spoke 3. Repairs estimated 4. Groups objected',
      ]);
    });

    it('refuses a foreign or broken state with quiz-error "invalid", and changes nothing', async () => {
      const el = await create(bank);
      await answerSome(el);
      const before = el.getState()!;
      const errors: QuizErrorEvent[] = [];
      el.addEventListener('quiz-error', (e) => errors.push(e));
      const foreign = [
        { ...before, bankId: 'another-bank' },
        { ...before, bankHash: 'ffffffff-1' },
        { ...before, attempt: { ...before.attempt!, questions: ['nope'] } },
        'not json',
        42,
        null,
      ];
      for (const state of foreign) expect(await el.restore(state), JSON.stringify(state)).to.equal(false);
      expect(errors.map((e) => [e.detail.kind, e.bubbles, e.composed])).to.deep.equal(foreign.map(() => ['invalid', true, true]));
      expect(errors[0]!.detail.message).to.equal('This saved state is for another question bank.');
      expect(errors[1]!.detail.message).to.equal('The questions have changed since this state was saved.');
      expect(errors[2]!.detail.message).to.equal('This saved state is damaged or not a citequiz state.');
      expect(el.getState()).to.deep.equal(before);
      expect(textOf($(el, '#question-heading'))).to.equal('Question 3 of 6');
      expect(stored(bank)).to.deep.equal(before);
    });
  });
});
