// The iframe player, dist/cdn/player.html (built): configured only by its URL query, under a
// strict Content-Security-Policy (no inline script), posting its height to the parent and the
// quiz's events only to `parent-origin`.
import { expect, waitUntil } from '@open-wc/testing';

interface Posted {
  message: { type: string; height?: number; detail?: Record<string, unknown> };
  targetOrigin: string;
}

let posted: Posted[] = [];
const received: MessageEvent[] = [];
const realPostMessage = window.postMessage.bind(window);
addEventListener('message', (event) => received.push(event));

/** Every postMessage the player makes to this page (its parent), with the target origin it named. */
beforeEach(() => {
  // The player saves progress per page: a quiz an earlier test left would be offered for Resume.
  localStorage.clear();
  posted = [];
  received.length = 0;
  (window as unknown as { postMessage: unknown }).postMessage = (message: Posted['message'], targetOrigin: string) => {
    posted.push({ message, targetOrigin });
    realPostMessage(message, targetOrigin);
  };
});

afterEach(() => {
  (window as unknown as { postMessage: unknown }).postMessage = realPostMessage;
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

async function openPlayer(query: string): Promise<{ frame: HTMLIFrameElement; quiz: () => HTMLElement & { shadowRoot: ShadowRoot } }> {
  const frame = document.createElement('iframe');
  frame.title = 'Quiz';
  frame.style.width = '600px';
  frame.style.height = '200px';
  frame.style.border = '0';
  frame.src = `/dist/cdn/player.html?${query}`;
  document.body.append(frame);
  const quiz = () => frame.contentDocument?.querySelector('cite-quiz') as HTMLElement & { shadowRoot: ShadowRoot };
  await waitUntil(() => quiz()?.shadowRoot?.querySelector('button.primary'), 'the player showed the start screen', { timeout: 5000 });
  return { frame, quiz };
}

const BANK = 'src=%2Ftest%2Ffixtures%2Fvalid-bank.json';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('dist/cdn/player.html', () => {
  it('is configured by its URL query alone, and runs under a strict Content-Security-Policy', async () => {
    const query = `${BANK}&seed=player&count=3&feedback=end&pass-mark=80&time-limit=300&source=closed&lang=fr&theme=dark&csp=strict`;
    const { quiz } = await openPlayer(query);
    const el = quiz();
    for (const [name, value] of Object.entries({ src: '/test/fixtures/valid-bank.json', seed: 'player', count: '3', feedback: 'end', 'pass-mark': '80', 'time-limit': '300', source: 'closed', lang: 'fr', theme: 'dark' })) {
      expect(el.getAttribute(name), name).to.equal(value);
    }
    expect(el.hasAttribute('csp'), 'an unknown parameter is not passed on').to.equal(false);
    // What the learner sees follows: French, 3 questions, 80% to pass.
    const start = text(el.shadowRoot.querySelector('[part~="base"]'));
    expect(start).to.contain('3 questions');
    expect(start).to.contain('80');
    expect(text(el.shadowRoot.querySelector('button.primary'))).to.equal('Commencer');
  });

  it('posts its height to the parent whenever it changes, and a host can size the iframe with it', async () => {
    const { frame, quiz } = await openPlayer(`${BANK}&seed=player`);
    const resize = () => posted.filter((p) => p.message.type === 'citequiz:resize');
    // The loading line's height may come first; the start screen's follows once it is laid out.
    await waitUntil(() => (resize().at(-1)?.message.height ?? 0) > 100, "the start screen's height", { timeout: 3000 });
    const first = resize().at(-1)!.message.height!;
    // The three lines of the README's host snippet.
    addEventListener('message', (e) => {
      if (e.origin === location.origin && e.data?.type === 'citequiz:resize') frame.style.height = `${e.data.height}px`;
    });
    // The question screen has another height: a new message, and the frame follows it.
    (quiz().shadowRoot.querySelector('button.primary') as HTMLButtonElement).click();
    await waitUntil(() => resize().at(-1)!.message.height !== first, 'a new height after Start');
    await waitUntil(() => frame.clientHeight === resize().at(-1)!.message.height, 'the host applied the latest height');
    const doc = frame.contentDocument!.documentElement;
    expect(doc.scrollHeight, 'the whole quiz shows, with no scrolling inside the frame').to.be.at.most(frame.clientHeight);
    expect(posted.every((p) => p.targetOrigin === '*' && Object.keys(p.message).sort().join() === 'height,type'), 'without parent-origin only heights are posted').to.equal(true);
  });

  it('with parent-origin, posts quiz-ready, quiz-answer and quiz-complete to that origin only', async () => {
    const { quiz } = await openPlayer(`${BANK}&seed=player&count=1&feedback=end&parent-origin=${encodeURIComponent(location.origin)}`);
    const root = quiz().shadowRoot;
    await waitUntil(() => received.some((e) => e.data?.type === 'citequiz:quiz-ready'), 'quiz-ready reached the parent');
    expect(received.find((e) => e.data?.type === 'citequiz:quiz-ready')!.data.detail).to.deep.include({ bankId: 'fixture-bank', questionCount: 1 });
    (root.querySelector('button.primary') as HTMLButtonElement).click();
    await (quiz() as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    (quiz() as unknown as { submit(): void }).submit();
    await waitUntil(() => received.some((e) => e.data?.type === 'citequiz:quiz-complete'), 'quiz-complete reached the parent');
    expect(received.map((e) => e.data.type).filter((t) => t !== 'citequiz:resize')).to.deep.equal(['citequiz:quiz-ready', 'citequiz:quiz-answer', 'citequiz:quiz-complete']);
    expect(posted.every((p) => p.targetOrigin === location.origin)).to.equal(true);
  });

  it('with another parent-origin, nothing reaches this page: every message names that origin, never *', async () => {
    const { quiz } = await openPlayer(`${BANK}&seed=player&count=1&parent-origin=https%3A%2F%2Flms.example`);
    await waitUntil(() => posted.some((p) => p.message.type === 'citequiz:quiz-ready'), 'quiz-ready was posted');
    (quiz() as unknown as { submit(): void }).submit();
    expect(posted.length).to.be.greaterThan(1);
    expect(posted.every((p) => p.targetOrigin === 'https://lms.example')).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received.length, 'the browser delivered nothing to a parent of another origin').to.equal(0);
  });

  it('a parent-origin that is not an origin posts no events', async () => {
    await openPlayer(`${BANK}&seed=player&parent-origin=*`);
    await waitUntil(() => posted.length > 0, 'the height was posted');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(posted.map((p) => p.message.type)).to.deep.equal(posted.map(() => 'citequiz:resize'));
  });
});
