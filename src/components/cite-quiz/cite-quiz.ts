import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { newSeed, type PlannedQuestion, type QuestionScore, type QuizResult, type TextRange } from '../../engine/index.js';
import { QuizAnswerEvent, QuizCompleteEvent, QuizErrorEvent, QuizReadyEvent, type QuizErrorDetail } from '../../events.js';
import { messagesFor, type Messages } from '../../i18n/messages.js';
import { DEFAULT_LOAD_TIMEOUT_MS, MAX_BANK_BYTES } from '../../controllers/fetch-bank.js';
import { QuizController, type AttemptSettings, type FeedbackMode, type LoadError } from '../../controllers/quiz-controller.js';
import { TimerController } from '../../controllers/timer-controller.js';
import { describeCorrect, describeResponse } from './answer-text.js';
import { renderAnswerControls } from './question-views.js';
import { styles } from './cite-quiz.styles.js';

/**
 * A quiz from a citequiz/v1 question bank, one question at a time, in which every correct
 * answer is shown with the quote from the source that supports it.
 *
 * @summary The citequiz player: start screen, questions, feedback, results and review.
 * @tagname cite-quiz
 *
 * The bank comes from the `bank` property, else from a `<script type="application/json">`
 * child (not rendered), else from `src`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart header - The question number, timer and "Read the report" button.
 * @csspart progress - The progress bar.
 * @csspart question - The current question's form.
 * @csspart prompt - A question's prompt (the legend of its fieldset).
 * @csspart choice - One answer option (also match rows, order items, the cloze sentence).
 * @csspart feedback - Right or wrong, the explanation and the evidence, after checking.
 * @csspart evidence - A quote from the source with its "Show in the report" button.
 * @csspart results - The score screen and review.
 * @csspart error - The alert shown when the bank cannot be loaded or is invalid.
 * @csspart reader - The dialog that shows the source with a quote highlighted.
 * @csspart button - Every button; the main action also has `button--primary`.
 *
 * @cssprop [--cite-quiz-accent=#1d4ed8] - Buttons, focus ring, progress.
 * @cssprop [--cite-quiz-background=Canvas] - The quiz's background.
 * @cssprop [--cite-quiz-color=CanvasText] - The quiz's text.
 * @cssprop [--cite-quiz-muted=#4b5563] - Secondary text.
 * @cssprop [--cite-quiz-border=#9ca3af] - Borders of panels and controls.
 * @cssprop [--cite-quiz-correct=#166534] - Marks a right answer (always with a word and a symbol).
 * @cssprop [--cite-quiz-wrong=#991b1b] - Marks a wrong answer (always with a word and a symbol).
 * @cssprop [--cite-quiz-highlight=#fde68a] - The quote highlighted in the source.
 * @cssprop [--cite-quiz-radius=0.5rem] - Corner radius.
 * @cssprop [--cite-quiz-font=inherit] - Font family.
 *
 * @fires {QuizReadyEvent} quiz-ready - The bank is loaded and valid: `{ bankId, title, questionCount }`.
 * @fires {QuizErrorEvent} quiz-error - The bank could not be loaded or is invalid: `{ kind, message, issues? }`.
 * @fires {QuizAnswerEvent} quiz-answer - A question was scored (on Check, or at submit for the rest): `{ questionId, type, response, correct, score, maxScore }`.
 * @fires {QuizCompleteEvent} quiz-complete - The attempt was submitted: `{ bankId, seed, score, maxScore, scaled, passed, durationMs, responses }`.
 */
export class CiteQuiz extends LitElement {
  static override styles = styles;

  private readonly quiz = new QuizController(this);
  private readonly timer = new TimerController(this, {
    onWarn: (seconds) => this.announce(this.t.timeWarning(seconds)),
    onExpire: () => {
      this.finish();
      this.announce(this.t.timeUp);
    },
  });

  @query('dialog') private reader!: HTMLDialogElement;

