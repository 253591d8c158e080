// A progress line on standard error, only when it is a terminal, not in CI, and the run is long
// enough to need one: documents done, rate, time left. Nothing on a pipe.
export class Progress {
  private done_ = 0;
  private readonly started = Date.now();
  private last = 0;

  private constructor(private readonly total: number) {}

  static maybe(total: number): Progress | null {
    if (!process.stderr.isTTY || process.env.CI || total < 20) return null;
    return new Progress(total);
  }

  tick(): void {
    this.done_++;
    const now = Date.now();
    if (now - this.last < 100 && this.done_ < this.total) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = this.done_ / Math.max(secs, 0.001);
    if (!Number.isFinite(this.total)) {
      // a stream of records: no end known, so no bar and no time left
      process.stderr.write(`\r${this.done_} docs  ${rate.toFixed(rate < 10 ? 1 : 0)}/s  ${fmt(secs)} \x1b[K`);
      return;
    }
    const left = this.total > this.done_ ? (this.total - this.done_) / rate : 0;
    const width = 24;
    const filled = Math.round((width * this.done_) / Math.max(this.total, 1));
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    process.stderr.write(`\r${bar} ${this.done_}/${this.total} docs  ${rate.toFixed(rate < 10 ? 1 : 0)}/s  ${fmt(left)} left \x1b[K`);
  }

  done(): void {
    process.stderr.write('\r\x1b[K');
  }
}

function fmt(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${String(Math.ceil(s % 60)).padStart(2, '0')}s`;
}
