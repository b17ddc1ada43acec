/**
 * The plain-text reader's lines are made when the segmenter asks for them (LineList): segmenting them must give
 * what segmenting the same lines made first gives, zone by zone, with the same messages. Checked over every .txt
 * and .md file of fixtures/ read as plain text, and random documents with a head, a body, a signature, an annex
 * and Nơi nhận lists or signature blocks in the annex past the tail window.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Collector } from '../../src/extract/collector.js';
import { readText, readTextList } from '../../src/read/text.js';
import { LineList } from '../../src/segment/line-list.js';
import { treeToLines, type Line } from '../../src/segment/lines.js';
import { segment, type SegmentedDoc } from '../../src/segment/zones.js';
import { parameters, runs } from '../properties/runs.js';
import { fixtureTexts } from '../read/fixture-texts.js';

function zones(doc: SegmentedDoc) {
  const texts = (lines: Line[]) => lines.map((l) => [l.text, l.start, l.block]);
  const one = (l: Line | null) => (l === null ? null : [l.text, l.start]);
  return {
    lines: texts(doc.lines.slice()),
    header: texts(doc.header),
    number: one(doc.number),
    placeDate: one(doc.placeDate),
    title: one(doc.title),
    subject: texts(doc.subject),
    recipients: texts(doc.recipients),
    body: texts(doc.body),
    signature: texts(doc.signature),
    distribution: texts(doc.distribution),
    marks: texts(doc.marks),
    accented: doc.accented,
  };
}

function expectSameSegments(text: string): void {
  const lazy = new Collector();
  const made = new Collector();
  const fromList = segment(readTextList(text).lines, lazy);
  const fromLines = segment(LineList.of(treeToLines(readText(text), text)), made);
  expect(zones(fromList)).toEqual(zones(fromLines));
  expect(lazy.messages).toEqual(made.messages);
}

describe('segmenting lines made when asked for', () => {
  it.each(fixtureTexts())('gives the zones of the made lines for %s', (file) => {
    expectSameSegments(readFileSync(file, 'utf8'));
  });

  it('gives the zones of the made lines for random documents with an annex', () => {
    const headLine = fc.constantFrom('BỘ TÀI CHÍNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/BTC-PC', 'Số:', 'Hà Nội, ngày 3 tháng 4 năm 2024', 'V/v báo cáo', 'Kính gửi: Các đơn vị');
    const bodyLine = fc.constantFrom('1. Các đơn vị thực hiện nội dung theo đúng quy định hiện hành của pháp luật về kế toán.', '- Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan.', 'Căn cứ Văn bản số 10594/UBND-KGVX ngày 06/10/2022 của UBND tỉnh;', 'TL.', 'Số:', '');
    const tailLine = fc.constantFrom('Nơi nhận:', '- Như trên;', '- Lưu: VT, PC.', 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Nguyễn Văn An', 'TM. ỦY BAN NHÂN DÂN', 'Nơi nhận: - Như trên; KT. CHỦ TỊCH', '');
    const annexLine = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('Mục 1 của phụ lục kèm theo', '- - Loại khác', '0101.21.00 | 5 | 3', 'PHỤ LỤC I', 'Nhóm hàng 01', 'Ngựa, lừa, la sống.', '') },
      { weight: 1, arbitrary: tailLine },
    );
    const doc = fc
      .tuple(fc.array(headLine, { maxLength: 10 }), fc.array(bodyLine, { maxLength: 20 }), fc.array(tailLine, { maxLength: 8 }), fc.array(annexLine, { maxLength: 200 }))
      .map(([h, b, t, a]) => [...h, '', ...b, '', ...t, '', ...a].join('\n'));
    fc.assert(
      fc.property(doc, (text) => {
        expectSameSegments(text);
      }),
      parameters(runs(0.2)),
    );
  });
});
