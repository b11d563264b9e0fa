/**
 * `report="scorm" | "xapi" | "cmi5"`: loads that adapter (its own chunk, by dynamic import, so a
 * page without `report` never loads one) and hands it the element's events. Events fired while
 * the chunk is on its way are queued and replayed, so none is lost to a slow network.
 */
import type { Question } from '../engine/index.js';
import { QuizErrorEvent, type QuizAnswerEvent, type QuizCompleteEvent, type QuizReadyEvent } from '../events.js';

export type ReportedEvent = QuizReadyEvent | QuizAnswerEvent | QuizCompleteEvent;

/** What an adapter needs from the element, beyond its events. */
export interface ReportingHost {
  /** The element: events come from it, and `quiz-error` / `quiz-statement` are fired on it. */
  element: HTMLElement;
  /** The question a `quiz-answer` names (its choices and answer make the interaction's pattern). */
  questionById(id: string): Question | undefined;
  /** The quiz's pass mark as a fraction. */
  passMark(): number;
  /** The quiz's bank, once loaded (title and language name the activity). */
  bank(): { id: string; title: string; language: string } | undefined;
  /** The `activity-id` attribute (an IRI), or "" to derive the quiz's activity id from the bank id. */
  activityId(): string;
}

export interface ReportingAdapter {
  handle(event: ReportedEvent): void;
  dispose(): void;
}

export type ReportKind = 'scorm' | 'xapi' | 'cmi5';

const ADAPTERS: Record<ReportKind, () => Promise<{ startReporting(host: ReportingHost): ReportingAdapter }>> = {
  scorm: () => import('./scorm.js'),
  xapi: () => import('./xapi.js'),
  cmi5: () => import('./cmi5.js'),
};

const EVENTS = ['quiz-ready', 'quiz-answer', 'quiz-complete'] as const;

export function reportError(element: HTMLElement, message: string): void {
  element.dispatchEvent(new QuizErrorEvent({ kind: 'lms', message }));
}

/** Starts reporting `kind` for the element; the returned function stops it. */
export function connectReporting(kind: string, host: ReportingHost): () => void {
  const load = Object.hasOwn(ADAPTERS, kind) ? ADAPTERS[kind as ReportKind] : undefined;
  if (!load) {
    reportError(host.element, `report="${kind}" is not one of scorm, xapi, cmi5: nothing is reported`);
    return () => {};
  }
  let adapter: ReportingAdapter | undefined;
  let stopped = false;
  const queued: ReportedEvent[] = [];
  const listener = (event: Event): void => {
    if (adapter) adapter.handle(event as ReportedEvent);
    else queued.push(event as ReportedEvent);
  };
  for (const name of EVENTS) host.element.addEventListener(name, listener);
  load().then(
    (module) => {
      if (stopped) return;
      adapter = module.startReporting(host);
      for (const event of queued.splice(0)) adapter.handle(event);
    },
    () => reportError(host.element, `the ${kind} reporting module could not be loaded: nothing is reported`),
  );
  return () => {
    stopped = true;
    for (const name of EVENTS) host.element.removeEventListener(name, listener);
    adapter?.dispose();
  };
}
