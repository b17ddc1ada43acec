/**
 * Mutations of real documents for the property tests: the damage that copying, converting, OCR and hand
 * editing do to a dispatch. Each mutation is plain data (so that fast-check prints a counterexample that can be
 * read and replayed) and is applied by `mutate`. Positions are natural numbers taken modulo the size of what
 * they index, so every mutation applies to every text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';

const GOLDEN = new URL('../../fixtures/golden/', import.meta.url);

/** The inputs of fixtures/golden (real corpus documents and written variants), by file name. Only the repository is read. */
export const GOLDEN_INPUTS: ReadonlyArray<{ name: string; text: string }> = readdirSync(GOLDEN)
  .filter((name) => /\.(?:md|txt)$/u.test(name) && name !== 'README.md')
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, GOLDEN), 'utf8') }));

export type Markdown =
  | 'strong' | 'emphasis' | 'underscore' | 'strong-emphasis' | 'strike' | 'code-span' | 'unclosed-emphasis'
  | 'heading' | 'setext' | 'dash-item' | 'star-item' | 'plus-item' | 'ordered-item' | 'paren-item' | 'indented-item'
  | 'table-row' | 'table' | 'quote' | 'nested-quote' | 'fence' | 'unclosed-fence' | 'tilde-fence' | 'indented-code'
  | 'rule' | 'escape' | 'link' | 'break' | 'html-break';

const MARKDOWN: readonly Markdown[] = [
  'strong', 'emphasis', 'underscore', 'strong-emphasis', 'strike', 'code-span', 'unclosed-emphasis',
  'heading', 'setext', 'dash-item', 'star-item', 'plus-item', 'ordered-item', 'paren-item', 'indented-item',
  'table-row', 'table', 'quote', 'nested-quote', 'fence', 'unclosed-fence', 'tilde-fence', 'indented-code',
  'rule', 'escape', 'link', 'break', 'html-break',
];

/** Control characters and other code points that text from the wild carries. */
const CONTROLS = [
  '\u0000', '\u0001', '\u0002', '\u0007', '\b', '\t', '\v', '\f', '\r', '\u000e', '\u001a', '\u001b', '\u001f', '\u007f',
  '\u0085', '\u00a0', '\u00ad', '\u200b', '\u200c', '\u200d', '\u200e', '\u2028', '\u2029', '\u202e', '\u2060', '\ufeff',
  '\ufffd', '\ufffe', '\uffff', '\ud800', '\udc00', '\u0301', '\u0323', '\u0309',
];

export type Mutation =
  | { op: 'delete-line'; at: number; count: number }
  | { op: 'duplicate-line'; at: number; times: number }
  | { op: 'swap-lines'; at: number; with: number }
  | { op: 'move-line'; at: number; to: number }
  | { op: 'join-lines'; at: number }
  | { op: 'split-line'; at: number; column: number }
  | { op: 'markdown'; at: number; kind: Markdown; depth: number }
  | { op: 'strip-diacritics'; at: number | null }
  | { op: 'strip-d'; at: number | null }
  | { op: 'nfd'; at: number | null }
  | { op: 'truncate'; at: number }
  | { op: 'cut'; at: number; length: number }
  | { op: 'insert-control'; at: number; chars: string }
  | { op: 'line-ends'; style: 'crlf' | 'cr' | 'mixed' | 'paragraphs' }
  | { op: 'case'; at: number; upper: boolean }
  | { op: 'indent'; at: number; prefix: string }
  | { op: 'insert-text'; at: number; text: string };

const at = fc.nat({ max: 1_000_000 });
const lineOrAll = fc.option(at, { nil: null, freq: 3 });

