/**
 * Study mode (`mode="study"`), one lazy chunk with ts-fsrs and the schedule: the session screen
 * (due now, new, learning, learned, next due; Study now or Study ahead), mastery per topic as a
 * bar chart with its numbers as text, the five weakest questions, export and import of progress,
 * and a card: its question (views/question-controls), Check, the feedback and evidence
 * (views/feedback, with "Show in the report" through the player's reader), and the grade.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { type PlannedQuestion, type QuestionScore, type TextRange } from '../../engine/index.js';
import type { GradeAdjustment, ImportResult } from '../../engine/schedule.js';
import { StudyController, type StudySettings } from '../../controllers/study-controller.js';
import { relativeTime, studyMessages, type StudyMessages } from '../../i18n/study.js';
import { renderAnswerControls } from '../views/question-controls.js';
import type * as After from './after.js';
import type { Player } from './after.js';

/** What study mode shares with the after chunk, handed over from it (where it lives): the feedback views, the storage controller, scoring. */
export type AfterParts = Pick<typeof After, 'renderFeedback' | 'verdictText' | 'StorageController' | 'scoreQuestion' | 'fireAnswer'>;
import { studyStyles } from './study.styles.js';

export { studyStyles };

/**
 * What study mode reads from the element and asks it to do, at the moment it renders: what the
 * after screens read (the player's strings whole, the bank's language, `source`, `persist`, the
 * storage to keep progress in), the source reader, and the deck's settings.
 */
export type StudyHost = Pick<Player, 'quiz' | 't' | 'lang' | 'source' | 'announce' | 'focusAfterUpdate' | 'persist' | 'storage'> & {
  openReader(range: TextRange | null, opener: HTMLElement): void;
  study: StudySettings;
};

export class StudyScreens {
  readonly study: StudyController;
  /** The outcome of the last import, shown on the session screen until the next action. */
  private importOutcome: ImportResult | null = null;

  constructor(
    private readonly host: LitElement,
    private readonly studyHost: () => StudyHost,
    private readonly now: () => number,
    private readonly views: AfterParts,
  ) {
    this.study = new StudyController(host, now, (options) => new views.StorageController(host, { ...options, storage: () => this.studyHost().storage }), views.scoreQuestion);
  }

  private get s(): StudyMessages {
    return studyMessages(this.studyHost().t.lang);
  }

  private when(due: number): string {
    return relativeTime(this.s.lang, due - this.now());
  }

  /** Opens the bank's deck on the session screen, with the progress saved under `persist` ("off": none). */
  open(): void {
    const { quiz, study, persist } = this.studyHost();
    this.importOutcome = null;
    this.study.open(quiz.bank!, study, persist);
  }

  private begin(ahead: boolean): void {
    this.importOutcome = null;
    if (this.study.begin(ahead)) this.studyHost().focusAfterUpdate('#card-heading');
  }

  private practise(questionId: string): void {
    this.importOutcome = null;
    this.study.practise(questionId);
    this.studyHost().focusAfterUpdate('#card-heading');
  }

  /** Back to the session screen, focus on its heading. */
  endSession(): void {
    this.study.endSession();
    this.studyHost().focusAfterUpdate('#session-heading');
  }

  private check(): void {
    const host = this.studyHost();
    const score = this.study.check();
    if (!score) {
      host.announce(host.t.answerFirst);
      return;
    }
    host.announce(this.views.verdictText(score, host.t));
    host.focusAfterUpdate('#feedback-why');
    this.views.fireAnswer(this.host, this.study.current!, structuredClone(this.study.response), score);
  }

  private grade(adjustment?: GradeAdjustment): void {
    const host = this.studyHost();
    const graded = this.study.gradeFor(adjustment);
    if (!graded || !this.study.grade(adjustment)) return;
    host.announce(this.s.graded(this.s.gradeNames[graded.grade], this.when(graded.due)));
    host.focusAfterUpdate(this.study.phase === 'card' ? '#card-heading' : '#session-heading');
  }

