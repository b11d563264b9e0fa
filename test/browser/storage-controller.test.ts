// The storage controller in Chromium, on the real localStorage: keys, saving and reading quiz
// progress, every storage fault of QUALITY.md "Saved progress", and another tab's `storage` event.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StorageController, snapshotCodec, type StorageFault, type StorageLike, type StorageOptions } from '../../src/controllers/storage-controller.js';
import {
  emptySnapshot, loadBankText, newSavedAttempt, planAttempt, recordAnswer, storageKey, type Bank, type Snapshot, type SnapshotProblem,
} from '../../src/engine/index.js';

const T0 = Date.UTC(2026, 0, 5, 9);

async function fixture(): Promise<Bank> {
  const result = loadBankText(await (await fetch('/test/fixtures/valid-bank.json')).text());
  if (!result.ok) throw new Error(result.message);
  return result.bank;
}

/** A host that connects the controller as an element would. */
function fakeHost(): ReactiveControllerHost & { connect(): void; disconnect(): void } {
  const controllers: ReactiveController[] = [];
  return {
    addController: (controller) => controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
}

interface Setup {
  controller: StorageController<Snapshot, SnapshotProblem>;
  faults: StorageFault[];
  external: Snapshot[];
  disconnect(): void;
}

function setUp(bank: Bank, options: Partial<StorageOptions<Snapshot>> = {}, persist = ''): Setup {
  const faults: StorageFault[] = [];
  const external: Snapshot[] = [];
  const host = fakeHost();
  const controller = new StorageController<Snapshot, SnapshotProblem>(host, {
    onFault: (fault) => faults.push(fault),
    onExternalChange: (value) => external.push(value),
    ...options,
  });
  host.connect();
  controller.bind({ bankId: bank.id, persist }, snapshotCodec(bank));
  return { controller, faults, external, disconnect: () => host.disconnect() };
}

function underWay(bank: Bank, answers: [string, unknown, number][] = []): Snapshot {
  let attempt = newSavedAttempt(planAttempt(bank, { seed: 'student-42' }), T0, 600);
  for (const [id, response, at] of answers) attempt = recordAnswer(attempt, id, response as never, at);
  return { ...emptySnapshot(bank, T0), attempt };
}

const keyFor = (bank: Bank, persist = '') => storageKey({ bankId: bank.id, path: location.pathname, persist })!;

/** A stand-in storage that counts writes and can be made to fail. */
function standIn(fail: { get?: Error; set?: Error } = {}): StorageLike & { items: Map<string, string>; writes: number } {
  const items = new Map<string, string>();
  return {
    items,
    writes: 0,
    getItem(key) {
      if (fail.get) throw fail.get;
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      if (fail.set) throw fail.set;
      this.writes++;
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

describe('StorageController', () => {
  let bank: Bank;
  before(async () => {
    bank = await fixture();
  });
  afterEach(() => localStorage.clear());

  it('saves progress in localStorage under the bank id, page path and persist value, and reads it back', () => {
    const { controller, faults } = setUp(bank);
    const snapshot = underWay(bank, [['day', 'mon', T0 + 1000]]);
    controller.save(snapshot);
    expect(controller.key).to.equal(keyFor(bank));
    expect(JSON.parse(localStorage.getItem(keyFor(bank))!)).to.deep.equal(snapshot);
    expect(controller.read()).to.deep.equal({ found: true, ok: true, value: snapshot });
    expect(faults).to.deep.equal([]);
  });

  it('keeps two quizzes on one page with different persist values apart', () => {
    const first = setUp(bank, {}, 'first');
    const second = setUp(bank, {}, 'second');
    first.controller.save(underWay(bank, [['day', 'mon', T0 + 1]]));
    expect(second.controller.read()).to.deep.equal({ found: false });
    expect(first.controller.key).not.to.equal(second.controller.key);
  });

  it('persist="off" stores and reads nothing, and is not a fault', () => {
    const { controller, faults } = setUp(bank, {}, 'off');
    controller.save(underWay(bank, [['day', 'mon', T0 + 1]]));
    expect(controller.saving).to.equal(false);
    expect(localStorage.length).to.equal(0);
    expect(controller.read()).to.deep.equal({ found: false });
    expect(faults).to.deep.equal([]);
  });

  it('localStorage that throws on access (a sandboxed iframe): works from memory, reports "unavailable" once', () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    expect(own?.configurable, 'localStorage can be replaced for this test').to.equal(true);
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    try {
      const { controller, faults } = setUp(bank);
      const snapshot = underWay(bank, [['day', 'mon', T0 + 1]]);
      expect(controller.save(snapshot)).to.equal(snapshot);
      controller.save(snapshot);
      expect(controller.read()).to.deep.equal({ found: false });
      expect(controller.saving).to.equal(false);
      expect(faults).to.deep.equal(['unavailable']);
    } finally {
      Object.defineProperty(window, 'localStorage', own!);
    }
  });

  it('storage whose reads throw: reports "unavailable" once and reads nothing', () => {
    const { controller, faults } = setUp(bank, { storage: () => standIn({ get: new DOMException('blocked', 'SecurityError') }) });
    expect(controller.read()).to.deep.equal({ found: false });
    controller.save(underWay(bank));
    expect(faults).to.deep.equal(['unavailable']);
  });

  it('a full localStorage (quota exceeded on write): keeps the value in memory and reports "full" once', function () {
    this.timeout(20_000);
    // Fill the real storage to its quota, in halving chunks.
    let filled = 0;
    for (let size = 1 << 20; size >= 16; size >>= 1) {
      try {
        for (;;) localStorage.setItem(`fill-${filled++}`, 'x'.repeat(size));
      } catch (error) {
        expect((error as DOMException).name).to.equal('QuotaExceededError');
      }
    }
    const { controller, faults } = setUp(bank);
    const snapshot = underWay(bank, [['day', 'mon', T0 + 1]]);
    expect(controller.save(snapshot)).to.deep.equal(snapshot);
    controller.save(underWay(bank, [['day', 'fri', T0 + 2]]));
    expect(localStorage.getItem(keyFor(bank))).to.equal(null);
    expect(faults).to.deep.equal(['full']);
  });

  it('a corrupt stored value is read as refused (not thrown), and the next save replaces it', () => {
    localStorage.setItem(keyFor(bank), '{"v":1,"bankId":');
    const { controller, faults } = setUp(bank);
    expect(controller.read()).to.deep.equal({ found: true, ok: false, problem: 'corrupt' });
    const snapshot = underWay(bank);
    controller.save(snapshot);
    expect(controller.read()).to.deep.equal({ found: true, ok: true, value: snapshot });
    expect(faults).to.deep.equal([]);
  });

  it('a value saved for the bank before it changed is read as "bank-changed"', () => {
    localStorage.setItem(keyFor(bank), JSON.stringify({ ...underWay(bank), bankHash: '00000000-0' }));
    expect(setUp(bank).controller.read()).to.deep.equal({ found: true, ok: false, problem: 'bank-changed' });
  });

  it('saving merges with what another tab stored meanwhile, and returns the merged value', () => {
    const { controller } = setUp(bank);
    localStorage.setItem(keyFor(bank), JSON.stringify(underWay(bank, [['streets', ['elm'], T0 + 5]])));
    const merged = controller.save(underWay(bank, [['day', 'mon', T0 + 9]]));
    expect(Object.keys(merged.attempt!.answers).sort()).to.deep.equal(['day', 'streets']);
    expect(JSON.parse(localStorage.getItem(keyFor(bank))!)).to.deep.equal(merged);
  });

  it('does not write when nothing changed (no storage event for other tabs)', () => {
    const storage = standIn();
    const { controller } = setUp(bank, { storage: () => storage });
    const snapshot = underWay(bank, [['day', 'mon', T0 + 1]]);
    controller.save(snapshot);
    controller.save(snapshot);
    expect(storage.writes).to.equal(1);
  });

  it('hears another tab through the storage event: its value decoded; other keys, other storage and corrupt values ignored', () => {
    const { controller, external, disconnect } = setUp(bank);
    const theirs = underWay(bank, [['day', 'fri', T0 + 7]]);
    const fire = (init: StorageEventInit) => window.dispatchEvent(new StorageEvent('storage', init));
    fire({ key: controller.key, newValue: JSON.stringify(theirs), storageArea: localStorage });
    fire({ key: 'another-key', newValue: JSON.stringify(theirs), storageArea: localStorage });
    fire({ key: controller.key, newValue: JSON.stringify(theirs), storageArea: sessionStorage });
    fire({ key: controller.key, newValue: 'not json', storageArea: localStorage });
    fire({ key: controller.key, newValue: null, storageArea: localStorage });
    expect(external).to.deep.equal([theirs]);
    disconnect();
    fire({ key: controller.key, newValue: JSON.stringify(theirs), storageArea: localStorage });
    expect(external).to.have.length(1);
  });
});
