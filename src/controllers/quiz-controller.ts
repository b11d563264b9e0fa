/**
 * The state of one quiz on one element, bound to the engine: loading the bank, the attempt
 * (questions drawn, responses, checked questions, the clock) and the result. The element
 * renders this state and turns the learner's actions into calls here; every rule (what counts
 * as answered, how a response scores) is the engine's. This class holds what a quiz needs up to
 * its first Check; scoring, flags, the clock's controls, submitting, resuming and
 * another tab's progress act on it from the after chunk (quiz-after.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  checkBank, checkBankText, discardAttempt, emptySnapshot, isAnswered, newSavedAttempt, planAttempt, recordAnswer, recordCheck,
  type AttemptOptions, type AttemptPlan, type Bank, type BankIssue, type CheckResult, type EvidenceRanges, type PlannedQuestion,
  type QuizResult, type SavedAttempt, type SavedResponse, type Snapshot,
} from '../engine/index.js';
import { fetchBankText, type FetchFailure } from './fetch-bank.js';

export type Phase = 'idle' | 'loading' | 'error' | 'start' | 'question' | 'confirm' | 'results';
export type { FeedbackMode } from '../engine/index.js';

/** Why the bank is not shown: a fetch failure, or the engine's issues. */
export type LoadError =
  | { kind: 'network' | 'timeout' | 'parse'; fetch: FetchFailure; url: string }
  | { kind: 'parse' | 'invalid'; issues: BankIssue[]; message: string }
  | { kind: 'invalid'; noBank: true }
  | { kind: 'invalid'; noQuestions: true };

/** Where the bank comes from, in order of precedence. */
export interface BankSource {
  object?: unknown;
  inlineJson?: string | undefined;
  url?: string | undefined;
  timeoutMs: number;
}

/** What draws an attempt: the seed and the selection settings (see `planAttempt`). */
export type AttemptSettings = AttemptOptions & { seed: string };

export interface QuizEvents {
  /** The bank is on screen (error null) or refused, after rendering. */
  onLoaded(error: LoadError | null): void;
  /** A bank was loaded and checked; called before its start screen renders. */
  onBank(bank: Bank): void;
  /** The learner changed saved progress: an answer, a check, a flag, the position, the clock, a start or a submit. */
  onProgress(snapshot: Snapshot): void;
}

export class QuizController implements ReactiveController {
  phase: Phase = 'idle';
  error: LoadError | null = null;
  bank: Bank | null = null;
  evidence: EvidenceRanges = new Map();
  plan: AttemptPlan | null = null;
  index = 0;
  result: QuizResult | null = null;
  /**
   * Saved progress (the engine's snapshot): the attempt under way, which on the start screen is
   * one the learner may resume, and the last finished attempt's summary. Null until a bank loads.
   */
  snapshot: Snapshot | null = null;
  /** The attempt on screen (under way, or just submitted for the review); null on the start screen. */
  attempt: SavedAttempt | null = null;
  #loading?: AbortController;

  /** `now` is the clock, passed in so durations and saved times can be tested exactly. */
  constructor(
    readonly host: ReactiveControllerHost,
    readonly events: QuizEvents,
    readonly now: () => number = () => Date.now(),
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#loading?.abort();
  }

  /** Loads (or reloads) the bank; a newer call makes any older one's late answer ignored. */
  async load(source: BankSource, settings: AttemptSettings): Promise<void> {
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    this.setPhase('loading');
    let outcome: CheckResult | LoadError;
    if (source.object != null) outcome = checkBank(source.object);
    else if (source.inlineJson !== undefined) outcome = checkBankText(source.inlineJson);
    else if (source.url) {
      const fetched = await fetchBankText(source.url, loading.signal, source.timeoutMs);
      if (loading.signal.aborted || (!fetched.ok && fetched.kind === 'aborted')) return;
      outcome = fetched.ok
        ? checkBankText(fetched.text)
        : { kind: fetched.kind === 'too-large' ? 'parse' : fetched.kind, fetch: fetched, url: source.url };
    } else outcome = { kind: 'invalid', noBank: true };

    if ('ok' in outcome && outcome.ok) {
      this.bank = outcome.bank;
      this.evidence = outcome.evidence;
      this.snapshot = emptySnapshot(outcome.bank, this.now());
      this.error = null;
      this.events.onBank(outcome.bank);
      this.newAttempt(settings);
      if (this.phase === 'loading') this.setPhase('start');
    } else if ('ok' in outcome) {
      // The messages are a chunk of their own, fetched only when a bank fails; if that fetch
      // fails too, the player is offline: say so, with Try again.
      const explained = await import('../engine/issues.js').then(({ explainFailure }) => explainFailure(outcome), () => null);
      if (loading.signal.aborted) return;
      this.#fail(explained ?? { kind: 'network', fetch: { ok: false, kind: 'network', status: null }, url: source.url ?? '' });
    } else {
      this.#fail(outcome);
    }
    await this.host.updateComplete;
    if (this.#loading === loading) this.events.onLoaded(this.error);
  }

  #fail(error: LoadError): void {
    this.bank = null;
    this.plan = null;
    this.snapshot = null;
    this.attempt = null;
    this.error = error;
    this.setPhase('error');
  }