  private exportFile(): void {
    const bankId = this.studyHost().quiz.bank?.id ?? 'bank';
    const url = URL.createObjectURL(new Blob([this.study.exportText()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${bankId}-study-progress.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.importOutcome = this.study.importText(await file.text());
    this.host.requestUpdate();
    this.studyHost().focusAfterUpdate('#import-outcome');
  }

  private renderStorageNotice(): TemplateResult | typeof nothing {
    const problem = this.study.storageProblem;
    if (!problem) return nothing;
    const s = this.s;
    const text = problem.kind === 'unavailable' ? s.storageUnavailable : problem.kind === 'full' ? s.storageFull : s.storageUnreadable;
    return html`<p class="notice" role="status">${text}</p>`;
  }

  private renderImportOutcome(): TemplateResult | typeof nothing {
    const outcome = this.importOutcome;
    if (!outcome) return nothing;
    const s = this.s;
    return outcome.ok
      ? html`<p class="notice" id="import-outcome" tabindex="-1" role="status">${s.imported(Object.keys(outcome.progress.cards).length, outcome.ignored.length)}</p>`
      : html`<div class="error" id="import-outcome" tabindex="-1" role="alert">
          <p>${s.importFailed}</p>
          <ul class="issues">${outcome.issues.map((issue) => html`<li>${issue.message} <code>${this.studyHost().t.issueAt(issue.path)}</code></li>`)}</ul>
        </div>`;
  }

  private renderSession(): TemplateResult {
    const { quiz } = this.studyHost();
    const s = this.s;
    const session = this.study.session;
    const canStudy = this.study.hasNext;
    return html`<section class="study-session">
      <h2 id="session-heading" tabindex="-1" lang=${this.studyHost().lang}>${s.sessionTitle(quiz.bank!.title)}</h2>
      ${this.renderStorageNotice()}
      <dl class="counts">
        <div><dt>${s.dueNow}</dt><dd>${session.due}</dd></div>
        <div><dt>${s.newCards}</dt><dd>${session.new}</dd></div>
        <div><dt>${s.learning}</dt><dd>${session.learning}</dd></div>
        <div><dt>${s.learned}</dt><dd>${session.learned} / ${session.total}</dd></div>
      </dl>
      <p>${canStudy ? nothing : html`${s.allDone} `}${session.nextDue === null ? (session.learning + session.learned ? nothing : s.noneWaiting) : s.nextDue(this.when(session.nextDue))}</p>
      <div class="actions">
        ${canStudy
          ? html`<button type="button" part="button button--primary" class="primary" @click=${() => this.begin(false)}>${s.studyNow}</button>`
          : html`<button type="button" part="button button--primary" class="primary" aria-describedby="ahead-note" @click=${() => this.begin(true)}>${s.studyAhead}</button>
              <p class="muted" id="ahead-note">${s.studyAheadNote}</p>`}
      </div>
      ${this.renderMastery()}
      ${this.renderWeakest()}
      <h3>${s.progressTitle}</h3>
      <p class="muted">${s.progressNote}</p>
      <div class="actions">
        <button type="button" part="button" @click=${() => this.exportFile()}>${s.exportProgress}</button>
        <button type="button" part="button" @click=${() => this.host.renderRoot.querySelector<HTMLInputElement>('#import-file')?.click()}>${s.importProgress}</button>
        <input type="file" id="import-file" accept=".json,application/json" hidden @change=${(e: Event) => this.importFile(e.target as HTMLInputElement)} />
      </div>
      ${this.renderImportOutcome()}
    </section>`;
  }

  /** One bar per topic: a <meter> for the eye, the percent as text beside it for everyone. */
  private renderMastery(): TemplateResult {
    const s = this.s;
    return html`<h3 id="mastery-heading">${s.masteryTitle}</h3>
      <p class="muted" id="mastery-note">${s.masteryNote}</p>
      <ul class="mastery" aria-labelledby="mastery-heading" aria-describedby="mastery-note">
        ${this.study.mastery.map((topic, i) => html`<li class="mastery-row">
          <span class="mastery-topic" id="topic-${i}">${topic.topic || s.noTopic}</span>
          <meter min="0" max="100" .value=${topic.percent} aria-labelledby="topic-${i}"></meter>
          <span class="mastery-number">${s.topicLine(topic.percent, topic.questions)}</span>
        </li>`)}
      </ul>`;
  }

  private renderWeakest(): TemplateResult {
    const s = this.s;
    const { lang } = this.studyHost();
    const weakest = this.study.weakest;
    return html`<h3>${s.weakestTitle}</h3>
      ${weakest.length
        ? html`<ol class="weakest">${weakest.map(({ question, mastery }) => html`<li class="weakest-item">
            <span class="weakest-prompt" lang=${lang}>${question.prompt}</span>
            <span class="mastery-number">${s.percent(Math.floor(mastery * 100 + 1e-9))}</span>
            <button type="button" part="button" aria-label=${s.practiseName(question.prompt)} @click=${() => this.practise(question.id)}>${s.practise}</button>
          </li>`)}</ol>`
        : html`<p class="muted">${s.weakestNone}</p>`}`;
  }

  private renderCard(): TemplateResult {
    const host = this.studyHost();
    const { t, lang } = host;
    const s = this.s;
    const planned = this.study.current!;
    const score = this.study.score;
    const session = this.study.session;
    const kind = this.study.kind;
    const label = kind === 'new' ? s.cardNew : kind === 'ahead' ? s.cardAhead : kind === 'practice' ? s.cardPractice : s.cardDue;
    return html`<div part="header" class="header">
        <h2 id="card-heading" tabindex="-1">${label}</h2>
        <span class="muted">${s.left(session.due, session.new)}</span>
        ${host.source !== 'closed'
          ? html`<button type="button" part="button" class="link" @click=${(e: Event) => host.openReader(null, e.currentTarget as HTMLElement)}>${t[`read.${host.quiz.bank!.source.kind}`]}</button>`
          : nothing}
      </div>
      <form part="question" class="question" @submit=${(e: Event) => e.preventDefault()}>
        ${renderAnswerControls({
          planned,
          response: this.study.response,
          locked: score !== null,
          t,
          lang,
          respond: (response) => this.study.respond(response),
          announce: (text) => host.announce(text),
          focusAfterUpdate: (selector) => host.focusAfterUpdate(selector),
          // Enter in a blank does what the visible primary button does: Check, until checked.
          enter: () => {
            if (!score) this.check();
          },
        })}
        ${planned.question.hint && !score ? html`<details class="hint"><summary>${t.hint}</summary><p lang=${lang}>${planned.question.hint}</p></details>` : nothing}
        ${score ? nothing : html`<button type="button" part="button button--primary" class="primary" @click=${() => this.check()}>${t.check}</button>`}
      </form>
      ${score ? this.renderFeedback(planned, score) : nothing}
      <div class="nav">
        <button type="button" part="button" @click=${() => this.endSession()}>${s.endSession}</button>
      </div>`;
  }

  private renderFeedback(planned: PlannedQuestion, score: QuestionScore): TemplateResult {
    const host = this.studyHost();
    const s = this.s;
    const suggested = this.study.gradeFor()!;
    const context = {
      planned, response: this.study.response, t: host.t, lang: host.lang, kind: host.quiz.bank!.source.kind, level: 3 as const,
      ranges: host.quiz.evidence.get(planned.question.id) ?? [],
      open: host.source !== 'closed' ? (range: TextRange, opener: HTMLElement) => host.openReader(range, opener) : null,
    };
    return html`<section part="feedback" class="feedback">
      ${this.views.renderFeedback(context, score, !score.correct)}
      <div class="grade" role="group" aria-labelledby="grade-line">
        <p id="grade-line">${s.graded(s.gradeNames[suggested.grade], this.when(suggested.due))}</p>
        <div class="actions">
          <button type="button" part="button button--primary" class="primary" @click=${() => this.grade()}>${s.nextCard}</button>
          ${this.study.adjustments.map((adjustment) => {
            const graded = this.study.gradeFor(adjustment)!;
            const text = adjustment === 'easy' ? s.easy : s.guessed;
            return html`<button type="button" part="button" @click=${() => this.grade(adjustment)}>
              ${text} <span class="muted">(${s.gradeNames[graded.grade]}, ${this.when(graded.due)})</span>
            </button>`;
          })}
        </div>
      </div>
    </section>`;
  }

  render(): TemplateResult {
    return this.study.phase === 'card' && this.study.current ? this.renderCard() : this.renderSession();
  }
}
