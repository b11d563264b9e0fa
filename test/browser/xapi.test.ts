// report="xapi" against an LRS double on the test server (test/server-routes.mjs) that can fail,
// hang, drop the connection, refuse, and come back: every statement is fired as quiz-statement
// and reaches the LRS exactly once, in order, whatever happens on the way; the credentials never
// show in an attribute, a URL the page can read, or the console.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { QuizErrorEvent, QuizStatementEvent } from '../../src/events.js';
import { fixtureBank, quizWith, type TestBank } from '../components/helpers.js';
import { reportTo } from './lms-helpers.js';

const AUTH = 'Basic c2VjcmV0LXVzZXI6czNjcjN0LXBhc3M=';
const ACTOR = { objectType: 'Agent', name: 'Ada Learner', mbox: 'mailto:ada@example.org' };

type XapiQuiz = HTMLElement & { passMark: number; submit(): void; start(): void; updateComplete: Promise<boolean>; lrsEndpoint?: string; lrsAuth?: string; actor?: object; lrsTimeout?: number };

interface LrsLog {
  statements: { id: string; verb: { id: string } }[];
  attempts: number;
  headers: { version: string; authorization: string; url: string }[];
}

let key = '';
const lrsLog = async (): Promise<LrsLog> => (await fetch(`/__test__/lrs-log/${key}`)).json();
const lrsMode = (mode: 'ok' | 'fail' | 'hang' | 'drop' | 'reject') => fetch(`/__test__/lrs-mode/${key}?mode=${mode}`);
const queueKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('citequiz:xapi-queue:'));

let stops: (() => void)[] = [];
beforeEach(() => {
  key = `lrs-${Math.random().toString(36).slice(2)}`;
  localStorage.clear();
});
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  localStorage.clear();
});

/** A quiz reporting by xAPI to the double, with every statement it fires recorded. */
async function xapiQuiz(bank: TestBank, attributes: Record<string, string> = {}): Promise<{ el: XapiQuiz; statements: QuizStatementEvent[] }> {
  const el = (await quizWith(bank, { seed: 'xapi', shuffle: 'none', feedback: 'end', ...attributes })) as unknown as XapiQuiz;
  Object.assign(el, { lrsEndpoint: `/__test__/lrs/${key}/`, lrsAuth: AUTH, actor: ACTOR, lrsTimeout: 300 });
  const statements: QuizStatementEvent[] = [];
  el.addEventListener('quiz-statement', (e) => statements.push(e));
  stops.push(reportTo(el, 'xapi'));
  return { el, statements };
}

/** Start, answer the single-choice question right and leave the rest, submit: 6 answered, completed, failed. */
async function takeQuiz(el: XapiQuiz): Promise<void> {
  el.start();
  await el.updateComplete;
  (el.shadowRoot!.querySelector('input[value="mon"]') as HTMLInputElement | null)?.click();
  const complete = oneEvent(el, 'quiz-complete');
  el.submit();
  await complete;
}

const VERBS = (statements: { verb: { id: string } }[]) => statements.map((s) => s.verb.id.split('/').pop());

