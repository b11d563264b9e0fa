// The built drop-in file (dist/cdn/citequiz.js) on a plain page: a whole quiz, with no
// Content-Security-Policy, under a strict one, and with Trusted Types required. A broken bundle,
// or one that needs eval or inline styles, fails here.
import { expect, waitUntil } from '@open-wc/testing';

type PageWindow = Window & { cspViolations: string[] };

async function openPage(csp: string): Promise<{ frame: HTMLIFrameElement; quiz: () => HTMLElement & { shadowRoot: ShadowRoot } }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = `/test/pages/quiz.html?csp=${csp}`;
  document.body.append(frame);
  const quiz = () => frame.contentDocument!.querySelector('cite-quiz') as HTMLElement & { shadowRoot: ShadowRoot };
  await waitUntil(() => quiz()?.shadowRoot?.querySelector('button.primary'), 'the bundle defined <cite-quiz> and it loaded the bank', { timeout: 5000 });
  return { frame, quiz };
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function clickButton(root: ShadowRoot, label: string): Promise<void> {
  const target = [...root.querySelectorAll('button')].find((b) => text(b) === label);
  if (!target) throw new Error(`no button "${label}"`);
  target.click();
  await (root.host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
}

/** Start, answer and check the first question (bank order: "On which day…"), open the report at its quote, submit. */
async function takeQuiz(root: ShadowRoot): Promise<void> {
  await clickButton(root, 'Start');
  root.querySelector<HTMLInputElement>('input[value="mon"]')!.click();
  await (root.host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  await clickButton(root, 'Check answer');
  await clickButton(root, 'Show in the report');
  expect(root.querySelector('mark'), 'the quote is marked in the source').not.to.equal(null);
  await clickButton(root, 'Close');
  await clickButton(root, 'Submit answers');
  await clickButton(root, 'Submit now');
}

for (const csp of ['none', 'strict', 'trusted-types']) {
  describe(`dist/cdn/citequiz.js, Content-Security-Policy: ${csp}`, () => {
    it('runs a whole quiz to the results with no policy violation', async () => {
      if (csp !== 'none') {
        const headers = (await fetch(`/test/pages/quiz.html?csp=${csp}`)).headers;
        expect(headers.get('content-security-policy'), 'the page is served under the policy').to.contain("script-src 'self'");
      }
      const { frame, quiz } = await openPage(csp);
      const root = quiz().shadowRoot;
      await takeQuiz(root);
      await waitUntil(() => root.querySelector('#results-heading'), 'results shown');
      expect(text(root.querySelector('.score'))).to.equal('1 of 7 points (14%)');
      expect((frame.contentWindow as PageWindow).cspViolations).to.deep.equal([]);
      frame.remove();
    });
  });
}

describe('the policy is really enforced on the test page', () => {
  it('records a violation when the page breaks the strict policy', async () => {
    const { frame } = await openPage('strict');
    const doc = frame.contentDocument!;
    const inline = doc.createElement('script');
    inline.textContent = 'window.ranInline = true';
    doc.body.append(inline);
    await waitUntil(() => (frame.contentWindow as PageWindow).cspViolations.length > 0, 'the inline script is reported');
    expect((frame.contentWindow as unknown as { ranInline?: boolean }).ranInline).to.equal(undefined);
    frame.remove();
  });
});
