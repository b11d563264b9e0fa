/**
 * The player's after screens, one lazy chunk requested while the learner reads the start
 * screen: a checked question's feedback, the confirmation, results and review, the source
 * reader, the time limit and the error screen, with their styles and English strings. The
 * entry (cite-quiz.ts) holds the start screen and the questions, and keeps any press made
 * before this chunk arrives until it does.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { PlannedQuestion, QuestionScore, TextRange } from '../../engine/index.js';
import type { QuizErrorDetail } from '../../events.js';
import { english } from '../../i18n/en-after.js';
import type { Messages } from '../../i18n/messages.js';
import { MAX_BANK_BYTES } from '../../controllers/fetch-bank.js';
import type { FeedbackMode, LoadError, QuizController } from '../../controllers/quiz-controller.js';
import { TimerController } from '../../controllers/timer-controller.js';
import { renderFeedback, renderVerdict, verdictText, type FeedbackContext } from '../views/feedback.js';
import { afterStyles } from './after.styles.js';

export { afterStyles, english };

/** What the after screens read from the element and ask it to do, at the moment they render. */
export interface Player {
  quiz: QuizController;
  t: Messages;
  /** The bank's language. */
  lang: string;
  feedback: FeedbackMode;
  source: 'open' | 'closed';
  announce(text: string): void;
  focusAfterUpdate(selector: string): void;
  go(index: number): void;
  /** Back from the confirmation to the question the learner left. */
  keepWorking(): void;
  finish(): boolean;
  reload(): void;
  tryAgain(): void;
}

export class AfterScreens {
  readonly timer: TimerController;
  /** The quote highlighted in the source reader, or null to show the source plain. */
  private readerRange: TextRange | null = null;
  /** The button that opened the reader: focus goes back there when it closes. */
  private readerOpener: HTMLElement | null = null;

  constructor(private readonly host: LitElement, private readonly player: () => Player) {
    this.timer = new TimerController(host, {
      onWarn: (seconds) => this.player().announce(this.player().t.timeWarning(seconds)),
      onExpire: () => {
        const p = this.player();
        if (p.finish()) p.announce(p.t.timeUp);
      },
    });
  }

  private get reader(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  /** The heading of what is on screen now: where focus goes when its own place is gone. */
  private get phaseHeading(): string {
    return `#${this.player().quiz.phase}-heading`;
  }

  verdict(score: QuestionScore): string {
    return verdictText(score, this.player().t);
  }

  errorDetail(error: LoadError): QuizErrorDetail {
    const t = this.player().t;
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
    this.readerOpener = opener;
    this.readerRange = range;
    this.reader?.showModal();
    this.player().focusAfterUpdate(range ? '#reader-mark' : '#reader-close');
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector('#reader-mark')?.scrollIntoView({ block: 'center' }));
  }

  /** Closes the reader because the quiz moved on: focus then goes where the quiz puts it. */
  closeReader(): void {
    this.readerOpener = null;
    if (this.reader?.open) this.reader.close();
  }

  private onReaderClose(): void {
    this.readerRange = null;
    const opener = this.readerOpener;
    this.readerOpener = null;
    if (opener?.isConnected) opener.focus();
    else if (opener) this.player().focusAfterUpdate(this.phaseHeading);
    this.host.requestUpdate();
  }

  private addTime(): void {
    this.timer.extend();
    this.player().announce(this.player().t.timeAdded(this.timer.limitSeconds));
  }

  private turnOffTimeLimit(): void {
    this.timer.stop();
    const p = this.player();
    p.announce(p.t.limitOff);
    p.focusAfterUpdate(this.reader?.open ? '#reader-close' : this.phaseHeading);
  }

  private feedbackContext(planned: PlannedQuestion, level: 3 | 5): FeedbackContext {
    const p = this.player();
    const canOpen = p.source !== 'closed' || p.quiz.phase === 'results';
    return {
      planned, response: p.quiz.responseTo(planned), t: p.t, lang: p.lang, level,
      ranges: p.quiz.evidence.get(planned.question.id) ?? [],
      open: canOpen ? (range, opener) => this.openReader(range, opener) : null,
    };
  }

  /** A checked question's feedback, under its form. */
  renderFeedback(planned: PlannedQuestion, score: QuestionScore): TemplateResult {
    return html`<section part="feedback" class="feedback">${renderFeedback(this.feedbackContext(planned, 3), score, !score.correct)}</section>`;
  }

