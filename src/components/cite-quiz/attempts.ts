/**
 * The `attempts` limit, in a chunk of its own loaded only by a quiz that sets one: the attempts
 * a learner has started, kept in the browser's storage under the quiz's key (bank, page and
 * `persist`), read again on every load, and merged with what another tab writes.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { StartMessages } from '../../i18n/messages.js';
import type { StorageController, StoredCodec } from '../../controllers/storage-controller.js';
import {
  ATTEMPT_LOG_KIND, attemptStanding, emptyAttemptLog, encodeAttemptLog, mergeAttemptLogs, readAttemptLog, recordAttemptStart,
  type AttemptLog, type AttemptStanding,
} from '../../engine/attempt-log.js';

const codec: StoredCodec<AttemptLog, 'unreadable'> = { decode: readAttemptLog, encode: encodeAttemptLog, merge: mergeAttemptLogs };

export class AttemptLimit {
  readonly #storage: StorageController<AttemptLog, 'unreadable'>;
  #log = emptyAttemptLog();
  #boundTo = '';

  /** `Storage` is the after chunk's StorageController, handed over by the element (see loadAttempts). */
  constructor(host: ReactiveControllerHost, Storage: typeof StorageController) {
    this.#storage = new Storage<AttemptLog, 'unreadable'>(host, {
      // Without storage the limit still holds on this page, but not across a reload: say so to the page's author.
      onFault: (fault) => console.warn(`citequiz: attempts cannot be counted across reloads (storage ${fault})`),
      onExternalChange: (stored) => {
        this.#log = mergeAttemptLogs(this.#log, stored);
        host.requestUpdate();
      },
    });
  }

  /** Reads the count for this quiz's key (again only when the bank or `persist` changes). */
  #bind(bankId: string, persist: string): void {
    const target = JSON.stringify([bankId, persist]);
    if (target === this.#boundTo) return;
    this.#boundTo = target;
    this.#storage.bind({ bankId, persist, kind: ATTEMPT_LOG_KIND }, codec);
    const read = this.#storage.read();
    this.#log = read.found && read.ok ? read.value : emptyAttemptLog();
  }

  /** Where the learner stands against `limit` under this quiz's key. */
  standing(bankId: string, persist: string, limit: number): AttemptStanding {
    this.#bind(bankId, persist);
    return attemptStanding(this.#log, limit);
  }

  /** The start screen's attempts line: "Attempt 2 of 3" (and that it is the last), or that none is left. */
  render({ next, last }: AttemptStanding, limit: number, t: StartMessages): TemplateResult {
    if (next === null) return html`<li>${t.noAttemptsLeft(limit)}</li>`;
    return html`<li>${t.attemptOf(next, limit)}${last ? html` ${t.lastAttempt}` : nothing}</li>`;
  }

  recordStart(attemptId: string): void {
    this.#log = this.#storage.save(recordAttemptStart(this.#log, attemptId));
  }
}
