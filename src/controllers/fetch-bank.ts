/**
 * Fetching a bank file: a timeout, a size cap, and an abort signal for when `src` changes or
 * the element leaves the page. Failures come back as data, never as a throw.
 */

/** A bank is text with its source inline; 5 MB is far above any real one (the report's is under 100 KB). */
export const MAX_BANK_BYTES = 5 * 1024 * 1024;
export const DEFAULT_LOAD_TIMEOUT_MS = 15_000;

export type FetchFailure =
  /** `status` is the HTTP status, or null when the server could not be reached at all. */
  | { ok: false; kind: 'network'; status: number | null }
  | { ok: false; kind: 'timeout'; seconds: number }
  /** Refused before parsing: larger than MAX_BANK_BYTES (reported as a `parse` error). */
  | { ok: false; kind: 'too-large' };

export type FetchOutcome = { ok: true; text: string } | FetchFailure | { ok: false; kind: 'aborted' };

/** The body as text, counting bytes as they arrive: null, and the download stopped, past the cap. */
async function readCapped(response: Response, request: AbortController): Promise<string | null> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: BlobPart[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_BANK_BYTES) {
      request.abort();
      return null;
    }
    chunks.push(value);
  }
  // A Blob joins the chunks and decodes them as UTF-8 (a byte order mark dropped), as text() does.
  return new Blob(chunks).text();
}

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
    if (Number(response.headers.get('content-length') ?? 0) > MAX_BANK_BYTES) return { ok: false, kind: 'too-large' };
    const text = await readCapped(response, request);
    return text === null ? { ok: false, kind: 'too-large' } : { ok: true, text };
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
