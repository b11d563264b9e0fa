/**
 * `report="xapi"`: xAPI statements for the quiz (a chunk of its own). Each scored question is an
 * `answered` statement, each submitted attempt `completed` then `passed` or `failed` (built by
 * engine/reporting.ts). Every statement is fired as `quiz-statement`; when the host has set the
 * `lrsEndpoint` property it is also sent there (see lrs.ts: queued, retried, never lost).
 *
 * `lrsEndpoint`, `lrsAuth` and `actor` are properties only, never attributes, so the credentials
 * never sit in the page's markup; they are read when needed and never logged. `activity-id`
 * (an IRI) is the quiz's activity id; without it one is derived from the bank id.
 */
import {
  answeredStatement, completedStatement, quizActivityId, uuidFrom, verdictStatement, type Statement, type StatementContext,
} from '../engine/index.js';
import type { QuizAnswerEvent, QuizCompleteEvent } from '../events.js';
import { DEFAULT_LRS_TIMEOUT_MS, reportError, type ReportedEvent, type ReportingAdapter, type Reporting } from './connect.js';
import { announce, cryptoRandom, LrsSender } from './lrs.js';

/** The element's xAPI properties. */
export interface XapiProperties {
  lrsEndpoint?: string | undefined;
  lrsAuth?: string | undefined;
  actor?: Record<string, unknown> | undefined;
  /** Milliseconds to wait for the LRS before trying again later (default DEFAULT_LRS_TIMEOUT_MS). */
  lrsTimeout?: number | undefined;
}

class XapiReporter implements ReportingAdapter {
  private readonly properties: XapiProperties;
  private readonly sender: LrsSender;
  /** One registration per attempt: a new one once an attempt is submitted. */
  private registration = uuidFrom(cryptoRandom);
  private attemptOver = false;
  private warnedNoActor = false;

  constructor(private readonly host: Reporting) {
    this.properties = host.element as unknown as XapiProperties;
    this.sender = new LrsSender(
      host.element,
      () => (this.properties.lrsEndpoint ? { endpoint: this.properties.lrsEndpoint, auth: this.properties.lrsAuth } : undefined),
      `citequiz:xapi-queue:${host.activityId() || location.pathname}`,
      () => this.properties.lrsTimeout ?? DEFAULT_LRS_TIMEOUT_MS,
    );
  }

  private context(): StatementContext | undefined {
    const bank = this.host.bank();
    const { actor } = this.properties;
    if (!bank) return undefined;
    if (!actor && !this.warnedNoActor) {
      this.warnedNoActor = true;
      reportError(this.host.element, 'report="xapi" needs the actor property (an xAPI Agent, such as { mbox: "mailto:…" }): no statement is made without one');
    }
    if (!actor) return undefined;
    if (this.attemptOver) {
      this.attemptOver = false;
      this.registration = uuidFrom(cryptoRandom);
    }
    return {
      actor,
      registration: this.registration,
      quizId: quizActivityId(bank.id, this.host.activityId()),
      bank,
      now: Date.now,
      random: cryptoRandom,
    };
  }

  handle(event: ReportedEvent): void {
    if (event.type === 'quiz-ready') {
      void this.sender.flush(); // what an earlier page left, now that the properties are set
      return;
    }
    const context = this.context();
    if (!context) return;
    let statements: Statement[];
    if (event.type === 'quiz-answer') {
      const { detail } = event as QuizAnswerEvent;
      const question = this.host.questionById(detail.questionId);
      if (!question) return;
      statements = [answeredStatement(context, { question, ...detail, timestamp: Date.now() })];
    } else {
      const { detail } = event as QuizCompleteEvent;
      statements = [completedStatement(context, detail), verdictStatement(context, detail)];
      this.attemptOver = true;
    }
    announce(this.host.element, statements);
    if (this.properties.lrsEndpoint) void this.sender.send(statements);
  }

  dispose(): void {
    this.sender.stop();
  }
}

export function startReporting(host: Reporting): ReportingAdapter {
  return new XapiReporter(host);
}
