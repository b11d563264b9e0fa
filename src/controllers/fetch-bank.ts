/**
 * Fetching a bank file: a timeout, a size cap, and an abort signal for when `src` changes or
 * the element leaves the page. Failures come back as data, never as a throw.
 */

/** A bank is text with its source inline; 5 MB is far above any real one (the report's is 60 KB). */
export const MAX_BANK_BYTES = 5 * 1024 * 1024;
export const DEFAULT_LOAD_TIMEOUT_MS = 15_000;

export type FetchFailure =
  /** `status` is the HTTP status, or null when the server could not be reached at all. */
  | { ok: false; kind: 'network'; status: number | null }
  | { ok: false; kind: 'timeout'; seconds: number }
  | { ok: false; kind: 'parse'; tooLarge: true };

export type FetchOutcome = { ok: true; text: string } | FetchFailure | { ok: false; kind: 'aborted' };

export async function fetchBankText(url: string, signal: AbortSignal, timeoutMs = DEFAULT_LOAD_TIMEOUT_MS): Promise<FetchOutcome> {
  const request = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, timeoutMs);
  const forward = () => request.abort();
  signal.addEventListener('abort', forward);
  try {
    const response = await fetch(url, { signal: request.signal, headers: { accept: 'application/json' } });
    if (!response.ok) return { ok: false, kind: 'network', status: response.status };
    if (Number(response.headers.get('content-length') ?? 0) > MAX_BANK_BYTES) return { ok: false, kind: 'parse', tooLarge: true };
    const text = await response.text();
    if (text.length > MAX_BANK_BYTES) return { ok: false, kind: 'parse', tooLarge: true };
    return { ok: true, text };
  } catch {
    // fetch rejects with a TypeError when offline or blocked by CORS, and an AbortError on abort.
    if (timedOut) return { ok: false, kind: 'timeout', seconds: timeoutMs / 1000 };
    if (signal.aborted) return { ok: false, kind: 'aborted' };
    return { ok: false, kind: 'network', status: null };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forward);
  }
}
