/** The pool runs the built worker (dist/batch/worker.js): `npm test` builds before it runs the tests. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTasks } from '../../src/batch/pool.js';
import type { BatchSettings, Outcome, Task } from '../../src/batch/settings.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'congvan-pool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const settings: BatchSettings = { from: 'auto', encoding: 'auto', positions: false, destination: 'ndjson', pretty: false };
const tasks: Task[] = Array.from({ length: 40 }, (_, index) => {
  const file = path.join(scratch, `${index}.txt`);
  writeFileSync(file, index % 13 === 5 ? '' : `SỞ Y TẾ\nSố: ${index}/SYT-VP\nĐồng Nai, ngày 2 tháng 3 năm 2024\nV/v thử ${index}\n`);
  return { index, file: `${index}.txt`, path: file, target: null, resume: false };
});

async function collect(run: AsyncGenerator<Outcome>): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for await (const outcome of run) outcomes.push(outcome);
  return outcomes;
}

describe('runTasks', () => {
  it('yields the outcomes in input order, the same with one job or with workers and a small window', async () => {
    const one = await collect(runTasks(tasks, { jobs: 1, settings }));
    const two = await collect(runTasks(tasks, { jobs: 2, settings, window: 3 }));
    expect(one.map((outcome) => outcome.index)).toEqual(tasks.map((task) => task.index));
    expect(two).toEqual(one);
    expect(one.filter((outcome) => outcome.status === 'failed').map((outcome) => outcome.index)).toEqual([5, 18, 31]);
    expect(JSON.parse(one[1]!.text)).toMatchObject({ number: { value: '1/SYT-VP' }, source: { file: '1.txt' } });
  });

  it('stops when the consumer stops, and when the signal aborts', async () => {
    const taken: number[] = [];
    for await (const outcome of runTasks(tasks, { jobs: 2, settings })) {
      taken.push(outcome.index);
      if (taken.length === 3) break;
    }
    expect(taken).toEqual([0, 1, 2]);
    const controller = new AbortController();
    const seen: number[] = [];
    for await (const outcome of runTasks(tasks, { jobs: 1, settings, signal: controller.signal })) {
      seen.push(outcome.index);
      controller.abort();
    }
    expect(seen).toEqual([0]);
  });
});
