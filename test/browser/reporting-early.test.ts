// report="scorm" when the learner is faster than the network: the reporting chunk is held back
// by the test server (test/server-routes.mjs, /__test__/gate) while the whole quiz is taken, and
// every answer and the result still reach the LMS once it arrives. A page of its own with the
// browser cache off, so the chunk is fetched here, not taken from an earlier file's copy.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { fixtureBank, quizWith, gateChunk } from '../components/helpers.js';
import { installLms } from './lms-helpers.js';

const CONNECT_CHUNK = '/src/reporting/connect.';

describe('report="scorm" before its chunk arrives', () => {
  const gate = gateChunk(CONNECT_CHUNK, 'close');

  it('keeps the events fired meanwhile and hands them to the adapter', async () => {
    const { api, spy } = installLms('2004');
    const el = (await quizWith(await fixtureBank(), { seed: 'early', shuffle: 'none', feedback: 'end', report: 'scorm' })) as HTMLElement & { start(): void; submit(): void; updateComplete: Promise<boolean> };
    await waitUntil(async () => (await gate('held')) === 'yes', 'report asked for its chunk');
    el.start();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="mon"]')!.click();
    const complete = oneEvent(el, 'quiz-complete');
    el.submit();
    await complete;
    expect(spy.calls, 'nothing reached the LMS yet').to.deep.equal([]);
    await gate('open');
    await waitUntil(() => spy.values()['cmi.success_status'] === 'failed', 'the result reached the LMS');
    const cmi = spy.values();
    expect(cmi['cmi.score.raw']).to.equal('1');
    expect(Object.keys(cmi).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length, 'every answer').to.equal(6);
    expect(spy.outOfSession()).to.deep.equal([]);
    expect(JSON.stringify(spy.errors())).to.equal('[]');
    (el as unknown as { report: string }).report = '';
    await waitUntil(() => api.isTerminated());
  });
});
