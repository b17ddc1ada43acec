/**
 * extractDate reads the place and where the date starts from PLACE_DATE's match without running more patterns: the
 * place is group 1 as it is (the former replace of a trailing "." or "," and trim() change nothing), and
 * placeDateStart is where DATE_WORDS first matches in the rest of the match, on the fixtures' lines and on generated
 * place-and-date lines.
 */
import { describe, expect, it } from 'vitest';
import { placeDateStart } from '../../src/extract/date.js';
import { DATE_WORDS, PLACE_DATE } from '../../src/extract/patterns.js';
import { fixtureLinesAndRuns, texts } from './generate.js';

function check(text: string): void {
  const m = PLACE_DATE.exec(text);
  if (!m) return;
  const place = m[1]!;
  expect([text, place]).toEqual([text, place.replace(/(?<![.,])[.,]+$/u, '').trim()]);
  const from = m.index + place.length;
  expect([text, placeDateStart(text, from)]).toEqual([text, from + (DATE_WORDS.exec(m[0].slice(place.length))?.index ?? 0)]);
}

describe('the place and the date start of PLACE_DATE', () => {
  it('on the fixtures', () => {
    for (const text of fixtureLinesAndRuns()) check(text);
  });
  it('on generated lines', () => {
    const pieces = [
      'Hà Nội', 'TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'Tp.Cần Thơ', 'Quận 1', 'Đồng Nai', 'Qu ả ng Ngãi', 'x', ',', '.', ' ', '  ', '\t',
      '\u00a0', ', ', ' ,', '.,', ',.', '…', 'ngày 12 tháng 10 năm 2022', 'ngày ... tháng ... năm ...', 'Ngày', 'ngày', ' tháng ', ' năm ',
      '2022', '12', '….', '_', 'ngày  tháng  năm 2022', 'NGÀY 5 THÁNG 6 NĂM 2021', '/', 'n', 'UBND', 'Số 5',
    ];
    for (const text of texts(pieces, 30000, 10, 23)) check(text);
  });
});
