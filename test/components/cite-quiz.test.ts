// <cite-quiz>: the flow from start to results, by keyboard; events; the source reader; the
// time limit; language and direction.
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { planAttempt, scoreAttempt } from '../../src/engine/index.js';
import { mustLoad } from '../fixtures/must-load.js';
import type { CiteQuiz } from '../../src/components/cite-quiz/cite-quiz.js';
import type { QuizCompleteEvent } from '../../src/events.js';
import {
  bankWith, recordEvents, $, $$, answerByKeyboard, button, click, expectAccessible, fixtureBank, focused, press, quizWith, tabToButton, textOf, type TestBank,
} from './helpers.js';

const ALL_RIGHT = 7;


describe('<cite-quiz> start screen', () => {
  it('is accessible', async () => {
    const el = await quizWith(await fixtureBank());
    await expectAccessible(el);
  });

  it('shows the title, the source, the number of questions and the pass mark', async () => {
    const el = await quizWith(await fixtureBank(), { count: '4', 'time-limit': '600', 'pass-mark': '75' });
    expect(textOf($(el, 'h2'))).to.equal('A small bank with every question type');
    expect([textOf($(el, '.facts dt')), textOf($(el, '.facts dd'))]).to.deep.equal(['Source', 'A short report (example.org)']);
    expect($(el, '.facts a')!.getAttribute('href')).to.equal('https://example.org/report');
    expect($$(el, '.meta li').map(textOf)).to.deep.equal(['4 questions', 'Time limit: 10 minutes', 'Pass mark: 75%']);
  });

  it('fires quiz-ready with the bank and the question count, bubbling out of shadow roots', async () => {
    const el = document.createElement('cite-quiz');
    el.bank = await fixtureBank();
    el.setAttribute('count', '3');
    const ready = oneEvent(document, 'quiz-ready');
    document.body.append(el);
    const event = await ready;
    expect(event.detail).to.deep.equal({ bankId: 'fixture-bank', title: 'A small bank with every question type', questionCount: 3 });
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(textOf(el.shadowRoot!.querySelector('h2'))).to.equal('A small bank with every question type');
    el.remove();
  });
});

describe('<cite-quiz> a whole quiz by keyboard alone', () => {
  it('starts, answers every type, submits through the confirmation, and shows the result', async () => {
    const bank = await fixtureBank();
    const el = await quizWith(bank, { seed: 'keyboard', feedback: 'end' });
    const answers = recordEvents(el).answer;
    await tabToButton(el, 'Start');
    await press(el, 'Enter');
    const order = planAttempt(mustLoad(bank), { seed: 'keyboard' }).questions.map((q) => q.question.id);
    for (const [i, id] of order.entries()) {
      expect(focused(el)?.id, `focus on the heading of question ${i + 1}`).to.equal('question-heading');
      expect(textOf(focused(el))).to.equal(`Question ${i + 1} of 6`);
      await answerByKeyboard(el, bank, id);
      await tabToButton(el, i < order.length - 1 ? 'Next' : 'Submit answers');
      await press(el, 'Enter');
    }
    expect(focused(el)?.id).to.equal('confirm-heading');
    expect(textOf($(el, '.confirm'))).to.contain('You have answered every question.');
    await expectAccessible(el);
    await tabToButton(el, 'Submit now');
    const complete = oneEvent(el, 'quiz-complete');
    await press(el, 'Enter');
    const { detail } = await complete;
    expect(focused(el)?.id).to.equal('results-heading');
    expect(textOf($(el, '.score'))).to.equal(`${ALL_RIGHT} of ${ALL_RIGHT} points (100%)`);
    expect(textOf($(el, '.results .verdict'))).to.equal('✓ Passed');
    expect(detail.score).to.equal(ALL_RIGHT);
    expect(answers.map((e) => e.detail.questionId)).to.deep.equal(order);
    expect(answers.every((e) => e.detail.correct)).to.equal(true);
    await expectAccessible(el);
  });
});

