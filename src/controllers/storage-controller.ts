/**
 * Saved state in the browser's storage for one element: which key, reading, writing, the
 * `storage` event of another tab, and every fault on the way. Generic over what is stored (a
 * codec decodes, encodes and merges it), so quiz progress and a study schedule share it.
 *
 * Storage is treated as broken until proven otherwise: reaching it can throw (a sandboxed
 * iframe, blocked third-party storage, some `file:` pages), a write can throw (quota), and the
 * stored text can be anything. None of it stops the quiz: the element keeps working from
 * memory, and `onFault` is called once, the first time progress cannot be saved.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bankHash, mergeSnapshots, readSnapshotText, storageKey, type Bank, type Snapshot, type SnapshotProblem } from '../engine/index.js';

/** The part of the Web Storage API used: localStorage, sessionStorage, or a stand-in. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why progress cannot be saved: storage cannot be reached or refuses to write, or is full. */
export type StorageFault = 'unavailable' | 'full';

export type Decoded<T, P extends string> = { ok: true; value: T } | { ok: false; problem: P };

export interface StoredCodec<T, P extends string> {
  decode(text: string): Decoded<T, P>;
  encode(value: T): string;
  /** Two copies made one: this element's and the stored one (another tab's work). */
  merge(mine: T, stored: T): T;
}

/** What `read` found: nothing (or storage out of reach), a usable value, or a value refused with a reason. */
export type StoredRead<T, P extends string> = { found: false } | ({ found: true } & Decoded<T, P>);

export interface StorageOptions<T> {
  /** The storage to use; localStorage when absent or when it gives none. A function, because reaching localStorage can throw. */
  storage?: (() => StorageLike | undefined) | undefined;
  /** Called once per element, the first time progress cannot be saved. */
  onFault(fault: StorageFault): void;
  /** Another tab stored a new value for this key (already decoded; unusable values are ignored). */
  onExternalChange(value: T): void;
}

export interface StorageTarget {
  bankId: string;
  /** The element's `persist` attribute: "off" disables saving. */
  persist: string;
  /** What is stored, so one quiz's progress and its study schedule have separate keys. */
  kind?: string;
}

/** A write refused for lack of room (every browser's name and code for it). */
function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);
}

export class StorageController<T, P extends string = string> implements ReactiveController {
  /** The key in use, or null when saving is off or nothing is bound yet. */
  key: string | null = null;
  private storage: StorageLike | null = null;
  private codec: StoredCodec<T, P> | null = null;
  private faultReported = false;
  private readonly onStorage = (event: Event) => this.storageChanged(event as StorageEvent);

  constructor(host: ReactiveControllerHost, private readonly options: StorageOptions<T>) {
    host.addController(this);
  }

  /**
   * Binds to a bank's key (after the bank loads) with the codec that reads its values. Storage
   * is reached here, so a quiz whose storage is out of reach says so before the learner starts.
   */
  bind(target: StorageTarget, codec: StoredCodec<T, P>): void {
    this.key = storageKey({ bankId: target.bankId, path: location.pathname, persist: target.persist }, target.kind);
    this.codec = codec;
    this.storage = null;
    if (this.key === null) return;
    try {
      this.storage = this.options.storage?.() ?? localStorage;
    } catch {
      // A sandboxed iframe or blocked storage throws a SecurityError on mere access.
    }
    if (!this.storage) this.fault('unavailable');
  }

  /** Whether values are being saved: a key (not `persist="off"`) and storage within reach. */
  get saving(): boolean {
    return this.key !== null && this.storage !== null;
  }

  read(): StoredRead<T, P> {
    const text = this.readText();
    return text === null || !this.codec ? { found: false } : { found: true, ...this.codec.decode(text) };
  }

  /**
   * Stores `value` merged with whatever is stored (another tab may have written since this
   * element last heard), and returns the merged value, which the element adopts; `replace`
   * stores `value` as it is. When storage fails, `value` stays in memory and the fault is
   * reported once.
   */
  save(value: T, how: 'merge' | 'replace' = 'merge'): T {
    if (!this.saving || !this.codec) return value;
    const storedText = this.readText();
    const stored = storedText === null || how === 'replace' ? null : this.codec.decode(storedText);
    const merged = stored?.ok ? this.codec.merge(value, stored.value) : value;
    const text = this.codec.encode(merged);
    if (text === storedText) return merged;
    try {
      this.storage!.setItem(this.key!, text);
    } catch (error) {
      this.fault(isQuotaError(error) ? 'full' : 'unavailable');
    }
    return merged;
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  private readText(): string | null {
    if (!this.saving) return null;
    try {
      return this.storage!.getItem(this.key!);
    } catch {
      this.fault('unavailable');
      return null;
    }
  }

  private storageChanged(event: StorageEvent): void {
    // Only this key of this storage (a test's stand-in storage has no storageArea to compare).
    if (!this.saving || event.key !== this.key || (event.storageArea && event.storageArea !== this.storage)) return;
    if (event.newValue === null || !this.codec) return;
    const decoded = this.codec.decode(event.newValue);
    if (decoded.ok) this.options.onExternalChange(decoded.value);
  }

  private fault(fault: StorageFault): void {
    if (this.faultReported) return;
    this.faultReported = true;
    this.options.onFault(fault);
  }
}

/**
 * Quiz progress for one loaded bank: read through the engine (validated, migrated, checked
 * against the bank's hash), stored as JSON, and merged question by question with another tab's.
 */
export function snapshotCodec(bank: Bank): StoredCodec<Snapshot, SnapshotProblem> {
  // Every stored copy is checked against the bank's hash, and every save writes it: worked out
  // now, as the learner reads the start screen, not at load nor on their first press.
  bankHash(bank);
  return {
    decode: (text) => {
      const read = readSnapshotText(text, bank);
      return read.ok ? { ok: true, value: read.snapshot } : read;
    },
    encode: (value) => JSON.stringify(value),
    merge: mergeSnapshots,
  };
}
