/**
 * The state of one quiz on one element, bound to the engine: loading the bank, the attempt
 * (questions drawn, responses, checked questions, the clock) and the result. The element
 * renders this state and turns the learner's actions into calls here; every rule (what counts
 * as answered, how a response scores) is the engine's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  checkBank, checkBankText, discardAttempt, emptySnapshot, extendClock, finishAttempt, isAnswered, newSavedAttempt,
  planAttempt, recordAnswer, recordCheck, recordFlag, replanAttempt, scoreAttempt, scoreQuestion, turnOffClock,
  type AttemptOptions, type AttemptPlan, type Bank, type BankIssue, type CheckResult, type EvidenceRanges, type PlannedQuestion,
  type QuestionScore, type QuizResult, type SavedAttempt, type SavedResponse, type Snapshot,
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

/** A submitted attempt, taken whole before any event is fired, so a host's handler cannot change it. */
export interface Submission {
  plan: AttemptPlan;
  bankId: string;
  result: QuizResult;
  durationMs: number;
  /** The questions not checked before submitting: each still needs its quiz-answer event. */
  unchecked: PlannedQuestion[];
  /** Each question's response as reported: null when unanswered. */
  responses: unknown[];
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
  private attempt: SavedAttempt | null = null;
  private loading: AbortController | null = null;

