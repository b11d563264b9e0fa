/**
 * A quiz time limit the learner can extend or turn off (WCAG 2.2.1), with a warning before it
 * ends. Counts from a deadline rather than by ticks, so a throttled background tab stays right.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { secondsUntil } from '../engine/snapshot.js';

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

  /**
   * Runs the clock to the saved attempt's deadline (ms since 1970), or stops it when there is
   * none or the limit was turned off. Called again whenever the deadline moves: Add time (here
   * or in another tab), a resumed attempt. A later deadline warns again.
   */
  follow(clock: { limitSeconds: number; deadline: number | null } | null): void {
    if (!clock || clock.deadline === null) {
      this.stop();
      return;
    }
    if (clock.deadline > this.deadline) this.warned = false;
    this.limitSeconds = clock.limitSeconds;
    this.deadline = clock.deadline;
    this.run();
    this.tick();
  }

  stop(): void {
    this.pause();
    this.remaining = null;
    this.deadline = 0;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Back in the page after a move: the deadline still stands, so the count picks up from it.
    if (this.remaining !== null) this.run();
  }

  hostDisconnected(): void {
    this.pause();
  }

  private run(): void {
    this.interval ??= setInterval(() => this.tick(), 250);
  }

  private pause(): void {
    clearInterval(this.interval);
    this.interval = undefined;
  }

  private tick(): void {
    const left = secondsUntil(this.deadline, this.now());
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
