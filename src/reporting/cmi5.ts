/**
 * `report="cmi5"`: the quiz as a cmi5 Assignable Unit (a chunk of its own). Launched by a cmi5
 * LMS with the launch parameters in the page's query (`endpoint`, `fetch`, `registration`,
 * `activityId`, `actor`), it fetches its auth token (once: the fetch URL works one time), reads
 * `LMS.LaunchData` (context template, launch mode, mastery score), and sends, in the order the
 * spec requires: `initialized`; `answered` for each question; on submit `completed` and then
 * `passed` or `failed` (against `masteryScore` when the LMS sets one, else the quiz's pass mark);
 * `terminated` when the page goes (`pagehide`). Every statement carries the context template,
 * the registration and (for the cmi5-defined ones) the cmi5 category; the judged ones carry
 * `moveon` and the mastery score. In Browse or Review mode nothing is judged. A session sends one
 * `completed` and one `passed`/`failed` at most: a retake reports its answers only.
 *
 * Statements go through the same queue as `report="xapi"` (lrs.ts), so a flaky LRS loses none.
 */
import {
  answeredStatement, completedStatement, quizStatement, verdictStatement, type Statement, type StatementContext,
} from '../engine/index.js';
import type { QuizAnswerEvent, QuizCompleteEvent } from '../events.js';
import { DEFAULT_LRS_TIMEOUT_MS, reportError, type ReportedEvent, type ReportingAdapter, type Reporting } from './connect.js';
import { announce, cryptoRandom, LrsSender, xapiResource } from './lrs.js';
import type { XapiProperties } from './xapi.js';

const CMI5_CATEGORY = { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5', objectType: 'Activity' };
const MOVEON_CATEGORY = { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon', objectType: 'Activity' };
const MASTERY_SCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

interface Cmi5Launch {
  endpoint: string;
  fetch: string;
  registration: string;
  activityId: string;
  actor: Record<string, unknown>;
}

interface LaunchData {
  contextTemplate?: Record<string, unknown>;
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
}

/** The launch parameters from a query string, or why they are not usable. */
function readLaunch(search: string): Cmi5Launch | string {
  const query = new URLSearchParams(search);
  const missing = ['endpoint', 'fetch', 'registration', 'activityId', 'actor'].filter((name) => !query.get(name));
  if (missing.length) return `report="cmi5" needs the cmi5 launch parameters; missing: ${missing.join(', ')}`;
  try {
    const actor = JSON.parse(query.get('actor')!) as unknown;
    if (typeof actor !== 'object' || actor === null) throw new Error();
    return { endpoint: query.get('endpoint')!, fetch: query.get('fetch')!, registration: query.get('registration')!, activityId: query.get('activityId')!, actor: actor as Record<string, unknown> };
  } catch {
    return 'report="cmi5": the actor launch parameter is not an xAPI Agent (JSON)';
  }
}

class Cmi5Session implements ReportingAdapter {
  private readonly startedAt = Date.now();
  private auth = '';
  private launchData: LaunchData = {};
  private readonly sender: LrsSender;
  /** Events wait here until the session is initialized, so initialized is always first. */
  private ready: Promise<boolean>;
  private judged = false;
  private terminated = false;
  private readonly onPageHide = (): void => void this.terminate();

  constructor(private readonly host: Reporting, private readonly launch: Cmi5Launch) {
    const timeout = () => (host.element as unknown as XapiProperties).lrsTimeout ?? DEFAULT_LRS_TIMEOUT_MS;
    this.sender = new LrsSender(host.element, () => (this.auth ? { endpoint: launch.endpoint, auth: this.auth } : undefined), `citequiz:xapi-queue:cmi5:${launch.registration}`, timeout);
    this.ready = this.initialize();
    addEventListener('pagehide', this.onPageHide);
  }

  private async initialize(): Promise<boolean> {
    try {
      const token = await fetch(this.launch.fetch, { method: 'POST' }).then((r) => r.json() as Promise<Record<string, string>>);
      if (!token['auth-token']) throw new Error(`the LMS gave no auth token (error ${token['error-code'] ?? 'unknown'})`);
      this.auth = `Basic ${token['auth-token']}`;
      const state = new URL(xapiResource(this.launch.endpoint, 'activities/state'), location.href);
      state.search = new URLSearchParams({
        stateId: 'LMS.LaunchData', activityId: this.launch.activityId, agent: JSON.stringify(this.launch.actor), registration: this.launch.registration,
      }).toString();
      const response = await fetch(state, { headers: { Authorization: this.auth, 'X-Experience-API-Version': '1.0.3' } });
      if (!response.ok) throw new Error(`LMS.LaunchData could not be read (HTTP ${response.status})`);
      this.launchData = (await response.json()) as LaunchData;
    } catch (error) {
      reportError(this.host.element, `report="cmi5": ${(error as Error).message}; nothing is reported`);
      return false;
    }
    await this.send([quizStatement(this.context(), 'initialized', { contextActivities: { category: [CMI5_CATEGORY] } })]);
    return true;
  }

  private context(): StatementContext {
    const bank = this.host.bank();
    return {
      actor: this.launch.actor,
      registration: this.launch.registration,
      quizId: this.launch.activityId,
      bank: { title: bank?.title ?? this.launch.activityId, language: bank?.language ?? 'en' },
      contextTemplate: this.launchData.contextTemplate,
      now: Date.now,
      random: cryptoRandom,
    };
  }

  private send(statements: Statement[]): Promise<void> {
    return this.sender.send(announce(this.host.element, statements));
  }

  handle(event: ReportedEvent): void {
    void this.ready.then((ok) => {
      if (!ok || this.terminated) return;
      if (event.type === 'quiz-answer') this.answer(event as QuizAnswerEvent);
      if (event.type === 'quiz-complete') this.complete(event as QuizCompleteEvent);
    });
  }

  private answer({ detail }: QuizAnswerEvent): void {
    const question = this.host.questionById(detail.questionId);
    if (question) void this.send([answeredStatement(this.context(), { question, ...detail, timestamp: Date.now() })]);
  }

  private complete({ detail }: QuizCompleteEvent): void {
    if (this.judged || (this.launchData.launchMode ?? 'Normal') !== 'Normal') return;
    this.judged = true;
    const mastery = this.launchData.masteryScore;
    const passed = detail.maxScore > 0 && detail.scaled >= (typeof mastery === 'number' ? mastery : this.host.passMark());
    const judged = { contextActivities: { category: [CMI5_CATEGORY, MOVEON_CATEGORY] } };
    const verdict = typeof mastery === 'number' ? { ...judged, extensions: { [MASTERY_SCORE]: mastery } } : judged;
    const context = this.context();
    void this.send([completedStatement(context, detail, judged), verdictStatement(context, { ...detail, passed }, verdict)]);
  }

  /** The last statement of the session, after everything queued before it. */
  private async terminate(): Promise<void> {
    if (this.terminated) return;
    const ok = await this.ready;
    if (this.terminated || !ok) return;
    this.terminated = true;
    await this.send([quizStatement(this.context(), 'terminated', { contextActivities: { category: [CMI5_CATEGORY] } }, Date.now() - this.startedAt)]);
  }

  dispose(): void {
    removeEventListener('pagehide', this.onPageHide);
    void this.terminate().finally(() => this.sender.stop());
  }
}

export function startReporting(host: Reporting): ReportingAdapter {
  const launch = readLaunch(location.search);
  if (typeof launch === 'string') {
    reportError(host.element, launch);
    return { handle() {}, dispose() {} };
  }
  return new Cmi5Session(host, launch);
}
