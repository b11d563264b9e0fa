// The engine runs unchanged in a browser: same bank, same seed, same order and scores as Node.
import { expect } from '@open-wc/testing';
import { loadBankText, planAttempt, scoreAttempt } from '../../src/engine/index.js';

describe('the engine in Chromium', () => {
  it('loads the report bank from questions/ with zero issues', async () => {
    const response = await fetch('/questions/us-accuses-north-korea.json');
    const result = loadBankText(await response.text());
    expect(result.ok, result.ok ? '' : result.message).to.equal(true);
  });

  it('draws the same seeded order as in Node (pinned in test/engine/attempt.test.ts)', async () => {
    const result = loadBankText(await (await fetch('/test/fixtures/valid-bank.json')).text());
    if (!result.ok) throw new Error(result.message);
    const plan = planAttempt(result.bank, { seed: 'student-42' });
    expect(plan.questions.map((q) => q.question.id)).to.deep.equal(['unsafe', 'who', 'streets', 'day', 'sequence', 'repairs']);
    expect(plan.questions[2]!.layout).to.deep.equal(['elm', 'alder', 'cedar', 'birch']);
    expect(scoreAttempt(result.bank.questions, { streets: ['alder'], repairs: { hedge: 'Believed', length: 'year' } }).score).to.equal(1.3333);
  });
});
