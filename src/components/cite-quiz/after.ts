/**
 * The player's after screens, one lazy chunk requested while the learner reads the start
 * screen: scoring (a checked question's verdict and quiz-answer, submitting and quiz-complete,
 * through controllers/quiz-after.ts), a checked question's feedback, the confirmation, results
 * and review, the source reader, the time limit and the error screen, with their styles and
 * English strings. The entry (cite-quiz.ts) holds the start screen and the questions, and keeps
 * any press made before this chunk arrives until it does.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { outcomeOf, scoreQuestion, type ExtendMode, type PlannedQuestion, type QuestionScore, type SourceAccess, type TextRange } from '../../engine/index.js';
import { QuizAnswerEvent, QuizCompleteEvent, type QuizErrorDetail } from '../../events.js';
import { english } from '../../i18n/en-after.js';
import type { Messages } from '../../i18n/messages.js';
import { MAX_BANK_BYTES } from '../../controllers/fetch-bank.js';
import type { FeedbackMode, LoadError, QuizController } from '../../controllers/quiz-controller.js';
import { changeClock, flagged, flaggedIndexes, scoreOf, setFlag, submitAttempt, unansweredIndexes } from '../../controllers/quiz-after.js';
import { TimerController } from '../../controllers/timer-controller.js';
import type { StorageLike } from '../../controllers/storage-controller.js';
import { choiceMark, renderFeedback, SYMBOLS, renderVerdict, verdictText, type ChoiceMark, type FeedbackContext } from '../views/feedback.js';
import { afterStyles } from './after.styles.js';
import { SavedProgress } from './saved-progress.js';

// Study mode and the builder load this chunk and take the shared views and the storage controller
// from it, so they are not split into a third chunk that every quiz would request.
export { afterStyles, english, verdictText };
// For the builder's question preview and table, which load this chunk as the player does (a
// static import of these views would split them into a third chunk that every quiz loads).
export { renderFeedback } from '../views/feedback.js';
export { describeCorrect } from '../views/answer-text.js';
export { feedbackStyles } from '../views/feedback.styles.js';
// Handed to the attempts chunk at runtime, so the storage controller stays in this chunk, which every quiz loads.
export { StorageController } from '../../controllers/storage-controller.js';
// Scoring is in this chunk (a quiz scores only once a question is checked or the attempt
// submitted): study mode and the builder's preview take it from here too.
export { scoreQuestion } from '../../engine/index.js';

/** What the after screens read from the element and ask it to do, at the moment they render. */
export interface Player {
  quiz: QuizController;
  t: Messages;
  /** The bank's language. */
  lang: string;
  feedback: FeedbackMode;
  source: SourceAccess;
  /** `none`: the time limit is essential; no Add time or Turn off. */
  extend: ExtendMode;
  /** False once an `attempts` limit is used up: no Try again. */
  canTryAgain: boolean;
  /** The pass mark as a fraction. */
  passMark: number;
  announce(text: string): void;
  focusAfterUpdate(selector: string): void;
  go(index: number): void;
  /** Back from the confirmation to the question the learner left. */
  keepWorking(): void;
  reload(): void;
  tryAgain(): void;
  /** Starts the drawn attempt (Start, Start over). */
  start(): void;
  /** Back to the start screen with a fresh attempt drawn. */
  reset(): void;
  /** Questions and choices shuffled (`shuffle` is not "none"). */
  shuffled: boolean;
  /** The element's `persist` and `storage`: where progress is saved. */
  persist: string;
  storage: StorageLike | undefined;
  /** One sentence about saved progress, shown once. */
  notify(text: string): void;
}

/** The review's filter: every question, or only those wrong, partly right or flagged. */
type ReviewFilter = 'all' | 'wrong' | 'partial' | 'flagged';

/**
 * Whether loading again can help: a failure to reach the server, a timeout, or a server error
 * (5xx, 408, 429) may pass; a 404, a file too large or an invalid bank will not.
 */
function retryCanHelp(error: LoadError): boolean {
  if (!('fetch' in error)) return false;
  const { fetch } = error;
  if (fetch.kind === 'timeout') return true;
  return fetch.kind === 'network' && (fetch.status === null || fetch.status >= 500 || fetch.status === 408 || fetch.status === 429);
}