  /** `now` is the clock, passed in so durations and saved times can be tested exactly. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly events: QuizEvents,
    private readonly now: () => number = () => Date.now(),
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.loading?.abort();
  }

  /** Loads (or reloads) the bank; a newer call makes any older one's late answer ignored. */
  async load(source: BankSource, settings: AttemptSettings): Promise<void> {
    this.loading?.abort();
    const loading = (this.loading = new AbortController());
    this.setPhase('loading');
    let outcome: CheckResult | LoadError;
    if (source.object !== undefined && source.object !== null) outcome = checkBank(source.object);
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
      this.fail(explained ?? { kind: 'network', fetch: { ok: false, kind: 'network', status: null }, url: source.url ?? '' });
    } else {
      this.fail(outcome);
    }
    await this.host.updateComplete;
    if (this.loading === loading) this.events.onLoaded(this.error);
  }

  private fail(error: LoadError): void {
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

  /**
   * Draws an attempt of the questions the last attempt did not get fully right, in a new order
   * even when `shuffled` is false (which keeps each question's choices as the bank has them).
   */
  newPractice(seed: string, shuffled: boolean): void {
    const missed = this.snapshot?.last?.missed;
    if (!this.bank || !missed?.length) return;
    const order = planAttempt(this.bank, { seed, questions: missed }).questions.map((p) => p.question.id);
    this.use(replanAttempt(this.bank, seed, order, shuffled)!);
  }

  private use(plan: AttemptPlan): void {
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

  /** The saved attempt on the start screen comes back exactly: questions, answers, position, flags, clock. */
  resume(): boolean {
    const saved = this.snapshot?.attempt;
    const plan = saved && this.bank && replanAttempt(this.bank, saved.seed, saved.questions, saved.shuffled);
    if (this.phase !== 'start' || !saved || !plan) return false;
    this.plan = plan;
    this.attempt = saved;
    this.result = null;
    this.index = saved.index;
    this.setPhase(saved.phase);
    return true;
  }

  /** The attempt on screen: its answers, flags and clock. */
  get taken(): SavedAttempt | null {
    return this.attempt;
  }

  /**
   * Takes in saved progress from elsewhere: this element's merged with another copy (another
   * tab's, what was stored), or a host's restore() replacing it. True when the attempt on
   * screen is not in it (it was submitted or started over there, or replaced): this element is
   * then back on its start screen, and the caller draws a fresh attempt.
   */
  adopt(snapshot: Snapshot, how: 'merge' | 'replace'): boolean {
    if (!this.snapshot) return false;
    this.snapshot = snapshot;
    this.host.requestUpdate();
    if (!this.attempt || this.phase === 'results') return false;
    if (how === 'merge' && snapshot.attempt?.id === this.attempt.id) {
      this.attempt = snapshot.attempt; // the merge keeps this tab's position and phase
      return false;
    }
    this.attempt = null;
    this.setPhase('start');
    return true;
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

  /** The response as events report it: a copy (a host's handler cannot change it), or null. */
  reportedResponse(planned: PlannedQuestion): unknown {
    return this.answered(planned) ? structuredClone(this.responseTo(planned)) : null;
  }

  respond(questionId: string, response: SavedResponse): void {
    if (this.phase !== 'question' || !this.attempt) return;
    this.save(recordAnswer(this.attempt, questionId, response, this.now()));
  }

  /** The score of a question checked with immediate feedback; its answer is locked from then on. */
  checked(questionId: string): QuestionScore | undefined {
    const answer = this.attempt?.answers[questionId];
    const question = answer?.checked ? this.questions.find((p) => p.question.id === questionId)?.question : undefined;
    return question && scoreQuestion(question, answer!.response);
  }

  /** Scores and locks the question; null, and nothing locked, when it has no answer yet. */
  check(planned: PlannedQuestion): QuestionScore | null {
    if (!this.answered(planned) || !this.attempt) return null;
    this.save(recordCheck(this.attempt, planned.question.id, this.now()));
    return this.checked(planned.question.id)!;
  }

  flagged(questionId: string): boolean {
    return this.attempt?.flags[questionId]?.on === true;
  }

  setFlag(questionId: string, on: boolean): void {
    if (this.attempt && this.phase !== 'results') this.save(recordFlag(this.attempt, questionId, on, this.now()));
  }

  /** Adds the limit once more ("Add time"), or turns it off; the clock's new state is saved. */
  changeClock(change: 'extend' | 'off'): void {
    if (this.attempt) this.save((change === 'extend' ? extendClock : turnOffClock)(this.attempt, this.now()));
  }

  /** The questions flagged for review, by position (the confirmation lists them). */
  flaggedIndexes(): number[] {
    return this.questions.flatMap((planned, i) => (this.flagged(planned.question.id) ? [i] : []));
  }

  unansweredIndexes(): number[] {
    return this.questions.flatMap((planned, i) => (this.answered(planned) ? [] : [i]));
  }

  confirm(): void {
    if (!this.attempt) return;
    this.phase = 'confirm';
    this.save({ ...this.attempt, phase: 'confirm' });
  }

  /** Scores the attempt and shows the results; null when no attempt is under way. */
  submit(passMark: number): Submission | null {
    const attempt = this.attempt;
    if ((this.phase !== 'question' && this.phase !== 'confirm') || !this.plan || !this.bank || !this.snapshot || !attempt) return null;
    const questions = this.questions.map((p) => p.question);
    const responses = Object.fromEntries(this.questions.map((p) => [p.question.id, this.responseTo(p)]));
    const now = this.now();
    this.result = scoreAttempt(questions, responses, passMark);
    this.snapshot = finishAttempt({ ...this.snapshot, attempt }, this.result, now);
    this.setPhase('results');
    this.events.onProgress(this.snapshot);
    return {
      plan: this.plan,
      bankId: this.bank.id,
      result: structuredClone(this.result),
      durationMs: now - attempt.startedAt,
      unchecked: this.questions.filter((p) => !attempt.answers[p.question.id]?.checked),
      responses: this.questions.map((p) => this.reportedResponse(p)),
    };
  }

  /** The attempt on screen changed: it is saved, and the host told. */
  private save(attempt: SavedAttempt): void {
    this.attempt = attempt;
    this.snapshot = { ...this.snapshot!, savedAt: this.now(), attempt };
    this.host.requestUpdate();
    this.events.onProgress(this.snapshot);
  }

  private setPhase(phase: Phase): void {
    this.phase = phase;
    this.host.requestUpdate();
  }
}
