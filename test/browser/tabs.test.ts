// Saved progress across real pages: a real page reload, and two tabs (two pages of this test's
// browser context, opened through test/tabs-plugin.mjs) on test/pages/progress.html, which
// loads the built drop-in file. Both pages share localStorage and hear each other's `storage`
// events as a learner's two tabs do.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Snapshot } from '../../src/engine/index.js';

const PAGE = '/test/pages/progress.html';

const opened: string[] = [];

async function open(name: string): Promise<void> {
  await executeServerCommand('tab-open', { name, path: PAGE });
  opened.push(name);
  await run(name, 'driver.ready()');
}

async function run<T = unknown>(name: string, script: string): Promise<T> {
  return ((await executeServerCommand('tab-eval', { name, script })) as { value: T }).value;
}

const text = (name: string, selector: string) => run<string>(name, `driver.text(${JSON.stringify(selector)})`);
const click = (name: string, label: string) => run(name, `driver.click(${JSON.stringify(label)})`);
const choose = (name: string, value: string) => run(name, `driver.choose(${JSON.stringify(value)})`);
const answers = async (name: string) => {
  const state = await run<Snapshot>(name, 'driver.state()');
  return Object.fromEntries(Object.entries(state.attempt?.answers ?? {}).map(([id, a]) => [id, a.response]));
};
const checked = (name: string) => run<string[]>(name, "[...document.querySelector('cite-quiz').shadowRoot.querySelectorAll('input:checked')].map((i) => i.value)");

/** Polls a tab until `read` gives what is expected (the other tab's event arrives on its own time). */
async function until<T>(read: () => Promise<T>, expected: T, message: string): Promise<void> {
  let last: T | undefined;
  await waitUntil(async () => JSON.stringify((last = await read())) === JSON.stringify(expected), `${message}: last saw ${JSON.stringify(last)}`, { timeout: 5000, interval: 50 });
}

describe('saved progress in real pages', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    for (const name of opened.splice(0)) await executeServerCommand('tab-close', { name });
    localStorage.clear();
  });

  it('a real page reload: Resume brings back the checked answer, the position and the clock', async () => {
    await open('a');
    await click('a', 'Start');
    await choose('a', 'mon');
    await click('a', 'Check answer');
    await click('a', 'Next');
    await choose('a', 'alder');
    const before = await run<Snapshot>('a', 'driver.state()');
    await executeServerCommand('tab-reload', { name: 'a' });
    expect(await run('a', 'driver.ready()')).to.equal('A small bank with every question type');
    expect(await text('a', '.resume')).to.equal('You have an attempt under way: 2 of 6 answered, 10 min left.');
    await click('a', 'Resume');
    expect(await text('a', '#question-heading')).to.equal('Question 2 of 6');
    expect(await checked('a')).to.deep.equal(['alder']);
    const after = await run<Snapshot>('a', 'driver.state()');
    expect(after.attempt).to.deep.equal(before.attempt);
    expect(await text('a', '.timer span')).to.match(/^Time left: (10:00|9:5\d)$/);
  });

  it('two tabs: neither loses the other\'s answers, the later answer wins, and the other tab shows it', async () => {
    await open('a');
    await click('a', 'Start');
    await open('b');
    expect(await text('b', '.resume')).to.equal('You have an attempt under way: 0 of 6 answered, 10 min left.');
    await click('b', 'Resume');

    await choose('a', 'mon'); // question 1 in tab A
    await click('b', 'Next');
    await choose('b', 'birch'); // question 2 in tab B
    await until(() => answers('a'), { day: 'mon', streets: ['birch'] }, 'tab A has tab B\'s answer');
    await until(() => answers('b'), { day: 'mon', streets: ['birch'] }, 'tab B has tab A\'s answer');

    await click('a', 'Next');
    expect(await checked('a'), 'tab A shows the answer given in tab B').to.deep.equal(['birch']);
    await choose('a', 'elm'); // the later answer to the same question, in tab A
    await until(() => checked('b'), ['birch', 'elm'], 'tab B shows tab A\'s later answer on screen');

    await choose('b', 'birch'); // later still, in tab B: birch off
    await until(() => checked('a'), ['elm'], 'tab A shows tab B\'s later answer on screen');
    expect(JSON.parse(localStorage.getItem(Object.keys(localStorage)[0]!)!).attempt.answers.streets.response).to.deep.equal(['elm']);
  });
});
