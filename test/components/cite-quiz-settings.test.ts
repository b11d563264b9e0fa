// <cite-quiz> settings a teacher relies on: every attribute read by parseSettings (the silent
// failures of issue #10 now parse or warn), questions and difficulty, source="closed",
// extend="none", attempts across a reload, and the start screen saying when fewer questions match.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CiteQuiz } from '../../src/components/cite-quiz/cite-quiz.js';
import type { QuizCompleteEvent } from '../../src/events.js';
import { $, $$, button, click, expectAccessible, fixtureBank, focused, quizWith, textOf } from './helpers.js';

/** console.warn calls made while `run` runs. */
async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const said: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void said.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return said;
}

/** The ids of the questions asked, in order (submits the attempt). */
async function askedIds(el: CiteQuiz): Promise<string[]> {
  el.start();
  await el.updateComplete;
  const complete = oneEvent(el, 'quiz-complete') as Promise<QuizCompleteEvent>;
  el.submit();
  return (await complete).detail.responses.map((r) => r.questionId);
}

const meta = (el: CiteQuiz) => $$(el, '.meta li').map(textOf);

describe('<cite-quiz> settings that used to fail silently', () => {
  it('reads pass-mark="80%" as 80', async () => {
    const el = await quizWith(await fixtureBank(), { 'pass-mark': '80%' });
    expect(meta(el)).to.include('Pass mark: 80%');
    el.start();
    el.submit();
    await el.updateComplete;
    expect(el.result!.passMark).to.equal(0.8);
    expect(el.warnings).to.deep.equal([]);
  });

  it('reads time-limit="15:00" as fifteen minutes', async () => {
    const el = await quizWith(await fixtureBank(), { 'time-limit': '15:00' });
    expect(meta(el)).to.include('Time limit: 15 minutes');
    await click(el, button(el, 'Start'));
    await waitUntil(() => $(el, '.timer span'), 'the clock shows');
    expect(textOf($(el, '.timer span'))).to.equal('Time left: 15:00');
  });

  it('reads feedback="End" as end: no Check button', async () => {
    const el = await quizWith(await fixtureBank(), { feedback: 'End' });
    await click(el, button(el, 'Start'));
    expect($$(el, 'button').map(textOf)).not.to.include('Check answer');
  });

  it('keeps every tag of tags="timeline, outcome"', async () => {
    const el = await quizWith(await fixtureBank(), { tags: 'timeline, outcome', shuffle: 'none' });
    expect(await askedIds(el)).to.deep.equal(['day', 'sequence', 'repairs']);
  });

  it('says on the start screen, and in a warning, when count asks for more than match', async () => {
    const said = await warningsDuring(async () => {
      const el = await quizWith(await fixtureBank(), { count: '10' });
      expect(meta(el)[0]).to.equal('6 questions: the bank has only 6');
      const topics = await quizWith(await fixtureBank(), { count: '10', tags: 'timeline outcome' });
      expect(meta(topics)[0]).to.equal('3 questions: only 3 match the chosen topics');
      expect(topics.warnings.map((w) => w.message)).to.deep.equal(['count="10" asks for more than the 3 questions that match; using 3']);
      await expectAccessible(topics);
    });
    expect(said).to.include('citequiz: count="10" asks for more than the 3 questions that match; using 3');
  });

  it('warns once per value it cannot understand, naming the attribute, the value and what is used instead', async () => {
    let el!: CiteQuiz;
    const said = await warningsDuring(async () => {
      el = await quizWith(await fixtureBank(), { 'pass-mark': 'eighty', feedback: 'at the end', 'time-limit': '15 min', theme: 'blue' });
      el.requestUpdate();
      await el.updateComplete;
    });
    const expected = [
      'feedback="at the end" is not one of immediate, end, none; using immediate',
      'pass-mark="eighty" is not a percent (write 80 or 80%); using 60',
      'time-limit="15 min" is not seconds, mm:ss or h:mm:ss (900 or 15:00); using no time limit',
      'theme="blue" is not one of auto, light, dark; using auto',
    ];
    expect(said).to.deep.equal(expected.map((m) => `citequiz: ${m}`));
    expect(el.warnings.map((w) => w.message)).to.deep.equal(expected);
    expect(el.warnings[1]).to.deep.equal({ attribute: 'pass-mark', value: 'eighty', used: '60', message: expected[1] });
    expect(meta(el)).to.deep.equal(['6 questions', 'Pass mark: 60%']);
  });

  it('names question ids the bank does not have, and asks the others', async () => {
    const said = await warningsDuring(async () => {
      const el = await quizWith(await fixtureBank(), { questions: 'who ghost day', shuffle: 'none' });
      expect(await askedIds(el)).to.deep.equal(['who', 'day']);
    });
    expect(said).to.deep.equal(['citequiz: questions="who ghost day" names ghost, not in the bank; using who day']);
  });
});

