// The validator's messages are a chunk of the drop-in file (dist/cdn/chunks/issues-*.js) that a
// page downloads only when its bank fails: a valid bank never requests it, and a broken one shows
// every problem in the alert, worded by that chunk. npm test builds dist/ first.
import { expect, waitUntil } from '@open-wc/testing';

type Quiz = HTMLElement & { shadowRoot: ShadowRoot };

/** A plain page with the drop-in file and one <cite-quiz src=...>, in an iframe. */
async function pageWith(bank: string): Promise<{ frame: HTMLIFrameElement; quiz: Quiz; chunks: () => string[] }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><script type="module" src="/dist/cdn/citequiz.js"></script></head>
    <body><cite-quiz src="${bank}"></cite-quiz></body></html>`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('cite-quiz')?.shadowRoot?.querySelector('.start, [role="alert"]'), 'the quiz loaded or refused its bank', { timeout: 5000 });
  const quiz = frame.contentDocument!.querySelector('cite-quiz') as Quiz;
  const chunks = () => frame.contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/chunks/'));
  return { frame, quiz, chunks };
}

describe('the validator\'s messages in the drop-in file', () => {
  it('are not downloaded for a valid bank', async () => {
    const { frame, quiz, chunks } = await pageWith('/test/fixtures/valid-bank.json');
    expect(quiz.shadowRoot.querySelector('.start'), 'the start screen').to.not.equal(null);
    expect(chunks().filter((path) => path.includes('/issues-'))).to.deep.equal([]);
    frame.remove();
  });

  it('are downloaded for a broken bank, and every problem is in the alert', async () => {
    const { frame, quiz, chunks } = await pageWith('/test/fixtures/broken-bank.json');
    const alert = quiz.shadowRoot.querySelector('[role="alert"]')!;
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(5);
    expect(items[1]).to.contain('the question id "q1" is used twice');
    expect(items.some((item) => item.includes('the evidence quote "The sky was green on Tuesday." is not in source.text'))).to.equal(true);
    expect(chunks().filter((path) => path.includes('/issues-'))).to.have.length(1);
    frame.remove();
  });

  it('are the validator\'s: the three realistic mistakes of one file, each saying what to do', async () => {
    const { frame, quiz } = await pageWith('/test/fixtures/three-mistakes.json');
    const items = [...quiz.shadowRoot.querySelectorAll('[role="alert"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(3);
    expect(items[0]).to.contain('the closest passage reads "However, details and evidence supporting these shipments of weaponry »have« not been disclosed.", where the quote has "has": copy it word for word');
    expect(items[1]).to.contain('the answer of a true-false question is true or false: write true without quotes');
    expect(items[2]).to.contain('the question id "evidence-disclosed" is used twice, here and at questions[0].id: give each question its own id');
    frame.remove();
  });
});
