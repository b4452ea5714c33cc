// The processed events kept in memory for assertions, capped (the oldest are dropped).
import type { RecordedEvent } from './types';

export class Recorder {
  private recorded: RecordedEvent[] = [];

  constructor(private readonly max: number) {}

  add(events: RecordedEvent[]): void {
    this.recorded.push(...events);
    const overflow = this.recorded.length - this.max;
    if (overflow > 0) this.recorded.splice(0, overflow);
  }

  list(): RecordedEvent[] {
    return this.recorded.slice();
  }

  /** Forgets everything; answers how many events were dropped. */
  clear(): number {
    const n = this.recorded.length;
    this.recorded = [];
    return n;
  }
}
