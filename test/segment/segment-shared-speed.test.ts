/**
 * The segmenter's second round of speed-ups gives what the slower forms gave: each prefilter is held to its pattern
 * on every line of the fixtures and on variants of them, and the segmenter's output stays the same on documents
 * whose head lines are asked the same questions several times.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AUTHORITY_ANYWHERE,
  DISTRIBUTION_ANYWHERE,
  META_LINE,
  MOTTO,
  MOTTO_SUB,
  NUMBER_LABEL_AFTER_SPACE,
  SEPARATOR,
} from '../../src/extract/patterns.js';
import { explodeLines, LINE_FACT, NUMBER_OR_SEPARATOR, TAIL_ANCHOR } from '../../src/segment/explode.js';
import { hasThang } from '../../src/segment/lines.js';
import { readTextList } from '../../src/read/text.js';
import { isMetaLine } from '../../src/segment/zones.js';
import { random } from '../extract/generate.js';
import { fixtureTexts } from '../read/fixture-texts.js';

/** Every non-blank line of the fixtures, and variants with a label of META_LINE (or a near miss) put in front. */
function sampleLines(): string[] {
  const lines = fixtureTexts().flatMap((path) => readFileSync(path, 'utf8').split(/\r?\n/));
  const trimmed = [...new Set(lines.map((l) => l.trim()).filter(Boolean))];
  const labels = [
    'Ký bởi:', 'KÝ BỞI', 'ky boi', 'Thời gian ký:', 'THOI GIAN KY', 'Địa chỉ:', 'ĐỊA CHỈ', 'dia chi', 'Cơ quan:', 'CO QUAN :',
    'Email:', 'E-mail:', 'Source:', 'Nguồn:', 'CÔNG BÁO', 'Công báo', 'VĂN BẢN QUY PHẠM PHÁP LUẬT', 'VĂN BẢN HỢP NHẤT',
    'VĂN BẢN KHÁC', 'Ngày ký:', 'NGAY KY', 'Signed:', 'Người ký:', 'Theo', 'Các', 'Để', 'Căn cứ', 'Kính gửi', 'Nơi nhận',
    'V/v', 'Điều 1.', 'E', 'S', 'N', 'K\u0301y', 'Co\u031b quan:', 'C', '',
  ];
  const next = random(17);
  const variants = trimmed.flatMap((l) => {
    const out = [l.toUpperCase(), l.toLowerCase(), l.slice(1), l.slice(0, 2)];
    for (let n = 0; n < 3; n++) out.push(`${labels[Math.floor(next() * labels.length)]!} ${l}`);
    return out;
  });
  return [...trimmed, ...variants, ...labels];
}

const samples = sampleLines();

/** The texts of the fixtures. */
const texts = () => fixtureTexts().map((path) => readFileSync(path, 'utf8'));

