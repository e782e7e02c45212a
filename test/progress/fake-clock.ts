import type { Clock } from '../../src/progress/index.js';

/** A clock that moves only when the test says, calling the periodic ticks it passes on the way. */
export class FakeClock implements Clock {
  private time = 0;
  private readonly timers = new Set<{ every: number; next: number; tick: () => void }>();

  now(): number {
    return this.time;
  }

  every(ms: number, tick: () => void): () => void {
    const timer = { every: ms, next: this.time + ms, tick };
    this.timers.add(timer);
    return () => this.timers.delete(timer);
  }

  /** Moves `ms` forward, firing every tick that falls due, in time order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers].filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      this.time = due.next;
      due.next += due.every;
      due.tick();
    }
    this.time = end;
  }

  /** Periodic calls still registered. */
  get pending(): number {
    return this.timers.size;
  }
}