  renderError(): TemplateResult {
    const { quiz, t, reload } = this.player();
    const error = quiz.error!;
    const detail = this.errorDetail(error);
    const retry = error.kind === 'network' || error.kind === 'timeout';
    return html`<div part="error" class="error" role="alert">
      <h2 id="error-heading" tabindex="-1">${t.errorTitle}</h2>
      ${detail.issues
        ? html`<p>${t.invalidBank(detail.issues.length)}</p>
            <ul class="issues">
              ${detail.issues.map((issue) => html`<li>
                ${issue.questionId === undefined ? nothing : html`<strong>${t.issueQuestion(issue.questionId)}</strong>: `}${issue.message}
                <code>${t.issueAt(issue.path)}</code>
              </li>`)}
            </ul>`
        : html`<p>${detail.message}</p>`}
      ${retry ? html`<button type="button" part="button button--primary" class="primary" @click=${() => reload()}>${t.retry}</button>` : nothing}
    </div>`;
  }

  renderTimer(): TemplateResult | typeof nothing {
    const remaining = this.timer.remaining;
    if (remaining === null) return nothing;
    const t = this.player().t;
    return html`<div class="timer ${this.timer.warned ? 'timer--warning' : ''}">
      <span>${t.timeLeft(remaining)}</span>
      <button type="button" part="button" @click=${() => this.addTime()}>${t.addTime(this.timer.limitSeconds)}</button>
      <button type="button" part="button" @click=${() => this.turnOffTimeLimit()}>${t.turnOffLimit}</button>
    </div>`;
  }

  renderConfirm(): TemplateResult {
    const { quiz, t, go, keepWorking, finish } = this.player();
    const unanswered = quiz.unansweredIndexes();
    return html`<section class="confirm">
      <div part="header" class="header">
        <h2 id="confirm-heading" tabindex="-1">${t.confirmTitle}</h2>
        ${this.renderTimer()}
      </div>
      ${unanswered.length
        ? html`<p>${t.unanswered(unanswered.length)}</p>
            <ul class="unanswered">${unanswered.map((i) => html`<li><button type="button" part="button" class="link" @click=${() => go(i)}>${t.goToQuestion(i + 1)}</button></li>`)}</ul>`
        : html`<p>${t.allAnswered}</p>`}
      <div class="actions">
        <button type="button" part="button button--primary" class="primary" @click=${() => finish()}>${t.submitNow}</button>
        <button type="button" part="button" @click=${() => keepWorking()}>${t.keepWorking}</button>
      </div>
    </section>`;
  }

  renderResults(): TemplateResult {
    const { quiz, t, feedback, focusAfterUpdate, tryAgain } = this.player();
    const result = quiz.result!;
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
        <button type="button" part="button button--primary" class="primary" @click=${() => tryAgain()}>${t.tryAgain}</button>
      </div>
      ${showReview ? this.renderReview() : nothing}
    </section>`;
  }

  private renderReview(): TemplateResult {
    const { quiz, t, lang } = this.player();
    return html`<h3 id="review-heading" tabindex="-1">${t.review}</h3>
      <ol class="review">
        ${quiz.questions.map((planned, i) => html`<li class="review-item">
          <h4>${t.goToQuestion(i + 1)}</h4>
          <p class="prompt" lang=${lang}>${planned.question.prompt}</p>
          ${renderFeedback(this.feedbackContext(planned, 5), quiz.result!.perQuestion[i]!, true)}
        </li>`)}
      </ol>`;
  }

  renderReader(): TemplateResult {
    const { quiz, t, lang } = this.player();
    const bank = quiz.bank;
    const text = bank?.source.text ?? '';
    const range = this.readerRange;
    return html`<dialog part="reader" class="reader" aria-labelledby="reader-title" @close=${() => this.onReaderClose()}>
      <div class="reader-header">
        <h2 id="reader-title" lang=${lang}>${bank?.source.title ?? t.readerTitle}</h2>
        <button type="button" part="button" id="reader-close" @click=${() => this.reader?.close()}>${t.close}</button>
      </div>
      ${this.renderTimer()}
      <div class="reader-text" role="region" tabindex="0" aria-labelledby="reader-title" lang=${lang}>${range
        ? html`${text.slice(0, range.start)}<mark id="reader-mark" tabindex="-1">${text.slice(range.start, range.end)}</mark>${text.slice(range.end)}`
        : text}</div>
    </dialog>`;
  }
}
