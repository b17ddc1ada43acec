/**
 * Adversarial inputs for the backtracking tests, as pieces and weights so that the same input can be made at
 * any size: each piece of weight w is repeated to fill about w of the size; a piece of weight 0 is put once
 * (a tail that makes a match fail at the last moment, or a head).
 */
export type Piece = readonly [piece: string, weight: number];
export type Spec = readonly Piece[];

export function materialize(spec: Spec, size: number): string {
  return spec.map(([piece, weight]) => (weight > 0 ? piece.repeat(Math.max(1, Math.round((size * weight) / piece.length))) : piece)).join('');
}

const run = (piece: string, tail = 'x'): Spec => [[piece, 1], [tail, 0]];

/** Runs of what the patterns look for, with nothing to end a match: spaces, dots, digits and slashes, labels, words, marks, markup. */
export const GENERIC: ReadonlyArray<readonly [name: string, spec: Spec]> = [
  ['spaces', run(' ')],
  ['spaces then a line break', [[' ', 1], ['\n', 0], ['x', 0]]],
  ['spaces and tabs', run(' \t')],
  ['no-break spaces', run('\u00a0')],
  ['line breaks', run('\n')],
  ['CRLF', run('\r\n')],
  ['blank lines of spaces', run('   \n')],
  ['dots', run('.')],
  ['ellipses', run('…')],
  ['dot space', run('. ')],
  ['underscores', run('_')],
  ['dashes', run('-')],
  ['dash space', run('- ')],
  ['equals', run('=')],
  ['stars', run('*', 'a')],
  ['hashes', run('#')],
  ['pipes', run('| ')],
  ['block quote marks', run('>')],
  ['backticks', run('`')],
  ['brackets', run('[')],
  ['parentheses', run('(')],
  ['commas', run(', ')],
  ['semicolons', run('; ')],
  ['colons', run(':')],
  ['slashes', run('/')],
  ['digits', run('1')],
  ['digits and slashes', run('1/')],
  ['numbers and slashes', run('12/')],
  ['digits and dots', run('1.')],
  ['digits and dashes', run('1-')],
  ['digits, slashes and spaces', run('1 / ')],
  ['number codes', run('1/QĐ-')],
  ['code parts', run('QĐ-')],
  ['Số: labels', run('Số: ')],
  ['Số without a colon', run('Số')],
  ['So in ASCII', run('So ')],
  ['ngày repeated', run('ngày ')],
  ['ngày … tháng repeated', run('ngày 1 tháng ')],
  ['dates without a year', run('ngày 12 tháng 10 năm ')],
  ['place and date without a year', run('Hà Nội, ngày 12 tháng 10 năm 20')],
  ['Căn cứ lines', run('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n')],
  ['Căn cứ without a line break', run('Căn cứ ')],
  ['Kính gửi without a colon', run('Kính gửi ')],
  ['Nơi nhận without a colon', run('Nơi nhận ')],
  ['V/v repeated', run('V/v ')],
  ['authority prefixes', run('KT. ')],
  ['upper-case words', [['ĐỒNG ', 1], ['Nai x', 0]]],
  ['capitalised words', run('Hà ')],
  ['capitalised syllables without spaces', run('Hà')],
  ['lower-case words', run('các đơn vị ')],
  ['one long line of prose', run('các đơn vị báo cáo kết quả thực hiện ', '.')],
  ['letters', run('a', '1')],
  ['capitals', run('A', '1')],
  ['Vietnamese letters', run('ư', '1')],
  ['letters and combining marks', run('a\u0301', '1')],
  ['combining marks alone', run('\u0301')],
  ['astral characters', run('😀')],
  ['lone surrogates', run('\ud800')],
  ['numbered items', run('1. ')],
  ['lettered items', run('a) ')],
  ['XML start tags', run('<w:p>')],
  ['XML runs', run('<w:r><w:t>')],
  ['XML attributes without an end', run('<w:x w:val="')],
  ['XML paragraph properties without an end', run('<w:pPr><w:numPr>')],
  ['character references', run('&#')],
  ['entities', run('&amp;')],
  ['letters and digits', run('a1')],
  ['capital and dash', run('A-')],
  ['quotes', run('"')],
  ['percent and digits', run('%1')],
];

/**
 * Inputs made from a match of the pattern in a real document: the match repeated; the match without its last
 * character repeated (each try fails at the end); and the match stretched, each of its characters repeated, so
 * that every quantifier of the pattern meets a long run.
 */
export function pumped(match: string): Array<readonly [name: string, spec: Spec]> {
  if (match.length === 0) return [];
  const chars = [...match];
  const out: Array<readonly [string, Spec]> = [[`"${match}" repeated`, run(match, '\u0000')]];
  if (chars.length > 1) out.push([`"${chars.slice(0, -1).join('')}" repeated`, run(chars.slice(0, -1).join(''), '\u0000')]);
  if (chars.length > 1) {
    out.push([`"${match}" stretched`, [...chars.map((c): Piece => [c, 1 / chars.length]), ['\u0000', 0]]]);
    out.push([`"${chars.slice(0, -1).join('')}" stretched`, [...chars.slice(0, -1).map((c): Piece => [c, 1 / (chars.length - 1)]), ['\u0000', 0]]]);
  }
  return out;
}
