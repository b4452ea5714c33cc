// A one-line progress bar on stderr, drawn only when stderr is a terminal.
export class Progress {
  private readonly tty = Boolean(process.stderr.isTTY);
  private done = 0;

  constructor(private readonly total: number) {}

  tick(n = 1): void {
    this.done += n;
    if (!this.tty || this.total === 0) return;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const pct = Math.floor((this.done / this.total) * 100);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% (${this.done}/${this.total})`,
    );
  }

  end(): void {
    if (this.tty) process.stderr.write('\n');
  }
}
