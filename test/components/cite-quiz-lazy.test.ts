// <cite-quiz> before its after chunk arrives (feedback, confirmation, results, reader, timer,
// error screen): the chunk is asked for while the start screen shows, and what the learner
// presses before it arrives is done when it does. The test server holds the chunk back
// (test/server-routes.mjs, /__test__/gate), so "before it arrives" is certain, not a race.
// Each test file runs in a page of its own; this one turns the browser cache off, so the chunk
// is fetched here, not taken from an earlier file's copy.
import { expect, waitUntil } from '@open-wc/testing';
import { $, bankWith, button, expectAccessible, focused, quizWith, recordEvents, textOf, gateChunk } from './helpers.js';

const AFTER_CHUNK = '/src/components/cite-quiz/after.';

describe('<cite-quiz> while the after chunk is on its way', () => {
  const gate = gateChunk(AFTER_CHUNK, 'close');

  it('asks for it on the start screen, and a Start, Check and Submit answers pressed before it arrives all work when it does', async () => {
    const el = await quizWith(await bankWith('day', 'unsafe'), { shuffle: 'none', 'time-limit': '600' });
    const log = recordEvents(el);
    await waitUntil(async () => (await gate('held')) === 'yes', 'the start screen asked for the after chunk');
    expect(textOf($(el, '#start-heading'))).to.equal('A small bank with every question type');

    // updateComplete would wait for the chunk here, as a queued press waits: watch the screen instead.
    button(el, 'Start').click();
    await waitUntil(() => focused(el)?.id === 'question-heading', 'question 1 shown and focused');
    expect($(el, '.timer'), 'the clock comes with the chunk').to.equal(null);
    $<HTMLInputElement>(el, 'input[value="mon"]')!.click();
    await waitUntil(() => $<HTMLInputElement>(el, 'input[value="mon"]')!.checked);

    button(el, 'Check answer').click();
    await waitUntil(() => focused(el)?.id === 'loading', 'focus waits on the loading line, never on <body>');
    expect(textOf($(el, '#loading'))).to.equal('Loading the quiz…');
    expect($(el, '.feedback')).to.equal(null);
    expect($<HTMLInputElement>(el, 'input[value="mon"]')!.closest('fieldset')!.disabled, 'the answer is locked at the press').to.equal(true);
    await expectAccessible(el);

    button(el, 'Submit answers').click();
    await waitUntil(() => !$(el, '#question-heading') && focused(el)?.id === 'loading', 'the confirmation waits for the chunk, focus on the loading line');

    await gate('open');
    await el.updateComplete;
    expect(textOf($(el, '#confirm-heading'))).to.equal('Submit your answers?');
    expect(focused(el)?.id, 'the last press decides where focus goes').to.equal('confirm-heading');
    expect(textOf($(el, '.confirm .timer span')), 'the clock counts from the press of Start').to.match(/^Time left: (10:00|9:5\d)$/);
    expect(log.answer.map((e) => [e.detail.questionId, e.detail.correct]), 'Check scored and reported').to.deep.equal([['day', true]]);
    await waitUntil(() => textOf($(el, '[role="status"]')) === 'Correct', 'the verdict is announced');
    await expectAccessible(el);

    button(el, 'Keep working').click();
    await el.updateComplete;
    expect(textOf($(el, '#question-heading'))).to.equal('Question 1 of 2');
    expect(textOf($(el, '.feedback .verdict'))).to.equal('✓ Correct');
  });
});
