/**
 * A progress bar on stderr while a batch runs: files done of the total, the rate and the time left.
 * Only on a terminal (and not with --quiet); it is drawn at most ten times a second on one line, which is
 * cleared before any other line goes to stderr.
 */
import type { Output } from '../cli/io.js';

const REDRAW_MS = 100;

export class ProgressBar {
  private done = 0;
  private shown = false;
  private lastDraw = -Infinity;
  private readonly started: number;

  constructor(
    private readonly out: Output,
    private readonly total: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  update(done: number): void {
    this.done = done;
    const time = this.now();
    if (time - this.lastDraw < REDRAW_MS && done < this.total) return;
    this.lastDraw = time;
    this.out.write(`\r${renderProgress(done, this.total, time - this.started, this.out.columns || 80)}\u001b[K`);
    this.shown = true;
  }

  /** Clears the bar so that a line can be written; the next update draws it again. */
  clear(): void {
    if (!this.shown) return;
    this.out.write('\r\u001b[K');
    this.shown = false;
    this.lastDraw = -Infinity;
  }

  /** Writes `text` (whole lines) above the bar. */
  print(text: string): void {
    if (text === '') return;
    this.clear();
    this.out.write(text);
  }

  get count(): number {
    return this.done;
  }
}

/** `[#########.........]  450/1000  45%  120 docs/s  ETA 0:05`, fitted to `columns`. */
export function renderProgress(done: number, total: number, elapsedMs: number, columns: number): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '--:--';
  const counts = `${String(done).padStart(String(total).length)}/${total}  ${String(Math.floor(share * 100)).padStart(3)}%  ${Math.round(rate)} docs/s  ETA ${eta}`;
  const width = Math.max(0, Math.min(40, columns - counts.length - 4));
  if (width < 10) return counts.slice(0, Math.max(0, columns - 1));
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]  ${counts}`;
}

export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
