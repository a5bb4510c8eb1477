// Progress on a terminal: an ora spinner on stderr with files done / total, failures,
// rate and ETA. Silent when stderr is not a TTY or with --quiet.
import type { Ora } from 'ora';
import type { Writable } from 'node:stream';

export class Progress {
  private spinner?: Ora;
  private done = 0;
  private failed = 0;
  private readonly started = Date.now();
  private lastDraw = 0;

  private constructor(private readonly total: number | undefined) {}

  /** ora is imported only when the spinner shows (a terminal): it is the slowest module to load */
  static async create(enabled: boolean, stream: Writable, total: number | undefined): Promise<Progress> {
    const progress = new Progress(total);
    if (enabled) {
      const { default: ora } = await import('ora');
      progress.spinner = ora({ stream: stream as NodeJS.WriteStream, text: progress.text(), discardStdin: false, isEnabled: true }).start();
    }
    return progress;
  }

  private text(): string {
    const secs = (Date.now() - this.started) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    const parts = [this.total !== undefined ? `${this.done}/${this.total} documents` : `${this.done} documents`];
    if (this.failed) parts.push(`${this.failed} failed`);
    if (secs >= 1) parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)}/s`);
    if (this.total !== undefined && rate > 0 && this.done < this.total) parts.push(`ETA ${Math.ceil((this.total - this.done) / rate)}s`);
    return parts.join(' · ');
  }

  tick(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    const now = Date.now();
    if (this.spinner && now - this.lastDraw > 100) {
      this.lastDraw = now;
      this.spinner.text = this.text();
    }
  }

  /** Print a message above the spinner without breaking it. */
  log(line: string, write: (s: string) => void): void {
    if (this.spinner?.isSpinning) {
      this.spinner.clear();
      write(line);
      this.spinner.render();
    } else write(line);
  }

  stop(): void {
    this.spinner?.stop();
  }

  summary(): string {
    const secs = (Date.now() - this.started) / 1000;
    return `${this.done} inputs: ${this.done - this.failed} analysed, ${this.failed} failed, ${secs.toFixed(1)} s`;
  }
}
