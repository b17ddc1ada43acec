import type { Rule, RuleFinding } from '../types.js';
import { isCongVan } from '../codes.js';
import { sourceLines, span, trimEndOf, type SourceLine } from '../text.js';

/**
 * What starts a line of the legal bases (nd30.md box 6): "Căn cứ …", and the proposal and the other grounds
 * that close the list ("Theo đề nghị của …", "Xét đề nghị của …", "Trên cơ sở …", "Thực hiện …").
 */
const BASIS = String.raw`(?:Căn cứ|Theo đề nghị|Theo đề xuất|Theo ý kiến|Xét đề nghị|Xét đề xuất|Xét Tờ trình|Xét tờ trình|Trên cơ sở|Thực hiện)(?![\p{L}\p{M}])`;
const BASIS_START = new RegExp(`^${BASIS}`, 'u');
/** A basis run into the previous one on the same line ("…năm 2003; Căn cứ Nghị định …"). */
const BASIS_INLINE = new RegExp(`(?<=[;.,:])[ \\t]+(?=${BASIS})`, 'gu');
/** The line that follows the legal bases of a quyết định or nghị quyết: "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:". */
const ENACTING = /^(?:QUYẾTĐỊNH|QUYẾTNGHỊ|NGHỊQUYẾT|CHỈTHỊ|KẾTLUẬN|BANHÀNH):?$/u;
/** Where the body has begun: the legal bases were not followed by an enacting line. */
const BODY = /^(?:Điều|Chương|Phần|Mục|CHƯƠNG|PHẦN)\s+[\dIVXLC]/u;
/** Lines between the title (or subject) and the first "Căn cứ": the rest of the subject, the issuing authority. */
const MAX_LINES_BEFORE = 6;
const MAX_BLOCK_LINES = 80;

/** A line without markdown emphasis, a hard break, table pipes or surrounding spaces (NFC). */
function bare(raw: string): string {
  return trimEndOf(raw.normalize('NFC').replace(/<br\s*\/?>/giu, ' ').replace(/^[\s>|*_]+/u, ''), /[\s|*_\\]/u);
}

interface Basis {
  text: string;
  line: number;
  column: number;
}

/** The legal bases, each with where it starts; null when they cannot be told apart from the body with certainty. */
function legalBases(lines: readonly SourceLine[], from: number): Basis[] | null {
  let first = -1;
  let before = 0;
  for (let i = from; i < lines.length && before <= MAX_LINES_BEFORE; i++) {
    const line = bare(lines[i]!.raw);
    if (line === '') continue;
    if (BASIS_START.test(line)) {
      first = i;
      break;
    }
    if (BODY.test(line) || /^QUYẾTĐỊNH:|^QUYẾTNGHỊ:/u.test(line.replace(/\s+/gu, ''))) return null;
    before++;
  }
  if (first < 0) return null;
  const bases: Basis[] = [];
  for (let i = first; i < lines.length && i < first + MAX_BLOCK_LINES; i++) {
    const raw = lines[i]!.raw;
    const line = bare(raw);
    if (line === '') continue;
    if (ENACTING.test(line.replace(/\s+/gu, ''))) return bases;
    if (BODY.test(line)) return null;
    const lead = raw.length - raw.replace(/^[\s>|*_]+/u, '').length;
    // Bases run together on one line (a flattened paragraph) are told apart at each "Căn cứ".
    const starts = [0, ...[...line.matchAll(BASIS_INLINE)].map((m) => m.index + m[0].length)];
    for (const [k, start] of starts.entries()) {
      const part = line.slice(start, starts[k + 1] ?? line.length).trimEnd();
      if (k === 0 && !BASIS_START.test(part)) {
        const last = bases.at(-1);
        if (!last) return null;
        last.text = `${last.text} ${part}`; // a hard-wrapped line of the previous basis
      } else bases.push({ text: part, line: lines[i]!.number, column: lead + start + 1 });
    }
  }
  return null;
}

export const rule: Rule = {
  id: 'legal-basis-punctuation',
  description: 'The legal bases of a quyết định or nghị quyết ("Căn cứ …", then "Theo đề nghị …") end with ";", the last one with "."',
  source: 'box 6',
  severity: 'warning',
  check(record, text) {
    // A công văn has no legal bases; its "Căn cứ …" sentences are body text.
    if (isCongVan(record)) return [];
    const title = [span(record, '/docType/name'), span(record, '/subject')].filter((p) => p !== null);
    if (title.length === 0) return [];
    const lines = sourceLines(text);
    const after = Math.max(...title.map((p) => p.end.line)); // the line after the title's last line (0-based index)
    const bases = legalBases(lines, after);
    if (!bases || bases.length === 0) return [];
    const findings: RuleFinding[] = [];
    for (const [i, basis] of bases.entries()) {
      const last = i === bases.length - 1;
      const mark = basis.text.trimEnd().at(-1) ?? '';
      const expected = last ? '.' : ';';
      if (mark === expected) continue;
      const shown = trimEndOf(basis.text, /[\s;.,:]/u);
      const quoted = shown.length > 48 ? `${shown.slice(0, 47).trimEnd()}…` : shown;
      findings.push({
        line: basis.line,
        column: basis.column,
        message: `${last ? 'the last legal basis' : 'the legal basis'} "${quoted}" ends with "${expected}"${/[;.,:]/u.test(mark) ? `, not "${mark}"` : ''}`,
      });
    }
    return findings;
  },
};
