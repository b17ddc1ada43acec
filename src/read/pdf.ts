/**
 * PDF reader: the text layer of a PDF (through unpdf's build of PDF.js) rebuilt into plain text that
 * the plain-text reader (text.ts) then reads, so positions in a record point into this text.
 *
 * Lines are rebuilt from the positions of the text items (transform[4], transform[5], width, height):
 * items on one baseline (within a tolerance) make a line, sorted by x, with a space wherever the gap
 * between two items is wider than a fraction of the font size. A larger vertical gap than the usual
 * line pitch becomes a blank line (a paragraph break).
 *
 * A dispatch (Nghị định 30, Phụ lục I) opens with two columns side by side: the issuing body, number
 * and V/v on the left, the motto and place/date on the right, on the same baselines; and it ends with
 * "Nơi nhận" on the left beside the signature block on the right. Read line by line these would be
 * interleaved ("SỞ Y TẾ Độc lập - Tự do - Hạnh phúc"), so a band of such lines — found by a wide
 * horizontal gap between the clusters of items on one baseline, near the top of page 1 or on the last
 * page — is written column by column: every line of the left column, then every line of the right.
 *
 * Pages are joined with a blank line, unless a paragraph plainly runs on over the page break (the last
 * line of the page is full width and the next page starts at the left margin). A page number alone on
 * the first or last line of a page is dropped.
 */
import { CongvanError } from '../errors.js';

export interface PdfText {
  /** The rebuilt plain text, lines separated by `\n`, NFC. */
  text: string;
  /** Number of pages in the PDF. */
  pages: number;
  /** What the reader did that a reader of the record may want to know (columns split, lines dropped). */
  notes: string[];
}

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

interface Row {
  y: number;
  size: number;
  /** Items sorted by x. */
  items: Item[];
  x0: number;
  x1: number;
}

interface Gap {
  lo: number;
  hi: number;
}

interface Band {
  start: number;
  end: number;
  /** Items whose centre is left of this x go to the left column. */
  split: number;
}

/** A gap wider than this many font sizes between items on one baseline separates columns. */
const COLUMN_GAP = 2.5;
/** A gap wider than this many font sizes between items on one baseline is a space. */
const SPACE_GAP = 0.15;
/** Items whose baselines differ by less than this many font sizes are on one line. */
const BASELINE_TOLERANCE = 0.4;
/** A vertical step larger than this many usual line pitches is a paragraph break. */
const PARAGRAPH_STEP = 1.3;
/** A line of one column lines up with another when their starts, ends or middles are this many font sizes apart or less. */
const ALIGN_TOLERANCE = 0.5;
/** Column bands are looked for in this top part of page 1 (and anywhere on the last page). */
const TOP_PART = 0.45;

const NO_TEXT_MESSAGE = 'the PDF has no text layer (a scanned image?): run OCR first, e.g. tesseract with -l vie';

/** Only the parts of PDF.js's text content that are used here. */
interface RawTextItem {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
  height?: unknown;
}

export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: PDF.js may take over (detach) the buffer it is given.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, stopAtErrors: false });
  } catch (err) {
    throw unreadable(err);
  }
  try {
    const pages: Item[][] = [];
    const sizes: Array<{ width: number; height: number }> = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      let items: Item[];
      try {
        const page = await pdf.getPage(n);
        const [x0, y0, x1, y1] = page.view as [number, number, number, number];
        sizes.push({ width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) });
        const content = await page.getTextContent();
        items = toItems(content.items as RawTextItem[], y0);
        page.cleanup();
      } catch (err) {
        throw unreadable(err);
      }
      pages.push(items);
    }
    if (pages.length === 0 || pages.every((p) => p.length === 0)) throw new CongvanError('no-text-layer', NO_TEXT_MESSAGE);
    return layout(pages, sizes);
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