describe('segmenter shared tests', () => {
  it('has lines of every meta label', () => {
    expect(samples.length).toBeGreaterThan(5000);
    expect(samples.filter((t) => META_LINE.test(t)).length).toBeGreaterThan(500);
  });

  /**
   * A merged search finds exactly the matches of its two patterns, in order; its group 1 is set for the matches of
   * the pattern `grouped` says. The samples get `bits` (labels of both patterns) spliced in every `step` characters.
   */
  it.each([
    ['NUMBER_OR_SEPARATOR', NUMBER_OR_SEPARATOR, NUMBER_LABEL_AFTER_SPACE, SEPARATOR, 'second', [' Số: 1', ' SỐ 12', ' so 1', ' So: ', '---', '———', '___', '===', '***', '-–—', ' số: ---', ' Số:---', '- - -'], 7, '', 1000],
    ['TAIL_ANCHOR', TAIL_ANCHOR, DISTRIBUTION_ANYWHERE, AUTHORITY_ANYWHERE, 'first', ['Nơi nhận:', ' TM. UBND', ' KT. GIÁM ĐỐC', 'TL. BỘ', ' K/T THỦ', 'noi nhan; TUQ. CHỦ', ' Nơi nhận: KT. BỘ', 'KT. TL. BỘ', ' TM.'], 5, ' ', 500],
  ] as const)('%s finds every match of its two patterns, and no other', (_name, merged, first, second, grouped, bits, step, after, minBoth) => {
    const texts = samples.flatMap((t) => [t, ...bits.map((b, k) => `${t.slice(0, (k * step) % (t.length + 1))}${b}${after}${t.slice((k * step) % (t.length + 1))}`)]);
    let both = 0;
    for (const t of texts) {
      const found = [...t.matchAll(merged)].map((m) => [m.index, m[0], m[1] !== undefined]);
      const ofFirst = [...t.matchAll(new RegExp(first.source, 'gu'))].map((m) => [m.index, m[0], grouped === 'first']);
      const ofSecond = [...t.matchAll(new RegExp(second.source, 'gu'))].map((m) => [m.index, m[0], grouped === 'second']);
      if (ofFirst.length && ofSecond.length) both++;
      expect([t, found]).toEqual([t, [...ofFirst, ...ofSecond].sort((x, y) => (x[0] as number) - (y[0] as number))]);
    }
    expect(both).toBeGreaterThan(minBoth);
  });

  it('explodeLines\' facts are true of the lines they are given for, and leave the lines as they were', () => {
    const either = new RegExp(`(?:${MOTTO.source})|(?:${MOTTO_SUB.source})`, 'u');
    const texts = fixtureTexts().map((path) => readFileSync(path, 'utf8'));
    // Heads run together on one line, and joined to a dangling label, as flattened layouts have them.
    const flattened = texts.map((text) => text.split(/\r?\n/).slice(0, 12).join(' ')).map((head, k) => (k % 2 ? `Số:\n${head}` : `TL.\n${head}\nx`));
    let known = 0;
    for (const text of [...texts, ...flattened]) {
      const count = readTextList(text).lines.length;
      for (const [headEnd, tailStart] of [[Math.min(count, 40), count], [Math.min(count, 12), Math.max(0, count - 20)], [count, 0]] as const) {
        const facts: number[] = [];
        const lines = explodeLines(readTextList(text).lines, headEnd, tailStart, facts).slice();
        expect(lines.map((l) => l.text)).toEqual(explodeLines(readTextList(text).lines, headEnd, tailStart).slice().map((l) => l.text));
        expect(facts.length).toBeLessThanOrEqual(lines.length);
        facts.forEach((fact, i) => {
          const t = lines[i]!.text;
          if (fact & LINE_FACT.noMotto) expect([t, either.test(t)]).toEqual([t, false]);
          if (fact & LINE_FACT.noThang) expect([t, hasThang(t)]).toEqual([t, false]);
          if (fact) known++;
        });
      }
    }
    expect(known).toBeGreaterThan(500);
  });

  it('explodeLines hands on a long text (past the sink\'s small-list size) line for line, cut as a short one', () => {
    const text = texts().find((t) => t.split('\n').length > 40)!;
    const body = Array.from({ length: 3000 }, (_, i) => `Dòng ${i} của phụ lục, TL. không ở đầu dòng; Nơi nhận ở cuối: ${i % 7}`);
    const long = `${text}\n${body.join('\n')}`;
    const input = readTextList(long).lines;
    const count = readTextList(text).lines.length;
    const short = explodeLines(readTextList(text).lines, 20, count).slice();
    const out = explodeLines(input, 20, count);
    expect(out.length).toBe(short.length + body.length);
    expect(out.slice(0, short.length).map((l) => l.text)).toEqual(short.map((l) => l.text));
    for (let i = 0; i < body.length; i++) {
      const k = short.length + i;
      expect([out.text(k), out.firstCode(k)]).toEqual([body[i], body[i]!.charCodeAt(0)]);
      if (i % 97 === 0) expect(out.at(k)).toBe(input.at(count + i));
    }
  });

  it('isMetaLine is META_LINE.test (its first two characters rule a line out only where the pattern cannot match)', () => {
    for (const t of samples) expect([t, isMetaLine(t)]).toEqual([t, META_LINE.test(t)]);
  });
});