describe('<cite-quiz> questions and difficulty', () => {
  it('asks exactly the listed questions, in their order when not shuffled', async () => {
    const el = await quizWith(await fixtureBank(), { questions: 'repairs, day who', shuffle: 'none' });
    expect(await askedIds(el)).to.deep.equal(['repairs', 'day', 'who']);
    const shuffled = await quizWith(await fixtureBank(), { questions: 'repairs day who', seed: 'x' });
    expect((await askedIds(shuffled)).sort()).to.deep.equal(['day', 'repairs', 'who']);
  });

  it('asks exactly the questions of the chosen difficulties', async () => {
    const el = await quizWith(await fixtureBank(), { difficulty: '2 3', shuffle: 'none' });
    expect(await askedIds(el)).to.deep.equal(['streets', 'who', 'sequence', 'repairs']);
  });

  it('draws again when questions or difficulty change before Start', async () => {
    const el = await quizWith(await fixtureBank(), { shuffle: 'none' });
    el.difficulty = '1';
    await el.updateComplete;
    expect(meta(el)[0]).to.equal('2 questions');
    el.questions = 'day';
    await el.updateComplete;
    expect(await askedIds(el)).to.deep.equal(['day']);
  });
});

describe('<cite-quiz source="closed">', () => {
  it('hides every way to the source until the results, the start screen\'s link included', async () => {
    const el = await quizWith(await fixtureBank(), { source: 'closed', questions: 'day' });
    expect(textOf($(el, '.facts dd'))).to.equal('A short report');
    expect($(el, '.facts a') === null, 'no link to the source').to.equal(true);
    await click(el, button(el, 'Start'));
    expect($$(el, 'button').map(textOf)).not.to.include('Read the report');
    $<HTMLInputElement>(el, 'input[value="mon"]')!.click();
    await el.updateComplete;
    await click(el, button(el, 'Check answer'));
    await waitUntil(() => $(el, '.feedback'), 'the feedback shows');
    expect(textOf($(el, '.feedback'))).to.contain('On Monday the council met.');
    expect($$(el, 'button').map(textOf)).not.to.include('Show in the report');
    el.submit();
    await waitUntil(() => $(el, '#results-heading'));
    await el.updateComplete;
    expect($$(el, 'button').map(textOf)).to.include('Show in the report');
  });
});

describe('<cite-quiz extend="none">', () => {
  it('shows no Add time or Turn off, and still warns before the end', async () => {
    const el = await quizWith(await fixtureBank(), { 'time-limit': '4', extend: 'none' });
    await click(el, button(el, 'Start'));
    await waitUntil(() => $(el, '.timer span'), 'the clock shows');
    expect(textOf($(el, '.timer span'))).to.equal('Time left: 0:04');
    expect($$(el, '.timer button').map(textOf)).to.deep.equal([]);
    await waitUntil(() => textOf($(el, '[role="status"]')) === '4 seconds left.', 'warned, without offering controls');
    expect($(el, '.timer--warning') !== null, 'the clock shows the warning').to.equal(true);
    await expectAccessible(el);
    const complete = oneEvent(el, 'quiz-complete');
    await complete;
  });

  it('keeps the controls by default (extend="allowed")', async () => {
    const el = await quizWith(await fixtureBank(), { 'time-limit': '600' });
    await click(el, button(el, 'Start'));
    await waitUntil(() => $(el, '.timer span'));
    expect($$(el, '.header .timer button').map(textOf)).to.deep.equal(['Add 10 minutes', 'Turn off the time limit']);
  });
});

