/**
 * The state of one quiz on one element, bound to the engine: loading the bank, the attempt
 * (questions drawn, responses, checked questions, the clock) and the result. The element
 * renders this state and turns the learner's actions into calls here; every rule (what counts
 * as answered, how a response scores) is the engine's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  checkBank, checkBankText, isAnswered, planAttempt,
  type AttemptPlan, type Bank, type BankIssue, type CheckResult, type EvidenceRanges, type PlannedQuestion,
  type QuestionScore, type QuizResult,
} from '../engine/index.js';
import type { scoreAttempt, scoreQuestion } from '../engine/score.js';
import { fetchBankText, type FetchFailure } from './fetch-bank.js';

export type Phase = 'idle' | 'loading' | 'error' | 'start' | 'question' | 'confirm' | 'results';
export type FeedbackMode = 'immediate' | 'end' | 'none';

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

export interface AttemptSettings {
  seed: string;
  count?: number | undefined;
  tags?: string[] | undefined;
  shuffle: boolean;
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

/**
 * The engine's scoring, handed to the controller by whoever loads it: the player brings it with
 * its after screens (feedback and results need them anyway), so the first question never waits
 * for the scoring code and a page that never checks an answer never downloads it.
 */
export interface Scoring {
  scoreQuestion: typeof scoreQuestion;
  scoreAttempt: typeof scoreAttempt;
}

export class QuizController implements ReactiveController {
  /** Must be set before any `check` or `submit` (the player sets it when its after screens arrive, and calls neither before). */
  scoring: Scoring | null = null;
  phase: Phase = 'idle';
  error: LoadError | null = null;
  bank: Bank | null = null;
  evidence: EvidenceRanges = new Map();
  plan: AttemptPlan | null = null;
  index = 0;
  result: QuizResult | null = null;
  private responses = new Map<string, unknown>();
  private checkedScores = new Map<string, QuestionScore>();
  /** Questions the learner flagged for review (kept here, beside the responses, so they can be saved). */
  private flags = new Set<string>();
  private startedAt = 0;
  private loading: AbortController | null = null;

  /**
   * `onLoaded` is called once the bank is on screen (error null) or refused, after rendering;
   * `now` is the clock, passed in so durations can be tested exactly.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onLoaded: (error: LoadError | null) => void,
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
      this.error = null;
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
    if (this.loading === loading) this.onLoaded(this.error);
  }

  private fail(error: LoadError): void {
    this.bank = null;
    this.plan = null;
    this.error = error;
    this.setPhase('error');
  }

  /** Draws a new attempt from the loaded bank and goes back to the start screen (or says none match). */
  newAttempt(settings: AttemptSettings): void {
    if (!this.bank) return;
    this.plan = planAttempt(this.bank, { seed: settings.seed, count: settings.count, tags: settings.tags, shuffle: settings.shuffle });
    this.responses.clear();
    this.checkedScores.clear();
    this.flags.clear();
    this.result = null;
    this.index = 0;
    if (!this.plan.questions.length) {
      // The bank stays: settings that match some questions again can draw a new attempt.
      this.error = { kind: 'invalid', noQuestions: true };
      this.setPhase('error');
    } else {
      this.error = null;
      if (this.phase !== 'loading') this.setPhase('start');
    }
  }

  start(): void {
    if (!this.plan?.questions.length) return;
    this.startedAt = this.now();
    this.index = 0;
    this.setPhase('question');
  }

  get questions(): readonly PlannedQuestion[] {
    return this.plan?.questions ?? [];
  }

  get current(): PlannedQuestion | undefined {
    return this.questions[this.index];
  }

  goTo(index: number): void {
    if (index < 0 || index >= this.questions.length) return;
    this.index = index;
    this.setPhase('question');
  }

  /** What the learner answered, or undefined (an order question the learner never moved too). */
  responseTo(planned: PlannedQuestion): unknown {
    return this.responses.get(planned.question.id);
  }

  answered(planned: PlannedQuestion): boolean {
    return isAnswered(planned.question, this.responseTo(planned));
  }

  /** The response as events report it: a copy (a host's handler cannot change it), or null. */
  reportedResponse(planned: PlannedQuestion): unknown {
    return this.answered(planned) ? structuredClone(this.responseTo(planned)) : null;
  }

  respond(questionId: string, response: unknown): void {
    if (this.checkedScores.has(questionId) || this.phase !== 'question') return;
    this.responses.set(questionId, response);
    this.host.requestUpdate();
  }

  /** The score of a question checked with immediate feedback; its answer is locked from then on. */
  checked(questionId: string): QuestionScore | undefined {
    return this.checkedScores.get(questionId);
  }

  /** Scores and locks the question; null, and nothing locked, when it has no answer yet. */
  check(planned: PlannedQuestion): QuestionScore | null {
    if (!this.answered(planned) || this.checkedScores.has(planned.question.id)) return null;
    const score = this.scoring!.scoreQuestion(planned.question, this.responseTo(planned));
    this.checkedScores.set(planned.question.id, score);
    this.host.requestUpdate();
    return score;
  }

  flagged(questionId: string): boolean {
    return this.flags.has(questionId);
  }

  /** Flags or unflags a question for review; flags stay in the results (the review filters by them). */
  setFlag(questionId: string, on: boolean): void {
    if (on) this.flags.add(questionId);
    else this.flags.delete(questionId);
    this.host.requestUpdate();
  }

  flaggedIndexes(): number[] {
    return this.questions.flatMap((planned, i) => (this.flags.has(planned.question.id) ? [i] : []));
  }

  unansweredIndexes(): number[] {
    return this.questions.flatMap((planned, i) => (this.answered(planned) ? [] : [i]));
  }

  confirm(): void {
    this.setPhase('confirm');
  }

  /** Scores the attempt and shows the results; null when no attempt is under way. */
  submit(passMark: number): Submission | null {
    if ((this.phase !== 'question' && this.phase !== 'confirm') || !this.plan || !this.bank) return null;
    const questions = this.questions.map((p) => p.question);
    const responses = Object.fromEntries(this.questions.map((p) => [p.question.id, this.responseTo(p)]));
    this.result = this.scoring!.scoreAttempt(questions, responses, passMark);
    this.setPhase('results');
    return {
      plan: this.plan,
      bankId: this.bank.id,
      result: structuredClone(this.result),
      durationMs: this.now() - this.startedAt,
      unchecked: this.questions.filter((p) => !this.checkedScores.has(p.question.id)),
      responses: this.questions.map((p) => this.reportedResponse(p)),
    };
  }

  private setPhase(phase: Phase): void {
    this.phase = phase;
    this.host.requestUpdate();
  }
}
