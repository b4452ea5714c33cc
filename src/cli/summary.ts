// The `send` summary: every input ends in exactly one of processed / failed / filtered; retries are counted apart.
export class Summary {
  processed = 0;
  failed = 0;
  filtered = 0;
  retried = 0;
  /** Pinterest events in the requests whose jobs were processed. */
  events = 0;
  private errors = new Map<string, number>();

  fail(message: string): void {
    this.failed += 1;
    this.errors.set(message, (this.errors.get(message) ?? 0) + 1);
  }

  topErrors(n = 5): { message: string; count: number }[] {
    return [...this.errors]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([message, count]) => ({ message, count }));
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
