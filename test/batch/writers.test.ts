import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FolderWriter, StreamWriter } from '../../src/batch/writers.js';
import { ndjson } from '../../src/emit/ndjson.js';
import { jsonArray } from '../../src/emit/json.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'congvan-writers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('StreamWriter', () => {
  it('writes head, separators and tail around the records', async () => {
    const written: string[] = [];
    const writer = new StreamWriter({ write: (text: string) => written.push(text) }, jsonArray({ pretty: false }));
    await writer.write('1', null);
    await writer.write('2', null);
    await writer.close();
    expect(written.join('')).toBe('[1,2]\n');
  });

  it('writes the empty form when there is no record', async () => {
    const written: string[] = [];
    const writer = new StreamWriter({ write: (text: string) => written.push(text) }, jsonArray({ pretty: true }));
    await writer.close();
    expect(written).toEqual(['[]\n']);
  });

  it("waits for 'drain' when the stream is full", async () => {
    const listeners: Array<() => void> = [];
    const writer = new StreamWriter({ write: () => false, once: (_event: 'drain', listener: () => void) => listeners.push(listener) }, ndjson);
    let done = false;
    const pending = writer.write('{}\n', null).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    listeners[0]!();
    await pending;
    expect(done).toBe(true);
  });

  it('stops writing once the stream has failed (a closed pipe), without waiting for drain', async () => {
    let fail: (error: Error) => void = () => undefined;
    const written: string[] = [];
    const writer = new StreamWriter(
      {
        write: (text: string) => (written.push(text), false),
        once: () => undefined,
        on: (_event: 'error', listener: (error: Error) => void) => (fail = listener),
      },
      ndjson,
    );
    const pending = writer.write('a\n', null);
    fail(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    await pending;
    expect(writer.closed).toBe(true);
    await writer.write('b\n', null);
    expect(written).toEqual(['a\n']);
  });
});

describe('FolderWriter', () => {
  it('mirrors the input path below the base, adding .json', () => {
    const writer = new FolderWriter('/out', '/data/in');
    expect(writer.targetFor('/data/in/2023/a.md')).toBe('/out/2023/a.md.json');
    expect(writer.targetFor('/data/in/a.txt')).toBe('/out/a.txt.json');
  });

  it('writes through a temporary file in the same folder, then renames it', async () => {
    const dir = path.join(scratch, 'out');
    const writer = new FolderWriter(dir, '/in');
    const target = writer.targetFor('/in/x/y/a.md');
    await writer.write('{"a":1}\n', target);
    await writer.write('{"a":2}\n', target);
    await writer.close();
    expect(readFileSync(target, 'utf8')).toBe('{"a":2}\n');
    expect(readdirSync(path.dirname(target))).toEqual(['a.md.json']);
  });

  it('leaves no temporary file when a write fails', async () => {
    const dir = path.join(scratch, 'fail');
    const writer = new FolderWriter(dir, '/in');
    const target = writer.targetFor('/in/a.md');
    // A folder where the output should go: the rename fails.
    mkdirSync(path.join(target, 'x'), { recursive: true });
    await expect(writer.write('{}\n', target)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['a.md.json']);
  });
});