  /** The highlighted quote in the reader, and the button that opened it (focus returns there). */
  @state() private readerRange: TextRange | null = null;
  @state() private announcement = '';
  @state() private confirmReturnIndex = 0;
  private readerOpener: HTMLElement | null = null;
  /** What the last load was given, so a change of `src` or `bank` at any time loads again. */
  private loadedFrom: { src: string; bank: unknown } | null = null;
  private pendingFocus: string | null = null;
  private attemptSeed = '';

  /** URL of the question bank (JSON, format citequiz/v1). */
  @property() src = '';
  /** The bank as an object; takes precedence over an inline script and `src`. */
  @property({ attribute: false }) bank: unknown = undefined;
  /** Seed for selection and order; without one each attempt draws its own and reports it. */
  @property() seed = '';
  /** Ask this many questions, drawn from the bank (all when unset). */
  @property({ type: Number }) count: number | undefined = undefined;
  /** Space-separated tags: only questions having one of them. */
  @property() tags = '';
  /** `none` keeps the bank's order of questions and choices; anything else shuffles. */
  @property() shuffle = '';
  /** `immediate`: Check per question; `end`: everything in the review; `none`: the score only. */
  @property() feedback: FeedbackMode = 'immediate';
  /** Percent of the points needed to pass. */
  @property({ attribute: 'pass-mark', type: Number }) passMark = 60;
  /** The interface language (BCP 47); English and French are complete. Defaults to the page's. */
  @property() override lang = '';
  /** Seconds for the whole quiz; the learner can add time or turn the limit off. */
  @property({ attribute: 'time-limit', type: Number }) timeLimit = 0;
  /** `closed`: the report cannot be opened until the results. */
  @property() source: 'open' | 'closed' = 'open';
  /** `light` or `dark` fix the colour scheme; otherwise it follows prefers-color-scheme. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Milliseconds to wait for `src` before giving up with a timeout error. */
  @property({ attribute: false }) loadTimeout = DEFAULT_LOAD_TIMEOUT_MS;

  /** The result of the last submitted attempt, or null. */
  get result(): QuizResult | null {
    return this.quiz.result;
  }

