// The `send` summary: every input ends in exactly one of processed / failed / filtered; retries are counted apart.

/** `--top-errors` default: the most frequent messages shown under the counts. */
export const DEFAULT_TOP_ERRORS = 5;

/** Messages by how often they occurred, most frequent first (ties in first-seen order). */
export class Tally {
  private counts = new Map<string, number>();

  add(message: string): void {
    this.counts.set(message, (this.counts.get(message) ?? 0) + 1);
  }

  top(n: number): { message: string; count: number }[] {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([message, count]) => ({ message, count }));
  }
}

export class Summary {
  processed = 0;
  failed = 0;
  filtered = 0;
  retried = 0;
  /** Pinterest events in the requests whose jobs were processed. */
  events = 0;
  private errors = new Tally();

  constructor(private readonly topN = DEFAULT_TOP_ERRORS) {}

  fail(message: string): void {
    this.failed += 1;
    this.errors.add(message);
  }

  topErrors(): { message: string; count: number }[] {
    return this.errors.top(this.topN);
  }

  toJSON() {
    const { processed, failed, filtered, retried, events } = this;
    return { processed, failed, filtered, retried, events, topErrors: this.topErrors() };
  }

  /** One `label: N` line each, so scripts can read it; then the top error messages. */
  toText(): string {
    const lines = [
      `processed: ${this.processed}`,
      `failed: ${this.failed}`,
      `filtered: ${this.filtered}`,
      `retried: ${this.retried}`,
      `events: ${this.events}`,
    ];
    const top = this.topErrors();
    if (top.length > 0) {
      lines.push('top errors:');
      for (const e of top) lines.push(`  ${e.count} × ${e.message}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
