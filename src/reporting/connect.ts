/**
 * `report="scorm" | "xapi" | "cmi5"`: loads that adapter (its own chunk, by dynamic import) and
 * hands it the element's events. This module is a chunk too: <cite-quiz> imports it only when
 * `report` is set, keeping the events fired meanwhile, so a page without `report` loads none of
 * the reporting code. Events fired while the adapter is on its way are queued and replayed, so
 * none is lost to a slow network.
 */
import type { Bank, Question, Snapshot } from '../engine/index.js';
import { QuizErrorEvent, type QuizAnswerEvent, type QuizCompleteEvent, type QuizReadyEvent } from '../events.js';

export type ReportedEvent = QuizReadyEvent | QuizAnswerEvent | QuizCompleteEvent;

/** What the element gives reporting, beyond its events. */
export interface ReportingHost {
  /** The element: events come from it, and `quiz-error` / `quiz-statement` are fired on it. */
  element: HTMLElement & { activityId?: string; getState?(): Snapshot | null; restore?(state: unknown): Promise<boolean> };
  /** The quiz's bank, once loaded. */
  bank(): Bank | null | undefined;
  /** The quiz's pass mark as a fraction. */
  passMark(): number;
}

/** What an adapter reads, built from the host: the questions by id, and the activity id. */
export interface Reporting {
  element: HTMLElement;
  /** The question a `quiz-answer` names (its choices and answer make the interaction's pattern). */
  questionById(id: string): Question | undefined;
  passMark(): number;
  /** The bank's id, title and language (they name the activity), once loaded. */
  bank(): Bank | undefined;
  /** The `activityId` property or `activity-id` attribute (an IRI), or "" to derive the quiz's activity id from the bank id. */
  activityId(): string;
  /** The element's `getState()`: the snapshot of the learner's progress, null before the bank is loaded. */
  state(): Snapshot | null;
  /** The element's `restore()`: a refused state is told by the element (quiz-error, kind `invalid`). */
  restore(state: unknown): Promise<boolean>;
}

export interface ReportingAdapter {
  handle(event: ReportedEvent): void;
  dispose(): void;
}

/** How long `report="xapi"` and `"cmi5"` wait for the LRS before trying again later (`lrsTimeout`). */
export const DEFAULT_LRS_TIMEOUT_MS = 10_000;

type ReportKind = 'scorm' | 'xapi' | 'cmi5';

const ADAPTERS: Record<ReportKind, () => Promise<{ startReporting(host: Reporting): ReportingAdapter }>> = {
  scorm: () => import('./scorm.js'),
  xapi: () => import('./xapi.js'),
  cmi5: () => import('./cmi5.js'),
};

const EVENTS = ['quiz-ready', 'quiz-answer', 'quiz-complete'] as const;

export function reportError(element: HTMLElement, message: string): void {
  element.dispatchEvent(new QuizErrorEvent({ kind: 'lms', message }));
}

/**
 * Starts reporting `kind` for the element. The element kept the events fired before this chunk
 * arrived in `early`, through the listener `keep`: this takes over from it, handing them on
 * first. The returned function stops reporting.
 */
export function connectReporting(kind: string, host: ReportingHost, early: readonly Event[] = [], keep?: (event: Event) => unknown): () => void {
  if (keep) for (const name of EVENTS) host.element.removeEventListener(name, keep);
  const load = Object.hasOwn(ADAPTERS, kind) ? ADAPTERS[kind as ReportKind] : undefined;
  if (!load) {
    reportError(host.element, `report="${kind}" is not one of scorm, xapi, cmi5: nothing is reported`);
    return () => {};
  }
  let adapter: ReportingAdapter | undefined;
  let stopped = false;
  const queued = [...early] as ReportedEvent[];
  const listener = (event: Event): void => {
    if (adapter) adapter.handle(event as ReportedEvent);
    else queued.push(event as ReportedEvent);
  };
  for (const name of EVENTS) host.element.addEventListener(name, listener);
  load().then(
    (module) => {
      if (stopped) return;
      adapter = module.startReporting({
        element: host.element,
        questionById: (id) => host.bank()?.questions.find((q) => q.id === id),
        passMark: host.passMark,
        bank: () => host.bank() ?? undefined,
        activityId: () => host.element.activityId ?? host.element.getAttribute('activity-id') ?? '',
        state: () => host.element.getState?.() ?? null,
        restore: (state) => host.element.restore?.(state) ?? Promise.resolve(false),
      });
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
