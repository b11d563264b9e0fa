/**
 * Saved progress in the player, part of the after chunk: the storage controller bound to the
 * loaded bank, reading (validated, migrated, checked against the bank's hash) and writing
 * (merged with what another tab stored), another tab's changes, `restore()`, and what the start
 * screen offers a returning learner. The entry asks storage only whether anything is there, so a
 * first visit never waits for this chunk.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { mergeSnapshots, readSnapshot, readSnapshotText, resumeSummary, type Bank, type Snapshot, type SnapshotProblem } from '../../engine/index.js';
import { StorageController, snapshotCodec } from '../../controllers/storage-controller.js';
import type { Player } from './after.js';

export class SavedProgress {
  private readonly storage: StorageController<Snapshot, SnapshotProblem>;

  constructor(host: ReactiveControllerHost, private readonly player: () => Player) {
    this.storage = new StorageController(host, {
      storage: () => player().storage ?? localStorage,
      onFault: (fault) => player().notify(player().t.cannotSave(fault)),
      onExternalChange: (snapshot) => this.take(snapshot, 'merge'),
    });
  }

  /**
   * Binds to a bank just loaded and takes up what is stored for it (merged with anything the
   * learner did before this chunk arrived); says in one sentence why a stored value is not used.
   */
  bind(bank: Bank): void {
    const p = this.player();
    this.storage.bind({ bankId: bank.id, persist: p.persist }, snapshotCodec(bank));
    const read = this.storage.read();
    if (read.found && read.ok) this.take(read.value, 'merge');
    else if (read.found) p.notify(p.t.notRestored(read.problem));
  }

  /** Stores the quiz's progress as it is now, merged with what another tab stored meanwhile. */
  save(): void {
    const { quiz } = this.player();
    if (!quiz.snapshot) return;
    const stored = this.storage.save(quiz.snapshot);
    if (stored !== quiz.snapshot) this.take(stored, 'merge');
  }

  /** Takes back a state from getState(): null when taken, else why it does not fit this bank. */
  restore(state: unknown, bank: Bank): SnapshotProblem | null {
    const read = typeof state === 'string' ? readSnapshotText(state, bank) : readSnapshot(state, bank);
    if (!read.ok) return read.problem;
    this.storage.save(read.snapshot, 'replace');
    this.take(read.snapshot, 'replace');
    return null;
  }

  private take(snapshot: Snapshot, how: 'merge' | 'replace'): void {
    const p = this.player();
    const current = p.quiz.snapshot;
    if (!current) return;
    if (p.adopt(how === 'merge' ? mergeSnapshots(current, snapshot) : snapshot, how) && how === 'merge') p.notify(p.t.endedElsewhere);
  }

  /**
   * What the start screen offers a returning learner: the attempt under way ("2 of 6 answered,
   * 4 min left") with Resume or Start over; else `start` and, after a finished attempt, how it
   * went and the questions to practise.
   */
  renderReturning(start: TemplateResult): TemplateResult {
    const { quiz, t, resume, startOver, practise } = this.player();
    const { attempt: saved, last } = quiz.snapshot!;
    const summary = saved && resumeSummary(saved, quiz.bank!, Date.now());
    const missed = last?.missed.length ?? 0;
    return html`${summary ? html`<p part="resume" class="resume">${t.underWay(summary.answered, summary.total, summary.secondsLeft)}</p>` : nothing}
      ${last ? html`<p class="last">${t.lastAttempt(last.score, last.maxScore, Math.floor(last.scaled * 100), last.passed)}</p>` : nothing}
      <div class="actions">
        ${saved
          ? html`<button type="button" part="button button--primary" class="primary" @click=${() => resume()}>${t.resume}</button>
              <button type="button" part="button" @click=${() => startOver()}>${t.startOver}</button>`
          : html`${start}${missed ? html`<button type="button" part="button" @click=${() => practise()}>${t.practiseMissed(missed)}</button>` : nothing}`}
      </div>`;
  }
}
