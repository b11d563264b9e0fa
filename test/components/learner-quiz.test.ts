// <cite-quiz> for the learner (issue 13): the navigator and flags, the review's filter, index and
// per-row marks, the three marks of a checked choice, partial credit explained, Enter in a blank,
// what the learner sees after Back and Next, the host page's colour scheme and accent, and
// measured widths at 320 and 375 px.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { CiteQuiz } from '../../src/components/cite-quiz/cite-quiz.js';
import {
  $, $$, bankWith, button, click, expectAccessible, fixtureBank, focused, press, quizWith, recordEvents, tabTo, tabToButton, textOf, type TestBank,
} from './helpers.js';

/** The numbers of a grid of questions (navigator, confirmation, review index) with their names. */
const numbers = (el: CiteQuiz, scope: string) => $$<HTMLButtonElement>(el, `${scope} .numbers button`)
  .map((b) => [textOf(b), b.getAttribute('aria-label')]);

/** Picks the choice with this value in the current question (radio or checkbox). */
async function pick(el: CiteQuiz, value: string): Promise<void> {
  await click(el, $$<HTMLInputElement>(el, 'input').find((input) => input.value === value)!);
}

/** Chooses a right-hand text in the match select of row `row`, as a learner's change would. */
async function choose(el: CiteQuiz, row: number, text: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#match-${row}`)!;
  select.value = text;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function type(el: CiteQuiz, blank: number, text: string): Promise<void> {
  const input = $$<HTMLInputElement>(el, 'input.blank')[blank]!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** Presses "Flag for review" (it comes with the after chunk, fetched while the start screen shows). */
async function flag(el: CiteQuiz): Promise<void> {
  await waitUntil(() => $(el, 'button.flag'), 'the flag button arrives with the after chunk');
  await click(el, $<HTMLButtonElement>(el, 'button.flag')!);
}

const orderShown = (el: CiteQuiz) => $$(el, '.order-text').map(textOf);

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
  document.documentElement.style.removeProperty('color-scheme');
  await setViewport({ width: 800, height: 600 });
});

