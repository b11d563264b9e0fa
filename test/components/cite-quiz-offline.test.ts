// <cite-quiz> when its after chunk cannot be fetched (the learner went offline after the page
// loaded): the start screen and questions still work, and where an after screen would be the
// quiz says why it is missing instead of waiting for ever. The test server answers 503 for the
// chunk (test/server-routes.mjs), with the browser cache off so no earlier file's copy is used.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CiteQuiz } from '../../src/components/cite-quiz/cite-quiz.js';
import { storageKey } from '../../src/engine/index.js';
import { $, bankWith, button, click, expectAccessible, focused, quizWith, textOf, gateChunk } from './helpers.js';

const AFTER_CHUNK = '/src/components/cite-quiz/after.';
const UNAVAILABLE = 'This part of the quiz could not be loaded: you may be offline. Reload the page to try again.';

describe('<cite-quiz> when the after chunk cannot be loaded', () => {
  gateChunk(AFTER_CHUNK, 'fail');

  it('still shows the questions, and says why the feedback is missing, with focus on it', async () => {
    const el = await quizWith(await bankWith('day', 'unsafe'), { shuffle: 'none' });
    await click(el, button(el, 'Start'));
    expect(textOf($(el, '#question-heading'))).to.equal('Question 1 of 2');
    await click(el, $<HTMLInputElement>(el, 'input[value="mon"]')!);
    await click(el, button(el, 'Check answer'));
    await waitUntil(() => $(el, '[role="alert"]'), 'the missing part is explained');
    expect(textOf($(el, '[role="alert"]'))).to.equal(UNAVAILABLE);
    expect(focused(el)?.id).to.equal('loading');
    await click(el, button(el, 'Next'));
    expect(textOf($(el, '#question-heading')), 'the other questions still work').to.equal('Question 2 of 2');
    await expectAccessible(el);
  });

  it('submit() says the answers cannot be scored (quiz-error) and leaves the attempt as it is', async () => {
    const el = await quizWith(await bankWith('day', 'unsafe'), { shuffle: 'none' });
    await click(el, button(el, 'Start'));
    await click(el, $<HTMLInputElement>(el, 'input[value="mon"]')!);
    await click(el, button(el, 'Check answer'));
    await waitUntil(() => $(el, '[role="alert"]'), 'the chunk is known to be missing');
    let completed = false;
    el.addEventListener('quiz-complete', () => (completed = true));
    const failed = oneEvent(el, 'quiz-error');
    el.submit();
    expect((await failed).detail).to.deep.equal({ kind: 'network', message: UNAVAILABLE });
    await el.updateComplete;
    expect(completed).to.equal(false);
    expect(textOf($(el, '#question-heading')), 'still on the question').to.equal('Question 1 of 2');
  });

  it('with progress stored (which that chunk reads), the start screen still offers Start: the quiz always starts', async () => {
    localStorage.setItem(storageKey({ bankId: 'fixture-bank', path: location.pathname, persist: '' })!, '{"v":1}');
    const el = await quizWith(await bankWith('day', 'unsafe'), { shuffle: 'none' });
    await waitUntil(() => $(el, '.start button.primary'), 'Start offered once the chunk is known to be missing');
    await click(el, button(el, 'Start'));
    expect(textOf($(el, '#question-heading'))).to.equal('Question 1 of 2');
  });

  it('fires quiz-error for a bank that cannot be loaded, and shows the same alert', async () => {
    const el = document.createElement('cite-quiz') as CiteQuiz;
    el.src = '/__test__/status/404';
    const failed = oneEvent(el, 'quiz-error');
    await fixture(html`<div>${el}</div>`);
    const event = await failed;
    expect(event.detail).to.deep.equal({ kind: 'network', message: UNAVAILABLE });
    expect(textOf($(el, '[role="alert"]'))).to.equal(UNAVAILABLE);
  });
});