/** CongvanError for a PDF that PDF.js cannot open: one line, the cause kept for --debug. */
function unreadable(err: unknown): CongvanError {
  if (err instanceof CongvanError) return err;
  const name = err instanceof Error ? err.name : '';
  const raw = err instanceof Error ? err.message : String(err);
  const first = raw.split('\n')[0]!.trim().replace(/\.$/u, '');
  const detail =
    name === 'PasswordException' ? 'it is encrypted with a password' : first ? first.charAt(0).toLowerCase() + first.slice(1) : name || 'unknown error';
  return new CongvanError('unreadable-input', `the PDF is damaged or encrypted: ${detail}`, { cause: err });
}

function toItems(raw: RawTextItem[], bottom: number): Item[] {
  const items: Item[] = [];
  for (const it of raw) {
    if (typeof it.str !== 'string' || !Array.isArray(it.transform)) continue; // marked-content markers
    const str = it.str.replace(/[\u0000-\u001f\u00ad\ufffe\uffff]/g, '');
    if (str.trim() === '') continue; // spaces come back from the gaps
    const t = it.transform as number[];
    const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || (typeof it.height === 'number' ? it.height : 0) || 10;
    const w = typeof it.width === 'number' && Number.isFinite(it.width) ? it.width : 0;
    items.push({ str, x: t[4] ?? 0, y: (t[5] ?? 0) - bottom, w, size });
  }
  return items;
}

/** Items grouped into rows by baseline, top to bottom, each row's items left to right. */
function toRows(items: Item[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  let row: Row | null = null;
  for (const item of sorted) {
    if (row && Math.abs(row.y - item.y) <= BASELINE_TOLERANCE * Math.min(row.size, item.size)) {
      row.items.push(item);
      row.size = Math.max(row.size, item.size);
    } else {
      row = { y: item.y, size: item.size, items: [item], x0: 0, x1: 0 };
      rows.push(row);
    }
  }
  for (const r of rows) {
    r.items.sort((a, b) => a.x - b.x);
    // The same text drawn twice at one place (fake bold) is one item.
    r.items = r.items.filter((it, i, all) => i === 0 || !(it.str === all[i - 1]!.str && Math.abs(it.x - all[i - 1]!.x) < 0.2 * it.size));
    r.x0 = r.items[0]!.x;
    r.x1 = Math.max(...r.items.map((it) => it.x + it.w));
  }
  return rows;
}

/** The text of items on one baseline, with spaces from the gaps. */
function joinItems(items: Item[]): string {
  let out = '';
  let prev: Item | null = null;
  for (const item of items) {
    if (prev) {
      const gap = item.x - (prev.x + prev.w);
      if (gap > SPACE_GAP * Math.min(prev.size, item.size) && !/\s$/u.test(out) && !/^\s/u.test(item.str)) out += ' ';
    }
    out += item.str;
    prev = item;
  }
  return out.replace(/\s+/gu, ' ').trim();
}

/** Gaps between the clusters of a row (horizontal gaps wide enough to separate columns). */
function columnGaps(row: Row): Gap[] {
  const gaps: Gap[] = [];
  let right = row.items[0]!.x + row.items[0]!.w;
  for (let i = 1; i < row.items.length; i++) {
    const item = row.items[i]!;
    if (item.x - right > COLUMN_GAP * row.size) gaps.push({ lo: right, hi: item.x });
    right = Math.max(right, item.x + item.w);
  }
  return gaps;
}

/** Clusters of a row: runs of items separated by column gaps, as [x0, x1]. */
function clusters(row: Row): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let lo = row.items[0]!.x;
  let hi = lo + row.items[0]!.w;
  for (let i = 1; i < row.items.length; i++) {
    const item = row.items[i]!;
    if (item.x - hi > COLUMN_GAP * row.size) {
      out.push([lo, hi]);
      lo = item.x;
    }
    hi = Math.max(hi, item.x + item.w);
  }
  out.push([lo, hi]);
  return out;
}

/** Where the lines of one column of a band start, end and have their middle. */
interface Side {
  x0: number[];
  x1: number[];
  mid: number[];
}