  /**
   * Draws a new attempt from the loaded bank and goes back to the start screen (or says none
   * match). A saved attempt under way stays saved: the start screen offers to resume it.
   */
  newAttempt(settings: AttemptSettings): void {
    if (!this.bank) return;
    this.use(planAttempt(this.bank, settings));
  }

  /** Puts a drawn attempt on the start screen (or says no question matches). */
  use(plan: AttemptPlan): void {
    this.plan = plan;
    this.attempt = null;
    this.result = null;
    this.index = 0;
    if (!plan.questions.length) {
      // The bank stays: settings that match some questions again can draw a new attempt.
      this.error = { kind: 'invalid', noQuestions: true };
      this.setPhase('error');
    } else {
      this.error = null;
      if (this.phase !== 'loading') this.setPhase('start');
    }
  }

  /**
   * Starts the drawn attempt, with a deadline `limitSeconds` from now (0: no limit). An attempt
   * saved before is gone (the learner chose to start over), in every tab.
   */
  start(limitSeconds: number): void {
    if (!this.plan?.questions.length || !this.snapshot) return;
    const now = this.now();
    this.snapshot = discardAttempt(this.snapshot, now);
    this.index = 0;
    this.phase = 'question';
    this.save(newSavedAttempt(this.plan, now, limitSeconds));
  }

  get questions(): readonly PlannedQuestion[] {
    return this.plan?.questions ?? [];
  }

  get current(): PlannedQuestion | undefined {
    return this.questions[this.index];
  }

  goTo(index: number): void {
    if (index < 0 || index >= this.questions.length || !this.attempt) return;
    this.index = index;
    this.phase = 'question';
    this.save({ ...this.attempt, index, phase: 'question' });
  }

  /** What the learner answered, or undefined (an order question the learner never moved too). */
  responseTo(planned: PlannedQuestion): unknown {
    return this.attempt?.answers[planned.question.id]?.response;
  }

  answered(planned: PlannedQuestion): boolean {
    return isAnswered(planned.question, this.responseTo(planned));
  }

  respond(questionId: string, response: SavedResponse): void {
    if (this.phase !== 'question' || !this.attempt) return;
    this.save(recordAnswer(this.attempt, questionId, response, this.now()));
  }

  /** Whether the question was checked with immediate feedback: its answer is locked from then on. */
  checked(questionId: string): boolean {
    return this.attempt?.answers[questionId]?.checked === true;
  }

  /** Locks the question's answer for its feedback; false, and nothing locked, when it has no answer yet. */
  check(planned: PlannedQuestion): boolean {
    if (!this.answered(planned) || !this.attempt) return false;
    this.save(recordCheck(this.attempt, planned.question.id, this.now()));
    return true;
  }

  confirm(): void {
    if (!this.attempt) return;
    this.phase = 'confirm';
    this.save({ ...this.attempt, phase: 'confirm' });
  }

  /** The attempt on screen changed: it is saved, and the host told. */
  save(attempt: SavedAttempt): void {
    this.attempt = attempt;
    this.snapshot = { ...this.snapshot!, savedAt: this.now(), attempt };
    this.host.requestUpdate();
    this.events.onProgress(this.snapshot);
  }

  setPhase(phase: Phase): void {
    this.phase = phase;
    this.host.requestUpdate();
  }
}