describe('<cite-quiz> navigator and flags', () => {
  it('flags a question and jumps to another through the navigator, by keyboard alone', async () => {
    const bank = await fixtureBank();
    const el = await quizWith(bank, { shuffle: 'none', feedback: 'end' });
    await click(el, button(el, 'Start'));
    await pick(el, 'mon');
    await click(el, button(el, 'Next'));

    await waitUntil(() => $(el, 'button.flag'), 'the flag button arrives with the after chunk');
    const flagButton = await tabToButton(el, '⚐ Flag for review');
    expect(flagButton.getAttribute('aria-pressed')).to.equal('false');
    await press(el, 'Space');
    expect(focused(el)?.getAttribute('aria-pressed'), 'the same button, now pressed').to.equal('true');
    expect(textOf(focused(el))).to.equal('⚑ Flag for review');

    await tabToButton(el, 'Questions');
    expect(focused(el)?.getAttribute('aria-expanded')).to.equal('false');
    await press(el, 'Enter');
    expect(focused(el)?.getAttribute('aria-current'), 'focus on the current question\'s number').to.equal('step');
    expect(numbers(el, '#navigator')).to.deep.equal([
      ['1✓', 'Question 1: answered'],
      ['2⚑', 'Question 2: current, not answered, flagged'],
      ['3', 'Question 3: not answered'],
      ['4', 'Question 4: not answered'],
      ['5', 'Question 5: not answered'],
      ['6', 'Question 6: not answered'],
    ]);
    // Told apart by more than colour: a mark, and the border's style.
    const style = (n: number) => getComputedStyle($$(el, '#navigator .numbers button')[n - 1]!);
    expect([style(1).borderStyle, style(3).borderStyle]).to.deep.equal(['solid', 'dashed']);
    expect($(el, '#navigator-toggle')!.getAttribute('aria-expanded')).to.equal('true');
    await expectAccessible(el);

    // One Tab stop; arrows, Home and End move within the grid.
    await press(el, 'ArrowRight');
    expect(textOf(focused(el))).to.equal('3');
    await press(el, 'End');
    expect(textOf(focused(el))).to.equal('6');
    await press(el, 'Home');
    expect(textOf(focused(el))).to.equal('1✓');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(textOf(focused(el))).to.equal('5');
    await press(el, 'Enter');
    expect(textOf($(el, '#question-heading'))).to.equal('Question 5 of 6');
    expect(focused(el)?.id).to.equal('question-heading');
    expect($(el, '#navigator'), 'closed after the jump').to.equal(null);

    // Escape closes it back onto its button.
    await click(el, button(el, 'Questions'));
    await press(el, 'Escape');
    expect($(el, '#navigator')).to.equal(null);
    expect(focused(el)?.id).to.equal('navigator-toggle');
  });

  it('the confirmation puts its actions first, then the unanswered and the flagged questions', async () => {
    const el = await quizWith(await fixtureBank(), { shuffle: 'none', feedback: 'end' });
    await click(el, button(el, 'Start'));
    await pick(el, 'mon');
    await flag(el);
    await click(el, button(el, 'Next'));
    await flag(el);
    await click(el, button(el, 'Submit answers'));
    expect($$(el, '.confirm .numbers-label').map(textOf)).to.deep.equal(['5 questions are not answered yet:', '2 questions are flagged for review:']);
    expect(numbers(el, '.confirm').slice(5)).to.deep.equal([['1✓⚑', 'Question 1: answered, flagged'], ['2⚑', 'Question 2: not answered, flagged']]);
    const submit = button(el, 'Submit now');
    expect(submit.compareDocumentPosition($(el, '.confirm .numbers')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'Submit now comes first').to.not.equal(0);
    await expectAccessible(el);
    await click(el, $$(el, '.confirm .numbers button')[6]!);
    expect(textOf($(el, '#question-heading'))).to.equal('Question 2 of 6');
  });

  it('at 375 px, "Submit now" is on the first screen of a confirmation listing 64 unanswered questions', async () => {
    await setViewport({ width: 375, height: 667 });
    const bank = await bankWith('day');
    bank.questions = Array.from({ length: 64 }, (_, i) => ({ ...bank.questions[0]!, id: `q${i}` }));
    const el = await quizWith(bank, { feedback: 'end' });
    await click(el, button(el, 'Start'));
    await click(el, button(el, 'Submit answers'));
    const top = button(el, 'Submit now').getBoundingClientRect().top - el.getBoundingClientRect().top;
    expect(top).to.be.below(200);
    const list = $(el, '.confirm .numbers')!.getBoundingClientRect();
    expect(list.height, 'the 64 numbers take a few rows, not 32').to.be.below(12 * 48);
  });
});

describe('<cite-quiz> checked choices and partial credit', () => {
  it('marks each option: picked and right, picked and wrong, right but missed; a multiple question says to select all', async () => {
    const bank = await bankWith('streets');
    const el = await quizWith(bank, { shuffle: 'none' });
    await click(el, button(el, 'Start'));
    expect(textOf($(el, '.select-all'))).to.equal('Select all that apply.');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('select-all');
    await pick(el, 'alder');
    await pick(el, 'birch');
    await pick(el, 'elm');
    await click(el, button(el, 'Check answer'));
    expect($$(el, '.choice').map(textOf)).to.deep.equal([
      'Alder ✓ You picked it, correct',
      'Birch ✓ You picked it, correct',
      'Cedar ○ Correct, you missed it',
      'Elm ✗ You picked it, wrong',
    ]);
    expect(textOf($(el, '.credit'))).to.equal('2 right, 1 wrong of 3: 0.33 points');
    await expectAccessible(el);
  });

  it('a single-answer question has no "select all" line', async () => {
    const el = await quizWith(await bankWith('day'));
    await click(el, button(el, 'Start'));
    expect($(el, '.select-all')).to.equal(null);
  });
});

describe('<cite-quiz> a review you can read', () => {
  /** Answers day right, streets partly, who half right, sequence with one item moved, the rest not; flags day. */
  async function reviewed(): Promise<{ el: CiteQuiz; bank: TestBank }> {
    const bank = await fixtureBank();
    const el = await quizWith(bank, { shuffle: 'none', feedback: 'end' });
    await click(el, button(el, 'Start'));
    await pick(el, 'mon');
    await flag(el);
    await click(el, button(el, 'Next'));
    await pick(el, 'alder');
    await click(el, button(el, 'Next'));
    await click(el, button(el, 'Next'));
    await choose(el, 0, 'called the bridge unsafe');
    await choose(el, 1, 'approved the repairs');
    await click(el, button(el, 'Next'));
    // Bring the order to: The mayor spoke, Repairs estimated, Groups objected, The council met (the first item moved to the end).
    for (const [i, text] of ['The mayor spoke', 'Repairs estimated', 'Groups objected', 'The council met'].entries()) {
      while (orderShown(el).indexOf(text) > i) await click(el, $$(el, '.order-item')[orderShown(el).indexOf(text)]!.querySelector<HTMLElement>('[data-move="up"]')!);
    }
    await click(el, button(el, 'Submit answers'));
    await click(el, button(el, 'Submit now'));
    return { el, bank };
  }

  it('filters by outcome and flag, with counts, by keyboard; an index opens and focuses a question', async () => {
    const { el } = await reviewed();
    const filters = $$(el, '.review-filter label').map(textOf);
    expect(filters).to.deep.equal(['All (6)', 'Wrong (2)', 'Partly right (3)', 'Flagged (1)']);
    const shown = () => $$(el, '.review-item').filter((item) => !item.hidden).map((item) => textOf(item.querySelector('summary strong')));
    expect(shown()).to.have.length(6);
    // Wrong and partly right start open, right ones closed.
    expect($$<HTMLDetailsElement>(el, '.review-item details').map((d) => d.open)).to.deep.equal([false, true, true, true, true, true]);
    expect(textOf($(el, '.review-item summary'))).to.equal('✓ Question 1: Correct · ⚑ flagged On which day did the council meet?');

    await tabTo(el, (f) => f instanceof HTMLInputElement && f.name === 'review-filter');
    await press(el, 'ArrowRight');
    expect(shown()).to.deep.equal(['Question 3', 'Question 6']);
    expect(numbers(el, '.review-index')).to.deep.equal([['3✗', 'Question 3: Wrong'], ['6✗', 'Question 6: Wrong']]);
    await press(el, 'ArrowRight');
    expect(shown()).to.deep.equal(['Question 2', 'Question 4', 'Question 5']);
    await press(el, 'ArrowRight');
    expect(shown()).to.deep.equal(['Question 1']);
    await expectAccessible(el);

    await press(el, 'Tab');
    expect(textOf(focused(el))).to.equal('1✓⚑');
    await press(el, 'Enter');
    expect($<HTMLDetailsElement>(el, '#review-0')!.open).to.equal(true);
    expect(focused(el)).to.equal($(el, '#review-0 summary'));
    await expectAccessible(el);
  });

  it('match and order answers: one row per item, ✓ or ✗, the correct one beside a wrong one; how partial credit was computed', async () => {
    const { el } = await reviewed();
    const item = (n: number) => $(el, `#review-${n - 1}`)!;
    const rows = (n: number) => [...item(n).querySelectorAll('.rows li')].map(textOf);
    expect(rows(4)).to.deep.equal([
      '✓ right: The mayor: called the bridge unsafe',
      '✗ wrong: Residents\' groups: approved the repairs (correct: objected)',
    ]);
    expect(textOf(item(4).querySelector('.credit'))).to.equal('1 of 2 pairs right: 0.5 points');
    expect(rows(5)).to.deep.equal([
      '✓ right: 1. The mayor spoke',
      '✓ right: 2. Repairs estimated',
      '✓ right: 3. Groups objected',
      '✗ wrong: 4. The council met (belongs at position 1)',
    ]);
    expect(textOf(item(5).querySelector('.credit'))).to.equal('1 of 4 items out of place: 1.33 points');
    expect(rows(2)).to.deep.equal(['Alder ✓ You picked it, correct', 'Birch ○ Correct, you missed it', 'Cedar ○ Correct, you missed it', 'Elm']);
    expect(textOf(item(2).querySelector('.credit'))).to.equal('1 right, 0 wrong of 3: 0.33 points');
  });
});

describe('<cite-quiz> Enter in a blank', () => {
  it('checks the answer when Check is the primary button', async () => {
    const el = await quizWith(await bankWith('repairs', 'day'), { shuffle: 'none' });
    const answers = recordEvents(el).answer;
    await click(el, button(el, 'Start'));
    await tabTo(el, (f) => f.classList.contains('blank'));
    await sendKeys({ type: 'believed' });
    await press(el, 'Enter');
    expect(answers.map((e) => [e.detail.questionId, e.detail.score])).to.deep.equal([['repairs', 0.5]]);
    expect(textOf($(el, '.verdict'))).to.equal('◐ Partly correct: 0.5 of 1 point');
    expect(textOf($(el, '#question-heading')), 'still on the question').to.equal('Question 1 of 2');
  });

  it('goes to the next question when there is no Check, and to the confirmation from the last', async () => {
    const el = await quizWith(await bankWith('repairs', 'day'), { feedback: 'end', shuffle: 'none' });
    await click(el, button(el, 'Start'));
    await tabTo(el, (f) => f.classList.contains('blank'));
    await sendKeys({ type: 'believed' });
    await press(el, 'Enter');
    expect(textOf($(el, '#question-heading'))).to.equal('Question 2 of 2');
    expect(focused(el)?.id).to.equal('question-heading');

    const last = await quizWith(await bankWith('day', 'repairs'), { feedback: 'end', shuffle: 'none' });
    await click(last, button(last, 'Start'));
    await click(last, button(last, 'Next'));
    await tabTo(last, (f) => f.classList.contains('blank'));
    await press(last, 'Enter');
    expect(focused(last)?.id).to.equal('confirm-heading');
  });
});

describe('<cite-quiz> Back and Next show each question\'s own answer', () => {
  /** Two questions of one type, answered differently: `answer(n)` gives question n its answer, `seen()` reads the screen. */
  const cases: { id: string; answer: (el: CiteQuiz, n: 0 | 1) => Promise<void>; seen: (el: CiteQuiz) => unknown }[] = [
    { id: 'day', answer: (el, n) => pick(el, ['tue', 'fri'][n]!), seen: (el) => $$<HTMLInputElement>(el, 'input').filter((i) => i.checked).map((i) => i.value) },
    { id: 'streets', answer: (el, n) => pick(el, ['alder', 'elm'][n]!), seen: (el) => $$<HTMLInputElement>(el, 'input').filter((i) => i.checked).map((i) => i.value) },
    { id: 'unsafe', answer: (el, n) => pick(el, ['true', 'false'][n]!), seen: (el) => $$<HTMLInputElement>(el, 'input').filter((i) => i.checked).map((i) => i.value) },
    {
      id: 'who',
      answer: async (el, n) => {
        await choose(el, 0, ['objected', 'approved the repairs'][n]!);
        if (n === 1) await choose(el, 1, 'called the bridge unsafe');
      },
      seen: (el) => $$<HTMLSelectElement>(el, 'select').map((s) => s.value),
    },
    {
      id: 'sequence',
      answer: (el, n) => click(el, $$(el, '.order-item')[n === 0 ? 1 : 3]!.querySelector<HTMLElement>('[data-move="up"]')!),
      seen: orderShown,
    },
    { id: 'repairs', answer: (el, n) => type(el, n, ['first', 'second'][n]!), seen: (el) => $$<HTMLInputElement>(el, 'input.blank').map((i) => i.value) },
  ];

  for (const { id, answer, seen } of cases) {
    it(`${id}: two in a row answered differently keep their own answers`, async () => {
      const bank = await bankWith(id);
      bank.questions.push({ ...bank.questions[0]!, id: `${id}-2` });
      const el = await quizWith(bank, { shuffle: 'none', feedback: 'end' });
      await click(el, button(el, 'Start'));
      await answer(el, 0);
      const first = seen(el);
      await click(el, button(el, 'Next'));
      await answer(el, 1);
      const second = seen(el);
      expect(second, 'the two answers differ').to.not.deep.equal(first);
      await click(el, button(el, 'Back'));
      expect(seen(el), 'back on the first').to.deep.equal(first);
      await click(el, button(el, 'Next'));
      expect(seen(el), 'the second again').to.deep.equal(second);
    });
  }
});

describe('<cite-quiz> small things on screen', () => {
  it('numbers order items and names each button with its position', async () => {
    const el = await quizWith(await bankWith('sequence'));
    await click(el, button(el, 'Start'));
    expect($$(el, '.order-number').map(textOf)).to.deep.equal(['1.', '2.', '3.', '4.']);
    const second = $$(el, '.order-item')[1]!;
    const text = textOf(second.querySelector('.order-text'));
    expect(second.querySelector('[data-move="up"]')!.getAttribute('aria-label')).to.equal(`Move up: ${text} (position 2 of 4)`);
    expect(second.querySelector('[data-move="down"]')!.getAttribute('aria-label')).to.equal(`Move down: ${text} (position 2 of 4)`);
  });

  it('the hint keeps its disclosure triangle', async () => {
    const bank = await bankWith('day');
    bank.questions[0]!.hint = 'Look at the first sentence.';
    const el = await quizWith(bank);
    await click(el, button(el, 'Start'));
    expect(getComputedStyle($(el, '.hint summary')!).display).to.equal('list-item');
    expect($(el, '.hint summary')!.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('repeats a long match choice in full where the select cuts it, at 375 px', async () => {
    await setViewport({ width: 375, height: 667 });
    const bank = await bankWith('who');
    const long = 'objected, in a long letter to the council signed by every residents\' group of the city';
    bank.questions[0]!.pairs[1].right = long;
    const el = await quizWith(bank);
    await click(el, button(el, 'Start'));
    await choose(el, 1, long);
    const echo = $(el, '.match-row:nth-of-type(2) .match-chosen')!;
    expect(textOf(echo)).to.equal(long);
    expect(echo.getBoundingClientRect().width, 'shown').to.be.above(0);
    expect(echo.getAttribute('aria-hidden')).to.equal('true');
  });

  for (const width of [320, 1280]) {
    it(`the reader's Close button is one line at ${width} px, beside a long title`, async () => {
      await setViewport({ width, height: 700 });
      const bank = await bankWith('day');
      bank.source.title = 'The United States accuses North Korea of selling weapons and ammunition to Russia for its war in Ukraine';
      const el = await quizWith(bank);
      await click(el, button(el, 'Start'));
      await click(el, button(el, 'Read the report'));
      const close = button(el, 'Close');
      const range = document.createRange();
      range.selectNodeContents(close);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      expect(lines.size, 'one line of text').to.equal(1);
      expect(close.scrollWidth).to.be.at.most(close.clientWidth);
      await expectAccessible(el);
    });
  }

  // 343 px: the width the demo page gives the quiz on a 375 px screen.
  it('at 375 px the timer and its two buttons take one row under the heading and "Read the report", in a quiz of 72 questions', async () => {
    await setViewport({ width: 375, height: 667 });
    const bank = await bankWith('day');
    bank.questions = Array.from({ length: 72 }, (_, i) => ({ ...bank.questions[0]!, id: `q${i}` }));
    const el = await quizWith(bank, { 'time-limit': '900' });
    el.style.width = '343px';
    await click(el, button(el, 'Start'));
    await click(el, button(el, 'Next'));
    expect(textOf($(el, '#question-heading'))).to.equal('Question 2 of 72');
    const top = (node: Element) => Math.round(node.getBoundingClientRect().top);
    const report = button(el, 'Read the report');
    expect(top(report), '"Read the report" beside the heading').to.be.below(top($(el, '#question-heading')!) + 16);
    const timer = [$(el, '.header .timer span')!, ...$$(el, '.header .timer button')];
    const middle = (node: Element) => Math.round((node.getBoundingClientRect().top + node.getBoundingClientRect().bottom) / 2);
    const untimed = await quizWith(bank, { persist: 'off' });
    untimed.style.width = '343px';
    await click(untimed, button(untimed, 'Start'));
    await click(untimed, button(untimed, 'Next'));
    expect(middle(button(untimed, 'Read the report')), 'beside the heading without a clock too').to.equal(middle($(untimed, '#question-heading')!));
    expect(new Set(timer.map(middle)).size, `one row: ${timer.map(middle)}`).to.equal(1);
    expect(top(timer[0]!), 'under the heading').to.be.above(top($(el, '#question-heading')!) + 16);
    await expectAccessible(el);
  });
});

/** An rgb() of a computed colour, whatever its syntax, by painting it. */
function rgb(color: string): [number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d')!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = rgb(color).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('<cite-quiz> the host page\'s colours', () => {
  const background = (el: CiteQuiz) => rgb(getComputedStyle($(el, '.base')!).backgroundColor);

  it('stays light on a page that declares no dark support, even when the system is dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await quizWith(await fixtureBank());
    expect(background(el)).to.deep.equal([255, 255, 255]);
    await expectAccessible(el);
  });

  it('goes dark with a dark system when the page declares `color-scheme: light dark`, or theme="auto" asks', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.setProperty('color-scheme', 'light dark');
    const following = await quizWith(await fixtureBank());
    expect(background(following)).to.deep.equal([17, 24, 39]);
    document.documentElement.style.removeProperty('color-scheme');
    const auto = await quizWith(await fixtureBank(), { theme: 'auto' });
    expect(background(auto)).to.deep.equal([17, 24, 39]);
    const light = await quizWith(await fixtureBank(), { theme: 'light' });
    expect(background(light)).to.deep.equal([255, 255, 255]);
    await expectAccessible(auto);
  });

  it('keeps the text on accent buttons at 4.5:1 or more for any accent a site sets, in both schemes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const accent of ['#1d4ed8', '#93c5fd', '#ffcc00', '#777777', '#e11d48', '#16a34a', '#000000', '#ffffff', 'light-dark(#1d4ed8, #93c5fd)']) {
        const el = await quizWith(await fixtureBank(), { theme: scheme });
        el.style.setProperty('--cite-quiz-accent', accent);
        const start = button(el, 'Start');
        const style = getComputedStyle(start);
        expect(contrast(style.color, style.backgroundColor), `${accent} in ${scheme}`).to.be.at.least(4.5);
      }
    }
  });
});

