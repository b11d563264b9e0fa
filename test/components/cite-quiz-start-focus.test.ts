// A keyboard learner on the Start button when the after chunk arrives keeps focus there: the
// start screen re-renders with the chunk (it may offer Resume or Practise), and Start must stay
// the same element, or focus would fall to <body>. The test server holds the chunk back
// (test/server-routes.mjs, /__test__/gate), so "before it arrives" is certain, not a race.
import { expect, waitUntil } from '@open-wc/testing';
import { $, bankWith, focused, press, quizWith, tabToButton, gateChunk } from './helpers.js';

const AFTER_CHUNK = '/src/components/cite-quiz/after.';

describe('<cite-quiz> Start while the after chunk arrives', () => {
  const gate = gateChunk(AFTER_CHUNK, 'close');

  it('keeps focus on Start when the chunk arrives, and Enter then starts the quiz', async () => {
    const el = await quizWith(await bankWith('day', 'unsafe'), { shuffle: 'none' });
    await waitUntil(async () => (await gate('held')) === 'yes', 'the start screen asked for the after chunk');
    const start = await tabToButton(el, 'Start');
    const sheets = el.shadowRoot!.adoptedStyleSheets.length;

    await gate('open');
    await waitUntil(() => el.shadowRoot!.adoptedStyleSheets.length > sheets, "the chunk arrived (its styles are adopted)");
    await el.updateComplete;
    // Any later render of the start screen (a property set by the page, the language arriving)
    // draws it with the chunk's part in: Start must survive that too.
    el.requestUpdate();
    await el.updateComplete;
    expect(focused(el), 'the same Start button, still focused').to.equal(start);
    expect(start.isConnected).to.equal(true);

    await press(el, 'Enter');
    await waitUntil(() => focused(el)?.id === 'question-heading', 'question 1 shown and focused');
    expect($(el, '#question-heading')!.textContent).to.equal('Question 1 of 2');
  });
});
