/**
 * The lines of a document for the segmenter, each made into a Line object only when something asks for it.
 *
 * A gazette text is mostly annex: of decree 143/2026's 53,000 lines the segmenter reads about 150 as lines (head,
 * body, signature); the rest it only asks whether they open a signature block or a Nơi nhận list, which their
 * first and last characters answer. The plain-text reader keeps where each line starts and ends in typed arrays
 * (PlainLines), and a line becomes a Line (a sliced string and an object, both kept until the record is built) the
 * first time at() is asked for it. Markdown lines come from the tree as Line objects already (LineList.of).
 *
 * explodeLines hands the body and the annex on in ranges: its output is a list over its input (`base`, `from`),
 * with the lines it cut or joined in place. A line made by either list is the same object in both.
 */
import { makeLine, type Line } from './lines.js';

/** Where the lines of a plain text start and end (trimmed), and their blocks: what readTextList finds in one scan. */
export interface PlainLines {
  text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  blocks: Int32Array;
}

/** Lines made lazily are kept in chunks of this many (a plain array of 50,000 holes is a slow dictionary in V8). */
const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;

export class LineList {
  readonly length: number;
  /** Every line, for a list of Line objects (LineList.of); null for a list whose lines are made when asked for. */
  private readonly all: Line[] | null;
  /** Lines made so far (and explodeLines' own parts), by index, in chunks of CHUNK. */
  private readonly chunks: Array<Array<Line | undefined> | undefined>;
  /** The plain text the lines are cut from (lines not made yet are read from it), or null. */
  private readonly plain: PlainLines | null;
  /**
   * For a list over another (`base`): per index, the index in `base`, or -1 - k where the line is its part k
   * (explodeLines gives an array of small integers, made on the heap; an Int32Array is read the same).
   */
  private readonly from: ArrayLike<number> | null;
  private readonly base: LineList | null;

  private constructor(length: number, all: Line[] | null, plain: PlainLines | null, from: ArrayLike<number> | null, base: LineList | null) {
    this.length = length;
    this.all = all;
    this.chunks = all === null ? new Array<Array<Line | undefined> | undefined>((length >> CHUNK_BITS) + 1).fill(undefined) : [];
    this.plain = plain;
    this.from = from;
    this.base = base;
  }

  /** A list of Line objects (the markdown reader's, or a test's). */
  static of(lines: Line[]): LineList {
    return new LineList(lines.length, lines, null, null, null);
  }

  /** The lines of a plain text, made when asked for. */
  static ofPlain(plain: PlainLines): LineList {
    return new LineList(plain.count, null, plain, null, null);
  }

  /**
   * A list over `base`: line i is parts[-from[i] - 1] where from[i] < 0, else base line from[i]. Lines made
   * through either list are the same objects.
   */
  static over(base: LineList, from: ArrayLike<number>, parts: Line[]): LineList {
    const list = new LineList(from.length, null, null, from, base);
    for (let i = 0; i < from.length; i++) if (from[i]! < 0) list.keep(i, parts[-from[i]! - 1]!);
    return list;
  }

  private made(i: number): Line | undefined {
    if (this.all !== null) return this.all[i];
    return this.chunks[i >> CHUNK_BITS]?.[i & (CHUNK - 1)];
  }

  private keep(i: number, line: Line): Line {
    // A chunk holds CHUNK lines, or as many as are left (a dispatch of 60 lines gets one of 60).
    const chunk = (this.chunks[i >> CHUNK_BITS] ??= new Array<Line | undefined>(Math.min(CHUNK, this.length - (i & ~(CHUNK - 1)))).fill(undefined));
    chunk[i & (CHUNK - 1)] = line;
    return line;
  }

  /** Line i (undefined past either end). */
  at(i: number): Line | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return this.made(i) ?? this.keep(i, this.make(i));
  }

  private make(i: number): Line {
    if (this.base !== null) return this.base.at(this.from![i]!)!;
    const p = this.plain!;
    const start = p.starts[i]!;
    return makeLine(p.text.slice(start, p.ends[i]!), null, start, 'paragraph', p.blocks[i]!, 0, false, undefined);
  }

  /** The text of line i, without making the line. */
  text(i: number): string {
    const line = this.made(i);
    if (line !== undefined) return line.text;
    if (this.base !== null) return this.base.text(this.from![i]!);
    const p = this.plain!;
    return p.text.slice(p.starts[i]!, p.ends[i]!);
  }

  /**
   * Where line i's text is, without making the line: returns the string it is in and puts its start and end in
   * `span` (the line's own text, or the plain text it is cut from).
   */
  textSpan(i: number, span: Int32Array): string {
    // A line of a plain text is read in the text it was cut from, made or not: a scan reads a flat string faster
    // than the sliced string of a made line.
    const p = this.plain;
    if (p !== null) {
      span[0] = p.starts[i]!;
      span[1] = p.ends[i]!;
      return p.text;
    }
    if (this.base !== null && this.from![i]! >= 0) return this.base.textSpan(this.from![i]!, span);
    const line = this.made(i)!;
    span[0] = 0;
    span[1] = line.text.length;
    return line.text;
  }

  /** The first code unit of line i's text (NaN for an empty line), without making the line. */
  firstCode(i: number): number {
    const line = this.made(i);
    if (line !== undefined) return line.text.charCodeAt(0);
    if (this.base !== null) return this.base.firstCode(this.from![i]!);
    const p = this.plain!;
    return p.text.charCodeAt(p.starts[i]!);
  }

  /** The last code unit of line i's text (NaN for an empty line), without making the line. */
  lastCode(i: number): number {
    const line = this.made(i);
    if (line !== undefined) return line.text.charCodeAt(line.text.length - 1);
    if (this.base !== null) return this.base.lastCode(this.from![i]!);
    const p = this.plain!;
    const end = p.ends[i]!;
    return end > p.starts[i]! ? p.text.charCodeAt(end - 1) : NaN;
  }

  /** Lines from, from + 1 … to - 1, made. */
  slice(from = 0, to = this.length): Line[] {
    from = Math.max(0, from);
    to = Math.min(this.length, to);
    const out: Line[] = [];
    for (let i = from; i < to; i++) out.push(this.at(i)!);
    return out;
  }

  /** Some line is a table cell (plain text has none). */
  anyCell(): boolean {
    if (this.all !== null) return this.all.some((line) => line.cell !== undefined);
    if (this.base === null) return false;
    for (let i = 0; i < this.length; i++) if (this.from![i]! < 0 && this.made(i)!.cell !== undefined) return true;
    return this.base.anyCell();
  }
}