interface BandState {
  gap: Gap;
  left: Side;
  right: Side;
}

function addToSides(state: BandState, row: Row): void {
  const split = (state.gap.lo + state.gap.hi) / 2;
  for (const [x0, x1] of clusters(row)) {
    const side = x0 + x1 < 2 * split ? state.left : state.right;
    side.x0.push(x0);
    side.x1.push(x1);
    side.mid.push((x0 + x1) / 2);
  }
}

/**
 * How a row fits a band: the gap between the columns narrowed by the row, or null if the row does not
 * fit. A row with a column gap of its own fits when that gap overlaps the band's by at least a column
 * gap. A row of one cluster fits when it reaches into the gap from one side but not across it, and is
 * aligned with a line already in that column (same start, end or middle: header columns are centred,
 * Nơi nhận is flush left), so a short line of the text below (a "Kính gửi:" alone) does not join.
 */
function fit(row: Row, state: BandState): Gap | null {
  const { gap } = state;
  const least = COLUMN_GAP * row.size;
  const own = columnGaps(row);
  if (own.length > 0) {
    let best: Gap | null = null;
    for (const g of own) {
      const lo = Math.max(g.lo, gap.lo);
      const hi = Math.min(g.hi, gap.hi);
      if (hi - lo >= least && (!best || hi - lo > best.hi - best.lo)) best = { lo, hi };
    }
    return best;
  }
  const [[x0, x1]] = clusters(row) as [[number, number]];
  const left = x0 + x1 < gap.lo + gap.hi;
  const narrowed = left ? { lo: Math.max(gap.lo, x1), hi: gap.hi } : { lo: gap.lo, hi: Math.min(gap.hi, x0) };
  if (narrowed.hi - narrowed.lo < least) return null;
  const side = left ? state.left : state.right;
  const tolerance = ALIGN_TOLERANCE * row.size;
  const near = (values: number[], v: number) => values.some((a) => Math.abs(a - v) <= tolerance);
  return near(side.x0, x0) || near(side.x1, x1) || near(side.mid, (x0 + x1) / 2) ? narrowed : null;
}

/** Column bands of a page: runs of rows around rows with a column gap, in the parts of the page where a dispatch has them. */
function findBands(rows: Row[], eligible: (row: Row) => boolean, pitch: number): Band[] {
  const bands: Band[] = [];
  const taken = new Array<boolean>(rows.length).fill(false);
  const maxStep = 8 * pitch;
  for (let i = 0; i < rows.length; i++) {
    if (taken[i] || !eligible(rows[i]!)) continue;
    const gaps = columnGaps(rows[i]!);
    if (gaps.length === 0) continue;
    // The widest gap is the one between the columns (a blank left for a hand-written number is narrower).
    const state: BandState = {
      gap: gaps.reduce((a, b) => (b.hi - b.lo > a.hi - a.lo ? b : a)),
      left: { x0: [], x1: [], mid: [] },
      right: { x0: [], x1: [], mid: [] },
    };
    addToSides(state, rows[i]!);
    let start = i;
    let end = i;
    for (let j = i + 1; j < rows.length && !taken[j]; j++) {
      if (rows[j - 1]!.y - rows[j]!.y > maxStep) break;
      const narrowed = fit(rows[j]!, state);
      if (!narrowed) break;
      state.gap = narrowed;
      addToSides(state, rows[j]!);
      end = j;
    }
    for (let j = i - 1; j >= 0 && !taken[j]; j--) {
      if (rows[j]!.y - rows[j + 1]!.y > maxStep) break;
      const narrowed = fit(rows[j]!, state);
      if (!narrowed) break;
      state.gap = narrowed;
      addToSides(state, rows[j]!);
      start = j;
    }
    for (let j = start; j <= end; j++) taken[j] = true;
    bands.push({ start, end, split: (state.gap.lo + state.gap.hi) / 2 });
    i = end;
  }
  return bands;
}

