/**
 * The segmenter's faster forms of its tests give what the slower ones gave: each is checked against the form it
 * replaced (a pattern or a scan kept here as the reference) on every line of the fixtures and variants of them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NUMBER_LABEL_AFTER_SPACE, NUMBER_LABEL_INSIDE, RECIPIENTS_LABEL_OCR } from '../../src/extract/patterns.js';
import { mayHaveTailAnchor, mayRunIntoProse, TAIL_ANCHOR } from '../../src/segment/explode.js';
import { latin } from '../../src/latin.js';
import { isWhiteSpace } from '../../src/segment/lines.js';
import { mayBeRecipientsOcr } from '../../src/segment/zones.js';
import { random } from '../extract/generate.js';
import { fixtureTexts } from '../read/fixture-texts.js';

/** Every non-blank line of the fixtures, and variants that shift case and insert what the tests look at. */
function sampleLines(): string[] {
  const lines = fixtureTexts().flatMap((path) => readFileSync(path, 'utf8').split(/\r?\n/));
  const trimmed = [...new Set(lines.map((l) => l.trim()).filter(Boolean))];
  const bits = [':', '.', ';', ' ', '  ', '\u00a0', '\u3000', '\t', 'T', 'TM', 'KT', 'K/T', 'TL', 'TUQ', 'nh', 'NH', ' nh', ' Nh', 'Nơi nhận:', 'Số:', ' Số:', ' số:', ' So 12', ' SỐ 1', ' SO:', 'Số 5', ' Số Số: 1', 'số 142/', '1', 'Kính gửi:', '.. Kink gửi: ', '• Tính  gửi :', '\u0301Hinh\u00a0Gửi:', '“ kính gui:', '-- Ki gửi:', '𝐀 Kính gửi:', 'Kính gửi :'];
  const next = random(11);
  const variants = trimmed.flatMap((l) => {
    const out = [l.toUpperCase(), l.toLowerCase()];
    for (let n = 0; n < 4; n++) {
      const at = Math.floor(next() * (l.length + 1));
      out.push(l.slice(0, at) + bits[Math.floor(next() * bits.length)]! + l.slice(at));
    }
    return out;
  });
  return [...trimmed, ...variants, ...bits];
}

const samples = sampleLines();

/**
 * mayHaveTailAnchor as it was written before (indexOf per needle and a scan for "nh" after white space), a slash
 * counted with the stops since a slashed prefix ("T/M BAN THƯỜNG VỤ") needs none.
 */
function mayHaveTailAnchorBefore(text: string): boolean {
  const includesAny = (needles: string[]) => needles.some((n) => text.includes(n));
  const n = text.length;
  if (n < 5) return false;
  const stop = text.includes('.') || text.includes(':') || text.includes('/');
  if (stop && text.includes('T') && includesAny(['TM', 'KT', '/T', '/M', '/L', 'TL', 'TU'])) return true;
  if (n < 9 || !(stop || text.includes(';')) || !includesAny(['nh', 'Nh', 'NH', 'nH'])) return false;
  for (let i = 2; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 104 && c !== 72) continue;
    const before = text.charCodeAt(i - 1);
    if ((before === 110 || before === 78) && isWhiteSpace(text.charCodeAt(i - 2))) return true;
  }
  return false;
}