/** Fires quiz-answer for a scored question (the player's on Check and at submit, study mode's on Check). */
export function fireAnswer(target: EventTarget, planned: PlannedQuestion, response: unknown, score: QuestionScore): void {
  const { question } = planned;
  target.dispatchEvent(new QuizAnswerEvent({
    questionId: question.id, type: question.type, response, correct: score.correct, score: score.score, maxScore: score.maxScore,
  }));
}

/** Moves focus among a grid of buttons with the arrow keys, Home and End (one Tab stop for the grid). */
function onGridKeydown(event: KeyboardEvent): void {
  const list = event.currentTarget as HTMLElement;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('button:not([hidden])')];
  const from = buttons.indexOf(event.target as HTMLButtonElement);
  if (from < 0) return;
  const columns = Math.max(1, buttons.filter((b) => b.offsetTop === buttons[0]!.offsetTop).length);
  const rtl = getComputedStyle(list).direction === 'rtl';
  const steps: Record<string, number> = {
    ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowDown: columns, ArrowUp: -columns, Home: -from, End: buttons.length - 1 - from,
  };
  const step = steps[event.key];
  if (step === undefined) return;
  event.preventDefault();
  buttons[Math.min(buttons.length - 1, Math.max(0, from + step))]!.focus();
}

export class AfterScreens {
  readonly timer: TimerController;
  #reviewFilter: ReviewFilter = 'all';
  readonly progress: SavedProgress;
  /** The quote highlighted in the source reader, or null to show the source plain. */
  #readerRange: TextRange | null = null;
  /** The button that opened the reader: focus goes back there when it closes. */
  #readerOpener: HTMLElement | null = null;

  readonly #host: LitElement;
  readonly #player: () => Player;

  constructor(host: LitElement, player: () => Player) {
    this.#host = host;
    this.#player = player;
    this.timer = new TimerController(host, {
      onWarn: (seconds) => {
        const { t, extend, announce } = this.#player();
        announce(extend === 'none' ? t.timeWarningFixed(seconds) : t.timeWarning(seconds));
      },
      onExpire: () => {
        if (this.finish()) this.#player().announce(this.#player().t.timeUp);
      },
    });
    this.progress = new SavedProgress(host, player, () => this.syncClock());
  }