/** A list item ("- Như trên;"), and the end of one (";", "." or ":"). */
const ITEM_START = /^[-–—+•]\s/u;
const ITEM_END = /[;.:]$/u;

/**
 * Whether `line` is the rest of the list item `prev`, wrapped to the width of its column or page:
 * "- Thủ tướng, PTTgTT Phạm Gia Túc" + "(để b/c);" is one item of Nơi nhận. The item has not ended,
 * the line is no item itself, starts under the item (flush or hanging), and its first word would
 * not have fitted at the end of the item's line (`right` is where the lines of that column end).
 */
function continuesItem(prev: Out, line: Out, right: number): boolean {
  if (!ITEM_START.test(prev.text) || ITEM_END.test(prev.text) || ITEM_START.test(line.text)) return false;
  if (line.x0 < prev.x0 - ALIGN_TOLERANCE * line.size || line.x0 > prev.x0 + 3 * line.size) return false;
  const word = line.text.split(' ')[0]!;
  const wordWidth = ((line.x1 - line.x0) * word.length) / line.text.length;
  return prev.x1 + wordWidth > right - line.size;
}

/** The most frequent value of a list of numbers rounded to halves (0 for none). */
function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) {
    const k = Math.round(v * 2) / 2;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best = 0;
  let count = 0;
  for (const [k, c] of counts) if (c > count || (c === count && k < best)) [best, count] = [k, c];
  return best;
}

/** A row in the top part of page 1, where a dispatch has its two-column header. */
function eligibleTop(row: Row, page: number, height: number): boolean {
  return page === 0 && row.y >= height * (1 - TOP_PART);
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:trang\s+)?(\d{1,4})(?:\s*[-–—])?(?:\s*\/\s*\d{1,4})?$/iu;

/** A line of text as written out, with where it was on the page. */
interface Out {
  text: string;
  y: number;
  x0: number;
  x1: number;
  size: number;
}

function toOut(items: Item[], y: number): Out {
  const last = items.reduce((a, b) => (b.x + b.w > a.x + a.w ? b : a));
  return { text: joinItems(items), y, x0: items[0]!.x, x1: last.x + last.w, size: Math.max(...items.map((it) => it.size)) };
}