describe('<cite-quiz> the learner-facing error', () => {
  it('an invalid bank says the quiz could not be loaded, to tell the teacher, with the problems folded, and is accessible open', async () => {
    const bank = await fixtureBank();
    bank.questions[0]!.answer = 'nope';
    const el = document.createElement('cite-quiz');
    el.bank = bank;
    const failed = oneEvent(el, 'quiz-error');
    document.body.append(el);
    await failed;
    await el.updateComplete;
    expect(textOf($(el, '#error-heading'))).to.equal('This quiz could not be loaded');
    expect(textOf($(el, '.error h2 + p'))).to.equal('Trying again will not help: please tell whoever runs this course (your teacher), with the details below.');
    const details = $<HTMLDetailsElement>(el, '.error details')!;
    await tabTo(el, (f) => f.tagName === 'SUMMARY');
    await press(el, 'Enter');
    expect(details.open).to.equal(true);
    expect(textOf(details.querySelector('.issues li'))).to.include('"nope"');
    await expectAccessible(el);
    el.remove();
  });
});

describe('<cite-quiz> the source link', () => {
  it('shows where the link goes beside its title: the host of a web link, the address of a mail link', async () => {
    const bank = await fixtureBank();
    bank.source.title = 'The official example.org report';
    bank.source.url = 'https://reports.other.example:8443/copy?of=example.org';
    const el = await quizWith(bank);
    expect(textOf($(el, '.facts dd'))).to.equal('The official example.org report (reports.other.example:8443)');
    bank.source.url = 'mailto:editor@example.org';
    const mail = await quizWith({ ...bank });
    expect(textOf($(mail, '.link-host'))).to.equal('(editor@example.org)');
  });
});
