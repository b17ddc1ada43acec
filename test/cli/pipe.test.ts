/**
 * The pipe mode (`parse --stdin-ndjson -`) under the contract of Hadoop Streaming, Spark's RDD.pipe and GNU
 * parallel --pipe: any split of the input into chunks, run by separate processes, gives the same records.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../src/schema/validate.js';
import { bin, congvan, root } from './run.js';
import { goldenInputs, ndjsonLines, scratchFolders, tinyDispatch } from './corpus.js';

const scratch = scratchFolders();

/** 2,000 requests: small dispatches, golden documents, two .docx and a markdown file as base64, and bad lines. */
function requests(): string[] {
  const golden = goldenInputs();
  const docx = readFileSync(path.join(root, 'fixtures/formats/corpus-001-congvan.docx')).toString('base64');
  const markdown = readFileSync(path.join(root, 'fixtures/cli/good.md')).toString('base64');
  const lines: string[] = [];
  for (let n = 0; n < 2000; n += 1) {
    const id = `req-${n}`;
    if (n % 1000 === 7) lines.push(JSON.stringify({ id, base64: docx, format: 'docx' }));
    else if (n % 100 === 3) lines.push(JSON.stringify({ id, base64: markdown, format: 'md' }));
    else if (n % 100 === 1) lines.push(JSON.stringify({ id, text: golden[n % golden.length]!.bytes.toString('utf8') }));
    else if (n % 97 === 5) lines.push('{"id": "broken", "text": ');
    else if (n % 89 === 6) lines.push(JSON.stringify({ text: 'no id' }));
    else if (n % 83 === 2) lines.push(JSON.stringify({ id, neither: true }));
    else lines.push(JSON.stringify({ id, text: tinyDispatch(n) }));
  }
  return lines;
}

describe('congvan parse --stdin-ndjson -', () => {
  it('gives one record per line in order, ids in source.id, error records for bad lines; 4 processes over chunks give the output of 1', async () => {
    const lines = requests();
    const folder = scratch();
    const single = congvan(['parse', '--stdin-ndjson', '-'], { input: Buffer.from(`${lines.join('\n')}\n`) });
    expect(single.status).toBe(0);
    const records = ndjsonLines(single.stdout).map((line) => JSON.parse(line) as { source: { id?: string }; error?: { code: string; message: string } });
    expect(records).toHaveLength(2000);
    expect(single.stderr).toMatch(/^congvan: 2000 requests: \d+ clean, \d+ with errors, \d+ failed\n$/);
    records.forEach((record, index) => {
      expect(checkRecord(record), `record ${index + 1}`).toEqual([]);
      const request = lines[index]!;
      if (request.startsWith('{"id": "broken"')) expect(record).toMatchObject({ source: { file: null }, error: { code: 'invalid-request', message: 'the line is not JSON' } });
      else if (request.includes('"no id"')) expect(record.error).toEqual({ code: 'invalid-request', message: 'the request has no "id" (a string)' });
      else if (request.includes('"neither"')) expect(record).toMatchObject({ source: { id: `req-${index}` }, error: { code: 'invalid-request' } });
      else {
        expect(record.error, request.slice(0, 80)).toBeUndefined();
        expect(record.source.id).toBe(`req-${index}`);
      }
    });
    expect(records.filter((record) => record.error === undefined && (record as { docType?: unknown }).docType !== null).length).toBeGreaterThan(1900);

    // Four chunks of lines, as Hadoop or parallel --pipe would cut them, run by four processes at once (xargs -P 4).
    const size = Math.ceil(lines.length / 4);
    const chunks = [0, 1, 2, 3].map((k) => path.join(folder, `chunk-${k}`));
    chunks.forEach((chunk, k) => writeFileSync(chunk, `${lines.slice(k * size, (k + 1) * size).join('\n')}\n`));
    const xargs = spawnSync('xargs', ['-P', '4', '-n', '1', 'sh', '-c', `"${process.execPath}" "${bin}" parse --stdin-ndjson - -q < "$1" > "$1.out"`, 'sh'], {
      input: chunks.join('\n'),
      encoding: 'utf8',
    });
    expect(xargs.stderr).toBe('');
    expect(xargs.status).toBe(0);
    const merged = chunks.map((chunk) => readFileSync(`${chunk}.out`, 'utf8')).join('');
    expect(merged === single.stdout, 'the merged output of 4 processes differs from the output of 1').toBe(true);
  }, 120_000);

  it('answers each line before the next one comes (streams: nothing waits for the end of stdin)', async () => {
    const child = spawn(process.execPath, [bin, 'parse', '--stdin-ndjson', '-', '-q'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    const waitForLines = (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (ndjsonLines(stdout).length >= count) {
            child.stdout.off('data', check);
            resolve();
          }
        };
        child.stdout.on('data', check);
        check();
      });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    for (let n = 1; n <= 3; n += 1) {
      child.stdin.write(`${JSON.stringify({ id: `live-${n}`, text: tinyDispatch(n) })}\n`);
      await waitForLines(n);
    }
    child.stdin.end();
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
    expect(ndjsonLines(stdout).map((line) => (JSON.parse(line) as { source: { id: string } }).source.id)).toEqual(['live-1', 'live-2', 'live-3']);
  }, 30_000);

  it('keeps memory flat: 20,000 requests (over 150 MB of stdin) under a 32 MB heap, peak RSS below the size of the input', async () => {
    const pad = 'x'.repeat(8000);
    const report = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss="+process.resourceUsage().maxRSS+"\\n"))';
    const child = spawn(process.execPath, ['--max-old-space-size=32', `--import=${report}`, bin, 'parse', '--stdin-ndjson', '-', '-q'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let lines = 0;
    let stderr = '';
    let ids = true;
    let last = -1;
    let rest = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const part of parts) {
        const n = Number(/"id":"r(\d+)"/.exec(part)?.[1]);
        if (n !== last + 1) ids = false;
        last = n;
        lines += 1;
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    let bytes = 0;
    for (let n = 0; n < 20_000; n += 1) {
      // Every 100th request a small dispatch, the others bad requests (cheap to answer) carrying 8 kB each.
      const line = `${n % 100 === 0 ? JSON.stringify({ id: `r${n}`, text: tinyDispatch(n) }) : JSON.stringify({ id: `r${n}`, neither: pad })}\n`;
      bytes += line.length;
      if (!child.stdin.write(line)) await new Promise((resolve) => child.stdin.once('drain', resolve));
    }
    child.stdin.end();
    expect(await closed).toBe(0);
    expect(lines).toBe(20_000);
    expect(ids).toBe(true);
    const maxRss = Number(/maxrss=(\d+)/.exec(stderr)?.[1]) * 1024;
    expect(bytes).toBeGreaterThan(150_000_000);
    expect(maxRss).toBeGreaterThan(0);
    expect(maxRss).toBeLessThan(bytes * 0.8);
  }, 60_000);

  it('refuses other operands and output options (usage, exit 2)', () => {
    expect(congvan(['parse', '--stdin-ndjson', 'a.md'])).toMatchObject({ status: 2, stderr: 'congvan: --stdin-ndjson reads its requests from stdin: give - as the only input\n' });
    expect(congvan(['parse', '--stdin-ndjson', '-', '--format', 'csv'])).toMatchObject({ status: 2, stderr: 'congvan: --stdin-ndjson writes NDJSON, not --format csv\n' });
  });
});
