import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  clampPassMark, newSeed, outcomeOf, type PlannedQuestion, type QuestionScore, type QuizResult, type TextRange,
} from '../../engine/index.js';
import { QuizAnswerEvent, QuizCompleteEvent, QuizErrorEvent, QuizReadyEvent, type QuizErrorDetail } from '../../events.js';
import { en, loadMessages, type Messages } from '../../i18n/messages.js';
import { DEFAULT_LOAD_TIMEOUT_MS, MAX_BANK_BYTES } from '../../controllers/fetch-bank.js';
import { QuizController, type AttemptSettings, type FeedbackMode, type LoadError } from '../../controllers/quiz-controller.js';
import { TimerController } from '../../controllers/timer-controller.js';
import { describeCorrect, describeResponse } from './answer-text.js';
import { renderAnswerControls } from './question-views.js';
import { styles } from './cite-quiz.styles.js';

const VERDICT_ICONS = { correct: '✓', partial: '◐', wrong: '✗' } as const;

/** The nearest `lang` above an element, looking through the shadow roots it sits in. */
function inheritedLang(element: Element): string | null {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return null;
}

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
 * @cssprop [--cite-quiz-background=#ffffff] - The quiz's background (dark theme: #111827).
 * @cssprop [--cite-quiz-color=#111827] - The quiz's text (dark theme: #f3f4f6).
 * @cssprop [--cite-quiz-muted=#4b5563] - Secondary text.
 * @cssprop [--cite-quiz-border=#6b7280] - Borders of panels and controls.
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

  private readonly quiz = new QuizController(this, (error) => this.onLoaded(error));
  private readonly timer = new TimerController(this, {
    onWarn: (seconds) => this.announce(this.t.timeWarning(seconds)),
    onExpire: () => {
      if (this.finish()) this.announce(this.t.timeUp);
    },
  });

  @query('dialog') private reader!: HTMLDialogElement;

  /** The quote highlighted in the source reader, or null to show the source plain. */
  @state() private readerRange: TextRange | null = null;
  @state() private announcement = '';
  /** The interface strings, in the language of `lang` (or the page's) once its chunk is in. */
  @state() private t: Messages = en;
  private languageTag = '';
  private languageReady: Promise<void> = Promise.resolve();
  /** The button that opened the reader: focus goes back there when it closes. */
  private readerOpener: HTMLElement | null = null;
  /** The question the learner left for the confirmation: "Keep working" goes back there. */
  private confirmReturnIndex = 0;
  /** What the last load was given, so a change of `src` or `bank` at any time loads again. */
  private loadedFrom: { src: string; bank: unknown } | null = null;
  /** Set when a reload starts with focus in the quiz: focus follows the outcome (never on a first load). */
  private focusOnLoad = false;
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

  /** The result of the last submitted attempt (a copy), or null. */
  get result(): QuizResult | null {
    return this.quiz.result && structuredClone(this.quiz.result);
  }

  /** Loads the strings for the wanted language when it changes; resolves when they are in. */
  private syncLanguage(): Promise<void> {
    const wanted = this.lang || inheritedLang(this) || 'en';
    if (wanted !== this.languageTag) {
      this.languageTag = wanted;
      this.languageReady = loadMessages(wanted).then((messages) => {
        if (this.languageTag === wanted) this.t = messages;
      });
    }
    return this.languageReady;
  }

  /** The language bank text is written in, set on every element that shows it (WCAG 3.1.2). */
  private get bankLang(): string {
    return this.quiz.bank?.language ?? this.t.lang;
  }

  private get feedbackMode(): FeedbackMode {
    return this.feedback === 'end' || this.feedback === 'none' ? this.feedback : 'immediate';
  }

  /** The pass mark as a fraction, clamped by the engine's rule. */
  private get passFraction(): number {
    return clampPassMark(this.passMark / 100);
  }

  private settings(seed: string): AttemptSettings {
    return { seed, count: this.count, tags: this.tags.split(/\s+/).filter(Boolean), shuffle: this.shuffle !== 'none' };
  }

  /**
   * Loads the bank again from wherever it comes from, ending whatever attempt was under way.
   * The interface language is in first, so quiz-ready and quiz-error speak it.
   */
  private reload(): void {
    this.timer.stop();
    this.closeReader();
    if (this.shadowRoot?.activeElement) {
      // The learner was in the quiz (Try again, or the bank replaced under them): keep focus
      // with it, on the loading line and then on whatever the load shows.
      this.focusOnLoad = true;
      this.focusAfterUpdate('#loading');
    }
    const inline = this.querySelector('script[type="application/json"]');
    this.loadedFrom = { src: this.src, bank: this.bank };
    this.attemptSeed = this.seed || newSeed(Math.random);
    const source = { object: this.bank, inlineJson: inline?.textContent ?? undefined, url: this.src || undefined, timeoutMs: this.loadTimeout };
    const settings = this.settings(this.attemptSeed);
    // Removed while the language loaded: connectedCallback loads again if the element comes back.
    void this.syncLanguage().then(() => {
      if (this.isConnected) return this.quiz.load(source, settings);
    });
  }

  /** Fires quiz-ready or quiz-error once what it describes is on screen. */
  private onLoaded(error: LoadError | null): void {
    if (this.focusOnLoad) {
      this.focusOnLoad = false;
      this.focusAfterUpdate(error ? '#error-heading' : '#start-heading');
    }
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) void this.syncLanguage();
    if (this.loadedFrom && (this.loadedFrom.src !== this.src || this.loadedFrom.bank !== this.bank)) {
      this.reload();
    } else if ((this.quiz.phase === 'start' || (this.quiz.phase === 'error' && this.quiz.bank)) && (['seed', 'count', 'tags', 'shuffle'] as const).some((key) => changed.has(key))) {
      // Settings changed before the learner started: draw the attempt they now describe.
      this.attemptSeed = this.seed || this.attemptSeed;
      this.quiz.newAttempt(this.settings(this.attemptSeed));
    }
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

  /** The heading of what is on screen now: where focus goes when its own place is gone. */
  private get phaseHeading(): string {
    return `#${this.quiz.phase}-heading`;
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
    this.finish();
  }

  /** Back to the start screen with a new attempt (the same seed when `seed` is set). */
  reset(): void {
    if (!this.quiz.bank) return;
    this.timer.stop();
    this.closeReader();
    this.attemptSeed = this.seed || newSeed(Math.random);
    this.quiz.newAttempt(this.settings(this.attemptSeed));
    this.focusAfterUpdate('#start-heading');
  }

  /**
   * Scores the attempt, shows the results, then tells the host page, from a snapshot taken
   * first. False when there was no attempt to submit.
   */
  private finish(): boolean {
    const submission = this.quiz.submit(this.passFraction);
    if (!submission) return false;
    this.timer.stop();
    this.closeReader();
    this.focusAfterUpdate('#results-heading');
    void this.updateComplete.then(() => {
      const { plan, result } = submission;
      const scores = new Map(result.perQuestion.map((q) => [q.questionId, q]));
      for (const planned of submission.unchecked) {
        if (this.quiz.plan !== plan) return; // a handler started another attempt: this one is over
        this.fireAnswer(planned, submission.responses[plan.questions.indexOf(planned)], scores.get(planned.question.id)!);
      }
      if (this.quiz.plan !== plan) return;
      this.dispatchEvent(new QuizCompleteEvent({
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

  private fireAnswer(planned: PlannedQuestion, response: unknown, score: QuestionScore): void {
    const { question } = planned;
    this.dispatchEvent(new QuizAnswerEvent({
      questionId: question.id, type: question.type, response, correct: score.correct, score: score.score, maxScore: score.maxScore,
    }));
  }

  private async check(planned: PlannedQuestion): Promise<void> {
    const score = this.quiz.check(planned);
    if (!score) {
      this.announce(this.t.answerFirst);
      return;
    }
    // The live region says right or wrong; focus goes on to the explanation that follows it.
    this.announce(this.verdict(score));
    this.focusAfterUpdate('#feedback-why');
    await this.updateComplete;
    this.fireAnswer(planned, this.quiz.reportedResponse(planned), score);
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
    this.attemptSeed = newSeed(Math.random);
    this.quiz.newAttempt(this.settings(this.attemptSeed));
    this.start();
  }

  private addTime(): void {
    this.timer.extend();
    this.announce(this.t.timeAdded(this.timer.limitSeconds));
  }

  private turnOffTimeLimit(): void {
    this.timer.stop();
    this.announce(this.t.limitOff);
    this.focusAfterUpdate(this.reader?.open ? '#reader-close' : this.phaseHeading);
  }

  private openReader(range: TextRange | null, opener: HTMLElement): void {
    this.readerOpener = opener;
    this.readerRange = range;
    this.reader.showModal();
    this.focusAfterUpdate(range ? '#reader-mark' : '#reader-close');
    void this.updateComplete.then(() => this.renderRoot.querySelector('#reader-mark')?.scrollIntoView({ block: 'center' }));
  }

  /** Closes the reader because the quiz moved on: focus then goes where the quiz puts it. */
  private closeReader(): void {
    this.readerOpener = null;
    if (this.reader?.open) this.reader.close();
  }

  private onReaderClose(): void {
    this.readerRange = null;
    const opener = this.readerOpener;
    this.readerOpener = null;
    if (opener?.isConnected) opener.focus();
    else if (opener) this.focusAfterUpdate(this.phaseHeading);
  }

  private errorDetail(error: LoadError): QuizErrorDetail {
    const t = this.t;
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

  private verdict(score: QuestionScore): string {
    const outcome = outcomeOf(score);
    if (outcome === 'correct') return this.t.correct;
    return outcome === 'partial' ? this.t.partly(score.score, score.maxScore) : this.t.incorrect;
  }

  private renderVerdict(score: QuestionScore): TemplateResult {
    const outcome = outcomeOf(score);
    return html`<p class="verdict verdict--${outcome}">
      <span class="verdict-icon" aria-hidden="true">${VERDICT_ICONS[outcome]}</span>
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
      <p class="subheading" role="heading" aria-level=${level} id=${level === 3 ? 'feedback-why' : nothing} tabindex=${level === 3 ? '-1' : nothing}>${this.t.explanation}</p>
      <p class="explanation-text" lang=${this.bankLang}>${question.explanation}</p>
      <p class="subheading" role="heading" aria-level=${level}>${this.t.evidence}</p>
      <ul class="evidence-list">
        ${question.evidence.map((quote, i) => html`<li part="evidence" class="evidence">
          <blockquote lang=${this.bankLang}>${quote}</blockquote>
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
      <h2 id="error-heading" tabindex="-1">${this.t.errorTitle}</h2>
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
      <h2 id="start-heading" tabindex="-1" lang=${this.bankLang}>${bank!.title}</h2>
      ${bank!.description ? html`<p lang=${this.bankLang}>${bank!.description}</p>` : nothing}
      <dl class="facts">
        <div><dt>${t.source}</dt><dd lang=${this.bankLang}>${bank!.source.url
          ? html`<a href=${bank!.source.url} rel="noopener noreferrer" target="_blank">${bank!.source.title}</a>`
          : bank!.source.title}${bank!.source.publisher ? html`, ${bank!.source.publisher}` : nothing}</dd></div>
      </dl>
      <ul class="meta">
        <li>${t.questionCount(this.quiz.questions.length)}</li>
        ${this.timeLimit > 0 ? html`<li>${t.timeLimit(this.timeLimit)}</li>` : nothing}
        <li>${t.passMark(Math.round(this.passFraction * 100))}</li>
      </ul>
      <button type="button" part="button button--primary" class="primary" @click=${() => this.start()}>${t.start}</button>
    </section>`;
  }

  private renderTimer(): TemplateResult | typeof nothing {
    const remaining = this.timer.remaining;
    if (remaining === null) return nothing;
    return html`<div class="timer ${this.timer.warned ? 'timer--warning' : ''}">
      <span>${this.t.timeLeft(remaining)}</span>
      <button type="button" part="button" @click=${() => this.addTime()}>${this.t.addTime(this.timer.limitSeconds)}</button>
      <button type="button" part="button" @click=${() => this.turnOffTimeLimit()}>${this.t.turnOffLimit}</button>
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
          lang: this.bankLang,
          respond: (response) => this.quiz.respond(question.id, response),
          announce: (text) => this.announce(text),
          focusAfterUpdate: (selector) => this.focusAfterUpdate(selector),
        })}
        ${question.hint && !checked ? html`<details class="hint"><summary>${t.hint}</summary><p lang=${this.bankLang}>${question.hint}</p></details>` : nothing}
        ${this.feedbackMode === 'immediate' && !checked
          ? html`<button type="button" part="button button--primary" class="primary" @click=${() => this.check(planned)}>${t.check}</button>`
          : nothing}
      </form>
      ${checked
        ? html`<section part="feedback" class="feedback">
            ${this.renderVerdict(checked)}${checked.correct ? nothing : this.renderAnswers(planned)}${this.renderChoiceFeedback(planned)}${this.renderExplanation(planned, 3)}
          </section>`
        : nothing}
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
      <div><dt>${t.yourAnswer}</dt><dd lang=${this.bankLang}>${describeResponse(planned.question, this.quiz.responseTo(planned), t)}</dd></div>
      <div><dt>${t.correctAnswer}</dt><dd lang=${this.bankLang}>${describeCorrect(planned.question, t)}</dd></div>
    </dl>`;
  }

  /** A single or multiple question's per-choice feedback, for the choices the learner picked. */
  private renderChoiceFeedback(planned: PlannedQuestion): TemplateResult | typeof nothing {
    const { question } = planned;
    if (question.type !== 'single' && question.type !== 'multiple') return nothing;
    const response = this.quiz.responseTo(planned);
    const picked = Array.isArray(response) ? response : [response];
    const notes = question.choices.filter((c) => c.feedback && picked.includes(c.id));
    return notes.length ? html`<ul class="choice-feedback" lang=${this.bankLang}>${notes.map((c) => html`<li><strong>${c.text}</strong>: ${c.feedback}</li>`)}</ul>` : nothing;
  }

  private renderConfirm(): TemplateResult {
    const t = this.t;
    const unanswered = this.quiz.unansweredIndexes();
    return html`<section class="confirm">
      <div part="header" class="header">
        <h2 id="confirm-heading" tabindex="-1">${t.confirmTitle}</h2>
        ${this.renderTimer()}
      </div>
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
    // Floored, so the percent shown never reaches the pass mark when the attempt did not.
    const percent = Math.floor(result.scaled * 100);
    const showReview = this.feedbackMode !== 'none';
    return html`<section part="results" class="results">
      <h2 id="results-heading" tabindex="-1">${t.resultsTitle}</h2>
      <p class="score">${t.scoreLine(result.score, result.maxScore, percent)}</p>
      <p class="verdict ${result.passed ? 'verdict--correct' : 'verdict--wrong'}">
        <span class="verdict-icon" aria-hidden="true">${VERDICT_ICONS[result.passed ? 'correct' : 'wrong']}</span> ${result.passed ? t.passed : t.notPassed}
      </p>
      <p class="muted">${t.passMark(Math.round(result.passMark * 100))} · ${t.attemptCode(this.quiz.plan!.seed)}</p>
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
            <p class="prompt" lang=${this.bankLang}>${planned.question.prompt}</p>
            ${this.renderVerdict(score)}
            ${this.renderAnswers(planned)}
            ${this.renderChoiceFeedback(planned)}
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
        <h2 id="reader-title" lang=${this.bankLang}>${bank?.source.title ?? this.t.readerTitle}</h2>
        <button type="button" part="button" id="reader-close" @click=${() => this.reader.close()}>${this.t.close}</button>
      </div>
      ${this.renderTimer()}
      <div class="reader-text" role="region" tabindex="0" aria-labelledby="reader-title" lang=${this.bankLang}>${range
        ? html`${text.slice(0, range.start)}<mark id="reader-mark" tabindex="-1">${text.slice(range.start, range.end)}</mark>${text.slice(range.end)}`
        : text}</div>
    </dialog>`;
  }

  private renderPhase(): TemplateResult | typeof nothing {
    switch (this.quiz.phase) {
      case 'idle':
      case 'loading':
        return html`<p class="loading" id="loading" tabindex="-1">${this.t.loading}</p>`;
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
