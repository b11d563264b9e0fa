/**
 * Saved progress in the player, part of the after chunk: the storage controller bound to the
 * loaded bank, reading (validated, migrated, checked against the bank's hash) and writing
 * (merged with what another tab stored), another tab's changes, `restore()`, and what the start
 * screen offers a returning learner. The entry asks storage only whether anything is there, so a
 * first visit never waits for this chunk.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { mergeSnapshots, newSeed, readSnapshot, readSnapshotText, resumeSummary, type Bank, type Snapshot, type SnapshotProblem } from '../../engine/index.js';
import { QuizErrorEvent } from '../../events.js';
import { StorageController, snapshotCodec } from '../../controllers/storage-controller.js';
import { adopt, newPractice, resumeAttempt } from '../../controllers/quiz-after.js';
import type { Player } from './after.js';

export class SavedProgress {
  readonly #storage: StorageController<Snapshot, SnapshotProblem>;

  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #player: () => Player;
  readonly #syncClock: () => void;

  /** `syncClock` makes the after screens' clock follow the attempt on screen. */
  constructor(host: ReactiveControllerHost & EventTarget, player: () => Player, syncClock: () => void) {
    this.#host = host;
    this.#player = player;
    this.#syncClock = syncClock;
    this.#storage = new StorageController(host, {
      storage: () => player().storage,
      onFault: (fault) => player().notify(player().t[`cannotSave.${fault}`]),
      onExternalChange: (snapshot) => this.#take(snapshot, 'merge'),
    });
  }

  /**
   * Binds to a bank just loaded and takes up what is stored for it (merged with anything the
   * learner did before this chunk arrived); says in one sentence why a stored value is not used.
   */
  bind(bank: Bank): void {
    const p = this.#player();
    this.#storage.bind({ bankId: bank.id, persist: p.persist }, snapshotCodec(bank));
    const read = this.#storage.read();
    if (read.found && read.ok) this.#take(read.value, 'merge');
    else if (read.found) p.notify(p.t[`notRestored.${read.problem}`]);
  }

  /** Stores the quiz's progress as it is now, merged with what another tab stored meanwhile. */
  save(): void {
    const { quiz } = this.#player();
    if (!quiz.snapshot) return;
    const stored = this.#storage.save(quiz.snapshot);
    if (stored !== quiz.snapshot) this.#take(stored, 'merge');
  }

  /**
   * Takes back a state from getState() (the element's `restore`): true when taken; else fires
   * quiz-error (kind `invalid`) saying why it does not fit this bank, and changes nothing.
   */
  restore(state: unknown): boolean {
    const { quiz, t } = this.#player();
    const bank = quiz.bank;
    const read = bank && (typeof state === 'string' ? readSnapshotText(state, bank) : readSnapshot(state, bank));
    if (!read?.ok) {
      this.#host.dispatchEvent(new QuizErrorEvent({ kind: 'invalid', message: t[`stateRefused.${read ? read.problem : 'no-bank'}`] }));
      return false;
    }
    this.#storage.save(read.snapshot, 'replace');
    this.#take(read.snapshot, 'replace');
    return true;
  }

  /** Takes up the saved attempt where it was left: answers, checks, flags, position and clock. */
  resume(): void {
    const p = this.#player();
    if (!resumeAttempt(p.quiz)) return;
    this.#syncClock();
    p.focusAfterUpdate(`#${p.quiz.phase}-heading`);
  }

  /** An attempt of just the questions the last attempt did not get fully right, in a new order. */
  practise(): void {
    const p = this.#player();
    newPractice(p.quiz, newSeed(Math.random), p.shuffled);
    p.start();
  }

  /**
   * Another copy of the progress comes in (another tab's, what was stored, or restore()). When
   * the attempt on screen ended there, the element goes back to its start screen with a fresh
   * attempt drawn, and says why when it was another tab.
   */
  #take(snapshot: Snapshot, how: 'merge' | 'replace'): void {
    const p = this.#player();
    const current = p.quiz.snapshot;
    if (!current) return;
    const live = p.quiz.phase === 'question' || p.quiz.phase === 'confirm';
    if (!adopt(p.quiz, how === 'merge' ? mergeSnapshots(current, snapshot) : snapshot, how)) {
      if (live) this.#syncClock();
      return;
    }
    p.reset();
    if (how === 'merge') p.notify(p.t.endedElsewhere);
  }

  /** What the start screen tells a returning learner: the attempt under way ("2 of 6 answered, 4 min left"), or how the last one went. */
  renderNotes(): TemplateResult {
    const { quiz, t } = this.#player();
    const { attempt: saved, last } = quiz.snapshot!;
    const summary = saved && resumeSummary(saved, quiz.bank!, Date.now());
    return html`${summary ? html`<p part="resume" class="resume">${summary.secondsLeft === null
      ? t.underWay(summary.answered, summary.total)
      : summary.secondsLeft === 0 ? t.underWayTimeUp(summary.answered, summary.total) : t.underWayTimed(summary.answered, summary.total, Math.ceil(summary.secondsLeft / 60))}</p>` : nothing}
      ${last ? html`<p class="last">${(last.passed ? t.lastPassed : t.lastNotPassed)(last.score, last.maxScore, Math.floor(last.scaled * 100))}</p>` : nothing}`;
  }

  /** Resume and Start over while an attempt is under way; null otherwise (the player shows its own Start). */
  renderResume(): TemplateResult | null {
    const { quiz, t, start: startOver } = this.#player();
    return quiz.snapshot!.attempt
      ? html`<button type="button" part="button button--primary" class="primary" @click=${() => this.resume()}>${t.resume}</button>
          <button type="button" part="button" @click=${() => startOver()}>${t.startOver}</button>`
      : null;
  }

  /** After a finished attempt (and none under way): practise the questions it did not get fully right. */
  renderPractise(): TemplateResult | typeof nothing {
    const { quiz, t } = this.#player();
    const { attempt: saved, last } = quiz.snapshot!;
    const missed = last?.missed.length ?? 0;
    return !saved && missed ? html`<button type="button" part="button" @click=${() => this.practise()}>${t.practiseMissed(missed)}</button>` : nothing;
  }
}
