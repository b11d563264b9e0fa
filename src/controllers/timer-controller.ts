/**
 * A quiz time limit the learner can extend or turn off (WCAG 2.2.1), with a warning before it
 * ends. Counts from a deadline rather than by ticks, so a throttled background tab stays right.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TimerEvents {
  /** Once per deadline, when the remaining time first falls to `warnAt` seconds or less. */
  onWarn(secondsLeft: number): void;
  onExpire(): void;
}

export class TimerController implements ReactiveController {
  /** Whole seconds left, or null when there is no running limit. */
  remaining: number | null = null;
  warned = false;
  /** The limit the clock started with: each "Add time" adds it again. */
  limitSeconds = 0;
  private deadline = 0;
  private interval: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly events: TimerEvents, private readonly now: () => number = () => Date.now()) {
    host.addController(this);
  }

  /**
   * Seconds before the end at which the learner is warned: a minute, or half a limit under two
   * minutes, but never under 20 seconds (WCAG 2.2.1 gives at least 20 seconds to extend), so a
   * limit under 20 seconds warns at once.
   */
  get warnAt(): number {
    return Math.max(20, Math.min(60, Math.floor(this.limitSeconds / 2)));
  }

  /** Starts the clock; `startedAt` (ms) counts from an earlier moment, as when Start was pressed. */
  start(limitSeconds: number, startedAt = this.now()): void {
    this.stop();
    if (!(limitSeconds > 0)) return;
    this.limitSeconds = limitSeconds;
    this.deadline = startedAt + limitSeconds * 1000;
    this.warned = false;
    this.interval = setInterval(() => this.tick(), 250);
    this.tick();
  }

  /** Adds the limit again: as often as the learner likes. */
  extend(): void {
    if (this.remaining === null) return;
    this.deadline += this.limitSeconds * 1000;
    this.warned = false;
    this.tick();
  }

  stop(): void {
    clearInterval(this.interval);
    this.interval = undefined;
    this.remaining = null;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Back in the page after a move: the deadline still stands, so the count picks up from it.
    if (this.remaining !== null && this.interval === undefined) this.interval = setInterval(() => this.tick(), 250);
  }

  hostDisconnected(): void {
    clearInterval(this.interval);
    this.interval = undefined;
  }

  private tick(): void {
    const left = Math.max(0, Math.ceil((this.deadline - this.now()) / 1000));
    if (left !== this.remaining) {
      this.remaining = left;
      this.host.requestUpdate();
    }
    if (left === 0) {
      this.stop();
      this.events.onExpire();
    } else if (!this.warned && left <= this.warnAt) {
      this.warned = true;
      this.events.onWarn(left);
    }
  }
}