  private get t(): Messages {
    return messagesFor(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }

  private get feedbackMode(): FeedbackMode {
    return this.feedback === 'end' || this.feedback === 'none' ? this.feedback : 'immediate';
  }

  private settings(seed: string): AttemptSettings {
    const tags = this.tags.split(/\s+/).filter(Boolean);
    return { seed, count: this.count, tags, shuffle: this.shuffle !== 'none', passMark: this.passMark };
  }

  /** Loads the bank again from wherever it comes from. */
  private reload(): void {
    const inline = this.querySelector('script[type="application/json"]');
    this.loadedFrom = { src: this.src, bank: this.bank };
    this.attemptSeed = this.seed || newSeed(Math.random);
    void this.quiz.load(
      { object: this.bank, inlineJson: inline?.textContent ?? undefined, url: this.src || undefined, timeoutMs: this.loadTimeout },
      this.settings(this.attemptSeed),
    );
  }

  /** For the host element: fires quiz-ready or quiz-error once what it describes is on screen. */
  onLoaded(error: LoadError | null): void {
    if (error) {
      this.dispatchEvent(new QuizErrorEvent(this.errorDetail(error)));
      return;
    }
    const { bank } = this.quiz;
    this.dispatchEvent(new QuizReadyEvent({ bankId: bank!.id, title: bank!.title, questionCount: this.quiz.questions.length }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // First connection, or back in the page after a removal aborted the load.
    if (this.quiz.phase === 'idle' || this.quiz.phase === 'loading') this.reload();
  }

  protected override willUpdate(): void {
    if (this.loadedFrom && (this.loadedFrom.src !== this.src || this.loadedFrom.bank !== this.bank)) this.reload();
  }

  protected override updated(): void {
    if (this.pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
      this.pendingFocus = null;
      target?.focus();
    }
  }

  private focusAfterUpdate(selector: string): void {
    this.pendingFocus = selector;
    this.requestUpdate();
  }

  private announce(text: string): void {
    // Clearing first makes a repeated message ("Correct", "Correct") be read again.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  /** Starts the attempt: the first question, and the clock if there is a time limit. */
  start(): void {
    if (this.quiz.phase !== 'start') return;
    this.quiz.start();
    this.timer.start(this.timeLimit);
    this.focusAfterUpdate('#question-heading');
  }

  /** Submits the attempt now, without asking; fires quiz-answer for unchecked questions and quiz-complete. */
  submit(): void {
    if (this.quiz.phase === 'question' || this.quiz.phase === 'confirm') this.finish();
  }

  /** Back to the start screen with a new attempt (the same seed when `seed` is set). */
  reset(): void {
    this.timer.stop();
    this.attemptSeed = this.seed || newSeed(Math.random);
    this.quiz.newAttempt(this.settings(this.attemptSeed));
    this.focusAfterUpdate('#start-heading');
  }

  private async finish(): Promise<void> {
    this.timer.stop();
    const unchecked = this.quiz.submit(this.passMark / 100);
    this.focusAfterUpdate('#results-heading');
    await this.updateComplete;
    for (const planned of unchecked) this.fireAnswer(planned, this.quiz.scoreOf(planned.question.id)!);
    const result = this.quiz.result!;
    this.dispatchEvent(new QuizCompleteEvent({
      bankId: this.quiz.bank!.id,
      seed: this.quiz.plan!.seed,
      score: result.score,
      maxScore: result.maxScore,
      scaled: result.scaled,
      passed: result.passed,
      durationMs: this.quiz.durationMs(),
      responses: this.quiz.questions.map((planned, i) => ({
        questionId: planned.question.id,
        response: this.quiz.answered(planned) || planned.question.type === 'order' ? this.quiz.responseTo(planned) : null,
        score: result.perQuestion[i]!.score,
        maxScore: result.perQuestion[i]!.maxScore,
        correct: result.perQuestion[i]!.correct,
      })),
    }));
  }

  private fireAnswer(planned: PlannedQuestion, score: QuestionScore): void {
    const response = this.quiz.answered(planned) || planned.question.type === 'order' ? this.quiz.responseTo(planned) : null;
    this.dispatchEvent(new QuizAnswerEvent({
      questionId: planned.question.id, type: planned.question.type, response, correct: score.correct, score: score.score, maxScore: score.maxScore,
    }));
  }

  private async check(planned: PlannedQuestion): Promise<void> {
    const score = this.quiz.check(planned);
    this.announce(this.verdict(score));
    this.focusAfterUpdate('#feedback-heading');
    await this.updateComplete;
    this.fireAnswer(planned, score);
  }

  private go(index: number): void {
    this.quiz.goTo(index);
    this.focusAfterUpdate('#question-heading');
  }

  private askToSubmit(): void {
    this.confirmReturnIndex = this.quiz.index;
    this.quiz.confirm();
    this.focusAfterUpdate('#confirm-heading');
  }

  private tryAgain(): void {
    this.timer.stop();
    this.attemptSeed = newSeed(Math.random);
    this.quiz.newAttempt(this.settings(this.attemptSeed));
    this.start();
  }

  private openReader(range: TextRange | null, opener: HTMLElement): void {
    this.readerOpener = opener;
    this.readerRange = range;
    this.reader.showModal();
    this.focusAfterUpdate(range ? '#reader-mark' : '#reader-close');
    void this.updateComplete.then(() => this.renderRoot.querySelector('#reader-mark')?.scrollIntoView({ block: 'center' }));
  }

  private onReaderClose(): void {
    this.readerRange = null;
    this.readerOpener?.focus();
    this.readerOpener = null;
  }

  private errorDetail(error: LoadError): QuizErrorDetail {
    const t = this.t;
    if ('issues' in error) return { kind: error.kind, message: error.message, issues: error.issues };
    if ('noBank' in error) return { kind: 'invalid', message: t.noBank };
    if ('noQuestions' in error) return { kind: 'invalid', message: t.noQuestions };
    const failure = error.fetch;
    let message: string;
    if (failure.kind === 'timeout') message = t.timeout(error.url, failure.seconds);
    else if (failure.kind === 'parse') message = t.tooLarge(error.url, MAX_BANK_BYTES / 1024 / 1024);
    else message = failure.status === null ? t.unreachable(error.url) : t.httpError(failure.status, error.url);
    return { kind: error.kind, message };
  }

  private verdict(score: QuestionScore): string {
    if (score.correct) return this.t.correct;
    return score.score > 0 ? this.t.partly(score.score, score.maxScore) : this.t.incorrect;
  }

  private renderVerdict(score: QuestionScore, id?: string): TemplateResult {
    const kind = score.correct ? 'correct' : score.score > 0 ? 'partly' : 'wrong';
    return html`<p class="verdict verdict--${kind}" id=${id ?? nothing} tabindex=${id ? '-1' : nothing}>
      <span class="verdict-icon" aria-hidden="true">${score.correct ? '✓' : score.score > 0 ? '◐' : '✗'}</span>
      ${this.verdict(score)}
    </p>`;
  }

  /**
   * Explanation and evidence quotes, each with a button that opens the source at the quote.
   * `level` keeps the heading outline right: 3 under a question, 5 inside the review.
   */
  private renderExplanation(planned: PlannedQuestion, level: 3 | 5): TemplateResult {
    const { question } = planned;
    const ranges = this.quiz.evidence.get(question.id) ?? [];
    const canOpen = this.source !== 'closed' || this.quiz.phase === 'results';
    return html`<div class="explanation">
      <p class="subheading" role="heading" aria-level=${level}>${this.t.explanation}</p>
      <p class="explanation-text">${question.explanation}</p>
      <p class="subheading" role="heading" aria-level=${level}>${this.t.evidence}</p>
      <ul class="evidence-list">
        ${question.evidence.map((quote, i) => html`<li part="evidence" class="evidence">
          <blockquote>${quote}</blockquote>
          ${canOpen && ranges[i]
            ? html`<button type="button" part="button" class="link" @click=${(e: Event) => this.openReader(ranges[i]!, e.currentTarget as HTMLElement)}>${this.t.showInReport}</button>`
            : nothing}
        </li>`)}
      </ul>
    </div>`;
  }

  private renderError(): TemplateResult {
    const error = this.quiz.error!;
    const detail = this.errorDetail(error);
    const retry = error.kind === 'network' || error.kind === 'timeout';
    return html`<div part="error" class="error" role="alert">
      <h2>${this.t.errorTitle}</h2>
      ${detail.issues
        ? html`<p>${this.t.invalidBank(detail.issues.length)}</p>
            <ul class="issues">
              ${detail.issues.map((issue) => html`<li>
                ${issue.questionId === undefined ? nothing : html`<strong>${this.t.issueQuestion(issue.questionId)}</strong>: `}${issue.message}
                <code>${this.t.issueAt(issue.path)}</code>
              </li>`)}
            </ul>`
        : html`<p>${detail.message}</p>`}
      ${retry ? html`<button type="button" part="button button--primary" class="primary" @click=${() => this.reload()}>${this.t.retry}</button>` : nothing}
    </div>`;
  }

  private renderStart(): TemplateResult {
    const { bank } = this.quiz;
    const t = this.t;
    return html`<section class="start">
      <h2 id="start-heading" tabindex="-1">${bank!.title}</h2>
      ${bank!.description ? html`<p>${bank!.description}</p>` : nothing}
      <dl class="facts">
        <div><dt>${t.source}</dt><dd>${bank!.source.url
          ? html`<a href=${bank!.source.url} rel="noopener noreferrer" target="_blank">${bank!.source.title}</a>`
          : bank!.source.title}${bank!.source.publisher ? html`, ${bank!.source.publisher}` : nothing}</dd></div>
      </dl>
      <ul class="meta">
        <li>${t.questionCount(this.quiz.questions.length)}</li>
        ${this.timeLimit > 0 ? html`<li>${t.timeLimit(this.timeLimit)}</li>` : nothing}
        <li>${t.passMark(this.passMark)}</li>
      </ul>
      <button type="button" part="button button--primary" class="primary" @click=${() => this.start()}>${t.start}</button>
    </section>`;
  }

  private renderTimer(): TemplateResult | typeof nothing {
    const remaining = this.timer.remaining;
    if (remaining === null) return nothing;
    return html`<div class="timer ${this.timer.warned ? 'timer--warning' : ''}">
      <span>${this.t.timeLeft(remaining)}</span>
      <button type="button" part="button" @click=${() => {
        this.timer.extend();
        this.announce(this.t.timeAdded(this.timeLimit));
      }}>${this.t.addTime(this.timeLimit)}</button>
      <button type="button" part="button" @click=${() => {
        this.timer.stop();
        this.announce(this.t.limitOff);
      }}>${this.t.turnOffLimit}</button>
    </div>`;
  }

  private renderQuestion(): TemplateResult {
    const planned = this.quiz.current!;
    const { question } = planned;
    const t = this.t;
    const count = this.quiz.questions.length;
    const index = this.quiz.index;
    const checked = this.quiz.checked(question.id);
    return html`<div part="header" class="header">
        <h2 id="question-heading" tabindex="-1">${t.progress(index + 1, count)}</h2>
        ${this.renderTimer()}
        ${this.source !== 'closed'
          ? html`<button type="button" part="button" class="link" @click=${(e: Event) => this.openReader(null, e.currentTarget as HTMLElement)}>${t.readReport}</button>`
          : nothing}
      </div>
      <progress part="progress" max=${count} .value=${index + 1} aria-label=${t.progress(index + 1, count)}></progress>
      <form part="question" class="question" @submit=${(e: Event) => e.preventDefault()}>
        ${renderAnswerControls({
          planned,
          response: this.quiz.responseTo(planned),
          locked: checked !== undefined,
          t,
          respond: (response) => this.quiz.respond(question.id, response),
          announce: (text) => this.announce(text),
          focusAfterUpdate: (selector) => this.focusAfterUpdate(selector),
        })}
        ${question.hint && !checked ? html`<details class="hint"><summary>${t.hint}</summary><p>${question.hint}</p></details>` : nothing}
        ${this.feedbackMode === 'immediate' && !checked
          ? html`<button type="button" part="button button--primary" class="primary" @click=${() => this.check(planned)}>${t.check}</button>`
          : nothing}
      </form>
      ${checked ? html`<section part="feedback" class="feedback">${this.renderVerdict(checked, 'feedback-heading')}${checked.correct ? nothing : this.renderAnswers(planned)}${this.renderChoiceFeedback(planned)}${this.renderExplanation(planned, 3)}</section>` : nothing}
      <div class="nav">
        <button type="button" part="button" ?disabled=${index === 0} @click=${() => this.go(index - 1)}>${t.back}</button>
        ${index < count - 1 ? html`<button type="button" part="button" @click=${() => this.go(index + 1)}>${t.next}</button>` : nothing}
        <button type="button" part="button ${index === count - 1 ? 'button--primary' : ''}" class=${index === count - 1 ? 'primary' : ''} @click=${() => this.askToSubmit()}>${t.finish}</button>
      </div>`;
  }

  /** The learner's answer beside the correct one, as text. */
  private renderAnswers(planned: PlannedQuestion): TemplateResult {
    const t = this.t;
    return html`<dl class="answers">
      <div><dt>${t.yourAnswer}</dt><dd>${describeResponse(planned.question, this.quiz.responseTo(planned), t)}</dd></div>
      <div><dt>${t.correctAnswer}</dt><dd>${describeCorrect(planned.question, t)}</dd></div>
    </dl>`;
  }

  /** A single or multiple question's per-choice feedback, for the choices the learner picked. */
  private renderChoiceFeedback(planned: PlannedQuestion): TemplateResult | typeof nothing {
    const { question } = planned;
    if (question.type !== 'single' && question.type !== 'multiple') return nothing;
    const response = this.quiz.responseTo(planned);
    const picked = Array.isArray(response) ? response : [response];
    const notes = question.choices.filter((c) => c.feedback && picked.includes(c.id));
    return notes.length ? html`<ul class="choice-feedback">${notes.map((c) => html`<li><strong>${c.text}</strong>: ${c.feedback}</li>`)}</ul>` : nothing;
  }

  private renderConfirm(): TemplateResult {
    const t = this.t;
    const unanswered = this.quiz.unansweredIndexes();
    return html`<section class="confirm">
      <h2 id="confirm-heading" tabindex="-1">${t.confirmTitle}</h2>
      ${unanswered.length
        ? html`<p>${t.unanswered(unanswered.length)}</p>
            <ul class="unanswered">${unanswered.map((i) => html`<li><button type="button" part="button" class="link" @click=${() => this.go(i)}>${t.goToQuestion(i + 1)}</button></li>`)}</ul>`
        : html`<p>${t.allAnswered}</p>`}
      <div class="actions">
        <button type="button" part="button button--primary" class="primary" @click=${() => this.finish()}>${t.submitNow}</button>
        <button type="button" part="button" @click=${() => this.go(this.confirmReturnIndex)}>${t.keepWorking}</button>
      </div>
    </section>`;
  }

  private renderResults(): TemplateResult {
    const t = this.t;
    const result = this.quiz.result!;
    const percent = Math.round(result.scaled * 100);
    const showReview = this.feedbackMode !== 'none';
    return html`<section part="results" class="results">
      <h2 id="results-heading" tabindex="-1">${t.resultsTitle}</h2>
      <p class="score">${t.scoreLine(result.score, result.maxScore, percent)}</p>
      <p class="verdict ${result.passed ? 'verdict--correct' : 'verdict--wrong'}">
        <span class="verdict-icon" aria-hidden="true">${result.passed ? '✓' : '✗'}</span> ${result.passed ? t.passed : t.notPassed}
      </p>
      <p class="muted">${t.passMark(this.passMark)} · ${t.attemptCode(this.quiz.plan!.seed)}</p>
      <div class="actions">
        ${showReview ? html`<button type="button" part="button" @click=${() => this.focusAfterUpdate('#review-heading')}>${t.review}</button>` : nothing}
        <button type="button" part="button button--primary" class="primary" @click=${() => this.tryAgain()}>${t.tryAgain}</button>
      </div>
      ${showReview ? this.renderReview() : nothing}
    </section>`;
  }

  private renderReview(): TemplateResult {
    const t = this.t;
    return html`<h3 id="review-heading" tabindex="-1">${t.review}</h3>
      <ol class="review">
        ${this.quiz.questions.map((planned, i) => {
          const score = this.quiz.result!.perQuestion[i]!;
          return html`<li class="review-item">
            <h4>${t.goToQuestion(i + 1)}</h4>
            <p class="prompt">${planned.question.prompt}</p>
            ${this.renderVerdict(score)}
            ${this.renderAnswers(planned)}
            ${this.renderExplanation(planned, 5)}
          </li>`;
        })}
      </ol>`;
  }

  private renderReader(): TemplateResult {
    const bank = this.quiz.bank;
    const text = bank?.source.text ?? '';
    const range = this.readerRange;
    return html`<dialog part="reader" class="reader" aria-labelledby="reader-title" @close=${() => this.onReaderClose()}>
      <div class="reader-header">
        <h2 id="reader-title">${bank?.source.title ?? this.t.readerTitle}</h2>
        <button type="button" part="button" id="reader-close" @click=${() => this.reader.close()}>${this.t.close}</button>
      </div>
      <div class="reader-text" role="region" tabindex="0" aria-labelledby="reader-title">${range
        ? html`${text.slice(0, range.start)}<mark id="reader-mark" tabindex="-1">${text.slice(range.start, range.end)}</mark>${text.slice(range.end)}`
        : text}</div>
    </dialog>`;
  }

  private renderPhase(): TemplateResult | typeof nothing {
    switch (this.quiz.phase) {
      case 'idle':
      case 'loading':
        return html`<p class="loading">${this.t.loading}</p>`;
      case 'error':
        return this.renderError();
      case 'start':
        return this.renderStart();
      case 'question':
        return this.renderQuestion();
      case 'confirm':
        return this.renderConfirm();
      case 'results':
        return this.renderResults();
    }
  }

  override render(): TemplateResult {
    // Direction is inherited from the page through CSS; the styles use logical properties only.
    return html`<div part="base" class="base" lang=${this.t.lang}>
      ${this.renderPhase()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.renderReader()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cite-quiz': CiteQuiz;
  }
}
