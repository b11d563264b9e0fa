// report="scorm" when its chunk cannot be fetched (the learner went offline): a quiz-error of
// kind lms says nothing is reported, and the quiz itself goes on. A page of its own with the
// browser cache off, so the chunk is asked for here.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { QuizCompleteEvent, QuizErrorEvent } from '../../src/events.js';
import { fixtureBank, gateChunk } from '../components/helpers.js';

const CONNECT_CHUNK = '/src/reporting/connect.';

describe('report="scorm" offline', () => {
  gateChunk(CONNECT_CHUNK, 'fail');

  it('fires a quiz-error of kind lms, and the quiz still scores and completes', async () => {
    const el = document.createElement('cite-quiz');
    for (const [name, value] of Object.entries({ seed: 'offline', shuffle: 'none', feedback: 'end', report: 'scorm' })) el.setAttribute(name, value);
    el.bank = await fixtureBank();
    const error = oneEvent(el, 'quiz-error') as Promise<QuizErrorEvent>;
    const ready = oneEvent(el, 'quiz-ready');
    await fixture(html`<div>${el}</div>`);
    await ready;
    const { detail } = await error;
    expect(detail).to.deep.equal({ kind: 'lms', message: 'report="scorm": its code could not be loaded, so nothing is reported' });
    el.start();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="mon"]')!.click();
    const complete = oneEvent(el, 'quiz-complete') as Promise<QuizCompleteEvent>;
    el.submit();
    expect((await complete).detail.score).to.equal(1);
  });
});
