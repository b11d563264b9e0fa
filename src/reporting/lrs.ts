/**
 * Sending xAPI statements to an LRS so that none is lost: each statement is put in a queue kept
 * in localStorage before it is sent (so a reload or a closed tab keeps it too), and leaves the
 * queue only when the LRS has it (2xx, or 409: it already holds those ids) or refuses it for good
 * (a 4xx other than 408 and 429, fired as a `quiz-error` of kind `lms`). Anything else (offline,
 * a timeout, 408, 429, 5xx) is retried with exponential backoff (1 s doubling to 60 s), and at
 * once when the browser comes back online.
 *
 * The credentials (`auth`) are asked for at each send and never stored, logged or put in a URL;
 * the queue holds statements only.
 */
import type { Statement } from '../engine/index.js';
import { QuizStatementEvent } from '../events.js';
import { reportError } from './connect.js';

/** An xAPI resource under an LRS endpoint, with or without its trailing slash ("…/xapi" or "…/xapi/"). */
export const xapiResource = (endpoint: string, resource: string): string => `${endpoint.replace(/\/?$/, '/')}${resource}`;

export interface LrsTarget {
  /** The LRS's xAPI base ("https://lrs.example/xapi/"): statements go to `<endpoint>statements`. */
  endpoint: string;
  /** The Authorization header's value ("Basic ..."), if the LRS needs one. */
  auth?: string | undefined;
}

const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 60_000;
/** How many statements one POST carries at most. */
const BATCH = 50;

/** localStorage when it works (it throws in some sandboxed frames and private modes), else memory. */
function queueStore(key: string): { load(): Statement[]; save(statements: Statement[]): void } {
  let memory: Statement[] = [];
  return {
    load() {
      try {
        const saved = localStorage.getItem(key);
        return saved ? (JSON.parse(saved) as Statement[]) : memory;
      } catch {
        return memory;
      }
    },
    save(statements) {
      memory = statements;
      try {
        if (statements.length) localStorage.setItem(key, JSON.stringify(statements));
        else localStorage.removeItem(key);
      } catch {
        // memory keeps them for this page
      }
    },
  };
}

export class LrsSender {
  private readonly store: ReturnType<typeof queueStore>;
  private sending = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = FIRST_RETRY_MS;
  private stopped = false;
  private readonly onOnline = (): void => this.retryNow();

  /**
   * `target()` is read at each send (the host may set the properties late); `queueKey` names the
   * queue in localStorage (one per endpoint and activity, so two quizzes do not share one).
   */
  constructor(
    private readonly element: HTMLElement,
    private readonly target: () => LrsTarget | undefined,
    queueKey: string,
    private readonly timeoutMs: () => number,
  ) {
    this.store = queueStore(queueKey);
    addEventListener('online', this.onOnline);
    // Statements an earlier page could not send.
    if (this.store.load().length) void this.flush();
  }

  /** Queues statements (in order) and sends them. Resolves when this send attempt is over. */
  send(statements: Statement[]): Promise<void> {
    this.store.save([...this.store.load(), ...statements]);
    return this.flush();
  }

  private retryNow(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.retryDelay = FIRST_RETRY_MS;
    void this.flush();
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer !== undefined) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.flush();
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, LONGEST_RETRY_MS);
  }

  /** Sends the queue in batches, in order, until it is empty or the LRS cannot take more now. */
  async flush(): Promise<void> {
    const target = this.target();
    if (this.sending || this.stopped || !target?.endpoint) return;
    this.sending = true;
    try {
      for (let batch = this.store.load().slice(0, BATCH); batch.length; batch = this.store.load().slice(0, BATCH)) {
        const outcome = await this.post(target, batch);
        if (outcome === 'retry') {
          this.scheduleRetry();
          return;
        }
        const sent = new Set(batch.map((s) => s.id));
        this.store.save(this.store.load().filter((s) => !sent.has(s.id)));
        this.retryDelay = FIRST_RETRY_MS;
      }
    } finally {
      this.sending = false;
    }
  }

  private async post(target: LrsTarget, batch: Statement[]): Promise<'done' | 'retry'> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs());
    let response: Response;
    try {
      response = await fetch(xapiResource(target.endpoint, 'statements'), {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
          ...(target.auth ? { Authorization: target.auth } : {}),
        },
        body: JSON.stringify(batch),
        signal: abort.signal,
        // Lets a send started as the page goes away finish.
        keepalive: JSON.stringify(batch).length < 60_000,
      });
    } catch {
      return 'retry'; // offline, refused connection, or timed out
    } finally {
      clearTimeout(timer);
    }
    if (response.ok || response.status === 409) return 'done';
    if (response.status === 408 || response.status === 429 || response.status >= 500) return 'retry';
    reportError(this.element, `The LRS refused ${batch.length} statement${batch.length === 1 ? '' : 's'} (HTTP ${response.status}); they are not sent again`);
    return 'done';
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    removeEventListener('online', this.onOnline);
  }
}

/** Fires each statement as `quiz-statement` (a copy, so a handler cannot change what is sent), and returns them. */
export function announce(element: HTMLElement, statements: Statement[]): Statement[] {
  for (const statement of statements) element.dispatchEvent(new QuizStatementEvent({ statement: structuredClone(statement) }));
  return statements;
}

/** Random floats from the platform's cryptographic source, for statement ids and registrations. */
export function cryptoRandom(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}