describe('segmenter speed-ups', () => {
  it('has samples of every kind the tests look at', () => {
    expect(samples.length).toBeGreaterThan(5000);
    expect(samples.filter((t) => NUMBER_LABEL_INSIDE.test(t)).length).toBeGreaterThan(50);
    expect(samples.filter((t) => mayHaveTailAnchorBefore(t)).length).toBeGreaterThan(200);
  });

  it('NUMBER_LABEL_AFTER_SPACE matches the lines NUMBER_LABEL_INSIDE matches, each label where a global search finds it', () => {
    const inside = new RegExp(NUMBER_LABEL_INSIDE.source, 'gu');
    const after = new RegExp(NUMBER_LABEL_AFTER_SPACE.source, 'gu');
    for (const t of samples) {
      expect([t, NUMBER_LABEL_AFTER_SPACE.test(t)]).toEqual([t, NUMBER_LABEL_INSIDE.test(t)]);
      // What headCuts takes from a match: where the label starts (after the match's leading white space), and its end.
      const labels = (re: RegExp) => [...t.matchAll(re)].map((m) => [m.index + m[0].length - m[0].trimStart().length, m.index + m[0].length]);
      expect([t, labels(after)]).toEqual([t, labels(inside)]);
    }
  });

  it('mayBeRecipientsOcr is true wherever RECIPIENTS_LABEL_OCR matches', () => {
    const ocr = samples.flatMap((t) => [t, `.. Kink gửi: ${t}`, `•${t.slice(0, 3)} gửi: ${t}`, `${t.slice(0, 9)} gửi: x`, `inh gửi: ${t}`, `- Ính gửi: ${t}`, `Kinh ${t.slice(0, 3)}: x`, `K${t.slice(0, 3)}g${t.slice(3, 5)}: x`, `Kỉnhgửì: ${t}`]);
    const matching = ocr.filter((t) => RECIPIENTS_LABEL_OCR.test(t));
    expect(matching.length).toBeGreaterThan(1000);
    expect(matching.filter((t) => !mayBeRecipientsOcr(t))).toEqual([]);
  });

  it('mayRunIntoProse is true wherever UPPER_RUN_THEN_PROSE matches', () => {
    // The pattern of explode.ts (not exported), with an upper-case run ending in capitals, marks (NFD), ',' or '.'.
    const UPPER_WORD = '\\p{Lu}[\\p{Lu}\\p{M}]*[,.]?';
    const UPPER_RUN_THEN_PROSE = latin(`((?:${UPPER_WORD}\\s+){2,}${UPPER_WORD})\\s+(?=\\p{Lu}[\\p{Ll}\\p{M}]+\\s+[\\p{Ll}\\d])`, 'u');
    const runs = ['CHỈ THỊ VỀ CÔNG TÁC', 'BỘ TÀI CHÍNH,', 'SỞ Y TẾ.', 'CO\u0302NG HO\u0300A XA\u0303 HO\u0323\u0302I', 'A B 𝐀', 'UBND TỈNH\u00a0', 'UBND TỈNH HA\u0300', 'CỘNG HÒA XA\u0303'];
    const texts = samples.flatMap((t) => [t, ...runs.map((r) => `${r} ${t}`), ...runs.map((r) => `${t} ${r} Ngày 1 tháng`)]);
    const matching = texts.filter((t) => UPPER_RUN_THEN_PROSE.test(t));
    expect(matching.length).toBeGreaterThan(1000);
    expect(matching.filter((t) => !mayRunIntoProse(t))).toEqual([]);
  });

  it('mayHaveTailAnchor gives what it gave as a scan', () => {
    const differing = samples.filter((t) => mayHaveTailAnchor(t) !== mayHaveTailAnchorBefore(t));
    expect(differing).toEqual([]);
  });

  it('mayHaveTailAnchor is true wherever a tail anchor matches, the party prefixes T/M and T/L included', () => {
    const prefixes = ['TM. ỦY BAN NHÂN DÂN', 'KT. GIÁM ĐỐC', 'K/T BỘ TRƯỞNG', 'T/M BAN THƯỜNG VỤ', 'T/L BAN THƯỜNG VỤ', 'TL. CHỦ TỊCH', 'TUQ. CHỦ TỊCH', 'Nơi nhận:'];
    const texts = samples.flatMap((t) => [t, ...prefixes.map((p) => `${t.slice(0, 20)} ${p}`)]);
    const matching = texts.filter((t) => new RegExp(TAIL_ANCHOR.source, 'u').test(t));
    expect(matching.length).toBeGreaterThan(1000);
    expect(matching.filter((t) => !mayHaveTailAnchor(t))).toEqual([]);
  });
});
