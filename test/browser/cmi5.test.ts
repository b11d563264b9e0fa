// report="cmi5" launched as a cmi5 LMS launches an AU (the launch parameters in the page's query),
// against the LMS double on the test server: the token is fetched once, LMS.LaunchData is read,
// and the statements arrive in the order cmi5 requires, each with the context template.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { QuizErrorEvent } from '../../src/events.js';
import { fixtureBank, quizWith } from '../components/helpers.js';
import { reportTo } from './lms-helpers.js';

const ACTIVITY = 'https://lms.example/au/bridge-quiz';
const ACTOR = { objectType: 'Agent', name: 'Ada Learner', account: { homePage: 'https://lms.example', name: 'ada' } };
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';

type Quiz = HTMLElement & { passMark: number; start(): void; submit(): void; updateComplete: Promise<boolean> };
let key = '';
let registration = '';
const original = location.href;
const lrsLog = async () => (await fetch(`/__test__/lrs-log/${key}`)).json();

/** Puts the cmi5 launch parameters in this page's query, as the LMS's launch URL would. */
function launchHere(): void {
  const launch = new URLSearchParams({
    endpoint: `${location.origin}/__test__/lrs/${key}/`,
    fetch: `${location.origin}/__test__/lrs/${key}/fetch`,
    registration,
    activityId: ACTIVITY,
    actor: JSON.stringify(ACTOR),
  });
  history.replaceState(null, '', `${location.pathname}${location.search}&${launch}`);
}

beforeEach(() => {
  key = `cmi5-${Math.random().toString(36).slice(2)}`;
  registration = crypto.randomUUID();
  localStorage.clear();
});
afterEach(() => {
  history.replaceState(null, '', original);
  localStorage.clear();
});

/** Launches, takes the quiz answering the single-choice question only (1 of 7 points), leaves. */
async function session(query: string): Promise<any[]> {
  await fetch(`/__test__/lrs-mode/${key}?mode=ok&${query}`);
  launchHere();
  const bank = await fixtureBank();
  const el = (await quizWith(bank, { seed: 'cmi5', shuffle: 'none', feedback: 'end', 'pass-mark': '10' })) as unknown as Quiz;
  const stop = reportTo(el, 'cmi5');
  await waitUntil(async () => (await lrsLog()).statements.length >= 1, 'initialized');
  el.start();
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLInputElement>('input[value="mon"]')?.click();
  const complete = oneEvent(el, 'quiz-complete');
  el.submit();
  await complete;
  await new Promise((resolve) => setTimeout(resolve, 200));
  stop(); // the learner leaves: terminated
  await waitUntil(async () => (await lrsLog()).statements.at(-1)?.verb.id.endsWith('/terminated'), 'terminated arrived');
  return (await lrsLog()).statements;
}

const verbs = (statements: any[]) => statements.map((s) => s.verb.id.split('/').pop());
const categories = (s: any) => (s.context.contextActivities.category ?? []).map((c: any) => c.id);

describe('report="cmi5"', () => {
  it('initialized, answered for each question, completed, passed, terminated: in order, with the launch context', async () => {
    const statements = await session('mastery=0.1');
    expect(verbs(statements)).to.deep.equal(['initialized', ...Array(6).fill('answered'), 'completed', 'passed', 'terminated']);
    const log = await lrsLog();
    expect(log.tokens, 'the token is fetched once').to.equal(1);
    const token = btoa(`token-${key}`);
    expect(log.headers.every((h: any) => h.authorization === `Basic ${token}`)).to.equal(true);
    const stateRead = log.headers.find((h: any) => h.url.includes('activities/state'));
    expect(stateRead.query).to.deep.include({ stateId: 'LMS.LaunchData', activityId: ACTIVITY, registration, agent: JSON.stringify(ACTOR) });
    for (const s of statements) {
      expect(s.actor, 'the launch actor').to.deep.equal(ACTOR);
      expect(s.context.registration).to.equal(registration);
      expect(s.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid'], 'the context template').to.equal(`session-${key}`);
      expect(s.context.contextActivities.grouping[0].id).to.equal('https://lms.example/courses/1/au/quiz');
    }
    const [initialized, answered, completed, passed, terminated] = [statements[0], statements[1], statements[7], statements[8], statements[9]];
    for (const s of [initialized, completed, passed, terminated]) expect(s.object.id).to.equal(ACTIVITY);
    expect(categories(initialized)).to.deep.equal([CMI5]);
    expect(categories(answered), 'answered is cmi5-allowed, not cmi5-defined').to.deep.equal([]);
    expect(answered.object.id.startsWith(`${ACTIVITY}/questions/`)).to.equal(true);
    expect(categories(completed)).to.deep.equal([CMI5, MOVEON]);
    expect(completed.result.completion).to.equal(true);
    expect(categories(passed)).to.deep.equal([CMI5, MOVEON]);
    expect(passed.result).to.deep.include({ success: true });
    expect(passed.result.score.scaled).to.be.closeTo(1 / 7, 0.001);
    expect(passed.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).to.equal(0.1);
    expect(terminated.result.duration).to.match(/^PT/);
  });

  it("judged against the LMS's masteryScore, not the pass mark", async () => {
    const statements = await session('mastery=0.9');
    expect(verbs(statements)).to.deep.equal(['initialized', ...Array(6).fill('answered'), 'completed', 'failed', 'terminated']);
    expect(statements[8].result.success).to.equal(false);
  });

  it('in Browse mode nothing is judged', async () => {
    const statements = await session('mastery=0.1&launchMode=Browse');
    expect(verbs(statements)).to.deep.equal(['initialized', ...Array(6).fill('answered'), 'terminated']);
  });

  it('without the launch parameters: a quiz-error of kind lms', async () => {
    const bank = await fixtureBank();
    const el = (await quizWith(bank, { seed: 'cmi5' })) as unknown as Quiz;
    const error = oneEvent(el, 'quiz-error') as Promise<QuizErrorEvent>;
    const stop = reportTo(el, 'cmi5');
    const { detail } = await error;
    expect(detail).to.deep.equal({ kind: 'lms', message: 'report="cmi5" needs the cmi5 launch parameters; missing: endpoint, fetch, registration, activityId, actor' });
    stop();
  });
});
