/**
 * TCVN3 has no codes for capital letters with a tone: typists in the capitals font (.VnTimeH) type the
 * lower-case code, so "GIÁM ĐỐC" decodes as "GIáM ĐốC", and a capital in running text ("Ủy ban") comes out in
 * lower case. Restored, line by line: runs of words written in capitals (capitalRuns); a toned letter that opens
 * a list item, a sentence, or a line after a blank line or a line that ends a sentence; and "ủy ban", the head of
 * the names of bodies, which Nghị định 30 (Phụ lục II) writes with a capital.
 */
import { latin } from '../latin.js';

/** Patterns used inside functions below, built once. */
const HAS_LOWER = latin(String.raw`\p{Ll}`, 'u');
const HAS_UPPER = latin(String.raw`\p{Lu}`, 'u');
const MIXED_CASE = latin(String.raw`\p{Lu}[\p{L}\p{M}]*\p{Ll}[\p{L}\p{M}]*\p{Lu}|\p{Lu}{2}[\p{L}\p{M}]*\p{Ll}`, 'u');
export function tcvn3Capitals(text: string): string {
  let opensSentence = true;
  return text
    .split('\n')
    .map((raw) => {
      let line = HAS_LOWER.test(raw) ? capitalRuns(raw) : raw;
      line = line.replace(ITEM_START, upperLast).replace(SENTENCE_START, upperLast).replace(/ủ(?=y ban(?![\p{L}\p{M}]))/gu, 'Ủ');
      if (opensSentence) line = line.replace(LINE_START, upperLast);
      opensSentence = /^\s*$/u.test(line) || /[.:;!?]\s*$/u.test(line);
      return line;
    })
    .join('\n');
}

const TONED = '[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]';
const ITEM_START = latin(`^([ \\t]*(?:[-+•*]|\\d{1,2}[.)]|[a-zđ]\\))[ \\t]+)(${TONED})`, 'u');
const SENTENCE_START = latin(`([.!?][ \\t]+)(${TONED})`, 'gu');
const LINE_START = latin(`^([ \\t]*)(${TONED})`, 'u');
const upperLast = (_: string, before: string, letter: string) => before + letter.toUpperCase();

/**
 * Upper-cases the runs of words written in capitals. A word is written in capitals when it has no lower-case
 * ASCII letter; a run (words apart by spaces, commas, dots, dashes) is upper-cased when one of its words proves the
 * capitals font — a lower-case toned letter after or between capitals: "GIáM", "MậT", "CHủ" — or when it is the
 * whole line, without digits, with at least three ASCII capitals ("Sở Y Tế" → "SỞ Y TẾ"). "Số: 12/BYT-DP" and a
 * name ("Lê") stay.
 */
function capitalRuns(line: string): string {
  const words = [...line.matchAll(/[\p{L}\p{M}]+/gu)];
  const upper: number[] = [];
  let run: number[] = [];
  let proof = false;
  let capitals = 0;
  let allCaps = true;
  const close = () => {
    if (proof) upper.push(...run);
    run = [];
    proof = false;
  };
  words.forEach((w, i) => {
    const word = w[0];
    const gap = i === 0 ? '' : line.slice(words[i - 1]!.index + words[i - 1]![0].length, w.index);
    if (!/^[ \t,.\-–&()]*$/u.test(gap)) close();
    if (/[a-z]/u.test(word) || !HAS_UPPER.test(word)) {
      allCaps = false;
      return close();
    }
    run.push(i);
    capitals += word.match(/[A-Z]/gu)?.length ?? 0;
    if (MIXED_CASE.test(word)) proof = true;
  });
  close();
  if (allCaps && capitals >= 3 && !/\d/u.test(line)) return line.toUpperCase();
  if (upper.length === 0) return line;
  let out = '';
  let at = 0;
  for (const i of upper) {
    const w = words[i]!;
    out += line.slice(at, w.index) + w[0].toUpperCase();
    at = w.index + w[0].length;
  }
  return out + line.slice(at);
}