function layout(pages: Item[][], sizes: Array<{ width: number; height: number }>): PdfText {
  const notes: string[] = [];
  const pageRows = pages.map(toRows);

  // Running page numbers: a number alone on the first or last line of a page, equal to that page's number.
  let dropped = 0;
  pageRows.forEach((rows, p) => {
    for (const at of [0, rows.length - 1]) {
      const row = rows[at];
      if (!row || rows.length < 2) continue;
      const m = PAGE_NUMBER.exec(joinItems(row.items));
      if (m && Number(m[1]) === p + 1) {
        rows.splice(at, 1);
        dropped++;
        break;
      }
    }
  });
  if (dropped > 0) notes.push(`${dropped} page number line(s) dropped`);

  // The usual line pitch, from the steps between the wide lines of the body (the narrower lines of the
  // header and of Nơi nhận are often set tighter); the margin and the right edge of full lines.
  const lefts: number[] = [];
  for (const rows of pageRows) for (const row of rows) lefts.push(row.x0);
  const margin = mode(lefts);
  // The right edge of the body: where most long lines of one column end (justified text ends at one x).
  const single = pageRows.flatMap((rows) => rows.filter((row) => columnGaps(row).length === 0));
  const widest = single.length ? Math.max(...single.map((row) => row.x1 - row.x0)) : 0;
  const long = single.filter((row) => row.x1 - row.x0 > 0.6 * widest);
  const fullRight = mode(long.map((row) => row.x1));
  const wide = (row: Row) => row.x1 - row.x0 > 0.6 * widest && columnGaps(row).length === 0;
  const steps: number[] = [];
  const bodySteps: number[] = [];
  for (const rows of pageRows) {
    for (let i = 1; i < rows.length; i++) {
      const step = rows[i - 1]!.y - rows[i]!.y;
      if (step <= 0) continue;
      steps.push(step);
      if (wide(rows[i - 1]!) && wide(rows[i]!)) bodySteps.push(step);
    }
  }
  const pitch = mode(bodySteps.length >= 3 ? bodySteps : steps) || 14;
  const last = pageRows.length - 1;

  const pageTexts: string[] = [];
  const pageBreaks: boolean[] = []; // true when a paragraph runs on from the previous page
  pageRows.forEach((rows, p) => {
    const height = sizes[p]!.height;
    const eligible = (row: Row) => eligibleTop(row, p, height) || p === last;
    const bands = findBands(rows, eligible, pitch);
    bands.forEach((band, n) => {
      const where = p === 0 && n === 0 && band.start === 0 ? 'top of page 1' : `page ${p + 1}`;
      notes.push(`two columns read one after the other (${where}, ${band.end - band.start + 1} lines)`);
    });
    const lines: string[] = [];
    let prev: Out | null = null;
    /** Writes a line: after a blank line when asked or after a paragraph step, joined to the list item it continues. */
    const push = (line: Out, blankBefore: boolean, right: number) => {
      if (line.text === '') return;
      const step = prev ? prev.y - line.y : Number.POSITIVE_INFINITY;
      if (prev && !blankBefore && step <= PARAGRAPH_STEP * pitch && continuesItem(prev, line, right)) {
        prev = { ...line, text: `${prev.text} ${line.text}`, x0: prev.x0 };
        lines[lines.length - 1] = prev.text;
        return;
      }
      if (lines.length > 0 && (blankBefore || step > PARAGRAPH_STEP * pitch)) lines.push('');
      lines.push(line.text);
      prev = line;
    };
    /** What follows starts a new block (a blank line before it). */
    const endBlock = () => {
      if (prev) prev = { ...prev, y: Number.POSITIVE_INFINITY };
    };
    let b = 0;
    for (let i = 0; i < rows.length; i++) {
      const band = bands[b];
      if (band && band.start === i) {
        const left: Out[] = [];
        const right: Out[] = [];
        for (let j = band.start; j <= band.end; j++) {
          const row = rows[j]!;
          const l = row.items.filter((it) => it.x + it.w / 2 < band.split);
          const r = row.items.filter((it) => it.x + it.w / 2 >= band.split);
          if (l.length) left.push(toOut(l, row.y));
          if (r.length) right.push(toOut(r, row.y));
        }
        // The left column follows the text above it as any line would; the right column starts a block,
        // and so does the line after the band.
        for (const [k, column] of [left, right].entries()) {
          const edge = Math.max(...column.map((line) => line.x1));
          column.forEach((line, n) => push(line, n === 0 && k === 1, edge));
        }
        endBlock();
        i = band.end;
        b++;
        continue;
      }
      push(toOut(rows[i]!.items, rows[i]!.y), false, fullRight);
    }
    if (p > 0) {
      const before = pageRows[p - 1]!;
      const tail = before[before.length - 1];
      const head = rows[0];
      const runsOn =
        tail !== undefined &&
        head !== undefined &&
        tail.x1 >= fullRight - 0.02 * sizes[p - 1]!.width &&
        Math.abs(head.x0 - margin) < 0.5 * head.size &&
        !/^(?:[-–—+•]|\d{1,2}[.)]|[a-zđ][.)]|[IVX]+\.)\s/u.test(joinItems(head.items));
      pageBreaks.push(runsOn);
    } else pageBreaks.push(false);
    pageTexts.push(lines.join('\n'));
  });

  pageRows.forEach((rows, p) => {
    if (rows.length === 0 && pageRows.some((r) => r.length > 0)) notes.push(`page ${p + 1} has no text (a scanned page?)`);
  });

  let text = '';
  pageTexts.forEach((t, p) => {
    if (t === '') return;
    if (text !== '') text += pageBreaks[p] ? '\n' : '\n\n';
    text += t;
  });
  return { text: `${text.normalize('NFC')}\n`, pages: pages.length, notes };
}
