import { describe, expect, it } from 'vitest';
import { formatDuration, ProgressBar, renderProgress } from '../../src/batch/progress.js';

describe('renderProgress', () => {
  it('shows the bar, done/total, share, rate and time left', () => {
    expect(renderProgress(450, 1000, 3000, 100)).toBe('[##################......................]   450/1000   45%  150 docs/s  ETA 0:04');
  });

  it('drops the bar on a narrow terminal, and has no ETA before the first document', () => {
    expect(renderProgress(0, 10, 0, 30)).toBe(' 0/10    0%  0 docs/s  ETA --');
    expect(renderProgress(10, 10, 1000, 200)).toMatch(/^\[#{40}\] {2}10\/10  100%  10 docs\/s {2}ETA 0:00$/);
  });

  it.each([
    [0, '0:00'],
    [59.4, '0:59'],
    [61, '1:01'],
    [3725, '1:02:05'],
  ])('formatDuration(%s) is %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('ProgressBar', () => {
  it('redraws at most every 100 ms (and always at the end), and clears its line before other output', () => {
    const written: string[] = [];
    let time = 0;
    const bar = new ProgressBar({ write: (text: string) => written.push(text), isTTY: true, columns: 80 }, 3, () => time);
    bar.update(1);
    time = 50;
    bar.update(2);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^\r\[#+\.+\] {2}1\/3 {3}33%/);
    bar.print('a.md:1:1: error … (missing-number)\n');
    expect(written.slice(1)).toEqual(['\r\u001b[K', 'a.md:1:1: error … (missing-number)\n']);
    time = 60;
    bar.update(3);
    expect(written[3]).toMatch(/^\r\[#+\] {2}3\/3  100%/);
    bar.clear();
    expect(written[4]).toBe('\r\u001b[K');
  });
});