describe('<cite-quiz> submitting', () => {
  let bank: TestBank;
  let el: CiteQuiz;
  beforeEach(async () => {
    bank = await fixtureBank();
    el = await quizWith(bank, { seed: 'submit', feedback: 'end', 'pass-mark': '50' });
    await click(el, button(el, 'Start'));
  });

  it('Next does not force an answer, and the confirmation names the unanswered questions', async () => {
    await click(el, button(el, 'Next'));
    expect(textOf($(el, '#question-heading'))).to.equal('Question 2 of 6');
    await click(el, button(el, 'Submit answers'));
    expect(textOf($(el, '.numbers-label'))).to.equal('6 questions are not answered yet:');
    const numbers = $$(el, '.confirm .numbers button');
    expect(numbers.map((b) => b.getAttribute('aria-label'))).to.deep.equal([1, 2, 3, 4, 5, 6].map((n) => `Question ${n}: not answered`));
    expect(numbers.map(textOf)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    await click(el, numbers[3]!);
    expect(textOf($(el, '#question-heading'))).to.equal('Question 4 of 6');
    expect(focused(el)?.id).to.equal('question-heading');
  });

  it('"Keep working" returns to the question the learner was on', async () => {
    await click(el, button(el, 'Next'));
    await click(el, button(el, 'Next'));
    await click(el, button(el, 'Submit answers'));
    await click(el, button(el, 'Keep working'));
    expect(textOf($(el, '#question-heading'))).to.equal('Question 3 of 6');
  });

  it('reports the same result as the engine for the same responses, in the event and in `result`', async () => {
    const plan = planAttempt(mustLoad(bank), { seed: 'submit' });
    // Answer the single-choice question wrongly and the multiple one partly; leave the rest.
    for (const [i, planned] of plan.questions.entries()) {
      if (planned.question.type === 'single') await click(el, $$<HTMLInputElement>(el, 'input').find((input) => input.value === 'tue')!);
      if (planned.question.type === 'multiple') await click(el, $$<HTMLInputElement>(el, 'input').find((input) => input.value === 'alder')!);
      if (i < plan.questions.length - 1) await click(el, button(el, 'Next'));
    }
    const answers = recordEvents(el).answer;
    await click(el, button(el, 'Submit answers'));
    const complete = oneEvent(el, 'quiz-complete') as Promise<QuizCompleteEvent>;
    await click(el, button(el, 'Submit now'));
    const { detail, bubbles, composed } = await complete;
    const expected = scoreAttempt(plan.questions.map((q) => q.question), { day: 'tue', streets: ['alder'] }, 0.5);
    expect([bubbles, composed]).to.deep.equal([true, true]);
    expect(el.result).to.deep.equal(expected);
    expect(detail).to.include({ bankId: 'fixture-bank', seed: 'submit', score: expected.score, maxScore: 7, scaled: expected.scaled, passed: false });
    expect(detail.durationMs).to.be.a('number').and.at.least(0);
    expect(detail.responses.find((r) => r.questionId === 'streets')).to.deep.equal({ questionId: 'streets', response: ['alder'], score: 0.3333, maxScore: 1, correct: false });
    expect(detail.responses.find((r) => r.questionId === 'unsafe')!.response).to.equal(null);
    expect(detail.responses.find((r) => r.questionId === 'sequence'), 'an order question never moved is unanswered')
      .to.deep.equal({ questionId: 'sequence', response: null, score: 0, maxScore: 2, correct: false });
    expect(answers.length).to.equal(6);
    const answerEvent = answers.find((e) => e.detail.questionId === 'day')!;
    expect(answerEvent.detail).to.deep.equal({ questionId: 'day', type: 'single', response: 'tue', correct: false, score: 0, maxScore: 1 });
    expect([answerEvent.bubbles, answerEvent.composed]).to.deep.equal([true, true]);
    expect(textOf($(el, '.score'))).to.equal(`${expected.score.toLocaleString('en', { maximumFractionDigits: 2 })} of 7 points (${Math.floor(expected.scaled * 100)}%)`);
    expect(textOf($(el, '.results .verdict'))).to.equal('✗ Not passed');
  });

  it('reviews every question with the learner\'s answer, the correct answer, explanation and evidence', async () => {
    await click(el, button(el, 'Submit answers'));
    await click(el, button(el, 'Submit now'));
    const items = $$(el, '.review-item');
    expect(items.length).to.equal(6);
    const day = items.find((item) => textOf(item.querySelector('.review-prompt')) === 'On which day did the council meet?')!;
    const answers = (item: Element) => [...item.querySelectorAll('.answers dt, .answers dd')].map(textOf);
    expect(answers(day)).to.deep.equal(['Your answer', 'Not answered']);
    expect([...day.querySelectorAll('.rows li')].map(textOf)).to.include('Monday ○ Correct, you missed it');
    expect(textOf(day.querySelector('.explanation-text'))).to.equal('The report opens with the day of the meeting.');
    expect(textOf(day.querySelector('blockquote'))).to.equal('On Monday the council met.');
    const cloze = items.find((item) => textOf(item.querySelector('.review-prompt')) === 'Complete the sentence from the report.')!;
    expect([...cloze.querySelectorAll('.rows li')].map(textOf)).to.deep.equal([
      '✗ wrong: Blank 1: Not answered (correct: believed)', '✗ wrong: Blank 2: Not answered (correct: year)']);
    expect(answers(cloze)).to.deep.equal(['Correct answer', 'It is [believed] that repairs will take a [year].']);
    await click(el, button(el, 'Review answers'));
    expect(focused(el)?.id).to.equal('review-heading');
    await expectAccessible(el);
  });

  it('Try again starts a new attempt with a new seed', async () => {
    await click(el, button(el, 'Submit answers'));
    await click(el, button(el, 'Submit now'));
    await click(el, button(el, 'Try again'));
    expect(textOf($(el, '#question-heading'))).to.equal('Question 1 of 6');
    await click(el, button(el, 'Submit answers'));
    const complete = oneEvent(el, 'quiz-complete');
    await click(el, button(el, 'Submit now'));
    expect((await complete).detail.seed).to.match(/^[0-9a-z]{8}$/);
  });
});

describe('<cite-quiz> feedback modes', () => {
  it('end: no Check button; none: the score only, no review and no answers shown', async () => {
    const end = await quizWith(await fixtureBank(), { feedback: 'end' });
    await click(end, button(end, 'Start'));
    expect($$(end, 'button').map(textOf)).not.to.include('Check answer');
    // A second quiz of the same bank on the page: its own save slot, or it would offer to resume the first's attempt.
    const none = await quizWith(await fixtureBank(), { feedback: 'none', persist: 'none-mode' });
    await click(none, button(none, 'Start'));
    await click(none, button(none, 'Submit answers'));
    await click(none, button(none, 'Submit now'));
    expect(textOf($(none, '.score'))).to.equal('0 of 7 points (0%)');
    expect($(none, '.review')).to.equal(null);
    expect($$(none, 'button').map(textOf)).to.deep.equal(['Try again', 'Practise the 6 you missed', 'Close']);
    await expectAccessible(none);
  });

  it('immediate: per-choice feedback for the picked choice', async () => {
    const bank = await fixtureBank();
    bank.questions = [bank.questions[0]!];
    const el = await quizWith(bank);
    await click(el, button(el, 'Start'));
    await click(el, $$<HTMLInputElement>(el, 'input').find((input) => input.value === 'tue')!);
    await click(el, button(el, 'Check answer'));
    expect(textOf($(el, '.choice-feedback'))).to.equal('Tuesday: The report says Monday.');
    el.submit();
    await el.updateComplete;
    expect(textOf($(el, '.review-item .choice-feedback')), 'and again in the review').to.equal('Tuesday: The report says Monday.');
  });
});

describe('<cite-quiz> show in the report', () => {
  it('opens the source with the quote marked, focus inside, and returns focus on close', async () => {
    const bank = await fixtureBank();
    bank.questions = [bank.questions.find((q) => q.id === 'who')!];
    const el = await quizWith(bank);
    await click(el, button(el, 'Start'));
    await answerByKeyboard(el, bank, 'who');
    await click(el, button(el, 'Check answer'));
    await tabToButton(el, 'Show in the report');
    const opener = focused(el) as HTMLElement;
    await press(el, 'Enter');
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(textOf($(el, 'mark'))).to.equal('The mayor said the bridge was “unsafe”.');
    expect(focused(el)?.tagName).to.equal('MARK');
    expect(textOf($(el, '.reader-text'))).to.equal(textOf({ textContent: bank.source.text } as Element));
    await expectAccessible(el);
    await press(el, 'Escape');
    expect(dialog.open).to.equal(false);
    await waitUntil(() => focused(el) === opener, 'focus returns to the "Show in the report" button');
  });

  it('scrolls a quote far down a long source into view', async () => {
    const bank = await fixtureBank();
    bank.source.text = `${'Filler sentence of the report. '.repeat(400)}${bank.source.text}`;
    bank.questions = [bank.questions.find((q) => q.id === 'unsafe')!];
    const el = await quizWith(bank);
    await click(el, button(el, 'Start'));
    await click(el, $$(el, 'input')[0]!);
    await click(el, button(el, 'Check answer'));
    await click(el, button(el, 'Show in the report'));
    const reader = $(el, '.reader-text')!.getBoundingClientRect();
    const mark = $(el, 'mark')!.getBoundingClientRect();
    expect($(el, '.reader-text')!.scrollTop, 'the source is scrolled').to.be.above(0);
    expect(mark.top >= reader.top && mark.bottom <= reader.bottom, 'the quote is inside the visible part').to.equal(true);
  });

  it('"Read the report" is offered during the quiz only when source is open', async () => {
    const open = await quizWith(await fixtureBank());
    await click(open, button(open, 'Start'));
    await click(open, button(open, 'Read the report'));
    expect($<HTMLDialogElement>(open, 'dialog')!.open).to.equal(true);
    expect(focused(open)?.id).to.equal('reader-close');
    await click(open, button(open, 'Close'));
    await waitUntil(() => textOf(focused(open)) === 'Read the report', 'focus returns to "Read the report"');

    const closed = await quizWith(await fixtureBank(), { source: 'closed', shuffle: 'none', persist: 'closed-source' });
    await click(closed, button(closed, 'Start'));
    expect($$(closed, 'button').map(textOf)).not.to.include('Read the report');
    await click(closed, $$(closed, 'input')[0]!);
    await click(closed, button(closed, 'Check answer'));
    expect(textOf($(closed, '.feedback .verdict'))).to.equal('✓ Correct');
    expect($$(closed, 'button').map(textOf)).not.to.include('Show in the report');
  });
});

describe('<cite-quiz> time limit', () => {
  it('counts down, warns, can be extended and turned off', async () => {
    const el = await quizWith(await fixtureBank(), { 'time-limit': '4' });
    await click(el, button(el, 'Start'));
    expect(textOf($(el, '.timer span'))).to.equal('Time left: 0:04');
    // A limit under 20 seconds warns at once: WCAG 2.2.1 gives at least 20 seconds to react.
    await waitUntil(() => textOf($(el, '[role="status"]')) === '4 seconds left. You can add time or turn the time limit off.', 'warned');
    expect($(el, '.timer--warning')).not.to.equal(null);
    const secondsLeft = () => Number(textOf($(el, '.timer span')).match(/(\d+)$/)![1]);
    const before = secondsLeft();
    await click(el, button(el, 'Add 4 seconds'));
    expect(secondsLeft() - before, 'four seconds added').to.be.within(3, 4);
    await expectAccessible(el);
    await click(el, button(el, 'Turn off the time limit'));
    expect($(el, '.timer')).to.equal(null);
    expect(focused(el)?.id, 'focus is not lost with the button').to.equal('question-heading');
    await waitUntil(() => textOf($(el, '[role="status"]')) === 'The time limit is off.', 'announced');
  });

  it('submits when time runs out and says so', async () => {
    const el = await quizWith(await fixtureBank(), { 'time-limit': '1' });
    const complete = oneEvent(el, 'quiz-complete');
    await click(el, button(el, 'Start'));
    await complete;
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('results-heading');
    await waitUntil(() => textOf($(el, '[role="status"]')) === 'Time is up: your answers were submitted.');
  });
});

describe('<cite-quiz> methods, seeds and order', () => {
  it('start(), submit() and reset() drive the quiz; the same seed gives the same questions', async () => {
    const a = await quizWith(await fixtureBank(), { seed: 'same', count: '3' });
    const b = await quizWith(await fixtureBank(), { seed: 'same', count: '3' });
    a.start();
    await a.updateComplete;
    expect(textOf($(a, '#question-heading'))).to.equal('Question 1 of 3');
    const complete = oneEvent(a, 'quiz-complete') as Promise<QuizCompleteEvent>;
    a.submit();
    const ids = (await complete).detail.responses.map((r) => r.questionId);
    b.start();
    const completeB = oneEvent(b, 'quiz-complete') as Promise<QuizCompleteEvent>;
    b.submit();
    expect((await completeB).detail.responses.map((r) => r.questionId)).to.deep.equal(ids);
    expect(ids).to.deep.equal(planAttempt(mustLoad(await fixtureBank()), { seed: 'same', count: 3 }).questions.map((q) => q.question.id));
    a.reset();
    await a.updateComplete;
    expect(a.result).to.equal(null);
    expect(textOf($(a, '#start-heading'))).to.equal('A small bank with every question type');
  });

  it('shuffle="none" keeps the bank order of questions and choices', async () => {
    const el = await quizWith(await fixtureBank(), { shuffle: 'none' });
    await click(el, button(el, 'Start'));
    expect(textOf($(el, 'legend'))).to.equal('On which day did the council meet?');
    expect($$(el, '.choice').map(textOf)).to.deep.equal(['Monday', 'Tuesday', 'Friday']);
  });

  it('tags filter the questions', async () => {
    const el = await quizWith(await fixtureBank(), { tags: 'timeline outcome' });
    expect(textOf($(el, '.meta li'))).to.equal('3 questions');
  });
});

describe('<cite-quiz> language and direction', () => {
  it('speaks French with lang="fr", complete down to the results', async () => {
    const el = await quizWith(await fixtureBank(), { lang: 'fr', feedback: 'end' });
    expect(textOf(button(el, 'Commencer'))).to.equal('Commencer');
    await click(el, button(el, 'Commencer'));
    expect(textOf($(el, '#question-heading'))).to.equal('Question 1 sur 6');
    await click(el, button(el, 'Envoyer les réponses'));
    await click(el, button(el, 'Envoyer maintenant'));
    expect(textOf($(el, '#results-heading'))).to.equal('Votre résultat');
    expect($(el, '.base')!.getAttribute('lang')).to.equal('fr');
    await expectAccessible(el);
  });

  it('follows the page language when it has none of its own', async () => {
    document.documentElement.lang = 'fr-CA';
    try {
      const el = await quizWith(await fixtureBank());
      expect(textOf($(el, 'button.primary'))).to.equal('Commencer');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('lays out right to left under dir="rtl"', async () => {
    const el = await quizWith(await fixtureBank(), { dir: 'rtl' });
    await click(el, button(el, 'Start'));
    const back = button(el, 'Back').getBoundingClientRect();
    const submit = button(el, 'Submit answers').getBoundingClientRect();
    expect(back.left).to.be.above(submit.left);
    await expectAccessible(el);
  });
});

describe('<cite-quiz> time limit everywhere the learner can be', () => {
  it('keeps the clock and its controls on the confirmation and in the reader, and closes the reader when time runs out', async () => {
    const el = await quizWith(await fixtureBank(), { 'time-limit': '3' });
    await click(el, button(el, 'Start'));
    await click(el, button(el, 'Submit answers'));
    expect(textOf($(el, '.confirm .timer span'))).to.match(/^Time left: 0:0[23]$/);
    await click(el, button(el, 'Keep working'));
    await click(el, button(el, 'Read the report'));
    expect($$(el, 'dialog .timer button').map(textOf)).to.deep.equal(['Add 3 seconds', 'Turn off the time limit']);
    const complete = oneEvent(el, 'quiz-complete');
    await complete;
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
    expect(focused(el)?.id).to.equal('results-heading');
  });

  it('keeps counting after the element is moved; replacing the bank mid-quiz submits nothing', async () => {
    const el = await quizWith(await fixtureBank(), { 'time-limit': '1' });
    await click(el, button(el, 'Start'));
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await oneEvent(el, 'quiz-complete');
    expect(textOf($(el, '#results-heading'))).to.equal('Your result');

    const other = await quizWith(await fixtureBank(), { 'time-limit': '1' });
    await click(other, button(other, 'Start'));
    const completes = recordEvents(other).complete;
    other.bank = await fixtureBank();
    await oneEvent(other, 'quiz-ready');
    await aTimeout(1300);
    expect(completes.length, 'no attempt was submitted for the replaced bank').to.equal(0);
    expect(textOf($(other, '#start-heading'))).to.equal('A small bank with every question type');
    elsewhere.remove();
  });
});

describe('<cite-quiz> robustness', () => {
  it('lets a host start over from inside a quiz-answer handler without an error escaping', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const el = await quizWith(await fixtureBank(), { feedback: 'end' });
      el.addEventListener('quiz-answer', () => el.reset(), { once: true });
      const completes = recordEvents(el).complete;
      el.start();
      el.submit();
      await aTimeout(50);
      expect(errors).to.deep.equal([]);
      expect(completes.length, 'the abandoned attempt does not complete').to.equal(0);
      expect(textOf($(el, '#start-heading'))).to.equal('A small bank with every question type');
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });

  it('shows an empty blank for a blank named like an Object method', async () => {
    const bank = await fixtureBank();
    const cloze = bank.questions.find((q) => q.id === 'repairs')!;
    bank.questions = [{ ...cloze, text: 'It is {{constructor}} that repairs will take a {{toString}}.', blanks: [{ id: 'constructor', accept: ['believed'] }, { id: 'toString', accept: ['year'] }] }];
    const el = await quizWith(bank);
    await click(el, button(el, 'Start'));
    expect($$<HTMLInputElement>(el, 'input.blank').map((input) => input.value)).to.deep.equal(['', '']);
  });

  it('draws the attempt again when count, tags or seed change before Start', async () => {
    const bank = await fixtureBank();
    const el = await quizWith(bank);
    const firstOf = () => {
      el.start();
      return el.updateComplete.then(() => textOf($(el, 'legend')));
    };
    el.count = 2;
    await el.updateComplete;
    expect(textOf($(el, '.meta li'))).to.equal('2 questions');
    el.tags = 'reactions';
    await el.updateComplete;
    expect(textOf($(el, '.meta li'))).to.equal('1 question: only 1 matches the chosen topics', 'count asks for 2');
    expect(await firstOf()).to.equal('Which streets\' groups objected, according to the report?');
    el.reset();
    el.tags = '';
    el.count = undefined;
    for (const seed of ['a', 'b', 'c', 'd']) {
      el.seed = seed;
      await el.updateComplete;
      const expected = planAttempt(mustLoad(bank), { seed }).questions[0]!.question.prompt;
      expect(await firstOf(), `seed ${seed}`).to.equal(expected);
      el.reset();
      await el.updateComplete;
    }
  });

  it('says when no question matches, and recovers when the settings match some again', async () => {
    const el = await quizWith(await fixtureBank());
    el.tags = 'nothing-has-this';
    await el.updateComplete;
    expect(textOf($(el, '[role="alert"] .error-details p'))).to.equal('No question in this bank matches the chosen questions, tags and difficulty.');
    el.start(); // nothing to start: no crash
    await el.updateComplete;
    el.tags = 'timeline';
    await el.updateComplete;
    expect(textOf($(el, '.meta li'))).to.equal('2 questions');

    const none = document.createElement('cite-quiz');
    none.bank = await fixtureBank();
    none.setAttribute('tags', 'nothing-has-this');
    const failed = oneEvent(none, 'quiz-error');
    document.body.append(none);
    expect((await failed).detail).to.deep.equal({ kind: 'invalid', message: 'No question in this bank matches the chosen questions, tags and difficulty.' });
    none.remove();
  });

  it('reports how long the attempt took', async () => {
    const el = await quizWith(await fixtureBank());
    el.start();
    await aTimeout(300);
    const complete = oneEvent(el, 'quiz-complete') as Promise<QuizCompleteEvent>;
    el.submit();
    expect((await complete).detail.durationMs).to.be.within(290, 5000);
  });

  it('does not let a host page change the learner\'s answer through an event', async () => {
    const el = await quizWith(await bankWith('streets'));
    await click(el, button(el, 'Start'));
    await click(el, $$<HTMLInputElement>(el, 'input').find((input) => input.value === 'alder')!);
    el.addEventListener('quiz-answer', (e) => (e.detail.response as string[]).push('elm'), { once: true });
    await click(el, button(el, 'Check answer'));
    const complete = oneEvent(el, 'quiz-complete') as Promise<QuizCompleteEvent>;
    el.submit();
    const { detail } = await complete;
    expect(detail.responses[0]!.response).to.deep.equal(['alder']);
    expect(detail.score).to.equal(0.3333);
  });

  it('marks bank text with the bank\'s language under a French interface', async () => {
    const el = await quizWith(await fixtureBank(), { lang: 'fr', shuffle: 'none' });
    expect($(el, '#start-heading')!.getAttribute('lang')).to.equal('en');
    await click(el, button(el, 'Commencer'));
    expect($(el, 'legend')!.getAttribute('lang')).to.equal('en');
    expect($(el, '.choice span')!.getAttribute('lang')).to.equal('en');
    expect($(el, '.base')!.getAttribute('lang')).to.equal('fr');
  });

  it('moves focus to the outcome after Try again on a failed load', async () => {
    const el = document.createElement('cite-quiz');
    el.src = '/__test__/flaky/retry-focus';
    const failed = oneEvent(el, 'quiz-error');
    document.body.append(el);
    await failed;
    await el.updateComplete;
    const ready = oneEvent(el, 'quiz-ready');
    await tabToButton(el, 'Try again');
    await press(el, 'Enter');
    await ready;
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('start-heading');
    el.remove();
  });
});

describe('<cite-quiz> themes', () => {
  it('is light or dark by the theme attribute, and accessible in both', async () => {
    const background = (el: CiteQuiz) => getComputedStyle($(el, '.base')!).backgroundColor;
    const light = await quizWith(await fixtureBank(), { theme: 'light' });
    const dark = await quizWith(await fixtureBank(), { theme: 'dark' });
    expect([background(light), background(dark)]).to.deep.equal(['rgb(255, 255, 255)', 'rgb(17, 24, 39)']);
    await expectAccessible(dark);
    dark.style.setProperty('--cite-quiz-background', 'rgb(0, 0, 0)');
    expect(background(dark), 'a theme property set by the page wins').to.equal('rgb(0, 0, 0)');
  });
});
