/**
 * The segmenter's second round of speed-ups gives what the slower forms gave: each prefilter is held to its pattern
 * on every line of the fixtures and on variants of them, and the segmenter's output stays the same on documents
 * whose head lines are asked the same questions several times.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { META_LINE } from '../../src/extract/patterns.js';
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

describe('segmenter shared tests', () => {
  it('has lines of every meta label', () => {
    expect(samples.length).toBeGreaterThan(5000);
    expect(samples.filter((t) => META_LINE.test(t)).length).toBeGreaterThan(500);
  });

  it('isMetaLine is META_LINE.test (its first two characters rule a line out only where the pattern cannot match)', () => {
    for (const t of samples) expect([t, isMetaLine(t)]).toEqual([t, META_LINE.test(t)]);
  });
});
