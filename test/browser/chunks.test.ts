// What a plain page with a plain <cite-quiz src> downloads, through a whole quiz: the built
// entry and the after chunk, and nothing else. A rule every future feature keeps: study mode,
// reporting, the builder and any language arrive as chunks loaded only when used, so none of
// them may show up here. A French page adds the French chunk, and only it.
import { expect, waitUntil } from '@open-wc/testing';

type Quiz = HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean> };

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Every script the page requested, as paths under dist/cdn/ (anything else keeps its full path),
 * but the test server's own live-reload socket, which it adds to every page it serves.
 */
function scriptsRequested(frame: HTMLIFrameElement): string[] {
  return frame.contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => (path.endsWith('.js') || path.endsWith('.mjs')) && !path.startsWith('/__web-dev-server'))
    .map((path) => path.replace(/^\/dist\/cdn\//, ''));
}

async function openPage(page: string): Promise<{ frame: HTMLIFrameElement; quiz: Quiz }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = page;
  document.body.append(frame);
  const quiz = () => frame.contentDocument?.querySelector('cite-quiz') as Quiz | null;
  await waitUntil(() => quiz()?.shadowRoot?.querySelector('#start-heading'), 'the start screen is shown', { timeout: 5000 });
  return { frame, quiz: quiz()! };
}

const buttonOf = (quiz: Quiz, label: string) => [...quiz.shadowRoot.querySelectorAll('button')].find((b) => text(b) === label);

async function press(quiz: Quiz, label: string): Promise<void> {
  const target = buttonOf(quiz, label);
  if (!target) throw new Error(`no button "${label}" in: ${[...quiz.shadowRoot.querySelectorAll('button')].map(text).join(' | ')}`);
  target.click();
  await quiz.updateComplete;
}

/**
 * A whole quiz through every screen: each question answered where a click answers it, and
 * checked; the report opened from a question and from the review; submitted; tried again.
 */
async function takeWholeQuiz(quiz: Quiz, labels: Record<string, string>): Promise<void> {
  const root = quiz.shadowRoot;
  await press(quiz, labels.start!);
  await press(quiz, labels.read!);
  await press(quiz, labels.close!);
  for (;;) {
    root.querySelector<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')?.click();
    await quiz.updateComplete;
    await press(quiz, labels.check!);
    if (!buttonOf(quiz, labels.next!)) break; // the last question
    await press(quiz, labels.next!);
  }
  await press(quiz, labels.submit!);
  await press(quiz, labels.submitNow!);
  await waitUntil(() => root.querySelector('#results-heading'), 'results shown');
  await press(quiz, labels.show!);
  expect(root.querySelector('mark'), 'the quote is marked in the report').not.to.equal(null);
  await press(quiz, labels.close!);
  await press(quiz, labels.tryAgain!);
  expect(root.querySelector('#question-heading'), 'a new attempt').not.to.equal(null);
}

const AFTER = /^chunks\/after-[\w-]{8}\.js$/;
const FRENCH = /^chunks\/fr-[\w-]{8}\.js$/;

describe('the chunks a plain page with a plain <cite-quiz src> loads', () => {
  it('an English quiz: the entry, then the after chunk while the start screen shows, and nothing else', async () => {
    const { frame, quiz } = await openPage('/test/pages/plain.html');
    await waitUntil(() => scriptsRequested(frame).some((file) => AFTER.test(file)), 'the after chunk is asked for on the start screen');
    expect(quiz.shadowRoot.querySelector('#question-heading'), 'before Start').to.equal(null);
    await takeWholeQuiz(quiz, {
      start: 'Start', read: 'Read the report', close: 'Close', check: 'Check answer', next: 'Next', submit: 'Submit answers',
      submitNow: 'Submit now', show: 'Show in the report', tryAgain: 'Try again',
    });
    const scripts = scriptsRequested(frame);
    expect(scripts.length, scripts.join(', ')).to.equal(2);
    expect(scripts[0]).to.equal('citequiz.js');
    expect(scripts[1]).to.match(AFTER);
    frame.remove();
  });

  it('a French quiz: the same, with the French chunk', async () => {
    const { frame, quiz } = await openPage('/test/pages/plain-fr.html');
    expect(text(quiz.shadowRoot.querySelector('button.primary'))).to.equal('Commencer');
    await takeWholeQuiz(quiz, {
      start: 'Commencer', read: 'Lire l’article', close: 'Fermer', check: 'Vérifier la réponse', next: 'Suivante', submit: 'Envoyer les réponses',
      submitNow: 'Envoyer maintenant', show: 'Voir dans l’article', tryAgain: 'Recommencer',
    });
    const scripts = scriptsRequested(frame);
    expect(scripts.length, scripts.join(', ')).to.equal(3);
    expect(scripts[0]).to.equal('citequiz.js');
    expect(scripts.slice(1).filter((file) => FRENCH.test(file)), scripts.join(', ')).to.have.length(1);
    expect(scripts.slice(1).filter((file) => AFTER.test(file)), scripts.join(', ')).to.have.length(1);
    frame.remove();
  });
});