describe('<cite-quiz attempts>', () => {
  const persist = `attempts-test-${Math.random()}`;
  const key = (bankId: string) => `citequiz/attempts:${JSON.stringify([bankId, location.pathname, persist])}`;
  afterEach(() => localStorage.removeItem(key('fixture-bank')));

  async function page(): Promise<CiteQuiz> {
    return quizWith(await fixtureBank(), { attempts: '3', persist, count: '1' });
  }

  it('says which attempt this is, the last one too, and blocks a fourth after a reload', async () => {
    let el = await page();
    await waitUntil(() => meta(el).includes('Attempt 1 of 3'), 'the first attempt is named');
    await expectAccessible(el);
    await click(el, button(el, 'Start'));
    el.submit();
    await waitUntil(() => $(el, '#results-heading'));
    await el.updateComplete;
    // Try again is the second attempt.
    await click(el, button(el, 'Try again'));
    expect(focused(el)?.id).to.equal('question-heading');
    el.submit();
    await waitUntil(() => $(el, '#results-heading'));
    // A reload: a new element on the page, reading the stored count.
    el.remove();
    el = await page();
    await waitUntil(() => meta(el).includes('Attempt 3 of 3 (your last)'), 'the last attempt says so');
    await click(el, button(el, 'Start'));
    el.submit();
    await waitUntil(() => $(el, '#results-heading'));
    await el.updateComplete;
    expect($$(el, 'button').map(textOf), 'no Try again after the last attempt').not.to.include('Try again');
    el.remove();
    el = await page();
    await waitUntil(() => meta(el).includes('You have used all 3 attempts at this quiz.'), 'the fourth is refused');
    expect($$(el, 'button').map(textOf)).not.to.include('Start');
    el.start();
    await el.updateComplete;
    expect($(el, '#question-heading') === null, 'start() does not start either').to.equal(true);
    expect(focused(el)?.id).to.equal('start-heading');
    await expectAccessible(el);
  });

  it('counts attempts per persist key: another quiz on the page has its own', async () => {
    const el = await page();
    await waitUntil(() => meta(el).includes('Attempt 1 of 3'));
    await click(el, button(el, 'Start'));
    const other = await quizWith(await fixtureBank(), { attempts: '3', persist: `${persist}-other`, count: '1' });
    await waitUntil(() => meta(other).includes('Attempt 1 of 3'));
    localStorage.removeItem(`citequiz/attempts:${JSON.stringify(['fixture-bank', location.pathname, `${persist}-other`])}`);
  });
});

describe('<cite-quiz> settings in French', () => {
  it('says the attempt and a short selection in French', async () => {
    const persist = `fr-${Math.random()}`;
    const el = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    const quiz = document.createElement('cite-quiz');
    for (const [name, value] of Object.entries({ seed: 'x', attempts: '2', persist, count: '9', tags: 'timeline' })) quiz.setAttribute(name, value);
    quiz.bank = await fixtureBank();
    el.append(quiz);
    await waitUntil(() => meta(quiz).length === 3 && meta(quiz)[2] === 'Tentative 1 sur 2', 'the French start screen', { timeout: 5000 });
    expect(meta(quiz)[0]).to.equal('2 questions : seulement 2 correspondent aux critères choisis (thèmes)');
    localStorage.removeItem(`citequiz/attempts:${JSON.stringify(['fixture-bank', location.pathname, persist])}`);
  });
});
