// The reporting adapters are chunks of their own, loaded only when `report` asks for one: a
// quiz without `report` loads none of them, and each report loads its own (built dist/cdn).
import { expect, waitUntil } from '@open-wc/testing';

const REPORTING_CHUNK = /\/chunks\/(scorm|xapi|cmi5|lrs|connect)-[\w-]+\.js$/;

async function scriptsLoadedBy(query: string): Promise<string[]> {
  const frame = document.createElement('iframe');
  frame.src = `/dist/cdn/player.html?src=%2Ftest%2Ffixtures%2Fvalid-bank.json&${query}`;
  document.body.append(frame);
  try {
    await waitUntil(() => frame.contentDocument?.querySelector('cite-quiz')?.shadowRoot?.querySelector('button.primary'), 'the quiz is ready', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    return frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((path) => path.endsWith('.js'));
  } finally {
    frame.remove();
  }
}

describe('reporting chunks', () => {
  it('a quiz without report loads no reporting code', async () => {
    const scripts = await scriptsLoadedBy('seed=chunks');
    expect(scripts.some((path) => path.endsWith('/dist/cdn/citequiz.js'))).to.equal(true);
    expect(scripts.filter((path) => REPORTING_CHUNK.test(path))).to.deep.equal([]);
  });

  for (const kind of ['scorm', 'xapi', 'cmi5'] as const) {
    it(`report=${kind} loads the ${kind} chunk and no other adapter`, async () => {
      const scripts = (await scriptsLoadedBy(`seed=chunks&report=${kind}`)).filter((path) => REPORTING_CHUNK.test(path));
      const adapters = scripts.map((path) => REPORTING_CHUNK.exec(path)![1]).filter((name) => name !== 'lrs' && name !== 'connect');
      expect(adapters).to.deep.equal([kind]);
    });
  }
});