/** Snippets of dispatches to insert: labels and values moved, repeated or damaged. */
const SNIPPETS = [
  'Số:', 'Số: 12/SYT-VP', 'Số: /TB-UBND', 'SỐ', 'ngày', 'ngày 12 tháng 10 năm 2022', 'ngày … tháng … năm 20…', 'Hà Nội, ngày 05 tháng 01 năm 2020',
  'V/v', 'Về việc', 'Kính gửi:', 'Nơi nhận:', 'Lưu: VT, VP.', 'Căn cứ', 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;',
  'KT. GIÁM ĐỐC', 'TM.', 'TL.', 'QUYẾT ĐỊNH:', 'Điều 1.', '1.', 'a)', 'I.', '- ', 'chủ trì', 'phối hợp với', 'trước ngày 30/3/2023', 'hằng tháng',
  'KHẨN', 'MẬT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---', '|', '*', '**', '#', '>', '```', '\\',
];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete-line' as const), at, count: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('duplicate-line' as const), at, times: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('swap-lines' as const), at, with: at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('move-line' as const), at, to: at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('join-lines' as const), at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('split-line' as const), at, column: at }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('markdown' as const), at, kind: fc.constantFrom(...MARKDOWN), depth: fc.integer({ min: 1, max: 7 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('strip-diacritics' as const), at: lineOrAll }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('strip-d' as const), at: lineOrAll }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('nfd' as const), at: lineOrAll }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('truncate' as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cut' as const), at, length: fc.integer({ min: 1, max: 400 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('insert-control' as const),
      at,
      chars: fc.array(fc.constantFrom(...CONTROLS), { minLength: 1, maxLength: 6 }).map((a) => a.join('')),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('line-ends' as const), style: fc.constantFrom('crlf' as const, 'cr' as const, 'mixed' as const, 'paragraphs' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('case' as const), at, upper: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('indent' as const), at, prefix: fc.constantFrom(' ', '    ', '\t', '\u00a0', '   \t ', '        ') }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('insert-text' as const),
      at,
      text: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SNIPPETS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }),
    }),
  },
);

/** One to ten mutations, applied in order. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 10 });

/** A golden input, by index. */
export const goldenInput = fc.constantFrom(...GOLDEN_INPUTS.map((_, i) => i)).map((i) => GOLDEN_INPUTS[i]!);

/** Marks removed (NFD, then the combining marks dropped), as when diacritics are lost. */
export const stripDiacritics = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const stripD = (s: string): string => s.replace(/đ/g, 'd').replace(/Đ/g, 'D');