  get #reader(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  /** The heading of what is on screen now: where focus goes when its own place is gone. */
  get #phaseHeading(): string {
    return `#${this.#player().quiz.phase}-heading`;
  }

  /** A checked option's mark, for the question's own form (views/question-controls.ts). */
  readonly choiceMark = (picked: boolean, right: boolean): ChoiceMark => choiceMark(this.#player().t, picked, right);

  /**
   * A question just checked with `response` (taken when Check was pressed, which may be before
   * this chunk arrived): the live region says right or wrong, and quiz-answer is fired once its
   * feedback is on screen.
   */
  async checked(planned: PlannedQuestion, response: unknown): Promise<void> {
    const { t, announce } = this.#player();
    const score = scoreQuestion(planned.question, response);
    announce(verdictText(score, t));
    await this.#host.updateComplete;
    fireAnswer(this.#host, planned, structuredClone(response), score);
  }

  /**
   * Scores the attempt, shows the results, then tells the host page, from a snapshot taken
   * first. False when there was no attempt to submit.
   */
  finish(): boolean {
    const { quiz, passMark, focusAfterUpdate } = this.#player();
    const submission = submitAttempt(quiz, passMark);
    if (!submission) return false;
    this.timer.stop();
    this.closeReader();
    focusAfterUpdate('#results-heading');
    void this.#host.updateComplete.then(() => {
      const { plan, result } = submission;
      const scores = new Map(result.perQuestion.map((q) => [q.questionId, q]));
      for (const planned of submission.unchecked) {
        if (quiz.plan !== plan) return; // a handler started another attempt: this one is over
        fireAnswer(this.#host, planned, submission.responses[plan.questions.indexOf(planned)], scores.get(planned.question.id)!);
      }
      if (quiz.plan !== plan) return;
      this.#host.dispatchEvent(new QuizCompleteEvent({
        bankId: submission.bankId,
        seed: plan.seed,
        score: result.score,
        maxScore: result.maxScore,
        scaled: result.scaled,
        passed: result.passed,
        durationMs: submission.durationMs,
        responses: result.perQuestion.map((score, i) => ({ ...score, response: submission.responses[i] })),
      }));
    });
    return true;
  }

  errorDetail(error: LoadError): QuizErrorDetail {
    const t = this.#player().t;
    if ('issues' in error) return { kind: error.kind, message: error.message, issues: error.issues };
    if ('noBank' in error) return { kind: 'invalid', message: t.noBank };
    if ('noQuestions' in error) return { kind: 'invalid', message: t.noQuestions };
    const failure = error.fetch;
    let message: string;
    if (failure.kind === 'timeout') message = t.timeout(error.url, failure.seconds);
    else if (failure.kind === 'too-large') message = t.tooLarge(error.url, MAX_BANK_BYTES / 1024 / 1024);
    else message = failure.status === null ? t.unreachable(error.url) : t.httpError(failure.status, error.url);
    return { kind: error.kind, message };
  }

  openReader(range: TextRange | null, opener: HTMLElement): void {
    this.#readerOpener = opener;
    this.#readerRange = range;
    this.#reader?.showModal();
    this.#player().focusAfterUpdate(range ? '#reader-mark' : '#reader-close');
    void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector('#reader-mark')?.scrollIntoView({ block: 'center' }));
  }

  /**
   * The clock follows the attempt on screen (started, resumed, changed in another tab): its
   * deadline, extended, turned off, or none; none once it is submitted or left.
   */
  syncClock(): void {
    const { quiz } = this.#player();
    const clock = quiz.attempt?.clock;
    if (clock && clock.deadline !== null && (quiz.phase === 'question' || quiz.phase === 'confirm')) this.timer.follow(clock);
    else this.timer.stop();
  }

  /** Closes the reader because the quiz moved on: focus then goes where the quiz puts it. */
  closeReader(): void {
    this.#readerOpener = null;
    if (this.#reader?.open) this.#reader.close();
  }

  #onReaderClose(): void {
    this.#readerRange = null;
    const opener = this.#readerOpener;
    this.#readerOpener = null;
    if (opener?.isConnected) opener.focus();
    else if (opener) this.#player().focusAfterUpdate(this.#phaseHeading);
    this.#host.requestUpdate();
  }

  /** The clock follows the saved attempt's, which the change is recorded in (and saved). */
  #changeLimit(change: 'extend' | 'off'): void {
    const { quiz } = this.#player();
    changeClock(quiz, change);
    this.timer.follow(quiz.attempt?.clock ?? null);
  }

  #addTime(): void {
    this.#changeLimit('extend');
    this.#player().announce(this.#player().t.timeAdded(this.timer.limitSeconds));
  }

  #turnOffTimeLimit(): void {
    this.#changeLimit('off');
    const p = this.#player();
    p.announce(p.t.limitOff);
    p.focusAfterUpdate(this.#reader?.open ? '#reader-close' : this.#phaseHeading);
  }

  #feedbackContext(planned: PlannedQuestion, level: 3 | 4): FeedbackContext {
    const p = this.#player();
    const canOpen = p.source !== 'closed' || p.quiz.phase === 'results';
    return {
      planned, response: p.quiz.responseTo(planned), t: p.t, lang: p.lang, kind: p.quiz.bank!.source.kind, level,
      ranges: p.quiz.evidence.get(planned.question.id) ?? [],
      open: canOpen ? (range, opener) => this.openReader(range, opener) : null,
    };
  }

  /** A checked question's feedback, under its form. */
  renderFeedback(planned: PlannedQuestion): TemplateResult {
    const score = scoreOf(this.#player().quiz, planned);
    return html`<section part="feedback" class="feedback">${renderFeedback(this.#feedbackContext(planned, 3), score, !score.correct)}</section>`;
  }

  /**
   * What the learner sees when the quiz cannot be shown: that it could not be loaded and what
   * they can do (try again, only where that can help; else tell the teacher), with the
   * technical detail, for the teacher, in a disclosure.
   */
  renderError(): TemplateResult {
    const { quiz, t, reload } = this.#player();
    const error = quiz.error!;
    const detail = this.errorDetail(error);
    const retry = retryCanHelp(error);
    return html`<div part="error" class="error" role="alert">
      <h2 id="error-heading" tabindex="-1">${t.errorTitle}</h2>
      <p>${retry ? t.adviceRetry : t.adviceTeacher}</p>
      ${retry ? html`<button type="button" part="button button--primary" class="primary" @click=${() => reload()}>${t.retry}</button>` : nothing}
      <details class="error-details">
        <summary>${t.errorDetails}</summary>
        ${detail.issues
          ? html`<p>${t.invalidBank(detail.issues.length)}</p>
              <ul class="issues">
                ${detail.issues.map((issue) => html`<li>
                  ${issue.questionId === undefined ? nothing : html`<strong>${t.issueQuestion(issue.questionId)}</strong>: `}${issue.message}
                  <code>${t.issueAt(issue.path)}</code>
                </li>`)}
              </ul>`
          : html`<p>${detail.message}</p>`}
      </details>
    </div>`;
  }

  renderTimer(): TemplateResult | typeof nothing {
    const remaining = this.timer.remaining;
    if (remaining === null) return nothing;
    const { t, extend } = this.#player();
    return html`<div class="timer ${this.timer.warned ? 'timer--warning' : ''}">
      <span>${t.timeLeft(remaining)}</span>
      ${extend === 'none'
        ? nothing
        : html`<button type="button" part="button" @click=${() => this.#addTime()}>${t.addTime(this.timer.limitSeconds)}</button>
          <button type="button" part="button" @click=${() => this.#turnOffTimeLimit()}>${t.turnOff}<span class="timer-long"> ${t.theTimeLimit}</span></button>`}
    </div>`;
  }

  /**
   * A compact grid of question numbers, each a button named with its state (never colour alone:
   * a symbol and a border style, and the words in its name). One Tab stop; arrows move within.
   * `describe` gives each number's state: during the quiz answered or not, in the review its outcome.
   */
  #renderNumbers(indexes: readonly number[], label: string, pick: (index: number) => void,
    describe: (index: number) => { name: string; marks: string; classes: string }, focusable = indexes[0]): TemplateResult {
    const { quiz } = this.#player();
    return html`<ul class="numbers" aria-label=${label} @keydown=${onGridKeydown}>
      ${indexes.map((i) => {
        const { name, marks, classes } = describe(i);
        return html`<li><button type="button" part="button" class="number ${classes}" tabindex=${i === focusable ? '0' : '-1'}
          aria-current=${quiz.phase === 'question' && i === quiz.index ? 'step' : nothing} aria-label=${name}
          @click=${() => pick(i)}>${i + 1}<span class="number-marks" aria-hidden="true">${marks}</span></button></li>`;
      })}
    </ul>`;
  }

  /** A question's state during the quiz: current, answered, flagged. */
  #questionState(i: number): { name: string; marks: string; classes: string } {
    const { quiz, t } = this.#player();
    const planned = quiz.questions[i]!;
    const current = quiz.phase === 'question' && i === quiz.index;
    const answered = quiz.answered(planned);
    const isFlagged = flagged(quiz, planned.question.id);
    return {
      name: t.questionState(i + 1, [current && t.stateCurrent, answered ? t.stateAnswered : t.stateNotAnswered, isFlagged && t.flaggedWord].filter(Boolean).join(', ')),
      marks: `${answered ? '✓' : ''}${isFlagged ? '⚑' : ''}`,
      classes: `${answered ? 'number--answered' : ''} ${isFlagged ? 'number--flagged' : ''} ${current ? 'number--current' : ''}`,
    };
  }

  /** The question navigator is open under the header. */
  #navigatorOpen = false;

  closeNavigator(): void {
    this.#navigatorOpen = false;
  }

  /** Opens the navigator on the current question's number, or closes it back onto its button. */
  #toggleNavigator(open: boolean): void {
    this.#navigatorOpen = open;
    this.#player().focusAfterUpdate(open ? '#navigator [aria-current]' : '#navigator-toggle');
  }

  /** "Questions", beside the progress bar: opens and closes the navigator. */
  renderNavigatorToggle(): TemplateResult {
    return html`<button type="button" part="button" class="link" id="navigator-toggle" aria-expanded=${this.#navigatorOpen ? 'true' : 'false'}
      aria-controls="navigator" @click=${() => this.#toggleNavigator(!this.#navigatorOpen)}>${this.#player().t.questions}</button>`;
  }

  /** "Flag for review" on every question: a toggle button. */
  renderFlag(questionId: string): TemplateResult {
    const { quiz, t } = this.#player();
    const on = flagged(quiz, questionId);
    return html`<button type="button" part="button" class="flag" aria-pressed=${on ? 'true' : 'false'}
      @click=${() => setFlag(quiz, questionId, !on)}><span aria-hidden="true">${on ? '⚑' : '⚐'}</span> ${t.flag}</button>`;
  }

  /** The question navigator, opened from the header: every question; Escape closes it. */
  renderNavigator(): TemplateResult | typeof nothing {
    if (!this.#navigatorOpen) return nothing;
    const { quiz, t, go } = this.#player();
    return html`<section class="navigator" id="navigator" aria-labelledby="navigator-title"
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        this.#toggleNavigator(false);
      }}>
      <h3 id="navigator-title" class="visually-hidden">${t.navigatorTitle}</h3>
      ${this.#renderNumbers(quiz.questions.map((_, i) => i), t.navigatorTitle, go, (i) => this.#questionState(i), quiz.index)}
      <p class="muted navigator-key">${t.navigatorKey}</p>
    </section>`;
  }

  /** The confirmation: actions first, then the unanswered and flagged questions as compact grids. */
  renderConfirm(): TemplateResult {
    const { quiz, t, go, keepWorking } = this.#player();
    this.#navigatorOpen = false; // closed when the questions are left (no update needed: it is not on screen)
    const unanswered = unansweredIndexes(quiz);
    const flaggedOnes = flaggedIndexes(quiz);
    return html`<section class="confirm">
      <div part="header" class="header">
        <h2 id="confirm-heading" tabindex="-1">${t.confirmTitle}</h2>
        ${this.renderTimer()}
      </div>
      ${unanswered.length ? nothing : html`<p>${t.allAnswered}</p>`}
      <div class="actions">
        <button type="button" part="button button--primary" class="primary" @click=${() => this.finish()}>${t.submitNow}</button>
        <button type="button" part="button" @click=${() => keepWorking()}>${t.keepWorking}</button>
      </div>
      ${([[unanswered, t.unanswered(unanswered.length)], [flaggedOnes, t.flaggedList(flaggedOnes.length)]] as const).map(([indexes, label]) => indexes.length
        ? html`<p class="numbers-label">${label}</p>${this.#renderNumbers(indexes, label, go, (i) => this.#questionState(i))}`
        : nothing)}
    </section>`;
  }

  renderResults(): TemplateResult {
    this.#navigatorOpen = false;
    const { quiz, t, feedback, focusAfterUpdate, tryAgain, canTryAgain } = this.#player();
    const result = quiz.result!;
    const missed = quiz.snapshot?.last?.missed.length ?? 0;
    // Floored, so the percent shown never reaches the pass mark when the attempt did not.
    const percent = Math.floor(result.scaled * 100);
    const showReview = feedback !== 'none';
    return html`<section part="results" class="results">
      <h2 id="results-heading" tabindex="-1">${t.resultsTitle}</h2>
      <p class="score">${t.scoreLine(result.score, result.maxScore, percent)}</p>
      ${renderVerdict(result.passed ? 'correct' : 'wrong', result.passed ? t.passed : t.notPassed)}
      <p class="muted">${t.passMark(Math.round(result.passMark * 100))} · ${t.attemptCode(quiz.plan!.seed)}</p>
      <div class="actions">
        ${showReview ? html`<button type="button" part="button" @click=${() => focusAfterUpdate('#review-heading')}>${t.review}</button>` : nothing}
        ${canTryAgain ? html`<button type="button" part="button button--primary" class="primary" @click=${() => tryAgain()}>${t.tryAgain}</button>` : nothing}
        ${missed && canTryAgain ? html`<button type="button" part="button" @click=${() => this.progress.practise()}>${t.practiseMissed(missed)}</button>` : nothing}
      </div>
      ${showReview ? this.#renderReview() : nothing}
    </section>`;
  }

  /** Opens a review item and puts focus on its summary (from the review's index). */
  #showReviewItem(index: number): void {
    const item = this.#host.renderRoot.querySelector<HTMLDetailsElement>(`#review-${index}`);
    if (!item) return;
    item.open = true;
    item.querySelector('summary')?.focus();
  }

  /**
   * The review: a filter with counts (All, Wrong, Partly right, Flagged), an index of the
   * questions shown, and each question a native <details>, open when wrong or partly right.
   */
  #renderReview(): TemplateResult {
    const { quiz, t, lang } = this.#player();
    const scores = quiz.result!.perQuestion;
    const outcomes = scores.map((score) => outcomeOf(score));
    const flags = quiz.questions.map((planned) => flagged(quiz, planned.question.id));
    const matches = (filter: ReviewFilter, i: number) => filter === 'all' || (filter === 'flagged' ? flags[i] : outcomes[i] === filter);
    const shown = (i: number) => matches(this.#reviewFilter, i);
    const count = (filter: ReviewFilter) => quiz.questions.filter((_, i) => matches(filter, i)).length;
    const labels: Record<ReviewFilter, (n: number) => string> = { all: t.filterAll, wrong: t.filterWrong, partial: t.filterPartial, flagged: t.filterFlagged };
    const visible = quiz.questions.flatMap((_, i) => (shown(i) ? [i] : []));
    const words = { correct: t.outcomeCorrect, partial: t.outcomePartial, wrong: t.outcomeWrong };
    return html`<h3 id="review-heading" tabindex="-1">${t.review}</h3>
      <fieldset class="review-filter">
        <legend>${t.reviewFilter}</legend>
        ${(Object.keys(labels) as ReviewFilter[]).map((filter) => html`<label class="filter-option">
          <input type="radio" name="review-filter" .value=${filter} .checked=${this.#reviewFilter === filter}
            @change=${() => { this.#reviewFilter = filter; this.#host.requestUpdate(); }} />${labels[filter](count(filter))}</label>`)}
      </fieldset>
      ${visible.length
        ? html`<nav class="review-index" aria-label=${t.reviewIndex}>${this.#renderNumbers(visible, t.reviewIndex, (i) => this.#showReviewItem(i), (i) => ({
          name: `${t.goToQuestion(i + 1)}: ${words[outcomes[i]!]}${flags[i] ? `, ${t.flaggedWord}` : ''}`,
          marks: `${SYMBOLS[outcomes[i]!]}${flags[i] ? '⚑' : ''}`,
          classes: `number--answered number--${outcomes[i]}`,
        }))}</nav>`
        : html`<p>${t.reviewEmpty}</p>`}
      <ol class="review">
        ${quiz.questions.map((planned, i) => html`<li class="review-item" ?hidden=${!shown(i)}>
          <details id="review-${i}" ?open=${outcomes[i] !== 'correct'}>
            <summary>
              <span class="review-mark review-mark--${outcomes[i]}" aria-hidden="true">${SYMBOLS[outcomes[i]!]}</span>
              <strong>${t.goToQuestion(i + 1)}</strong>: ${words[outcomes[i]!]}${flags[i] ? html` · <span aria-hidden="true">⚑</span> ${t.flaggedWord}` : nothing}
              <span class="review-prompt" lang=${lang}>${planned.question.prompt}</span>
            </summary>
            ${renderFeedback(this.#feedbackContext(planned, 4), scores[i]!, true)}
          </details>
        </li>`)}
      </ol>`;
  }

  renderReader(): TemplateResult {
    const { quiz, t, lang } = this.#player();
    const bank = quiz.bank;
    const text = bank?.source.text ?? '';
    const range = this.#readerRange;
    return html`<dialog part="reader" class="reader" aria-labelledby="reader-title" @close=${() => this.#onReaderClose()}>
      <div class="reader-header">
        <h2 id="reader-title" lang=${lang}>${bank?.source.title ?? t.readerTitle}</h2>
        <button type="button" part="button" id="reader-close" @click=${() => this.#reader?.close()}>${t.close}</button>
      </div>
      ${this.renderTimer()}
      <div class="reader-text" role="region" tabindex="0" aria-labelledby="reader-title" lang=${lang}>${range
        ? html`${text.slice(0, range.start)}<mark id="reader-mark" tabindex="-1">${text.slice(range.start, range.end)}</mark>${text.slice(range.end)}`
        : text}</div>
    </dialog>`;
  }
}
