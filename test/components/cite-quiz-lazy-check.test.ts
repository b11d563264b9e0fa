// A Check pressed before the after chunk arrives is scored by that chunk (scoring is not in the
// entry), from the response as it was at the press: an attempt drawn anew meanwhile does not
// change what quiz-answer reports. A page of its own, so the chunk is held back here (a page
// that already has it cannot be made to wait again).
import { expect, waitUntil } from '@open-wc/testing';
import { $, bankWith, button, focused, quizWith, recordEvents, gateChunk } from './helpers.js';

const AFTER_CHUNK = '/src/components/cite-quiz/after.';

describe('<cite-quiz> Check before the after chunk arrives', () => {
  const gate = gateChunk(AFTER_CHUNK, 'close');

  it('reports the response checked, scored, when the chunk arrives, though the host reset the attempt meanwhile', async () => {
    const el = await quizWith(await bankWith('day', 'unsafe'), { shuffle: 'none' });
    const log = recordEvents(el);
    await waitUntil(async () => (await gate('held')) === 'yes', 'the start screen asked for the after chunk');
    button(el, 'Start').click();
    await waitUntil(() => focused(el)?.id === 'question-heading', 'question 1 shown and focused');
    $<HTMLInputElement>(el, 'input[value="mon"]')!.click();
    await waitUntil(() => $<HTMLInputElement>(el, 'input[value="mon"]')!.checked);
    button(el, 'Check answer').click();
    await waitUntil(() => focused(el)?.id === 'loading', 'focus waits on the loading line');

    el.reset();
    await gate('open');
    await el.updateComplete;
    await waitUntil(() => log.answer.length === 1, 'quiz-answer fired once the chunk is in');
    const [answer] = log.answer;
    expect([answer!.detail.questionId, answer!.detail.response, answer!.detail.correct, answer!.detail.score]).to.deep.equal(['day', 'mon', true, 1]);
    expect(focused(el)?.id, 'focus follows the reset to the start screen').to.equal('start-heading');
  });
});