function markdown(line: string, kind: Markdown, depth: number): string[] {
  const words = line.trim().split(/\s+/u);
  const half = Math.ceil(words.length / 2);
  switch (kind) {
    case 'strong': return [`**${line}**`];
    case 'emphasis': return [`*${line}*`];
    case 'underscore': return [`_${line}_`];
    case 'strong-emphasis': return [`***${line}***`];
    case 'strike': return [`~~${line}~~`];
    case 'code-span': return [`\`${line}\``];
    case 'unclosed-emphasis': return [`${'*'.repeat(depth % 4)}${line}`];
    case 'heading': return [`${'#'.repeat(Math.min(depth, 6))} ${line}`];
    case 'setext': return [line, depth % 2 ? '===' : '---'];
    case 'dash-item': return [`- ${line}`];
    case 'star-item': return [`* ${line}`];
    case 'plus-item': return [`+ ${line}`];
    case 'ordered-item': return [`${depth}. ${line}`];
    case 'paren-item': return [`${depth}) ${line}`];
    case 'indented-item': return [`${'  '.repeat(depth)}- ${line}`];
    case 'table-row': return [`| ${words.slice(0, half).join(' ')} | ${words.slice(half).join(' ')} |`];
    case 'table': return ['| | |', '|---|---|', `| ${line.replace(/\|/g, '\\|')} | ${'x'.repeat(depth)} |`];
    case 'quote': return [`> ${line}`];
    case 'nested-quote': return [`${'>'.repeat(depth)} ${line}`];
    case 'fence': return ['```', line, '```'];
    case 'unclosed-fence': return ['```', line];
    case 'tilde-fence': return ['~~~text', line, '~~~'];
    case 'indented-code': return ['', `    ${line}`, ''];
    case 'rule': return [line, '', depth % 2 ? '***' : '___'];
    case 'escape': return [line.replace(/([.*_#|\\()[\]-])/g, '\\$1')];
    case 'link': return [`[${line}](https://example.invalid/${depth})`];
    case 'break': return [`${line}  `];
    case 'html-break': return [`${line}<br>`];
  }
}

/** Applies one mutation to a text. */
export function apply(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const n = lines.length;
  const line = (i: number) => i % n;
  switch (m.op) {
    case 'delete-line': {
      lines.splice(line(m.at), m.count);
      return lines.join('\n');
    }
    case 'duplicate-line': {
      const i = line(m.at);
      lines.splice(i, 0, ...Array.from({ length: m.times }, () => lines[i]!));
      return lines.join('\n');
    }
    case 'swap-lines': {
      const i = line(m.at);
      const j = line(m.with);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 'move-line': {
      const [moved] = lines.splice(line(m.at), 1);
      lines.splice(m.to % (lines.length + 1), 0, moved!);
      return lines.join('\n');
    }
    case 'join-lines': {
      const i = line(m.at);
      if (i + 1 < n) lines.splice(i, 2, `${lines[i]!} ${lines[i + 1]!}`);
      return lines.join('\n');
    }
    case 'split-line': {
      const i = line(m.at);
      const s = lines[i]!;
      const c = m.column % (s.length + 1);
      lines.splice(i, 1, s.slice(0, c), s.slice(c));
      return lines.join('\n');
    }
    case 'markdown': {
      const i = line(m.at);
      lines.splice(i, 1, ...markdown(lines[i]!, m.kind, m.depth));
      return lines.join('\n');
    }
    case 'strip-diacritics':
    case 'strip-d':
    case 'nfd': {
      const f = m.op === 'strip-diacritics' ? (s: string) => stripD(stripDiacritics(s)) : m.op === 'strip-d' ? stripD : (s: string) => s.normalize('NFD');
      if (m.at === null) return f(text);
      const i = line(m.at);
      lines[i] = f(lines[i]!);
      return lines.join('\n');
    }
    case 'truncate':
      // Any code unit: a surrogate pair may be cut in two.
      return text.slice(0, m.at % (text.length + 1));
    case 'cut': {
      const from = m.at % (text.length + 1);
      return text.slice(0, from) + text.slice(from + m.length);
    }
    case 'insert-control':
    case 'insert-text': {
      const inserted = m.op === 'insert-control' ? m.chars : m.text;
      const i = m.at % (text.length + 1);
      return text.slice(0, i) + inserted + text.slice(i);
    }
    case 'line-ends': {
      const plain = text.replace(/\r\n?/g, '\n');
      if (m.style === 'crlf') return plain.replace(/\n/g, '\r\n');
      if (m.style === 'cr') return plain.replace(/\n/g, '\r');
      if (m.style === 'paragraphs') return plain.replace(/\n/g, '\n\n');
      let k = 0;
      return plain.replace(/\n/g, () => ['\n', '\r\n', '\r'][k++ % 3]!);
    }
    case 'case': {
      const i = line(m.at);
      lines[i] = m.upper ? lines[i]!.toUpperCase() : lines[i]!.toLowerCase();
      return lines.join('\n');
    }
    case 'indent': {
      const i = line(m.at);
      lines[i] = m.prefix + lines[i]!;
      return lines.join('\n');
    }
  }
}

export function mutate(text: string, ms: readonly Mutation[]): string {
  return ms.reduce(apply, text);
}

/** Byte-level damage on top of the text's UTF-8: a cut inside a multi-byte sequence, stray bytes, a BOM. */
export type ByteMutation =
  | { op: 'truncate-bytes'; at: number }
  | { op: 'insert-bytes'; at: number; bytes: Uint8Array }
  | { op: 'bom'; kind: 'utf-8' | 'utf-16le' | 'utf-16be' };

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ op: fc.constant('truncate-bytes' as const), at }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('insert-bytes' as const), at, bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('bom' as const), kind: fc.constantFrom('utf-8' as const, 'utf-16le' as const, 'utf-16be' as const) }) },
);

export function mutateBytes(text: string, ms: readonly ByteMutation[]): Uint8Array {
  let bytes = new Uint8Array(Buffer.from(text, 'utf8'));
  for (const m of ms) {
    if (m.op === 'truncate-bytes') bytes = bytes.slice(0, m.at % (bytes.length + 1));
    else if (m.op === 'insert-bytes') {
      const i = m.at % (bytes.length + 1);
      bytes = new Uint8Array(Buffer.concat([bytes.subarray(0, i), m.bytes, bytes.subarray(i)]));
    } else if (m.kind === 'utf-8') bytes = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]));
    else {
      // The text re-encoded as UTF-16 after its BOM (the byte damage so far is carried over, as U+FFFD).
      const utf16 = Buffer.from(`\ufeff${new TextDecoder().decode(bytes)}`, 'utf16le');
      if (m.kind === 'utf-16be') utf16.swap16();
      bytes = new Uint8Array(utf16);
    }
  }
  return bytes;
}