describe('report="xapi"', () => {
  it('a whole quiz: answered for each of the six questions, then completed and failed, fired and sent in order with the xAPI version header', async () => {
    const { el, statements } = await xapiQuiz(await fixtureBank());
    await takeQuiz(el);
    await waitUntil(() => statements.length === 8, 'eight statements fired');
    expect(VERBS(statements.map((e) => e.detail.statement as never))).to.deep.equal([...Array(6).fill('answered'), 'completed', 'failed']);
    expect(statements.every((e) => e.bubbles && e.composed)).to.equal(true);
    const types = statements.slice(0, 6).map((e) => (e.detail.statement as any).object.definition.interactionType).sort();
    expect(types).to.deep.equal(['choice', 'choice', 'fill-in', 'matching', 'sequencing', 'true-false']);
    const registration = (statements[0]!.detail.statement as any).context.registration;
    expect(statements.every((e) => (e.detail.statement as any).context.registration === registration)).to.equal(true);
    expect((statements[0]!.detail.statement as any).context.contextActivities.parent[0].id).to.equal('urn:citequiz:bank:fixture-bank');
    await waitUntil(async () => (await lrsLog()).statements.length === 8, 'the LRS has them all');
    const log = await lrsLog();
    expect(log.statements.map((s) => s.id)).to.deep.equal(statements.map((e) => e.detail.statement['id']));
    expect(log.headers.every((h) => h.version === '1.0.3' && h.authorization === AUTH)).to.equal(true);
    expect(queueKeys().map((k) => localStorage.getItem(k))).to.deep.equal([]);
  });

  it('activity-id names the quiz, and the questions under it', async () => {
    const { el, statements } = await xapiQuiz(await fixtureBank(), { 'activity-id': 'https://lms.example/quizzes/bridge' });
    await takeQuiz(el);
    await waitUntil(() => statements.length === 8);
    const answered = statements[0]!.detail.statement as any;
    expect(answered.context.contextActivities.parent[0].id).to.equal('https://lms.example/quizzes/bridge');
    expect(answered.object.id).to.match(/^https:\/\/lms\.example\/quizzes\/bridge\/questions\/[\w-]+$/);
    expect((statements[7]!.detail.statement as any).object.id).to.equal('https://lms.example/quizzes/bridge');
  });

  it('an LRS that fails, hangs, drops the connection and comes back loses nothing and gets nothing twice', async () => {
    await lrsMode('fail');
    const { el, statements } = await xapiQuiz(await fixtureBank());
    await takeQuiz(el);
    await waitUntil(async () => (await lrsLog()).attempts >= 1, 'a first try (503)');
    await lrsMode('hang');
    await waitUntil(async () => (await lrsLog()).attempts >= 2, 'a retry after a second, which times out', { timeout: 4000 });
    await lrsMode('drop');
    await waitUntil(async () => (await lrsLog()).attempts >= 3, 'a retry, whose connection is dropped', { timeout: 5000 });
    expect((await lrsLog()).statements).to.deep.equal([]);
    expect(JSON.parse(localStorage.getItem(queueKeys()[0]!)!).length, 'all eight wait in storage').to.equal(8);
    await lrsMode('ok');
    dispatchEvent(new Event('online')); // back online: sent at once, not at the next backoff
    await waitUntil(async () => (await lrsLog()).statements.length === 8, 'all statements arrived', { timeout: 2000 });
    expect((await lrsLog()).statements.map((s) => s.id)).to.deep.equal(statements.map((e) => e.detail.statement['id']));
    expect(queueKeys()).to.deep.equal([]);
  });

  it('statements left unsent when the page goes are sent by the next page', async () => {
    await lrsMode('fail');
    const bank = await fixtureBank();
    const { el, statements } = await xapiQuiz(bank);
    await takeQuiz(el);
    await waitUntil(async () => (await lrsLog()).attempts >= 1);
    stops.pop()!(); // the page goes away
    el.remove();
    await lrsMode('ok');
    await xapiQuiz(bank); // the next page: a new element reporting to the same LRS
    await waitUntil(async () => (await lrsLog()).statements.length === 8, 'the earlier statements arrived');
    expect((await lrsLog()).statements.map((s) => s.id)).to.deep.equal(statements.map((e) => e.detail.statement['id']));
  });

  it('a 400 is a quiz-error of kind lms, and those statements are dropped, not retried', async () => {
    await lrsMode('reject');
    const { el } = await xapiQuiz(await fixtureBank());
    const errors: QuizErrorEvent[] = [];
    el.addEventListener('quiz-error', (e) => errors.push(e));
    await takeQuiz(el);
    // Sent as they come (the first answer alone, the rest together): each refusal names its count.
    const refused = () => errors.reduce((sum, e) => sum + Number(/refused (\d+) statements?/.exec(e.detail.message)?.[1] ?? 0), 0);
    await waitUntil(() => refused() === 8, 'all eight refused');
    expect(errors.every((e) => e.detail.kind === 'lms' && / \(HTTP 400\); they are not sent again$/.test(e.detail.message))).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await lrsLog()).attempts, 'no retry').to.equal(errors.length);
    expect(queueKeys()).to.deep.equal([]);
  });

  it('the credentials never appear in an attribute, a URL the page can read, a statement or the console', async () => {
    const logged: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((m) => console[m]);
    methods.forEach((m) => (console[m] = (...args: unknown[]) => logged.push(args.map(String).join(' '))));
    try {
      const { el, statements } = await xapiQuiz(await fixtureBank());
      await takeQuiz(el);
      await waitUntil(async () => (await lrsLog()).statements.length === 8);
      const secret = AUTH.split(' ')[1]!;
      for (const attribute of el.getAttributeNames()) expect(el.getAttribute(attribute)).not.to.contain(secret);
      expect(document.documentElement.outerHTML).not.to.contain(secret);
      expect(performance.getEntriesByType('resource').map((e) => e.name).join(' ')).not.to.contain(secret);
      expect(location.href).not.to.contain(secret);
      expect(JSON.stringify(statements.map((e) => e.detail))).not.to.contain(secret);
      expect((await lrsLog()).headers.map((h) => h.url).join(' ')).not.to.contain(secret);
      expect(logged.join('\n')).not.to.contain(secret);
      expect(JSON.stringify(localStorage)).not.to.contain(secret);
    } finally {
      methods.forEach((m, i) => (console[m] = originals[i]!));
    }
  });

  it('without an actor: a quiz-error of kind lms, and no statement', async () => {
    const bank = await fixtureBank();
    const el = (await quizWith(bank, { seed: 'xapi', feedback: 'end' })) as unknown as XapiQuiz;
    el.lrsEndpoint = `/__test__/lrs/${key}/`;
    const statements: Event[] = [];
    el.addEventListener('quiz-statement', (e) => statements.push(e));
    stops.push(reportTo(el, 'xapi'));
    const error = oneEvent(el, 'quiz-error') as Promise<QuizErrorEvent>;
    await takeQuiz(el);
    expect((await error).detail.message).to.contain('needs the actor property');
    expect(statements).to.deep.equal([]);
    expect((await lrsLog()).attempts).to.equal(0);
  });
});
