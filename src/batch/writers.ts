/**
 * Where the outcomes of a batch are written: a stream (stdout) in one format, or one JSON file per input in
 * an output folder. Files are written atomically: a temporary file in the same folder, then a rename, so that
 * an interrupted batch leaves either the whole output or none.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RecordFormat } from '../emit/format.js';
import type { Output } from '../cli/io.js';

export interface RecordWriter {
  /** Writes one record's text (its target file, for an output folder). */
  write(text: string, target: string | null): Promise<void>;
  /** Ends the output (the closing bracket of a JSON array…). */
  close(): Promise<void>;
}

/** A stream in one format, with backpressure: `write` waits for 'drain' when the stream asks for it. */
export class StreamWriter implements RecordWriter {
  private count = 0;
  private broken = false;
  private waiting: (() => void) | null = null;

  constructor(
    private readonly out: Output,
    private readonly format: RecordFormat,
  ) {
    out.on?.('error', () => {
      // The reader went away (EPIPE): stop writing, and release a write that waits for 'drain'.
      this.broken = true;
      this.waiting?.();
    });
  }

  /** True once the stream has failed (e.g. the other end of a pipe was closed). */
  get closed(): boolean {
    return this.broken;
  }

  async write(text: string, _target?: string | null): Promise<void> {
    await this.send(this.count === 0 ? this.format.head + text : this.format.separator + text);
    this.count += 1;
  }

  async close(): Promise<void> {
    await this.send(this.count === 0 ? this.format.empty : this.format.tail);
  }

  private async send(text: string): Promise<void> {
    if (this.broken || text === '') return;
    if (this.out.write(text) !== false || this.out.once === undefined) return;
    await new Promise<void>((resolve) => {
      this.waiting = resolve;
      this.out.once?.('drain', resolve);
    });
    this.waiting = null;
  }
}

/** One file per input under `dir`, mirroring the input's path below `base`: `base/a/b.md` → `dir/a/b.md.json`. */
export class FolderWriter implements RecordWriter {
  private readonly made = new Set<string>();
  private readonly temporary = new Set<string>();
  private serial = 0;

  constructor(
    readonly dir: string,
    readonly base: string,
  ) {}

  /**
   * The output file of an input, always inside `dir`: an input outside `base` (which the batch's common folder
   * rules out, but a caller may not) has its `..` segments written as `%2E%2E` and its root dropped, so that no
   * input name (`../../x.md`, `/etc/x`) can make a path that escapes the output folder.
   */
  targetFor(input: string): string {
    const relative = path.relative(this.base, input);
    const segments = relative
      .slice(path.parse(relative).root.length)
      .split(/[\\/]/)
      .filter((segment) => segment !== '' && segment !== '.')
      .map((segment) => (segment === '..' ? '%2E%2E' : segment));
    const target = path.join(this.dir, `${segments.length === 0 ? '%2E' : segments.join(path.sep)}.json`);
    const inside = path.relative(this.dir, target);
    if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) throw new Error(`output path escapes the output folder: ${target}`);
    return target;
  }

  async write(text: string, target: string | null): Promise<void> {
    if (target === null) throw new Error('an output folder needs a target file for each record');
    const folder = path.dirname(target);
    if (!this.made.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.made.add(folder);
    }
    this.serial += 1;
    const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.${this.serial}.tmp`);
    this.temporary.add(temporary);
    try {
      await writeFile(temporary, text);
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    } finally {
      this.temporary.delete(temporary);
    }
  }

  async close(): Promise<void> {
    await this.removeTemporaryFiles();
  }

  /** Removes the temporary file of a write that did not finish. */
  async removeTemporaryFiles(): Promise<void> {
    await Promise.all([...this.temporary].map((file) => rm(file, { force: true })));
    this.temporary.clear();
  }
}
